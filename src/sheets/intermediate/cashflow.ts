/**
 * 中級 参考.3: the first month by 旬 (表 参考.3-1 / 3-2), the monthly table over 24 months
 * (表 参考.3-3 / 3-4 and its 据置 second year), the balance at an operating rate (3-5 … 3-8) and
 * the cash flow after recovery (3-9).
 */
import { FUNDING_LABELS, FUNDING_SOURCES } from "../../model/cashflowTable";
import { a1, columnLetter } from "../address";
import { AMOUNT, OPERATING_RATE, SheetBuilder } from "../builder";
import type { DefinedName } from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

export const CASHFLOW_MONTHS = 24;
/** longest collection or payment lag the sheet formulas follow (the model takes up to 12) */
export const MAX_SHEET_LAG = 3;
const TEN_DAYS = "(DaysPerMonth/3)";

/**
 * 表 参考.3-1 / 3-2: month 1 of the monthly table below, in 旬. It has no figures of its own
 * (one source): the lags, the recovery cost and the funding of month 1 come from the monthly
 * table; the 旬 rates follow N like month 1's rate, and the check compares the two totals.
 */
function firstMonth(s: SheetBuilder): void {
  s.title("表 参考.3-1 / 3-2 災害発生直後1ヶ月目のキャッシュフロー検討表");
  s.header(["科目", "上旬（発生）", "中旬", "下旬", "計"]);
  const cols = [1, 2, 3];
  const row = (
    label: string,
    cell: (col: number, j: number) => string | null,
    name?: DefinedName
  ) => {
    s.label(0, label);
    const r = s.row;
    cols.forEach((col, j) => {
      const formula = cell(col, j + 1);
      if (formula !== null) s.formula(col, formula);
    });
    s.formula(4, `SUM(B${r}:D${r})`, name ? { name } : {});
    s.row += 1;
    return r;
  };
  s.label(0, "稼働率");
  const rateRow = s.row;
  cols.forEach((col, j) =>
    s.input(col, {
      formula: `MIN(1,MAX(0,(${j + 1}*${TEN_DAYS}-ReopenDays)/${TEN_DAYS}))`,
      format: "percent",
      validation: OPERATING_RATE,
    })
  );
  s.row += 1;
  const c = columnLetter;
  // with a lag of a month or more, month 1 collects (pays for) the month before the disaster
  const prevIn = row(
    "営業収入 前月分の影響（回収）",
    () => "IF(CollectionLagMonths>0,SalesAnnual/36,0)"
  );
  const curIn = row(
    "営業収入 今月分",
    (col) => `IF(CollectionLagMonths>0,0,${c(col)}${rateRow}*SalesAnnual/36)`
  );
  const totalIn = row("営業収入 計", (col) => `${c(col)}${prevIn}+${c(col)}${curIn}`);
  const prevVar = row(
    "変動費 前月分の影響（支払）",
    () => "IF(PaymentLagMonths>0,VariableAnnual/36,0)"
  );
  const curVar = row(
    "変動費 今月分",
    (col) => `IF(PaymentLagMonths>0,0,${c(col)}${rateRow}*VariableAnnual/36)`
  );
  const fixed = row("固定費（減価償却費を除く）", () => "CashFixedAnnual/36");
  const totalOut = row(
    "営業支出 計",
    (col) => `${c(col)}${prevVar}+${c(col)}${curVar}+${c(col)}${fixed}`
  );
  // month 1's recovery cost and funding, in the 旬 of the disaster
  const recovery = row("復旧費用", (_col, j) => (j === 1 ? "INDEX(CF_RecoveryCosts,1,1)" : null));
  const balance = row(
    "資金収支",
    (col) => `${c(col)}${totalIn}-${c(col)}${totalOut}-${c(col)}${recovery}`,
    "FirstMonthBalance"
  );
  const funding = FUNDING_SOURCES.map((source) =>
    row(FUNDING_LABELS[source], (_col, j) => (j === 1 ? `INDEX(CF_Funding_${source},1,1)` : null))
  );
  row(
    "総合資金収支",
    (col) =>
      `${c(col)}${balance}+SUM(${c(col)}${funding[0]}:${c(col)}${funding[funding.length - 1]})`
  );
  const across = (r: number) => `B${r}:D${r}`;
  s.nameRange("FM_Rates", across(rateRow));
  s.nameRange("FM_PriorRevenue", across(prevIn));
  s.nameRange("FM_PriorVariable", across(prevVar));
  s.nameRange("FM_RecoveryCosts", across(recovery));
  FUNDING_SOURCES.forEach((source, i) =>
    s.nameRange(`FM_Funding_${source}`, across(funding[i] as number))
  );
  s.note(
    "この表は下の資金繰り表の1ヶ月目を旬に分けたものです。売上の回収・仕入の支払のサイト、復旧費用と資金調達は資金繰り表の1ヶ月目から取ります。稼働率は営業再開日数から計算した値を上書きできます。"
  );
  s.skip();
}

