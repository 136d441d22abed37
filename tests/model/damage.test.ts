import { collapseProbabilities, earthquakeBuildingRate } from "../../src/model/building";
import {
  type AssetAmounts,
  type Countermeasures,
  type DamageContext,
  NO_COUNTERMEASURES,
  assessDamage,
  damageRate,
  damageStatus,
} from "../../src/model/damage";
import { parseHazard } from "../../src/model/hazard";
import { params } from "../helpers/params";

function ctx(
  hazard: string | number,
  structure: 1 | 2 | 3 | 4 = 1,
  era: 1 | 2 | 3 | 4 | 5 = 2,
  cm: Partial<Countermeasures> = {}
): DamageContext {
  return {
    hazard: parseHazard(hazard, params),
    structure,
    era,
    countermeasures: { ...NO_COUNTERMEASURES, ...cm },
    params,
  };
}

describe("damage rates (資料16 (1), SPEC §3 table)", () => {
  const b = earthquakeBuildingRate(collapseProbabilities(1, 2, 6.25, params), params);
  const pCollapse = collapseProbabilities(1, 2, 6.25, params).collapse;

  it("earthquake: 建物 and 建物附属設備 = b", () => {
    expect(damageRate("建物", ctx("6強"))).toBeCloseTo(b, 12);
    expect(damageRate("建物附属設備", ctx("6強"))).toBeCloseTo(b, 12);
  });

  it("earthquake: 機械及び装置 = b × 21.2 / 26.8", () => {
    expect(damageRate("機械及び装置", ctx("6強"))).toBeCloseTo((b * 21.2) / 26.8, 12);
  });

  it("earthquake: 工具・器具・備品 = f(震度) × (1 − P全壊) + P全壊 with f(6強) = 5.7 %", () => {
    expect(damageRate("工具・器具・備品", ctx("6強"))).toBeCloseTo(
      0.057 * (1 - pCollapse) + pCollapse,
      12
    );
  });

  it("earthquake: 棚卸資産 = b × 0.79; 構築物 = b of 軽量鉄骨 of the same era; 車両 = 0", () => {
    expect(damageRate("棚卸資産", ctx("6強"))).toBeCloseTo(b * 0.79, 12);
    const lightSteel = earthquakeBuildingRate(collapseProbabilities(4, 2, 6.25, params), params);
    expect(damageRate("構築物", ctx("6強"))).toBeCloseTo(lightSteel, 12);
    expect(damageRate("車両及び運搬具", ctx("6強"))).toBe(0);
  });

  it.each([
    ["建物", 0.231, 0.5],
    ["建物附属設備", 0.231, 0.5],
    ["機械及び装置", 0.498, 0.75],
    ["工具・器具・備品", 0.498, 0.75],
    ["棚卸資産", 0.341, 0.75],
    ["構築物", 0, 0],
    ["車両及び運搬具", 31 / 87, 0],
  ] as const)("%s: 床上浸水 %d, 火災 %d (資料16)", (assetClass, flood, fire) => {
    expect(damageRate(assetClass, ctx("床上浸水"))).toBeCloseTo(flood, 12);
    expect(damageRate(assetClass, ctx("火災"))).toBeCloseTo(fire, 12);
    expect(damageRate(assetClass, ctx("床下浸水"))).toBe(0);
  });

  it.each([
    ["7", 0.07],
    ["6強", 0.057],
    ["6弱", 0.037],
    ["5強", 0.011],
    ["5弱", 0.002],
  ])("fall rate f(%s) = %d exactly (資料16 工具や器具及び備品)", (cls, f) => {
    expect(
      params[
        `FallRate_${({ "7": "I7", "6強": "I6U", "6弱": "I6L", "5強": "I5U", "5弱": "I5L" } as const)[cls as "7"]}`
      ]
    ).toBe(f);
    // with a building that never collapses the tools rate is f itself
    const c = ctx(cls, 2, 1);
    const p = collapseProbabilities(
      2,
      1,
      c.hazard.kind === "earthquake" ? c.hazard.intensity : 0,
      params
    ).collapse;
    expect(damageRate("工具・器具・備品", c)).toBeCloseTo(f * (1 - p) + p, 12);
  });
});

