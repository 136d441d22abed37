/**
 * Business-interruption insurance (利益保険 and the like; 基本 参考.2, 表 参考.2-2): it pays for
 * the business interruption the fire policies leave out. The guideline gives no payout formula;
 * the estimate follows how such a claim is settled (前提（本ツール）):
 * - it pays for the perils its property policy fully covers, never for an earthquake (表 参考.1-4:
 *   an earthquake's interruption is almost never insurable);
 * - it pays the interruption loss of the days within the 約定てん補期間, measured here as B (the
 *   cash fixed cost of the stop), pro rata to the days: B × min(N, てん補日数) / N;
 * - never more than the 支払限度額.
 */
import { requireAmount, requireDays, requireNumber } from "./guards";
import { invalid } from "./errors";
import type { Peril } from "./insurance";
import type { Parameters } from "./parameters";

/** the longest 約定てん補期間 accepted (前提（本ツール）: policies commonly run 12 months, some longer) */
export const MAX_INDEMNITY_MONTHS = 36;

export interface ProfitInsurancePolicy {
  /** 支払限度額 (千円) */
  limit: number;
  /** 約定てん補期間 (months) */
  indemnityMonths: number;
}

export interface ProfitInsuranceEstimate {
  covered: boolean;
  /** the days of the stop within the indemnity period */
  coveredDays: number;
  payout: number;
  /** B less the payout: the interruption the company carries itself */
  uninsuredB: number;
}

export function profitInsurancePayout(
  policy: ProfitInsurancePolicy | undefined,
  peril: Peril,
  propertyFullyCovered: boolean,
  cashflowWorsening: number,
  reopenDays: number,
  params: Parameters
): ProfitInsuranceEstimate {
  const B = requireAmount(cashflowWorsening, "キャッシュフローの悪化額 (B)");
  const N = requireDays(reopenDays, "営業再開日数 (N)");
  if (policy === undefined) return { covered: false, coveredDays: 0, payout: 0, uninsuredB: B };
  const limit = requireAmount(policy.limit, "利益保険の支払限度額");
  const months = requireNumber(policy.indemnityMonths, "利益保険の約定てん補期間（月）");
  if (months <= 0 || months > MAX_INDEMNITY_MONTHS)
    throw invalid(
      `利益保険の約定てん補期間は1〜${MAX_INDEMNITY_MONTHS}ヶ月で入力してください（${months}）。`
    );
  const covered = peril !== "地震" && propertyFullyCovered;
  if (!covered) return { covered, coveredDays: 0, payout: 0, uninsuredB: B };
  const coveredDays = Math.min(N, months * params.DaysPerMonth);
  const payout = N === 0 ? 0 : Math.min(limit, (B * coveredDays) / N);
  return { covered, coveredDays, payout, uninsuredB: B - payout };
}
