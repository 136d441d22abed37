import {
  COEFFICIENTS,
  DEFAULT_PARAMETERS,
  TOOL_ASSUMPTION,
  changedCoefficients,
  parametersFromColumn,
  parametersProblem,
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

describe("valid ranges of the coefficients", () => {
  it("holds every default inside its coefficient's range", () => {
    expect(parametersProblem(DEFAULT_PARAMETERS)).toBeNull();
    for (const c of COEFFICIENTS) expect(c.min).toBeLessThanOrEqual(c.max);
  });

  it("refuses a value outside the range, saying which coefficient and what is allowed", () => {
    expect(() => withOverrides({ BuildingCollapseWeight: 5 })).toThrow(
      "係数「建物被害率 全壊の係数」（BuildingCollapseWeight）は0〜1の範囲で入れてください（5）。"
    );
    expect(() => withOverrides({ DaysPerMonth: -30 })).toThrow("28〜31の範囲");
    expect(() => withOverrides({ RepaymentYears: 7.5 })).toThrow("整数");
    expect(() => withOverrides({ IntensityMin: 6.9, IntensityMax: 6 })).toThrow("上限より小さく");
  });

  it("reads the 係数 sheet's value column in the catalogue's order", () => {
    const column = COEFFICIENTS.map((c) => (c.key === "DaysPerMonth" ? 31 : c.value));
    expect(parametersFromColumn(column).DaysPerMonth).toBe(31);
    expect(() => parametersFromColumn(column.slice(1))).toThrow(`${COEFFICIENTS.length}行`);
    const blank = column.map((v, i) => (i === 0 ? "" : v));
    expect(() => parametersFromColumn(blank)).toThrow("が空欄です");
  });
});
