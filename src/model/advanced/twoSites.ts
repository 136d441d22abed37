/**
 * 上級 参考.3 (3): two sites, one hit, with alternate production at the other (表 参考.3-6 … 3-9).
 * The hit site's output is restored by its own recovery and by alternate production at the
 * other site; alternate production costs extra monthly expenses and overtime, and the equipment
 * installed for it is a one-off outlay in the month it is bought.
 */
import type { AnnualFigures } from "../directCosting";
import { requireAnnualFigures } from "../directCosting";
import { invalid } from "../errors";
import { peakOf } from "../cashflowTable";
import {
  isBlank,
  optionalAmount,
  optionalRate,
  requireInteger,
  requireOperatingRate,
} from "../guards";

/** months of the two-site table (表 参考.3-7 runs 7; the workbook's sheet has room for a year) */
export const TWO_SITE_MONTHS = 12;

export interface TwoSiteInput {
  /** the hit site's direct-costing figures (表 参考.3-6 内 第一工場) */
  site: AnnualFigures;
  months: number;
  /**
   * own production rate of the hit site per month (1 is normal, above 1 catch-up); a blank month
   * after the last one given is recovered (100 %), any other blank month stopped (0 %)
   */
  ownRates: readonly (number | null)[];
  /** alternate production at the other site, as a share of the hit site's normal output */
  alternateRates: readonly (number | null)[];
  /** 代替生産に伴うその他の経費 per month */
  alternateExpenses?: readonly (number | null)[];
  /** 残業代 per month */
  overtime?: readonly (number | null)[];
  /** 代替設備支出 per month */
  equipment?: readonly (number | null)[];
}

export interface TwoSiteRow {
  month: number;
  ownRate: number; // 自工場の稼働率 as used, blanks filled (ownRateOf)
  rate: number; // 生産の合計: own + alternate up to 100 %, or own alone above it
  revenue: number;
  revenueVsNormal: number;
  variable: number;
  variableVsNormal: number;
  fixed: number; // cash fixed cost
  expenses: number; // 小計
  net: number; // 差引
  alternateExpenses: number; // 追加支出 経費
  overtime: number; // 追加支出 人件費
  balance: number; // 月次資金収支
  cumulative: number; // 累計資金不足 (before equipment)
  equipment: number; // 代替設備支出
  totalCumulative: number; // 資金不足総計
}

export interface TwoSitePeriodPnl {
  sales: number;
  variable: number;
  fixed: number; // including depreciation
  depreciation: number;
  operatingProfit: number;
  beforeDepreciation: number; // 償却前利益
  extraExpenses: number;
  overtime: number;
  net: number; // 差引損益
  netBeforeDepreciation: number;
}

export interface TwoSiteResult {
  rows: TwoSiteRow[];
  totals: Omit<TwoSiteRow, "month" | "ownRate" | "rate" | "cumulative" | "totalCumulative">;
  peakShortage: number;
  peakMonth: number | null;
  finalShortage: number; // 資金不足総計 at the last month (negative when short)
  /** 表 参考.3-8: the same months without and with the disaster */
  pnl: { normal: TwoSitePeriodPnl; actual: TwoSitePeriodPnl };
  /** 表 参考.3-9: 償却前損益 ① + 代替設備支出 ② = the final shortage */
  cashflow: {
    operatingLoss: number;
    depreciation: number;
    beforeDepreciation: number;
    equipment: number;
    total: number;
  };
}

function at(values: readonly (number | null)[] | undefined, i: number): number | null | undefined {
  return values === undefined ? undefined : values[i];
}

function pnl(
  sales: number,
  variable: number,
  fixed: number,
  depreciation: number,
  extra: number,
  overtime: number
): TwoSitePeriodPnl {
  const operatingProfit = sales - variable - fixed;
  const net = operatingProfit - extra - overtime;
  return {
    sales,
    variable,
    fixed,
    depreciation,
    operatingProfit,
    beforeDepreciation: operatingProfit + depreciation,
    extraExpenses: extra,
    overtime,
    net,
    netBeforeDepreciation: net + depreciation,
  };
}

/**
 * The hit site's own 稼働率 in each month. The user types the months of the recovery schedule;
 * once it ends (after the last month given) the site is back at 100 % (上級 参考.3 (3) ②: full
 * production from the 8th month). A blank month before that is a month without production.
 */
