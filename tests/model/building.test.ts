import {
  collapseProbabilities,
  earthquakeBuildingRate,
  fragilityRow,
  pgvFromIntensity,
  requireEra,
  requireStructure,
} from "../../src/model/building";
import { normalCdf } from "../../src/model/normal";
import { params } from "../helpers/params";

describe("震度 → PGV (fragility.md, 翠川・藤本・村松 1999)", () => {
  it.each([
    [4.75, 16.0],
    [5.25, 31.2],
    [5.75, 60.9],
    [6.25, 119],
    [6.75, 232],
  ])("計測震度 %d → PGV ≈ %d cm/s (fragility.md table)", (intensity, pgv) => {
    const value = pgvFromIntensity(intensity, params);
    expect(Math.abs(value - pgv) / pgv).toBeLessThan(0.005);
  });
});

describe("lognormal damage functions (fragility.md default table)", () => {
  // Computed from the table's λ, ζ, not from the rounded sanity figures.
  const expected = (lambda: number, zeta: number, intensity: number) =>
    normalCdf((Math.log(pgvFromIntensity(intensity, params)) - lambda) / zeta);

  it("木造 code 1 at 6強: P全壊 from λ1 5.12 ζ1 0.552, P全半壊 from λ2 4.56 ζ2 0.624", () => {
    const p = collapseProbabilities(1, 1, 6.25, params);
    expect(p.collapse).toBeCloseTo(expected(5.12, 0.552, 6.25), 10);
    expect(p.collapseOrHalf).toBeCloseTo(expected(4.56, 0.624, 6.25), 10);
    // fragility.md sanity figures: ≈ 0.27, ≈ 0.64, b ≈ 0.33
    expect(p.collapse).toBeCloseTo(0.27, 2);
    expect(p.collapseOrHalf).toBeCloseTo(0.64, 2);
    expect(earthquakeBuildingRate(p, params)).toBeCloseTo(0.33, 2);
  });

  it("RC code 1 at 6強: P全壊 ≈ 0.052, P全半壊 ≈ 0.15, b ≈ 0.073 (fragility.md)", () => {
    const p = collapseProbabilities(2, 1, 6.25, params);
    expect(p.collapse).toBeCloseTo(expected(6.07, 0.792, 6.25), 10);
    expect(p.collapse).toBeCloseTo(0.052, 3);
    expect(p.collapseOrHalf).toBeCloseTo(0.15, 2);
    const b = 0.75 * p.collapse + 0.35 * (p.collapseOrHalf - p.collapse);
    expect(earthquakeBuildingRate(p, params)).toBeCloseTo(b, 12);
    expect(b).toBeCloseTo(0.073, 3);
  });

  it("uses the era bins of fragility.md for each structure", () => {
    expect(fragilityRow(1, 4)).toBe("Wood_E4");
    expect(fragilityRow(2, 3)).toBe("RC_E3");
    expect(fragilityRow(2, 5)).toBe("RC_E3");
    expect(fragilityRow(3, 2)).toBe("Steel_E2");
    expect(fragilityRow(4, 1)).toBe("Steel_E1");
  });

  it("older buildings and stronger shaking collapse more", () => {
    const old = collapseProbabilities(1, 5, 6.25, params).collapse;
    const recent = collapseProbabilities(1, 1, 6.25, params).collapse;
    expect(old).toBeGreaterThan(recent);
    expect(collapseProbabilities(1, 1, 6.75, params).collapse).toBeGreaterThan(recent);
  });

  it("P半壊 is never negative even where the two curves cross", () => {
    // Wood_E5 has ζ2 > ζ1: at low PGV the 全半壊 curve can fall below the 全壊 curve.
    for (let i = 4.5; i <= 7.0; i += 0.05) {
      expect(collapseProbabilities(1, 5, i, params).halfCollapse).toBeGreaterThanOrEqual(0);
    }
  });

  it("clamps intensities above 7.0 (the applicability limit)", () => {
    expect(collapseProbabilities(1, 1, 7.4, params)).toEqual(
      collapseProbabilities(1, 1, 7.0, params)
    );
  });

  it("rejects codes outside 1…4 and 1…5 in Japanese", () => {
    expect(() => requireStructure(5)).toThrow("建物構造");
    expect(() => requireEra(0)).toThrow("建築年代");
    expect(() => requireEra(2.5)).toThrow("整数");
    expect(() => requireStructure("木造")).toThrow("数値");
  });
});

describe("normalCdf", () => {
  it("matches known values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(normalCdf(-40)).toBeGreaterThanOrEqual(0);
    expect(normalCdf(40)).toBeLessThanOrEqual(1);
  });
});
