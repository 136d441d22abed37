/**
 * 上級 参考.1 資産損壊・事業中断の財務面への影響 (表 参考.1-1 … 1-5): what a loss does to the P/L
 * and to cash, with 表 参考.1-3 computed from the company's own direct-costing figures — a month's
 * stop loses the fixed cost on the P/L, but only the fixed cost less depreciation in cash.
 */
import { type FormulaOptions, SheetBuilder } from "../builder";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

/** 表 参考.1-1 (製造業): 項目, 資産の損壊, 損益計算への影響金額, 実損金額, キャッシュフローへの影響金額 */
const ASSET_LOSS_EFFECTS: readonly (readonly [string, string, string, string, string])[] = [
  ["流動資産 棚卸資産", "全損・半損等", "簿価", "再調達価格", "再調達価格"],
  ["固定資産 建物（工場）", "全損・半損等", "簿価", "再調達価格", "構造等の変更も含む復旧費用"],
  ["固定資産 機械", "全損・半損等", "簿価", "再調達価格", "新鋭機械への更新等も含む復旧費用"],
  ["固定資産 器具・工具", "全損・半損等", "簿価", "再調達価格", "再調達価格"],
];

/** 表 参考.1-2: each P/L line, how it moves, and what that means for profit and for cash */
const EMERGENCY_EFFECTS: readonly (readonly [string, string, string, string])[] = [
  ["売上高", "減少", "中断と風評で売上が落ちる", "入金が減る"],
  ["売上原価", "変動費だけ減る", "固定費が残り原価率が上がる", "損益の悪化が資金の悪化になる"],
  ["売上利益", "減少", "売上減と原価率上昇が重なる", "減少額から原価中の償却費を除いた額"],
  ["一般管理費・販売費", "変動費分だけ減る", "ほぼ減らず負担が重くなる", "減益の分だけ資金が減る"],
  ["営業利益", "減少", "上の三つが重なり減益", "減少額から償却費を除いた額"],
  ["特別損失", "事故処理費用", "損益がさらに悪化", "処理費用の支払で資金が減る"],
  ["税引前損益", "減少", "悪化", "悪化額から償却費を除いた額"],
];

/** 表 参考.1-4: kind of event, asset damage, interruption, lost sales, insurance */
const RISK_EFFECTS: readonly (readonly [string, string, string, string, string])[] = [
  [
    "A) 自然災害（地震）",
    "設備被害①・復旧費用",
    "有り",
    "有り②（生産停止）",
    "①は一部のみ、②はほぼ不可",
  ],
  ["B) 設備の事故（火災）", "設備被害①・復旧費用", "有り", "有り②（生産停止）", "①②とも可"],
  ["C) 製品の事故（中毒）", "事故処理費用①", "無し", "有り②（風評）", "①は可、②は不可"],
  ["D) 環境汚染（土壌）", "事故処理費用①", "無し", "有り②（風評）", "①は可、②は不可"],
];

/** 表 参考.1-5: kind of event and whether it can be prevented */
const PREVENTION: readonly (readonly [string, string])[] = [
  ["A) 自然災害（地震・台風・水害）", "防げない：被害を最小にする対策を取る"],
  ["B) 設備の事故（火災）", "ある程度は防げる"],
  ["C) 製品の事故（中毒事故）", "ある程度は防げる"],
  ["D) 環境汚染（土壌汚染）", "ある程度は防げる"],
];

function textTable(s: SheetBuilder, rows: readonly (readonly string[])[]): void {
  for (const row of rows) {
    row.forEach((text, c) => s.label(c, text));
    s.row += 1;
  }
}

/** 表 参考.1-3 from the 直接原価 sheet: one year, one normal month, one month stopped. */
function stopMonth(s: SheetBuilder): void {
  s.title("表 参考.1-3 事業中断時の損益とキャッシュフロー対比（自社の数値）");
  s.header(["科目", "1年間", "1ヶ月 通常時", "1ヶ月 中断時 損益", "1ヶ月 中断時 資金"]);
  const line = (
    label: string,
    annual: string,
    stopped: string,
    cash: string,
    names: { stopped?: FormulaOptions; cash?: FormulaOptions } = {}
  ) => {
    s.label(0, label);
    const r = s.row;
    s.formula(1, annual);
    s.formula(2, `B${r}/12`);
    s.formula(3, stopped, names.stopped);
    s.formula(4, cash, names.cash);
    s.row += 1;
    return r;
  };
  const sales = line("売上高", "SalesAnnual", "0", "0");
  const cosVar = line("売上原価 変動費", "CoS_Variable", "0", "0");
  const cosFix = line(
    "売上原価 固定費",
    "CoS_Fixed",
    "CoS_Fixed/12",
    "(CoS_Fixed-CoS_Depreciation)/12"
  );
  line("（内 減価償却費）", "CoS_Depreciation", "CoS_Depreciation/12", "0");
  const gross = line(
    "売上総利益",
    `B${sales}-B${cosVar}-B${cosFix}`,
    `D${sales}-D${cosVar}-D${cosFix}`,
    `E${sales}-E${cosVar}-E${cosFix}`
  );
  const sgaVar = line("一般管理費・販売費 変動費", "SGA_Variable", "0", "0");
  const sgaFix = line(
    "一般管理費・販売費 固定費",
    "SGA_Fixed",
    "SGA_Fixed/12",
    "(SGA_Fixed-SGA_DepreciationPart)/12"
  );
  line("（内 減価償却費）", "SGA_DepreciationPart", "SGA_DepreciationPart/12", "0");
  line(
    "営業利益",
    `B${gross}-B${sgaVar}-B${sgaFix}`,
    `D${gross}-D${sgaVar}-D${sgaFix}`,
    `E${gross}-E${sgaVar}-E${sgaFix}`,
    { stopped: { name: "Impact_StopMonthLoss" }, cash: { name: "Impact_StopMonthCash" } }
  );
  s.note(
    "1ヶ月止まると損益は固定費の分だけ悪化しますが、資金は減価償却費を除いた分だけ出ていきます（この差が事業中断によるキャッシュフローの悪化額 (B) の考え方です）。"
  );
}

export function financialImpactSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("advanced.impact", name, [26, 16, 18, 18, 26], { language });
  s.title("表 参考.1-1 資産の損壊と損益計算・キャッシュフローへの影響（製造業）", null);
  s.header([
    "項目",
    "資産の損壊",
    "損益計算への影響金額",
    "実損金額（直接損害）",
    "キャッシュフローへの影響金額",
  ]);
  textTable(s, ASSET_LOSS_EFFECTS);
  s.note("損益は簿価で、実際の損害と保険は再調達価格で、資金は再建に要る額で見ます。");
  s.skip();
  s.title("表 参考.1-2 緊急事態の発生と損益計算・キャッシュフローへの影響", null);
  s.header(["項目", "金額", "損益計算への影響", "キャッシュフローへの影響"]);
  textTable(s, EMERGENCY_EFFECTS);
  s.skip();
  stopMonth(s);
  s.skip();
  s.title("表 参考.1-4 各種リスクの発生と影響", null);
  s.header([
    "事故・災害の種類",
    "資産の被害・費用",
    "事業中断",
    "売上減少と資金の悪化",
    "保険の対応",
  ]);
  textTable(s, RISK_EFFECTS);
  s.skip();
  s.title("表 参考.1-5 各種リスクの防止対策", null);
  s.header(["事故・災害の種類", "防止対策"]);
  textTable(s, PREVENTION);
  return s.build();
}
