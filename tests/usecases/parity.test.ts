/**
 * The workbook and the scenario give the same figures for every valid scenario (fast-check over
 * scenarios made from the example: any hazard and building, assets, countermeasures, recovery
 * days up to ten years — N beyond the 24 months of the cash-flow table — targets, cash and lags);
 * where the workbook has a fixed size (four collateral lines), both refuse the file alike.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { evaluatedWorkbook } from "../../src/file/xlsx";
import { ASSET_CLASSES } from "../../src/model/damage";
import { POLICY_TYPES } from "../../src/model/insurance";
import { ModelError } from "../../src/model/errors";
import { RECOVERY_RESOURCES } from "../../src/model/recovery";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { scenarioFromJson } from "../../src/model/scenarioFile";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { GUIDELINE_TWO_SITES } from "../fixtures/guideline";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
const RUNS = Number(process.env.RUNS ?? 20);

const amount = fc.integer({ min: 0, max: 2_000_000 });
const scenario: fc.Arbitrary<ScenarioInput> = fc
  .record({
    hazard: fc.oneof(
      fc.constantFrom("5弱", "5強", "6弱", "6強", "7", "床上浸水", "床下浸水", "火災"),
      fc
        .double({ min: 4.5, max: 7, noNaN: true })
        .filter((v) => !Number.isInteger(v)) /* a whole number is a class */
    ),
    structure: fc.integer({ min: 1, max: 4 }),
    era: fc.integer({ min: 1, max: 5 }),
    owned: fc.constantFrom(0, 1),
    assets: fc.array(amount, { minLength: ASSET_CLASSES.length, maxLength: ASSET_CLASSES.length }),
    retrofitted: fc.constantFrom(0, 1),
    anchored: fc.double({ min: 0, max: 1, noNaN: true }),
    days: fc.array(fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }), {
      minLength: RECOVERY_RESOURCES.length,
      maxLength: RECOVERY_RESOURCES.length,
    }),
    target: fc.integer({ min: 1, max: 3650 }),
    cash: amount,
    lags: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    preventionLoan: fc.option(amount, { nil: undefined }),
    policy: fc.constantFrom(...POLICY_TYPES),
    marketValueRatio: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    profitInsurance: fc.option(
      fc.record({ limit: amount, indemnityMonths: fc.integer({ min: 1, max: 36 }) }),
      { nil: undefined }
    ),
  })
  .map((g) => ({
    ...example,
    hazard: g.hazard,
    building: { structure: g.structure, era: g.era, owned: g.owned },
    assets: Object.fromEntries(ASSET_CLASSES.map((a, i) => [a, g.assets[i] as number])),
    countermeasures: {
      ...example.countermeasures,
      retrofitted: g.retrofitted === 1,
      machineryAnchoredShare: g.anchored,
    },
    recoveryDays: Object.fromEntries(RECOVERY_RESOURCES.map((r, i) => [r, g.days[i] ?? null])),
    targetRecoveryDays: g.target,
    funds: { ...example.funds, cash: g.cash },
    cashflow: { ...example.cashflow, collectionLagMonths: g.lags[0], paymentLagMonths: g.lags[1] },
    insurancePolicies: (example.insurancePolicies ?? []).map((p) => ({
      ...p,
      type: g.policy,
      ...(g.marketValueRatio === undefined
        ? { valuation: "新価" as const }
        : { valuation: "時価" as const, marketValueRatio: g.marketValueRatio }),
    })),
    ...(g.profitInsurance === undefined
      ? { profitInsurance: undefined }
      : { profitInsurance: g.profitInsurance }),
    prevention: {
      cost: 12_000,
      ...example.prevention,
      ...(g.preventionLoan === undefined ? {} : { loan: g.preventionLoan }),
    },
  }));

/** The figures of a scenario as the workbook computes them. */
function inWorkbook(s: ScenarioInput) {
  const def = workbookDefinition({
    course: "中級",
    industry: s.statements?.industry ?? "製造業",
    forms: [],
  });
  const wb = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(s)));
  return {
    A: wb.number("AssetRecoveryA"),
    B: wb.number("CashflowWorseningB"),
    C: wb.number("RecoveryTotalC"),
    D1: wb.number("HandFunds_D1"),
    E: wb.number("BorrowingNeedE"),
    e: wb.number("BorrowingCapacityE"),
    N: wb.number("ReopenDays"),
    peakShortage: wb.number("PeakShortage"),
    peakMonth: wb.number("PeakMonth"),
    collateral: wb.number("CollateralLimit"),
    totalBorrowing: wb.number("TotalBorrowingEG"),
    insurance: wb.number("InsuranceEstimate"),
    uninsuredB: wb.number("UninsuredB"),
    repaymentShortfall: wb.number("RepaymentShortfall"),
    collateralCovers: /^(担保の上限内|新規借入なし)/.test(String(wb.get("CollateralVerdict")))
      ? 1
      : 0,
  };
}

describe("workbook and scenario agree", () => {
  it("on every figure of every valid scenario", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = evaluateScenario(scenarioFromJson(s));
        const wb = inWorkbook(s);
        const model = {
          A: r.A,
          B: r.B,
          C: r.C,
          D1: r.D1,
          E: r.E,
          e: r.e,
          N: r.N,
          peakShortage: r.peakShortage,
          peakMonth: r.peakMonth ?? 0,
          collateral: r.collateral?.limit ?? 0,
          totalBorrowing: r.totalBorrowing,
          insurance: r.insurance.total,
          uninsuredB: r.insurance.profit.uninsuredB,
          repaymentShortfall: r.repayment.shortfall,
          collateralCovers: r.collateral?.covers ? 1 : 0,
        };
        for (const [key, value] of Object.entries(model)) {
          const got = wb[key as keyof typeof wb];
          if (Math.abs(got - value) > 1e-6 * Math.max(1, Math.abs(value)))
            throw new Error(`${key}: workbook ${got}, scenario ${value}`);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("refuses alike what the workbook has no room for: a fifth collateral line", () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      label: `担保${i + 1}`,
      appraisal: 10_000,
      seniorLiens: 0,
    }));
    expect(() => scenarioFromJson({ ...example, collateral: five })).toThrow(ModelError);
    expect(() => scenarioFromJson({ ...example, collateral: five })).toThrow("4行までです");
  });

  it("on the two-site sheet (上級 表 参考.3-7): the guideline's 7 months in a 12-month sheet give the peak 640 in month 6, as the scenario does", () => {
    const s: ScenarioInput = { ...example, advanced: { twoSites: GUIDELINE_TWO_SITES } };
    const def = workbookDefinition({ course: "上級", industry: "製造業", forms: [] });
    const wb = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(s)));
    const r = evaluateScenario(scenarioFromJson(s)).advanced.twoSites;
    expect(r?.peakShortage).toBe(640);
    expect(wb.number("TwoSitePeakShortage")).toBe(640);
    expect(wb.number("TwoSitePeakMonth")).toBe(6);
    // 表 参考.3-8 / 3-9 (lines 7540-7563)
    expect(wb.number("TS_NetNormal")).toBeCloseTo(r?.pnl.normal.net ?? NaN, 9);
    expect(wb.number("TS_NetActual")).toBeCloseTo(r?.pnl.actual.net ?? NaN, 9);
    expect(wb.number("TS_PeriodCashflow")).toBeCloseTo(r?.cashflow.total ?? NaN, 9);
    expect(r?.cashflow.total).toBe(-611);
  });
});