describe("countermeasures (表 参考.1-13, SPEC §3 前提)", () => {
  it("耐震補強 rates the building as era 1", () => {
    expect(damageRate("建物", ctx("6強", 1, 5, { retrofitted: true }))).toBeCloseTo(
      damageRate("建物", ctx("6強", 1, 1)),
      12
    );
  });

  it("anchored share s multiplies machinery quake damage by (1 − s); flood share the flood damage", () => {
    expect(damageRate("機械及び装置", ctx("7", 1, 3, { machineryAnchoredShare: 0.4 }))).toBeCloseTo(
      damageRate("機械及び装置", ctx("7", 1, 3)) * 0.6,
      12
    );
    expect(
      damageRate("機械及び装置", ctx("床上浸水", 1, 3, { machineryFloodShare: 0.5 }))
    ).toBeCloseTo(0.249, 12);
  });

  it("fixed share of tools multiplies only the fall term", () => {
    const p = collapseProbabilities(1, 3, 6.75, params).collapse;
    expect(damageRate("工具・器具・備品", ctx("7", 1, 3, { toolsFixedShare: 1 }))).toBeCloseTo(
      p,
      12
    );
  });

  it("inventory: fall share for quakes, raised share for floods", () => {
    expect(damageRate("棚卸資産", ctx("6弱", 1, 3, { inventoryFallShare: 0.25 }))).toBeCloseTo(
      damageRate("棚卸資産", ctx("6弱", 1, 3)) * 0.75,
      12
    );
    expect(damageRate("棚卸資産", ctx("床上浸水", 1, 3, { inventoryRaisedShare: 1 }))).toBe(0);
  });
});

describe("damageStatus (表 参考.1-15; 全壊 ≥ 50 %, 半壊 ≥ 20 %)", () => {
  it.each([
    [0.5, "全壊"],
    [0.4999, "半壊"],
    [0.2, "半壊"],
    [0.1999, "一部損壊"],
    [0.0001, "一部損壊"],
    [0, "被害なし"],
  ])("rate %d → %s", (rate, status) => {
    expect(damageStatus(rate, params)).toBe(status);
  });

  it("fire burns a building to 全壊, a flood leaves it 半壊", () => {
    expect(damageStatus(damageRate("建物", ctx("火災")), params)).toBe("全壊");
    expect(damageStatus(damageRate("建物", ctx("床上浸水")), params)).toBe("半壊");
  });
});

describe("assessDamage", () => {
  const amounts: AssetAmounts = {
    建物: 100000,
    建物附属設備: 20000,
    機械及び装置: 50000,
    "工具・器具・備品": 10000,
    構築物: 5000,
    車両及び運搬具: 8000,
    棚卸資産: 30000,
  };

  it("multiplies every 再調達価格 by its rate and sums them (表 参考.1-15 計)", () => {
    const c = ctx("火災");
    const result = assessDamage(amounts, c);
    expect(result.assets.find((a) => a.assetClass === "建物")?.damage).toBeCloseTo(50000, 9);
    expect(result.total).toBeCloseTo(50000 + 10000 + 37500 + 7500 + 0 + 0 + 22500, 9);
    expect(result.buildingStatus).toBe("全壊");
  });

  it("a rented building (賃貸 0) is not the company's loss, but still rates the other assets", () => {
    const c = ctx("6強", 1, 4);
    const owned = assessDamage(amounts, c, true);
    const rented = assessDamage(amounts, c, false);
    expect(rented.assets[0]?.damage).toBe(0);
    expect(rented.assets[0]?.rate).toBeCloseTo(owned.assets[0]?.rate ?? -1, 12);
    expect(rented.total).toBeCloseTo(owned.total - (owned.assets[0]?.damage ?? 0), 9);
  });
});
