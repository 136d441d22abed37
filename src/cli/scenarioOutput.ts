/** The headline figures of a scenario, as `bcp-calc scenario` prints them. */
import { invalid } from "../model/errors";
import type { ScenarioResult } from "../model/scenario";

/**
 * Rounds every number in a structure to `digits` decimals, to keep binary noise out of output;
 * a number too large to scale keeps every digit it has.
 */
export function roundDeep<T>(value: T, digits = 6): T {
  const f = 10 ** digits;
  const walk = (v: unknown): unknown => {
    if (typeof v === "number") {
      const scaled = Math.round(v * f) / f;
      return Number.isFinite(scaled) ? scaled : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

export function headline(result: ScenarioResult) {
  return roundDeep({
    company: result.company,
    hazard: result.hazard,
    A: result.A,
    B: result.B,
    C: result.C,
    D1: result.D1,
    E: result.E,
    e: result.e,
    N: result.N,
    limitingResource: result.core.limitingResource,
    targetRecoveryDays: result.targetRecoveryDays,
    recoveryGap: result.recoveryGap,
    fundingCase: result.funding.fundingCase,
    preventionLoanG: result.preventionLoan,
    totalBorrowing: result.totalBorrowing,
    repayable: result.repayment.repayable,
    repaymentShortfall: result.repayment.shortfall,
    peakShortage: result.peakShortage,
    peakMonth: result.peakMonth,
    annual: result.annual,
    buildingStatus: result.core.damage.buildingStatus,
    assets: result.core.assets,
    recoveryDays: result.core.recovery,
    insurance: {
      peril: result.insurance.peril,
      status: result.insurance.status,
      payout: result.insurance.payout,
      expenses: result.insurance.expenses,
      profitInsurance: result.insurance.profit,
      usedInD1: result.insurance.usedInD1,
      source: result.insurance.source,
    },
    cashHolding: result.cashHolding,
    collateral: result.collateral,
    reconciliation: result.costing?.reconciliation ?? null,
    prevention: result.prevention,
    changedCoefficients: result.changedCoefficients,
    advanced: {
      hazardMatrix: result.advanced.hazardMatrix,
      departments: result.advanced.departments,
      twoSites: result.advanced.twoSites && {
        peakShortage: result.advanced.twoSites.peakShortage,
        peakMonth: result.advanced.twoSites.peakMonth,
        finalShortage: result.advanced.twoSites.finalShortage,
        monthlyBalances: result.advanced.twoSites.rows.map((r) => r.balance),
      },
    },
  });
}

/** JSON of a result whose every number is finite (JSON has no ∞ or NaN: never a silent null). */
export function finiteJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v))
        throw invalid("計算結果が数値の範囲を超えました。入力値の桁を確認してください。");
      return v;
    },
    indent
  );
}