export function ownRatesOf(given: readonly (number | null)[], months: number): number[] {
  const last = given.reduce<number>((l, v, i) => (isBlank(v) ? l : i), -1);
  return Array.from({ length: months }, (_, i) => {
    const v = at(given, i);
    if (!isBlank(v)) return requireOperatingRate(v, `自工場の稼働率（${i + 1}ヶ月目）`);
    return last >= 0 && i > last ? 1 : 0;
  });
}

/**
 * 生産の合計: alternate production fills the hit site's output up to its normal level (orders do
 * not grow because another plant makes them); own output above 100 % is catch-up and counts whole.
 */
export function combinedRate(own: number, alternate: number): number {
  return Math.max(own, Math.min(1, own + alternate));
}

export function twoSiteCashflow(input: TwoSiteInput): TwoSiteResult {
  const site = requireAnnualFigures(input.site);
  const months = requireInteger(input.months, "月数", 1, TWO_SITE_MONTHS);
  for (const [list, label] of [
    [input.ownRates, "自工場の稼働率"],
    [input.alternateRates, "代替生産の割合"],
    [input.alternateExpenses, "代替生産の経費"],
    [input.overtime, "残業代"],
    [input.equipment, "代替設備支出"],
  ] as const) {
    if (list !== undefined && list.length > months)
      throw invalid(`${label}が${list.length}ヶ月分ありますが、表は${months}ヶ月です。`);
  }
  const S = site.sales / 12;
  const V = site.variable / 12;
  const cashFixed = (site.fixed - site.depreciation) / 12;
  let cumulative = 0;
  let equipmentSoFar = 0;
  const rows: TwoSiteRow[] = [];
  const ownRates = ownRatesOf(input.ownRates, months);
  for (let i = 0; i < months; i++) {
    const month = i + 1;
    const own = ownRates[i] as number;
    const alternate = optionalRate(at(input.alternateRates, i), `代替生産の割合（${month}ヶ月目）`);
    const rate = combinedRate(own, alternate);
    const revenue = S * rate;
    const variable = V * rate;
    const expenses = variable + cashFixed;
    const net = revenue - expenses;
    const alternateExpenses = optionalAmount(
      at(input.alternateExpenses, i),
      `代替生産の経費（${month}ヶ月目）`
    );
    const overtime = optionalAmount(at(input.overtime, i), `残業代（${month}ヶ月目）`);
    const equipment = optionalAmount(at(input.equipment, i), `代替設備支出（${month}ヶ月目）`);
    const balance = net - alternateExpenses - overtime;
    cumulative += balance;
    equipmentSoFar += equipment;
    rows.push({
      month,
      ownRate: own,
      rate,
      revenue,
      revenueVsNormal: revenue - S,
      variable,
      variableVsNormal: variable - V,
      fixed: cashFixed,
      expenses,
      net,
      alternateExpenses,
      overtime,
      balance,
      cumulative,
      equipment,
      totalCumulative: cumulative - equipmentSoFar,
    });
  }
  const sum = (pick: (r: TwoSiteRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const totals = {
    revenue: sum((r) => r.revenue),
    revenueVsNormal: sum((r) => r.revenueVsNormal),
    variable: sum((r) => r.variable),
    variableVsNormal: sum((r) => r.variableVsNormal),
    fixed: sum((r) => r.fixed),
    expenses: sum((r) => r.expenses),
    net: sum((r) => r.net),
    alternateExpenses: sum((r) => r.alternateExpenses),
    overtime: sum((r) => r.overtime),
    balance: sum((r) => r.balance),
    equipment: sum((r) => r.equipment),
  };
  const { peakShortage, peakPeriod } = peakOf(rows.map((r) => r.totalCumulative));
  const fixedAll = (site.fixed / 12) * months;
  const depreciation = (site.depreciation / 12) * months;
  const actual = pnl(
    totals.revenue,
    totals.variable,
    fixedAll,
    depreciation,
    totals.alternateExpenses,
    totals.overtime
  );
  const normal = pnl(S * months, V * months, fixedAll, depreciation, 0, 0);
  const last = rows[rows.length - 1];
  return {
    rows,
    totals,
    peakShortage,
    peakMonth: peakPeriod,
    finalShortage: last ? last.totalCumulative : 0,
    pnl: { normal, actual },
    cashflow: {
      operatingLoss: actual.net,
      depreciation,
      beforeDepreciation: actual.netBeforeDepreciation,
      equipment: totals.equipment,
      total: actual.netBeforeDepreciation - totals.equipment,
    },
  };
}
