import { HAZARD_TYPES, assessHazards } from "../../../src/model/advanced/hazardMatrix";
import { params } from "../../helpers/params";

describe("上級 表 参考.2-1 緊急事態の種類ごとの影響の検討", () => {
  it("lists the 12 hazard types of the table", () => {
    expect(HAZARD_TYPES).toHaveLength(12);
    expect(HAZARD_TYPES.map((h) => h.name)).toContain("集団感染");
  });

  it("scores likelihood × larger impact, suggests 要 from the threshold, ranks by score then loss", () => {
    const r = assessHazards(
      {
        地震: {
          likelihood: "中",
          assetImpact: "大",
          interruptionImpact: "大",
          assetLoss: 90000,
          interruptionLoss: 30000,
        },
        火災: { likelihood: "小", assetImpact: "大", interruptionImpact: "中" },
        水害: { likelihood: "大", assetImpact: "中", interruptionImpact: "小", decision: "否" },
        盗難: { likelihood: "中", assetImpact: "小", interruptionImpact: "小" },
      },
      params
    );
    const byName = Object.fromEntries(r.map((x) => [x.name, x]));
    expect(byName["地震"]).toMatchObject({
      score: 6,
      suggested: "要",
      decision: "要",
      estimatedLoss: 120000,
      rank: 1,
    });
    expect(byName["水害"]).toMatchObject({ score: 6, suggested: "要", decision: "否", rank: 2 });
    expect(byName["火災"]).toMatchObject({ score: 3, suggested: "否" });
    expect(byName["盗難"]).toMatchObject({ score: 2, rank: 4 });
  });

  it("refuses unknown hazards and ratings", () => {
    expect(() =>
      assessHazards(
        { 隕石: { likelihood: "小", assetImpact: "小", interruptionImpact: "小" } },
        params
      )
    ).toThrow("隕石");
    expect(() =>
      assessHazards(
        { 地震: { likelihood: "特大" as never, assetImpact: "小", interruptionImpact: "小" } },
        params
      )
    ).toThrow("大、中、小");
  });
});
