import type { Arg } from "../../src/functions/arguments";
import { CATALOGUE, evaluateFunction } from "../../src/functions/catalogue";
import { ModelError } from "../../src/model/errors";
import { params } from "../helpers/params";

/** One valid call per function; each test below breaks one argument at a time. */
const VALID: Record<string, Arg[]> = {
  SEISMIC_PGV: ["6強"],
  COLLAPSE_RATE: [1, 1, "6強"],
  HALF_COLLAPSE_RATE: [1, 1, "6強"],
  BUILDING_DAMAGE_RATE: [1, 1, "6強", 0],
  DAMAGE_STATUS: [1, 1, "6強", 0],
  DAMAGE_RATE: ["機械及び装置", "6強", 1, 1, 0.5, 0],
  DAMAGE: [1000, "機械及び装置", "6強", 1, 1, 0.5, 0],
  LIFELINE_DAYS: ["水道", "7"],
  REFERENCE_RECOVERY_DAYS: ["機械及び装置", "6強", 1, 1, 0, 0, 0.5],
  REOPEN_DAYS: [
    [[2], [30]],
    [[1], [1]],
    [[2], [30]],
  ],
  STOP_CASHFLOW: [1250, 108, 30],
  MONTHLY_BALANCE: [5923, 4467, 1250, 108, 0.5],
  CASHFLOW_TABLE: [
    12000,
    7920,
    3480,
    300,
    [[0, 1]],
    [[10, 0]],
    [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ],
  ],
  PEAK_SHORTAGE: [[[-1, -3, 2]]],
  PEAK_MONTH: [[[-1, -3, 2]]],
  BORROWING_NEED: [100, 40],
  REPAYMENT_CAPACITY: [5000, 3000, 2000, 8],
  COLLATERAL_LIMIT: [20000],
  CHECK_VERDICT: [12],
  IMPACT_SCORE: [3, 2],
  IMPACT_RANK: [3, 2],
  INSURANCE_COVERAGE: ["店舗総合保険", "床上浸水"],
  INSURANCE_STATUS: [[[0, 0, 1, 0]], "床上浸水"],
  INSURANCE_PAYOUT: [
    [[0, 0, 1, 0]],
    "床上浸水",
    [[500], [300], [200]],
    [[1000], [600], [300]],
    0.8,
    "受取額計",
  ],
  PROFIT_INSURANCE: [40000, 6, "火災", 1, 51568, 109],
  PREVENTION_VERDICT: [100, 60, 20],
};

function outcome(id: string, args: Arg[]): "ok" | ModelError {
  try {
    evaluateFunction(id, args, params);
    return "ok";
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
}

describe.each(CATALOGUE.map((def) => [def.id, def] as const))("%s", (id, def) => {
  const valid = VALID[id] as Arg[];

  it("has a valid sample call that succeeds", () => {
    expect(valid).toBeDefined();
    expect(outcome(id, valid)).toBe("ok");
  });

  def.params.forEach((param, i) => {
    it(`${param.name}: text gives #VALUE! with a Japanese message`, () => {
      const args = [...valid];
      args[i] = param.type === "range" ? [["テキスト"]] : "テキスト";
      const result = outcome(id, args);
      expect(result).toBeInstanceOf(ModelError);
      expect((result as ModelError).kind).toBe("value");
      expect((result as ModelError).message).toMatch(/[ぁ-んァ-ヶ一-龥]/);
    });

    // A blank inside a range can mean 0 (a month without recovery costs); a blank single
    // argument that is required never can.
    if (!param.optional && param.type !== "range") {
      it(`${param.name}: a blank is refused`, () => {
        const args = [...valid];
        args[i] = null;
        expect(outcome(id, args)).toBeInstanceOf(ModelError);
      });
    }

    if (param.type === "number" && !["netIncomeAfterTax"].includes(param.name)) {
      it(`${param.name}: a negative number is refused`, () => {
        const args = [...valid];
        args[i] = -5;
        expect(outcome(id, args)).toBeInstanceOf(ModelError);
      });
    }
  });
});
