import { readFileSync } from "fs";
import { join } from "path";
import { stopCashflow } from "../../src/model/businessInterruption";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { params } from "../helpers/params";
import { GUIDELINE_TWO_SITES, TABLE_1_3 } from "../fixtures/guideline";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

describe("evaluateScenario on examples/scenario-manufacturing.json", () => {
  const r = evaluateScenario(example);

  it("A is the user's recovery costs where typed, the reference damage elsewhere", () => {
    const building = r.core.assets.find((a) => a.assetClass === "建物");
    expect(building?.recoveryCost).toBe(45000);
    const machinery = r.core.assets.find((a) => a.assetClass === "機械及び装置");
    expect(machinery?.recoveryCost).toBe(machinery?.referenceDamage);
    expect(r.A).toBeCloseTo(
      r.core.assets.reduce((s, a) => s + a.recoveryCost, 0),
      9
    );
  });

  it("N is the longest essential recovery; 都市ガス marked 0 does not count", () => {
    const used = r.core.recovery.filter((x) => x.essential).map((x) => x.days);
    expect(r.N).toBe(Math.max(...used));
    expect(r.core.recovery.find((x) => x.resource === "建物")?.days).toBe(60);
    expect(r.core.recovery.find((x) => x.resource === "都市ガス")?.essential).toBe(false);
    expect(r.recoveryGap).toBe(r.N - 30);
  });

  it("B, C, D1, E and e follow from each other", () => {
    expect(r.B).toBeCloseTo(stopCashflow(r.annual.fixed, r.annual.depreciation, r.N, params), 9);
    expect(r.C).toBeCloseTo(r.A + r.B, 9);
    expect(r.D1).toBe(45000 + 0 + 5000 + 10000); // 地震 is not covered by 普通火災: estimated payout 0
    expect(r.insurance).toMatchObject({
      status: "補償対象外",
      usedInD1: 0,
      source: "推定",
    });
    expect(r.E).toBeCloseTo(Math.max(0, r.C - r.D1), 9);
    // 税引後当期純利益 from the 損益計算書: 営業利益 37,900 less 法人税等 11,400
    expect(r.costing?.pl.operatingProfit).toBe(37900);
    expect(r.e).toBeCloseTo((37900 - 11400 + r.annual.depreciation - 8000) * 8, 9);
    expect(r.repayment.repayable).toBe(r.e >= r.E);
  });

  it("the cash-flow table pays A in month 1 and reports its deepest point", () => {
    expect(r.cashflow.rows[0]?.recoveryCost).toBeCloseTo(r.A, 9);
    const min = Math.min(...r.cashflow.rows.map((x) => x.cumulative));
    expect(r.peakShortage).toBeCloseTo(-min, 9);
    expect(r.cashflow.rows[(r.peakMonth ?? 0) - 1]?.cumulative).toBeCloseTo(min, 9);
  });

  it("the prevention plan lowers C and is judged against its cost", () => {
    expect(r.prevention).not.toBeNull();
    expect(r.prevention!.withPlan).toBeLessThan(r.C);
    expect(r.prevention!.totalWithPlan).toBeCloseTo(12000 + r.prevention!.withPlan, 9);
  });

  it("collateral: (60,000 − 35,000) + (20,000 − 15,000) = 30,000 → limit 110,000 (表 参考.2-5)", () => {
    // E = 113,413 is over the limit
    expect(r.collateral).toEqual({ value: 30000, limit: 110000, covers: false });
  });

  // 中級 参考.4, line 7187: borrowing for the countermeasures needs the repayment source and the
  // collateral checked — G is weighed with E
  it("a prevention loan G joins E in the repayment and collateral checks", () => {
    expect(r.preventionLoan).toBe(0);
    expect(r.totalBorrowing).toBe(r.E);
    const withLoan = (loan: number) =>
      evaluateScenario({ ...example, prevention: { cost: 12_000, ...example.prevention, loan } });
    const small = withLoan(12_000);
    expect(small.totalBorrowing).toBeCloseTo(r.E + 12_000, 6);
    expect(small.repayment.repayable).toBe(true); // e 299,646 ≥ 125,413
    const large = withLoan(200_000);
    expect(large.repayment.repayable).toBe(false);
    expect(large.repayment.shortfall).toBeCloseTo(r.E + 200_000 - r.e, 6);
    const lowLimit = evaluateScenario({
      ...example,
      collateral: [{ label: "土地", appraisal: 40_000, seniorLiens: 0 }],
      prevention: { cost: 12_000, ...example.prevention, loan: 50_000 },
    });
    // 担保価値 40,000 × 3 > 80,000 → limit 40,000 + 80,000 = 120,000 < 113,413 + 50,000
    expect(lowLimit.collateral).toMatchObject({ limit: 120_000, covers: false });
  });

  it("the reconciliation explains the 営業利益 gap by finished goods", () => {
    expect(r.costing?.reconciliation.inventoryEffect).toBe(2000);
    expect(r.costing?.reconciliation.withinTolerance).toBe(true);
  });
});

