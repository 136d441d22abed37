/**
 * The post-disaster cash-flow tables: 12 or 24 months (表 参考.3-3 / 3-4) and the first month by
 * 上旬・中旬・下旬 (表 参考.3-1 / 3-2), with collection and payment lags so that sales made before
 * the disaster still come in and purchases made before it are still paid.
 */
import { monthlyCashFixed } from "./businessInterruption";
import type { AnnualFigures } from "./directCosting";
import { invalid } from "./errors";
import type { Parameters } from "./parameters";
import {
  isBlank,
  optionalAmount,
  requireAmount,
  requireDays,
  requireInteger,
  requireOperatingRate,
} from "./guards";

export const FUNDING_SOURCES = [
  "cashDrawdown",
  "newBorrowing",
  "insurance",
  "assetSale",
  "ownerSupport",
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** 表 参考.3-4 キャッシュフロー対策 rows. */
export const FUNDING_LABELS: Record<FundingSource, string> = {
  cashDrawdown: "現金・預金取崩し",
  newBorrowing: "新規借入",
  insurance: "損害保険金",
  assetSale: "会社資産売却",
  ownerSupport: "経営者から支援",
};

export type FundingSchedule = Partial<
  Record<FundingSource, readonly (number | null | undefined)[]>
>;

export interface CashflowTableInput {
  annual: AnnualFigures;
  /** number of months (12 or 24 in the guideline) */
  months: number;
  /** 営業再開日数 N, for the default rates: 0 % until N days have passed, then 100 % */
  reopenDays?: number;
  /** 稼働率 per month; a blank entry takes the default from N */
  rates?: readonly (number | null | undefined)[];
  /** 復旧費用 paid per month */
  recoveryCosts?: readonly (number | null | undefined)[];
  /** other extra spending per month (代替生産の経費・残業代 etc.) */
  extraExpenses?: readonly (number | null | undefined)[];
  funding?: FundingSchedule;
  /** 売上債権の回収サイト (months) */
  collectionLagMonths?: number;
  /** 仕入債務の支払サイト (months) */
  paymentLagMonths?: number;
}

export interface CashflowRow {
  period: number;
  rate: number; // 稼働率
  revenuePrior: number; // 前月分の影響 (pre-disaster sales collected)
  revenueCurrent: number; // 今月分
  revenue: number; // 営業収入 計
  variablePrior: number;
  variableCurrent: number;
  variable: number;
  fixed: number; // 固定費 (cash)
  expenses: number; // 営業支出 計
  operatingBalance: number; // 事業資金収支
  recoveryCost: number; // 復旧費用
  extraExpenses: number;
  balance: number; // 月次資金収支
  cumulative: number; // 累計資金収支
  funding: Record<FundingSource, number>;
  fundingTotal: number;
  overallBalance: number; // 総合資金収支
  overallCumulative: number;
}

export interface CashflowTable {
  rows: CashflowRow[];
  totals: Omit<CashflowRow, "period" | "rate" | "cumulative" | "overallCumulative">;
  /** largest cumulative shortage (positive) and its period (1-based), 0 / null when never short */
  peakShortage: number;
  peakPeriod: number | null;
}

const MAX_LAG_MONTHS = 12;
const MAX_MONTHS = 120;

/** Default 稼働率 of period p (1-based) of `length` days: the share of it after day N. */
export function defaultRate(period: number, length: number, reopenDays: number): number {
  const end = period * length;
  return Math.min(1, Math.max(0, (end - reopenDays) / length));
}

function entry(values: readonly (number | null | undefined)[] | undefined, i: number): unknown {
  return values === undefined ? undefined : values[i];
}

function checkLength(values: readonly unknown[] | undefined, count: number, label: string): void {
  if (values !== undefined && values.length > count) {
    throw invalid(`${label}が${values.length}期間分ありますが、表は${count}期間です。`);
  }
}

function lagOf(value: number | undefined, label: string): number {
  return value === undefined ? 0 : requireInteger(value, label, 0, MAX_LAG_MONTHS);
}

interface PeriodPlan {
  count: number;
  periodsPerMonth: number; // 1 for months, 3 for 旬
  rates: number[];
}

function buildTable(input: CashflowTableInput, plan: PeriodPlan): CashflowTable {
  const { count, periodsPerMonth, rates } = plan;
  const sales = requireAmount(input.annual.sales, "年間売上高") / 12 / periodsPerMonth;
  const variableCost = requireAmount(input.annual.variable, "年間変動費") / 12 / periodsPerMonth;
  const cashFixed =
    monthlyCashFixed(input.annual.fixed, input.annual.depreciation) / periodsPerMonth;
  const collectionLag =
    lagOf(input.collectionLagMonths, "売上債権の回収サイト（月）") * periodsPerMonth;
  const paymentLag = lagOf(input.paymentLagMonths, "仕入債務の支払サイト（月）") * periodsPerMonth;
  checkLength(input.recoveryCosts, count, "復旧費用");
  checkLength(input.extraExpenses, count, "追加支出");
  for (const source of FUNDING_SOURCES)
    checkLength(input.funding?.[source], count, FUNDING_LABELS[source]);

  // sales or purchases of period k (k ≤ 0: before the disaster, at normal level)
  const level = (k: number, perPeriod: number) =>
    k <= 0 ? perPeriod : perPeriod * (rates[k - 1] ?? 0);
  let cumulative = 0;
  let overallCumulative = 0;
  const rows: CashflowRow[] = [];
  for (let i = 0; i < count; i++) {
    const period = i + 1;
    const soldIn = period - collectionLag;
    const boughtIn = period - paymentLag;
    const revenuePrior = soldIn <= 0 ? level(soldIn, sales) : 0;
    const revenueCurrent = soldIn > 0 ? level(soldIn, sales) : 0;
    const variablePrior = boughtIn <= 0 ? level(boughtIn, variableCost) : 0;
    const variableCurrent = boughtIn > 0 ? level(boughtIn, variableCost) : 0;
    const revenue = revenuePrior + revenueCurrent;
    const variable = variablePrior + variableCurrent;
    const expenses = variable + cashFixed;
    const operatingBalance = revenue - expenses;
    const recoveryCost = optionalAmount(entry(input.recoveryCosts, i), `復旧費用（${period}期目）`);
    const extraExpenses = optionalAmount(
      entry(input.extraExpenses, i),
      `追加支出（${period}期目）`
    );
    const balance = operatingBalance - recoveryCost - extraExpenses;
    cumulative += balance;
    const funding = Object.fromEntries(
      FUNDING_SOURCES.map((s) => [
        s,
        optionalAmount(entry(input.funding?.[s], i), `${FUNDING_LABELS[s]}（${period}期目）`),
      ])
    ) as Record<FundingSource, number>;
    const fundingTotal = FUNDING_SOURCES.reduce((sum, s) => sum + funding[s], 0);
    const overallBalance = balance + fundingTotal;
    overallCumulative += overallBalance;
    rows.push({
      period,
      rate: rates[i] ?? 0,
      revenuePrior,
      revenueCurrent,
      revenue,
      variablePrior,
      variableCurrent,
      variable,
      fixed: cashFixed,
      expenses,
      operatingBalance,
      recoveryCost,
      extraExpenses,
      balance,
      cumulative,
      funding,
      fundingTotal,
      overallBalance,
      overallCumulative,
    });
  }
  return { rows, totals: sumRows(rows), ...peakOf(rows.map((r) => r.cumulative)) };
}

type Totals = CashflowTable["totals"];

function sumRows(rows: readonly CashflowRow[]): Totals {
  const add = (pick: (r: CashflowRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  return {
    revenuePrior: add((r) => r.revenuePrior),
    revenueCurrent: add((r) => r.revenueCurrent),
    revenue: add((r) => r.revenue),
    variablePrior: add((r) => r.variablePrior),
    variableCurrent: add((r) => r.variableCurrent),
    variable: add((r) => r.variable),
    fixed: add((r) => r.fixed),
    expenses: add((r) => r.expenses),
    operatingBalance: add((r) => r.operatingBalance),
    recoveryCost: add((r) => r.recoveryCost),
    extraExpenses: add((r) => r.extraExpenses),
    balance: add((r) => r.balance),
    funding: Object.fromEntries(
      FUNDING_SOURCES.map((s) => [s, add((r) => r.funding[s])])
    ) as Record<FundingSource, number>,
    fundingTotal: add((r) => r.fundingTotal),
    overallBalance: add((r) => r.overallBalance),
  };
}

/** The deepest point of a cumulative series: shortage as a positive amount and its 1-based period. */
export function peakOf(cumulative: readonly number[]): {
  peakShortage: number;
  peakPeriod: number | null;
} {
  let peakShortage = 0;
  let peakPeriod: number | null = null;
  cumulative.forEach((value, i) => {
    if (!Number.isFinite(value)) throw invalid(`累計資金収支の${i + 1}番目が数値ではありません。`);
    if (-value > peakShortage) {
      peakShortage = -value;
      peakPeriod = i + 1;
    }
  });
  return { peakShortage, peakPeriod };
}

function ratesFor(input: CashflowTableInput, count: number, periodDays: number): number[] {
  checkLength(input.rates, count, "稼働率");
  const n =
    input.reopenDays === undefined ? undefined : requireDays(input.reopenDays, "営業再開日数");
  return Array.from({ length: count }, (_, i) => {
    const given = entry(input.rates, i);
    if (!isBlank(given)) return requireOperatingRate(given, `稼働率（${i + 1}期目）`);
    if (n === undefined) {
      throw invalid(`稼働率（${i + 1}期目）が空欄です。稼働率か営業再開日数を入力してください。`);
    }
    return defaultRate(i + 1, periodDays, n);
  });
}

/** 表 参考.3-3 / 3-4: the monthly table over `months` months. */
export function cashflowTable(input: CashflowTableInput, params: Parameters): CashflowTable {
  const months = requireInteger(input.months, "月数", 1, MAX_MONTHS);
  const rates = ratesFor(input, months, params.DaysPerMonth);
  return buildTable(input, { count: months, periodsPerMonth: 1, rates });
}

/** 表 参考.3-1 / 3-2: the first month in three 旬 (10 days each), 上旬 = the disaster. */
export function firstMonthTable(
  input: Omit<CashflowTableInput, "months">,
  params: Parameters
): CashflowTable {
  const rates = ratesFor({ ...input, months: 3 }, 3, params.DaysPerMonth / 3);
  return buildTable({ ...input, months: 3 }, { count: 3, periodsPerMonth: 3, rates });
}

/** Where every recovery cost is paid in month 1 (the default schedule of SPEC §6). */
export function recoveryInFirstMonth(total: number, months: number): number[] {
  return Array.from({ length: months }, (_, i) => (i === 0 ? total : 0));
}
