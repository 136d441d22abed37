/**
 * 上級 参考.3 (1)(2): 中核事業①・②とその他事業③ (表 参考.3-1 … 3-5). Costs a department can
 * carry itself stay with it; the rest is allocated by sales ratio; ③ is suspended and counts B only.
 */
import { AMOUNT, DAYS, SheetBuilder } from "../builder";
import { DEPARTMENTS, type DepartmentField, departmentName } from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

export function departmentsSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("advanced.departments", name, [40, 16, 16, 16, 16], { language });
  s.title("部門別の数値（表 参考.3-2 … 3-4 の元データ）");
  s.header(["項目", ...DEPARTMENTS, "計"]);
  const cols = [1, 2, 3];
  const letters = ["B", "C", "D"];
  const inputRow = (
    label: string,
    key: DepartmentField,
    opts: { days?: boolean; skipLast?: boolean } = {}
  ) => {
    s.label(0, label);
    const r = s.row;
    cols.forEach((c, i) => {
      if (opts.skipLast && i === 2) return;
      s.input(c, {
        name: departmentName(i, key),
        format: opts.days ? "days" : "amount",
        validation: opts.days ? DAYS : AMOUNT,
      });
    });
    if (!opts.days) s.formula(4, `SUM(B${r}:D${r})`);
    s.row += 1;
    return r;
  };
  const sales = inputRow("売上高", "Sales");
  inputRow("変動費（売上原価）", "Variable");
  inputRow("部門別に配賦可能な固定費", "Fixed");
  inputRow("　内 減価償却費", "Depreciation");
  inputRow("資産の復旧費用 (A)（③は休止のため不要）", "AssetsA", { skipLast: true });
  inputRow("事業が止まる日数", "StopDays", { days: true });
  s.skip();
  s.title("部門別に配賦できない費用（売上高比で配賦）");
  s.inputLine("売上原価の固定費（配賦不能分）", { name: "Common_Fixed", validation: AMOUNT });
  s.inputLine("　内 減価償却費", { name: "Common_Depreciation", validation: AMOUNT });
  s.inputLine("一般管理費・販売費 変動費", { name: "Common_SgaVariable", validation: AMOUNT });
  s.inputLine("一般管理費・販売費 固定費", { name: "Common_SgaFixed", validation: AMOUNT });
  s.inputLine("　内 減価償却費", { name: "Common_SgaDepreciation", validation: AMOUNT });
  s.skip();
  s.title("表 参考.3-4 直接原価計算による部門別損益計算書・表 参考.3-5 / 3-1 復旧費用");
  s.header(["項目", ...DEPARTMENTS, "計"]);
  const row = (
    label: string,
    cell: (i: number) => string,
    name?: DepartmentField,
    format: "amount" | "percent" = "amount"
  ) => {
    s.label(0, label);
    const r = s.row;
    cols.forEach((c, i) =>
      s.formula(c, cell(i), { format, ...(name ? { name: departmentName(i, name) } : {}) })
    );
    s.formula(4, `SUM(B${r}:D${r})`, {
      format,
      ...(name ? { name: departmentName("Total", name) } : {}),
    });
    s.row += 1;
  };
  const total = `SUM($B$${sales}:$D$${sales})`;
  row("売上高比", (i) => `IF(${total}=0,0,${letters[i]}${sales}/${total})`, "Share", "percent");
  row("売上高", (i) => `Dept${i + 1}_Sales`);
  row(
    "変動費計",
    (i) => `Dept${i + 1}_Variable+Common_SgaVariable*Dept${i + 1}_Share`,
    "VariableAll"
  );
  row(
    "固定費計",
    (i) => `Dept${i + 1}_Fixed+(Common_Fixed+Common_SgaFixed)*Dept${i + 1}_Share`,
    "FixedAll"
  );
  row(
    "　内 減価償却費",
    (i) =>
      `Dept${i + 1}_Depreciation+(Common_Depreciation+Common_SgaDepreciation)*Dept${i + 1}_Share`,
    "DepreciationAll"
  );
  row(
    "営業利益",
    (i) => `Dept${i + 1}_Sales-Dept${i + 1}_VariableAll-Dept${i + 1}_FixedAll`,
    "OperatingProfit"
  );
  row(
    "1ヶ月停止した場合の月次資金収支",
    (i) => `-(Dept${i + 1}_FixedAll-Dept${i + 1}_DepreciationAll)/12`
  );
  row("資産の復旧費用 (A)", (i) => (i === 2 ? "0" : `Dept${i + 1}_AssetsA`));
  row(
    "キャッシュフローの悪化額 (B)",
    (i) =>
      `BCP.STOP_CASHFLOW(Dept${i + 1}_FixedAll,Dept${i + 1}_DepreciationAll,Dept${i + 1}_StopDays,Coefficients)`,
    "WorseningB"
  );
  row(
    "復旧費用総額 (C)",
    (i) => `${i === 2 ? "0" : `Dept${i + 1}_AssetsA`}+Dept${i + 1}_WorseningB`,
    "RecoveryC"
  );
  s.note("復旧費用合計 = C① + C② + C③（その他事業③は休止するため B のみ）。");
  return s.build();
}
