import fc from "fast-check";
import { collapseProbabilities } from "../../src/model/building";
import { stopCashflow } from "../../src/model/businessInterruption";
import { cashflowTable } from "../../src/model/cashflowTable";
import { ASSET_CLASSES, NO_COUNTERMEASURES, damageRate } from "../../src/model/damage";
import { collateralLimit } from "../../src/model/funding";
import { parseHazard } from "../../src/model/hazard";
import { RECOVERY_RESOURCES, referenceRecoveryDays } from "../../src/model/recovery";
import { params } from "../helpers/params";

const structure = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;
const era = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
const hazard = fc.oneof(
  fc
    .double({ min: 4.5, max: 7, noNaN: true })
    .filter((v) => !Number.isInteger(v)) /* a whole number is a class */,
  fc.constantFrom("5弱", "5強", "6弱", "6強", "7", "床上浸水", "床下浸水", "火災")
);
const share = fc.double({ min: 0, max: 1, noNaN: true });
const amount = fc.double({ min: 0, max: 1e10, noNaN: true });

describe("model invariants over the valid input domain (fast-check)", () => {
  it("every damage rate lies in 0…1 and recovery days are finite whole days", () => {
    fc.assert(
      fc.property(
        structure,
        era,
        hazard,
        share,
        share,
        share,
        fc.boolean(),
        (s, e, h, a, b, c, retrofit) => {
          const ctx = {
            structure: s,
            era: e,
            hazard: parseHazard(h, params),
            countermeasures: {
              ...NO_COUNTERMEASURES,
              retrofitted: retrofit,
              machineryAnchoredShare: a,
              toolsFixedShare: b,
              inventoryFallShare: c,
            },
            params,
          };
          const rates = ASSET_CLASSES.map((cls) => damageRate(cls, ctx));
          const days = RECOVERY_RESOURCES.map((r) => referenceRecoveryDays(r, ctx));
          return (
            rates.every((r) => r >= 0 && r <= 1) &&
            days.every((d) => Number.isInteger(d) && d >= 0 && d <= 240)
          );
        }
      )
    );
  });

  it("collapse probabilities are ordered: 0 ≤ P全壊, P半壊 and P全壊 + P半壊 ≤ 1", () => {
    fc.assert(
      fc.property(
        structure,
        era,
        fc
          .double({ min: 4.5, max: 7, noNaN: true })
          .filter((v) => !Number.isInteger(v)) /* a whole number is a class */,
        (s, e, i) => {
          const p = collapseProbabilities(s, e, i, params);
          return p.collapse >= 0 && p.halfCollapse >= 0 && p.collapse + p.halfCollapse <= 1 + 1e-12;
        }
      )
    );
  });

  it("B grows linearly with N and never goes negative", () => {
    fc.assert(
      fc.property(
        amount,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 720 }),
        (fixed, depShare, n) => {
          const b = stopCashflow(fixed, fixed * depShare, n, params);
          const b2 = stopCashflow(fixed, fixed * depShare, 2 * n, params);
          return b >= 0 && Number.isFinite(b) && Math.abs(b2 - 2 * b) <= 1e-6 * Math.max(1, b2);
        }
      )
    );
  });

  it("the cash-flow table stays finite and its cumulative row is the running sum", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.option(share, { nil: null }), { maxLength: 24 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (sales, variable, fixed, depShare, rates, n, lagIn, lagOut) => {
          const table = cashflowTable(
            {
              annual: { sales, variable, fixed, depreciation: fixed * depShare },
              months: 24,
              rates,
              reopenDays: n,
              recoveryCosts: [sales / 10],
              collectionLagMonths: lagIn,
              paymentLagMonths: lagOut,
            },
            params
          );
          let sum = 0;
          return table.rows.every((r) => {
            sum += r.balance;
            return (
              Number.isFinite(r.cumulative) &&
              Math.abs(r.cumulative - sum) <= 1e-6 * Math.max(1, Math.abs(sum))
            );
          });
        }
      )
    );
  });

  it("the collateral limit never falls as collateral rises and never exceeds the cap", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          collateralLimit(lo, params) <= collateralLimit(hi, params) + 1e-6 &&
          collateralLimit(hi, params) <= params.CollateralLoanCap
        );
      })
    );
  });
});
