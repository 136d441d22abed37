/**
 * 上級 参考.3 (3) 事業所（工場）が2ヶ所ある場合: the hit site's monthly cash flow with its own
 * recovery and alternate production at the other site (表 参考.3-6 / 3-7).
 */
import { TWO_SITE_MONTHS } from "../../model/advanced/twoSites";
import { MAX_OPERATING_RATE } from "../../model/guards";
import { a1 } from "../address";
import { AMOUNT, OPERATING_RATE, SHARE, SheetBuilder } from "../builder";
import type { DefinedName } from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

export function twoSitesSheet(
  name: string,
  months = TWO_SITE_MONTHS,
  language?: SheetLanguage
): SheetDef {
  const s = new SheetBuilder(
    "advanced.twoSites",
    name,
    [34, ...Array.from({ length: months + 1 }, () => 11)],
    {
      freeze: { rows: 0, columns: 1 },
      landscape: true,
      language,
    }
  );
  s.title("表 参考.3-6 直接原価計算による損益計算書（被災した事業所）");
  s.header(["項目", "1年間", "1ヶ月"]);
  const site = (
    label: string,
    name: "TS_Sales" | "TS_Variable" | "TS_Fixed" | "TS_Depreciation"
  ) => {
    s.label(0, label);
    s.input(1, { name, validation: AMOUNT, required: true });
    s.formula(2, `${name}/12`);
    s.row += 1;
  };
  site("売上高", "TS_Sales");
  site("変動費計", "TS_Variable");
  site("固定費計", "TS_Fixed");
  site("（内 減価償却費）", "TS_Depreciation");
  s.skip();

  s.inputLine("損益を比べる月数（表 参考.3-8 / 3-9）", {
    name: "TS_Months",
    value: months,
    format: "integer",
    validation: { type: "whole", min: 1, max: months },
    required: true,
  });
  s.skip();

  const cols = Array.from({ length: months }, (_, i) => i + 1);
  const total = months + 1;
  s.title("表 参考.3-7 キャッシュフロー推移");
  s.header(["", ...cols.map((m) => `${m}ヶ月目`), "計"]);
  const at = (m: number, r: number) => a1(m, r);
  const line = (
    label: string,
    cell: (m: number) => string | null,
    opts: { input?: "rate" | "share" | "amount"; total?: boolean; percent?: boolean } = {}
  ) => {
    s.label(0, label);
    const r = s.row;
    for (const m of cols) {
      const formula = cell(m);
      if (opts.input) {
        s.input(m, {
          validation: { rate: OPERATING_RATE, share: SHARE, amount: AMOUNT }[opts.input],
          format: opts.input === "amount" ? "amount" : "percent",
        });
      } else if (formula !== null) {
        s.formula(m, formula, opts.percent ? { format: "percent" } : {});
      }
    }
    if (opts.total) s.formula(total, `SUM(${a1(1, r)}:${a1(months, r)})`);
    s.row += 1;
    return r;
  };
  // which months 表 参考.3-8 / 3-9 add up (SUMIF on 1)
  const flagsRow = line("損益を比べる月（1＝含める）", (m) => `IF(${m}<=TS_Months,1,0)`);
  const own = line("自工場の稼働率", () => null, { input: "rate" });
  const alternate = line("代替生産（他工場）の割合", () => null, { input: "share" });
  // blank months as the model reads them (ownRatesOf): 100 % after the last month typed, else 0 %
  const ownAll = `${at(1, own)}:${at(months, own)}`;
  const ownUsed = line(
    "自工場の稼働率（計算に使う値）",
    (m) => {
      const typed = at(m, own);
      const rest = `${typed}:${at(months, own)}`;
      return `IF(ISBLANK(${typed}),IF(AND(COUNT(${rest})=0,COUNT(${ownAll})>0),1,0),${typed})`;
    },
    { percent: true }
  );
  // combinedRate: alternate output fills up to 100 %; own output above it is catch-up
  const rate = line(
    "生産の合計",
    (m) => `MAX(${at(m, ownUsed)},MIN(1,${at(m, ownUsed)}+${at(m, alternate)}))`,
    { percent: true }
  );
  const revenue = line("営業収入", (m) => `${at(m, rate)}*TS_Sales/12`, { total: true });
  line("　通常ベース比", (m) => `${at(m, revenue)}-TS_Sales/12`, { total: true });
  const variable = line("営業支出 変動費", (m) => `${at(m, rate)}*TS_Variable/12`, { total: true });
  line("　通常ベース比", (m) => `${at(m, variable)}-TS_Variable/12`, { total: true });
  const fixed = line("営業支出 固定費（減価償却費を除く）", () => "(TS_Fixed-TS_Depreciation)/12", {
    total: true,
  });
  const subtotal = line("営業支出 小計", (m) => `${at(m, variable)}+${at(m, fixed)}`, {
    total: true,
  });
  const net = line("差引", (m) => `${at(m, revenue)}-${at(m, subtotal)}`, { total: true });
  const expenses = line("追加支出 経費（代替生産）", () => null, { input: "amount", total: true });
  const overtime = line("追加支出 人件費（残業代）", () => null, { input: "amount", total: true });
  const monthly = line(
    "月次資金収支",
    (m) => `${at(m, net)}-${at(m, expenses)}-${at(m, overtime)}`,
    { total: true }
  );
  const cumulative = line("累計資金不足", (m) =>
    m === 1 ? at(1, monthly) : `${at(m - 1, s.row)}+${at(m, monthly)}`
  );
  const equipment = line("代替設備支出", () => null, { input: "amount", total: true });
  const totalRow = s.row;
  line("資金不足総計", (m) =>
    m === 1
      ? `${at(1, cumulative)}-${at(1, equipment)}`
      : `${at(m - 1, totalRow)}+${at(m, monthly)}-${at(m, equipment)}`
  );
  const across = (r: number) => `${a1(1, r)}:${a1(months, r)}`;
  s.nameRange("TS_OwnRates", across(own));
  s.nameRange("TS_AlternateRates", across(alternate));
  s.nameRange("TS_Expenses", across(expenses));
  s.nameRange("TS_Overtime", across(overtime));
  s.nameRange("TS_Equipment", across(equipment));
  s.skip();
  const range = `${a1(1, totalRow)}:${a1(months, totalRow)}`;
  s.formulaLine("ピーク時の資金不足額", `BCP.PEAK_SHORTAGE(${range})`, {
    name: "TwoSitePeakShortage",
  });
  s.formulaLine("ピークの月（ヶ月目）", `BCP.PEAK_MONTH(${range})`, {
    name: "TwoSitePeakMonth",
    format: "integer",
  });
  periodTables(s, {
    months,
    flags: across(flagsRow),
    revenue: across(revenue),
    variable: across(variable),
    expenses: across(expenses),
    overtime: across(overtime),
    equipment: across(equipment),
    total: range,
  });
  s.note(
    `自工場の稼働率と代替生産の割合は月ごとの見込みを入力します。自工場の稼働率は、入力した最後の月より後の空欄を復旧済み（100%）、それ以前の空欄を0%として計算します。取り戻し生産の月は100%を超えて入力できます（${MAX_OPERATING_RATE * 100}%まで）。代替生産は平常の生産量（100%）に届くまでを補います。`
  );
  return s.build();
}

