/**
 * Cash-flow worsening from a stop (事業中断によるキャッシュフローの悪化額 B, 表 参考.1-18 … 1-23)
 * and the monthly balance at an operating rate (表 参考.3-5 … 3-8). Depreciation is a fixed cost
 * that does not leave as cash, so it is taken out of the cash fixed cost.
 */
import type { AnnualFigures } from "./directCosting";
import { invalid } from "./errors";
import type { Parameters } from "./parameters";
import { requireAmount, requireDays, requireOperatingRate } from "./guards";

export interface PeriodFlows {
  revenue: number; // 営業収入
  variable: number; // 変動費
  fixed: number; // 固定費 (cash basis, 減価償却費を除く)
  expenses: number; // 営業支出 小計
  balance: number; // 資金収支
}

/** Monthly cash fixed cost (F − D) / 12. */
export function monthlyCashFixed(annualFixed: number, annualDepreciation: number): number {
  const fixed = requireAmount(annualFixed, "年間固定費");
  const depreciation = requireAmount(annualDepreciation, "年間減価償却費");
  if (depreciation > fixed) {
    throw invalid(
      `年間減価償却費（${depreciation}）が年間固定費（${fixed}）を超えています。減価償却費は固定費の内数です。`
    );
  }
  return (fixed - depreciation) / 12;
}

/** B = (F − D) / 12 × N / 30, a positive amount (表 参考.1-23). */
export function stopCashflow(
  annualFixed: number,
  annualDepreciation: number,
  days: number,
  params: Parameters
): number {
  const n = requireDays(days, "停止日数");
  return (monthlyCashFixed(annualFixed, annualDepreciation) * n) / params.DaysPerMonth;
}

/** Flows over a period of `months` months at operating rate r (1 is normal, above 1 catch-up). */
export function flowsAtRate(annual: AnnualFigures, rate: number, months = 1): PeriodFlows {
  const r = requireOperatingRate(rate, "稼働率");
  const cashFixed = monthlyCashFixed(annual.fixed, annual.depreciation) * months;
  const revenue = (r * requireAmount(annual.sales, "年間売上高") * months) / 12;
  const variable = (r * requireAmount(annual.variable, "年間変動費") * months) / 12;
  const expenses = variable + cashFixed;
  return { revenue, variable, fixed: cashFixed, expenses, balance: revenue - expenses };
}

/** 月次資金収支 at rate r: r(S − V)/12 − (F − D)/12 (表 参考.3-5 … 3-8). */
export function monthlyBalance(annual: AnnualFigures, rate: number): number {
  return flowsAtRate(annual, rate).balance;
}

export interface StopComparison {
  days: number;
  stopped: PeriodFlows; // 稼働率 0 %
  normal: PeriodFlows; // 通常ベース (the same period at 100 %)
  difference: PeriodFlows; // 通常ベース比
  /** B: the cash-flow worsening, positive */
  worsening: number;
}

function minus(a: PeriodFlows, b: PeriodFlows): PeriodFlows {
  return {
    revenue: a.revenue - b.revenue,
    variable: a.variable - b.variable,
    fixed: a.fixed - b.fixed,
    expenses: a.expenses - b.expenses,
    balance: a.balance - b.balance,
  };
}

/** 表 参考.1-18 … 1-23: a stop of N days against the same period at normal operation. */
export function stopComparison(
  annual: AnnualFigures,
  days: number,
  params: Parameters
): StopComparison {
  const months = requireDays(days, "停止日数") / params.DaysPerMonth;
  const stopped = flowsAtRate(annual, 0, months);
  const normal = flowsAtRate(annual, 1, months);
  return { days, stopped, normal, difference: minus(stopped, normal), worsening: -stopped.balance };
}
