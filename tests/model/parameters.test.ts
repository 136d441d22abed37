import {
  COEFFICIENTS,
  DEFAULT_PARAMETERS,
  TOOL_ASSUMPTION,
  changedCoefficients,
  withOverrides,
} from "../../src/model/parameters";

describe("coefficient set (係数 sheet)", () => {
  it("has one entry per key, each with a label and a source", () => {
    const keys = COEFFICIENTS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of COEFFICIENTS) {
      expect(c.labelJa.length).toBeGreaterThan(0);
      expect(c.labelEn.length).toBeGreaterThan(0);
      expect(c.source.length).toBeGreaterThan(0);
      expect(Number.isFinite(c.value)).toBe(true);
      expect(c.key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/); // usable as an Excel defined name
    }
  });

  it("labels this product's own assumptions as 前提（本ツール）", () => {
    const assumed = COEFFICIENTS.filter((c) => c.source === TOOL_ASSUMPTION).map((c) => c.key);
    expect(assumed).toEqual(
      expect.arrayContaining([
        "FloodBelowDamageRate",
        "RecoveryDaysVehicles",
        "ReconciliationTolerance",
      ])
    );
  });

  it("holds 資料16's published values", () => {
    expect(DEFAULT_PARAMETERS.FloodAboveBuildingRate).toBe(0.231);
    expect(DEFAULT_PARAMETERS.FloodAboveDepreciableRate).toBe(0.498);
    expect(DEFAULT_PARAMETERS.FloodAboveInventoryRate).toBe(0.341);
    expect(DEFAULT_PARAMETERS.InventoryToBuildingRatio).toBe(0.79);
    expect(DEFAULT_PARAMETERS.Lifeline_I7_Gas).toBe(45);
    expect(DEFAULT_PARAMETERS.Frag_Wood_E1_L1).toBe(5.12);
  });

  it("applies overrides, reports them as changed, and refuses unknown keys and text", () => {
    const p = withOverrides({ RepaymentYears: 10 });
    expect(p.RepaymentYears).toBe(10);
    expect(changedCoefficients(p).map((c) => c.info.key)).toEqual(["RepaymentYears"]);
    expect(changedCoefficients(DEFAULT_PARAMETERS)).toEqual([]);
    expect(() => withOverrides({ Nope: 1 })).toThrow("係数「Nope」");
    expect(() => withOverrides({ RepaymentYears: "10" })).toThrow("数値");
  });
});