function monthlyTable(s: SheetBuilder): void {
  const months = Array.from({ length: CASHFLOW_MONTHS }, (_, i) => i + 1);
  const col = (m: number) => m; // month m in column index m (B = month 1)
  const totalCol = CASHFLOW_MONTHS + 1;
  const lagList = {
    type: "list",
    values: Array.from({ length: MAX_SHEET_LAG + 1 }, (_, l) => String(l)),
  } as const;
  s.inputLine("売上債権の回収サイト（月）", {
    name: "CollectionLagMonths",
    value: 0,
    format: "integer",
    validation: lagList,
    required: true,
  });
  s.inputLine("仕入債務の支払サイト（月）", {
    name: "PaymentLagMonths",
    value: 0,
    format: "integer",
    validation: lagList,
    required: true,
  });
  s.skip();
  s.title("表 参考.3-3 / 3-4 災害発生後のキャッシュフロー検討表（2年間）");
  s.header(["科目", ...months.map((m) => `${m}ヶ月目`), "計"]);
  const line = (
    label: string,
    cell: (m: number) => string | null,
    opts: { input?: boolean; total?: boolean; format?: "percent" } = {}
  ) => {
    s.label(0, label);
    const r = s.row;
    for (const m of months) {
      const formula = cell(m);
      if (opts.input) {
        s.input(col(m), {
          validation: opts.format === "percent" ? OPERATING_RATE : AMOUNT,
          format: opts.format ?? "amount",
          ...(formula === null ? {} : { formula }),
        });
      } else if (formula !== null) {
        s.formula(col(m), formula, opts.format ? { format: opts.format } : {});
      }
    }
    if (opts.total !== false) s.formula(totalCol, `SUM(${a1(1, r)}:${a1(CASHFLOW_MONTHS, r)})`);
    s.row += 1;
    return r;
  };
  const at = (m: number, r: number) => a1(col(m), r);
  const rate = line("稼働率", (m) => `MIN(1,MAX(0,(${m}*DaysPerMonth-ReopenDays)/DaysPerMonth))`, {
    input: true,
    total: false,
    format: "percent",
  });
  // With a lag of L months, month m collects (or pays for) the activity of month m − L; before
  // the disaster that activity was at 100 %.
  const lagged = (m: number, lag: string) =>
    Array.from({ length: MAX_SHEET_LAG + 1 }, (_, l) =>
      m - l <= 0 ? "1" : at(m - l, rate)
    ).reduceRight((inner, rateCell, l) => `IF(${lag}=${l},${rateCell},${inner})`);
  const revenue = line("営業収入", (m) => `${lagged(m, "CollectionLagMonths")}*SalesAnnual/12`);
  const variable = line(
    "営業支出 変動費",
    (m) => `${lagged(m, "PaymentLagMonths")}*VariableAnnual/12`
  );
  const fixed = line("営業支出 固定費（減価償却費を除く）", () => "CashFixedAnnual/12");
  const subtotal = line("営業支出 小計", (m) => `${at(m, variable)}+${at(m, fixed)}`);
  const operating = line("事業資金収支", (m) => `${at(m, revenue)}-${at(m, subtotal)}`);
  const recovery = line("復旧費用", (m) => (m === 1 ? "AssetRecoveryA" : null), { input: true });
  const monthly = line("月次資金収支", (m) => `${at(m, operating)}-${at(m, recovery)}`);
  s.nameRange("CF_Balances", `${a1(1, monthly)}:${a1(CASHFLOW_MONTHS, monthly)}`);
  const cumulative = line(
    "累計資金収支",
    (m) => (m === 1 ? at(1, monthly) : `${at(m - 1, s.row)}+${at(m, monthly)}`),
    { total: false }
  );
  const funding = FUNDING_SOURCES.map((source) =>
    line(FUNDING_LABELS[source], () => null, { input: true })
  );
  const overall = line(
    "総合資金収支",
    (m) =>
      `${at(m, monthly)}+SUM(${at(m, funding[0] as number)}:${at(m, funding[funding.length - 1] as number)})`
  );
  const overallCumulative = line(
    "総合資金収支 累計",
    (m) => (m === 1 ? at(1, overall) : `${at(m - 1, s.row)}+${at(m, overall)}`),
    { total: false }
  );
  s.nameRange(
    "CF_OverallCumulative",
    `${a1(1, overallCumulative)}:${a1(CASHFLOW_MONTHS, overallCumulative)}`
  );
  const range = `${a1(1, cumulative)}:${a1(CASHFLOW_MONTHS, cumulative)}`;
  const across = (r: number) => `${a1(1, r)}:${a1(CASHFLOW_MONTHS, r)}`;
  s.nameRange("CF_Rates", across(rate));
  s.nameRange("CF_RecoveryCosts", across(recovery));
  FUNDING_SOURCES.forEach((source, i) =>
    s.nameRange(`CF_Funding_${source}`, across(funding[i] as number))
  );
  s.skip();
  s.formulaLine("ピーク時の資金不足額", `BCP.PEAK_SHORTAGE(${range})`, { name: "PeakShortage" });
  s.formulaLine("ピークの月（ヶ月目、0は不足なし）", `BCP.PEAK_MONTH(${range})`, {
    name: "PeakMonth",
    format: "integer",
  });
  s.formulaLine("12ヶ月目の累計資金収支", at(12, cumulative), { name: "Cumulative_M12" });
  // the funding plan: does the cumulative balance after funding stay at or above zero?
  s.formulaLine(
    "資金調達後の最大不足額（総合資金収支 累計）",
    "BCP.PEAK_SHORTAGE(CF_OverallCumulative)",
    { name: "FundingPlanShortage" }
  );
  s.formulaLine("その月（ヶ月目、0は不足なし）", "BCP.PEAK_MONTH(CF_OverallCumulative)", {
    name: "FundingPlanShortageMonth",
    format: "integer",
  });
  s.note(
    "稼働率・復旧費用の既定値は営業再開日数 N と資産の復旧費用 (A) から計算しています。実際の見込みで上書きしてください。"
  );
  s.skip();
}