describe("税引後当期純利益: one source", () => {
  it("comes from the 損益計算書's lines below 営業利益, and a second figure that disagrees is refused", () => {
    const rest: ScenarioInput = { ...example };
    const statements = {
      ...example.statements,
      nonOperatingIncome: 600,
      nonOperatingExpenses: 1100,
      extraordinaryLosses: 400,
      incomeTaxes: 11000,
    } as NonNullable<ScenarioInput["statements"]>;
    const result = evaluateScenario({ ...rest, statements });
    const net = 37900 + 600 - 1100 - 400 - 11000;
    expect(result.e).toBeCloseTo((net + result.annual.depreciation - 8000) * 8, 9);
    expect(() => evaluateScenario({ ...rest, statements, netIncomeAfterTax: 9000 })).toThrow(
      `netIncomeAfterTax（9000）が損益計算書からの税引後当期純利益（${net}）と違います`
    );
    expect(evaluateScenario({ ...rest, statements, netIncomeAfterTax: net }).e).toBe(result.e);
  });
});

describe("evaluateScenario with the guideline's figures", () => {
  const base: ScenarioInput = {
    statements: TABLE_1_3,
    existingAnnualRepayment: 0,
    hazard: "火災",
    building: { structure: 2, era: 1, owned: true },
    assets: {},
    recoveryDays: { 建物: 30 },
    essential: {
      電気: 0,
      水道: 0,
      都市ガス: 0,
      建物附属設備: 0,
      機械及び装置: 0,
      "工具・器具・備品": 0,
      構築物: 0,
      車両及び運搬具: 0,
      データ等の情報の消失: 0,
    },
    funds: { cash: 0 },
  };

  it("a 30-day stop of the 表 参考.1-3 company worsens cash flow by B ≈ 95", () => {
    const r = evaluateScenario(base);
    expect(r.N).toBe(30);
    expect(Math.round(r.B)).toBe(95);
  });

  it("carries the two-site example through (表 参考.3-7: total −611)", () => {
    const r = evaluateScenario({ ...base, advanced: { twoSites: GUIDELINE_TWO_SITES } });
    expect(r.advanced.twoSites?.finalShortage).toBe(-611);
  });

  it("uses a typed insurance figure in D1 as given", () => {
    const r = evaluateScenario({ ...base, funds: { cash: 10, insurance: 40 } });
    expect(r.D1).toBe(50);
    expect(r.insurance.source).toBe("入力値");
  });

  it("reports coefficients changed from their defaults", () => {
    const r = evaluateScenario({ ...base, coefficients: { RepaymentYears: 10 } });
    expect(r.changedCoefficients).toEqual([
      { key: "RepaymentYears", labelJa: "新規借入の返済期間", default: 8, value: 10 },
    ]);
    expect(r.repayment.years).toBe(10);
  });

  it("explains what is missing", () => {
    expect(() => evaluateScenario({ ...base, statements: undefined })).toThrow("損益計算書");
    expect(() => evaluateScenario({ ...base, assets: { 土地: 5 } as never })).toThrow(
      "資産の科目「土地」"
    );
    expect(() =>
      evaluateScenario({ ...base, building: { structure: 9, era: 1, owned: 1 } })
    ).toThrow("建物構造");
  });
});