interface PeriodRows {
  months: number;
  /** the row of 1/0 flags: the months compared */
  flags: string;
  revenue: string;
  variable: string;
  expenses: string;
  overtime: string;
  equipment: string;
  /** 資金不足総計 by month */
  total: string;
}

/**
 * 表 参考.3-8 (P/L of the compared months, without and with the fire) and 表 参考.3-9 (their cash
 * flow, whose ①+② is the 資金不足総計 of the last compared month).
 */
function periodTables(s: SheetBuilder, rows: PeriodRows): void {
  const over = (row: string) => `SUMIF(${rows.flags},1,${row})`;
  const period = (annual: string) => `${annual}/12*TS_Months`;
  s.skip();
  s.title("表 参考.3-8 比べる月数の損益計算書");
  s.header(["項目", "火災無し", "火災発生後", "対比"]);
  const pnl = (
    label: string,
    normal: string,
    actual: string,
    names?: [DefinedName, DefinedName]
  ) => {
    s.label(0, label);
    const r = s.row;
    s.formula(1, normal, names ? { name: names[0] } : {});
    s.formula(2, actual, names ? { name: names[1] } : {});
    s.formula(3, `C${r}-B${r}`);
    s.row += 1;
    return r;
  };
  const sales = pnl("売上高", period("TS_Sales"), over(rows.revenue));
  const variable = pnl("変動費", period("TS_Variable"), over(rows.variable));
  const fixed = pnl("固定費", period("TS_Fixed"), period("TS_Fixed"));
  const dep = pnl("（減価償却費）", period("TS_Depreciation"), period("TS_Depreciation"));
  const both = (f: (col: string) => string) => [f("B"), f("C")] as const;
  const [opN, opA] = both((c) => `${c}${sales}-${c}${variable}-${c}${fixed}`);
  const op = pnl("営業利益", opN, opA);
  pnl("（償却前利益）", `B${op}+B${dep}`, `C${op}+C${dep}`);
  const extra = pnl("追加支出 経費", "0", over(rows.expenses));
  const labour = pnl("追加支出 人件費", "0", over(rows.overtime));
  const net = pnl("差引損益", `B${op}-B${extra}-B${labour}`, `C${op}-C${extra}-C${labour}`, [
    "TS_NetNormal",
    "TS_NetActual",
  ]);
  pnl("（償却前利益）", `B${net}+B${dep}`, `C${net}+C${dep}`);
  s.skip();
  s.title("表 参考.3-9 比べる月数のキャッシュフロー");
  s.header(["項目", "金額"]);
  s.formulaLine("営業損失（差引損益）", "TS_NetActual");
  s.formulaLine("減価償却", `C${dep}`);
  const before = s.formulaLine("償却前損益 ①", `TS_NetActual+C${dep}`);
  const equipment = s.formulaLine("代替設備支出 ②", over(rows.equipment));
  s.formulaLine("①+②（② は支出として差し引き）", `${before}-${equipment}`, {
    name: "TS_PeriodCashflow",
  });
  s.formulaLine("資金不足総計（比べる月数の最後の月）", `INDEX(${rows.total},TS_Months)`);
  s.note("①+② は、表 参考.3-7 の比べる月数の最後の月の資金不足総計と一致します。");
}