function rateTables(s: SheetBuilder): void {
  const rates: [string, string, DefinedName | ""][] = [
    ["表 参考.3-5 稼働率0%の場合", "0", ""],
    ["表 参考.3-6 稼働率30%の場合", "0.3", ""],
    ["表 参考.3-7 稼働率60%の場合", "0.6", ""],
    ["表 参考.3-8 稼働率N%の場合", "", "RateN"],
  ];
  for (const [title, rate, name] of rates) {
    s.title(`${title}のキャッシュフローの悪化額 (B)`);
    s.header(["科目", "稼働率100%", "想定の稼働率"]);
    s.label(0, "稼働率");
    s.formula(1, "1", { format: "percent" });
    const r = name
      ? s.input(2, {
          name,
          value: 0.8,
          format: "percent",
          validation: OPERATING_RATE,
          required: true,
        })
      : s.formula(2, rate, { format: "percent" });
    s.row += 1;
    const lines: [string, string, string][] = [
      ["営業収入", "SalesAnnual/12", `${r}*SalesAnnual/12`],
      ["営業支出 変動費", "VariableAnnual/12", `${r}*VariableAnnual/12`],
      ["営業支出 固定費", "CashFixedAnnual/12", "CashFixedAnnual/12"],
    ];
    const start = s.row;
    for (const [label, full, partial] of lines) {
      s.label(0, label);
      s.formula(1, full);
      s.formula(2, partial);
      s.row += 1;
    }
    s.label(0, "営業支出 小計");
    s.formula(1, `B${start + 1}+B${start + 2}`);
    s.formula(2, `C${start + 1}+C${start + 2}`);
    s.row += 1;
    s.label(0, "月次資金収支額");
    s.formula(
      1,
      "BCP.MONTHLY_BALANCE(SalesAnnual,VariableAnnual,FixedAnnual,DepreciationAnnual,1)"
    );
    s.formula(
      2,
      `BCP.MONTHLY_BALANCE(SalesAnnual,VariableAnnual,FixedAnnual,DepreciationAnnual,${r})`
    );
    s.row += 1;
    s.skip();
  }
}

function afterRecovery(s: SheetBuilder): void {
  s.title("表 参考.3-9 復旧後のキャッシュフロー（月間）");
  s.header(["科目", "直接原価計算（月間）", "月間キャッシュフロー"]);
  const start = s.row;
  s.label(0, "営業収入");
  s.formula(1, "SalesAnnual/12");
  s.formula(2, "SalesAnnual/12");
  s.row += 1;
  s.label(0, "営業支出 変動費");
  s.formula(1, "VariableAnnual/12");
  s.formula(2, "VariableAnnual/12");
  s.row += 1;
  s.label(0, "営業支出 固定費（内 減価償却費は現金支出なし）");
  s.formula(1, "FixedAnnual/12");
  s.formula(2, "CashFixedAnnual/12");
  s.row += 1;
  s.formulaLine("営業利益", `B${start}-B${start + 1}-B${start + 2}`);
  s.label(0, "キャッシュフロー");
  s.formula(2, `C${start}-C${start + 1}-C${start + 2}`, { name: "MonthlyCashflowAfterRecovery" });
  s.row += 1;
}

export function cashflowSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder(
    "intermediate.cashflow",
    name,
    [34, ...Array.from({ length: CASHFLOW_MONTHS + 1 }, () => 11)],
    {
      freeze: { rows: 0, columns: 1 },
      landscape: true,
      language,
    }
  );
  firstMonth(s);
  monthlyTable(s);
  rateTables(s);
  afterRecovery(s);
  return s.build();
}
