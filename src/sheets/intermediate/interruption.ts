/**
 * 中級 参考.1 (5)(6): キャッシュフローの悪化額 B for stops of 1, 2, 3 months, 10 and 20 days and
 * N days (表 参考.1-18 … 1-23), and 復旧費用総額 C = A + B (表 参考.1-24).
 */
import { SheetBuilder } from "../builder";
import type { DefinedName } from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

const STOPS: readonly {
  table: string;
  title: string;
  days: string;
  column: string;
  name?: DefinedName;
}[] = [
  { table: "1-18", title: "事業が1ヶ月間ストップした場合", days: "30", column: "1ヶ月" },
  { table: "1-19", title: "事業が2ヶ月間ストップした場合", days: "60", column: "1ヶ月×2" },
  { table: "1-20", title: "事業が3ヶ月間ストップした場合", days: "90", column: "1ヶ月×3" },
  { table: "1-21", title: "事業が10日間ストップした場合", days: "10", column: "1ヶ月×10/30" },
  { table: "1-22", title: "事業が20日間ストップした場合", days: "20", column: "1ヶ月×20/30" },
  {
    table: "1-23",
    title: "事業がN日間ストップした場合",
    days: "ReopenDays",
    column: "1ヶ月×N/30",
    name: "CashflowWorseningB",
  },
];

function stopTable(s: SheetBuilder, stop: (typeof STOPS)[number]): void {
  s.title(`表 参考.${stop.table} ${stop.title}のキャッシュフローの悪化額 (B)`);
  // the normal column covers the stopped period itself, so that 通常ベース比 is B (see the note)
  s.header(["科目", `${stop.column}（停止）`, `${stop.column}（通常ベース）`, "通常ベース比"]);
  const months = `(${stop.days}/DaysPerMonth)`;
  const rows: [string, string, string][] = [
    ["営業収入", "0", `SalesAnnual/12*${months}`],
    ["営業支出 変動費", "0", `VariableAnnual/12*${months}`],
    [
      "営業支出 固定費（減価償却費を除く）",
      `CashFixedAnnual/12*${months}`,
      `CashFixedAnnual/12*${months}`,
    ],
  ];
  const start = s.row;
  for (const [label, stopped, normal] of rows) {
    s.label(0, label);
    s.formula(1, stopped);
    s.formula(2, normal);
    s.formula(3, `B${s.row}-C${s.row}`);
    s.row += 1;
  }
  s.label(0, "営業支出 小計");
  s.formula(1, `B${start + 1}+B${start + 2}`);
  s.formula(2, `C${start + 1}+C${start + 2}`);
  s.formula(3, `B${s.row}-C${s.row}`);
  s.row += 1;
  s.label(0, "月次資金収支");
  s.formula(1, `B${start}-B${s.row - 1}`);
  s.formula(2, `C${start}-C${s.row - 1}`);
  s.formula(3, `B${s.row}-C${s.row}`);
  s.row += 1;
  s.formulaLine(
    "キャッシュフローの悪化額 (B)",
    `BCP.STOP_CASHFLOW(FixedAnnual,DepreciationAnnual,${stop.days},Coefficients)`,
    stop.name ? { name: stop.name } : {}
  );
  s.skip();
}

export function interruptionSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("intermediate.interruption", name, [36, 16, 16, 16], { language });
  s.note(
    "各表の「通常ベース」は、停止したのと同じ期間を平常どおり営業した場合の数値です。指針の表 参考.1-21〜1-23 は通常ベースの欄を「1ヶ月」と見出ししていますが、このシートでは停止期間と同じ長さで比べるため、通常ベース比の月次資金収支がそのまま悪化額 (B) になります。"
  );
  for (const stop of STOPS) stopTable(s, stop);
  s.title("表 参考.1-24 復旧費用総額 (C) の算定");
  s.header(["項目", "資産の復旧費用 (A)", "キャッシュフローの悪化額 (B)", "復旧費用総額 (C)"]);
  s.label(0, "金額");
  s.formula(1, "AssetRecoveryA");
  s.formula(2, "CashflowWorseningB");
  s.formula(3, "AssetRecoveryA+CashflowWorseningB", { name: "RecoveryTotalC" });
  s.row += 1;
  return s.build();
}
