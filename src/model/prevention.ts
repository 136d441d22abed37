/**
 * 事前対策の考え方 (中級 参考.4, 表 参考.4-1): a countermeasure plan is worth it when the total
 * need without it (C1) exceeds the plan's cost plus the remaining need with it (H2 = F + C2).
 */
import { requireAmount } from "./guards";

export type PreventionVerdict = "実施を推奨" | "過剰な対策" | "費用と効果が同等";

export interface PreventionResult {
  withoutPlan: number; // C1
  withPlan: number; // C2
  planCost: number; // F
  totalWithPlan: number; // H2 = F + C2
  /** C1 − H2: what the plan saves in a disaster, net of its cost */
  netSaving: number;
  verdict: PreventionVerdict;
}

export function comparePrevention(
  withoutPlan: number,
  withPlan: number,
  planCost: number
): PreventionResult {
  const c1 = requireAmount(withoutPlan, "対策なしの復旧費用総額 (C1)");
  const c2 = requireAmount(withPlan, "対策ありの復旧費用総額 (C2)");
  const f = requireAmount(planCost, "災害防止対策費用 (F)");
  const h2 = f + c2;
  const netSaving = c1 - h2;
  const verdict: PreventionVerdict =
    netSaving > 0 ? "実施を推奨" : netSaving < 0 ? "過剰な対策" : "費用と効果が同等";
  return { withoutPlan: c1, withPlan: c2, planCost: f, totalWithPlan: h2, netSaving, verdict };
}
