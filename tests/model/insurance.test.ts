import type { AssetDamage } from "../../src/model/damage";
import { NON_SEISMIC_HAZARDS, SEISMIC_CLASSES, parseHazard } from "../../src/model/hazard";
import {
  POLICY_TYPES,
  coverage,
  estimateInsurance,
  heldPolicies,
  insuranceStatus,
  insuredLosses,
} from "../../src/model/insurance";
import { profitInsurancePayout } from "../../src/model/profitInsurance";
import { params } from "../helpers/params";

const damages: AssetDamage[] = [
  { assetClass: "建物", replacementCost: 100000, rate: 0.5, damage: 50000 },
  { assetClass: "機械及び装置", replacementCost: 40000, rate: 0.75, damage: 30000 },
  { assetClass: "棚卸資産", replacementCost: 20000, rate: 0.75, damage: 15000 },
  { assetClass: "車両及び運搬具", replacementCost: 5000, rate: 0, damage: 0 },
];
const losses = insuredLosses(damages);
const estimate = (hazard: string, policies: Parameters<typeof estimateInsurance>[1]) =>
  estimateInsurance(parseHazard(hazard, params), policies, losses, params);

describe("表 参考.2-1 coverage by policy type (lines 6215-6229)", () => {
  it("水害: × for 普通火災, △ for 店舗総合, ○ for オールリスク", () => {
    expect(coverage("普通火災(一般物件)", "水害")).toBe("×");
    expect(coverage("普通火災(工場物件)", "水害")).toBe("×");
    expect(coverage("店舗総合保険", "水害")).toBe("△");
    expect(coverage("オールリスク型", "水害")).toBe("○");
  });

  it("地震 is never fully covered; 火災 always is", () => {
    expect(coverage("オールリスク型", "地震")).toBe("△");
    expect(coverage("普通火災(一般物件)", "地震")).toBe("×");
    expect(coverage("普通火災(一般物件)", "火災")).toBe("○");
  });
});

describe("the claim: each △ by its note, at 新価 or 時価", () => {
  const sums = { 建物: 40000, "什器備品・機械設備等": 50000, "商品・製品等": 10000 };
  const factory = { type: "普通火災(工場物件)" as const, sums };

  it("fire, 新価: min(loss, 保険金額) per category, 40,000 + 30,000 + 10,000", () => {
    expect(estimate("火災", [factory])).toMatchObject({
      peril: "火災",
      status: "補償対象",
      payout: 80000,
    });
  });

  it("fire, 時価 at 60 %: the loss is valued at 時価 first (line 6201)", () => {
    const r = estimate("火災", [{ ...factory, valuation: "時価", marketValueRatio: 0.6 }]);
    // 建物 min(30,000, 40,000) + 機械 min(18,000, 50,000) + 商品 min(9,000, 10,000)
    expect(r.payout).toBeCloseTo(57000, 9);
  });

  // 注2 (line 6233): 建物 up to 70 % of the loss; 什器・設備・商品 up to 5 % of the sum insured,
  // 100万円 at most
  it("flood under 店舗総合 (△ 注2): 70 % of the building loss plus at most 1,000 for contents", () => {
    const r = estimate("床上浸水", [{ type: "店舗総合保険", sums }]);
    // building min(50,000 × 0.7, 40,000) = 35,000; contents min(30,000, 2,500) + min(15,000, 500)
    // = 3,000, capped at 1,000
    expect(r).toMatchObject({ status: "限度内で補償", payout: 36000 });
  });

  it("a small shop's flood under 店舗総合 (the note gives ≈195, not 0 or the whole loss)", () => {
    const shop = insuredLosses([
      { assetClass: "建物", replacementCost: 1000, rate: 0.15, damage: 150 },
      { assetClass: "工具・器具・備品", replacementCost: 600, rate: 0.5, damage: 300 },
      { assetClass: "棚卸資産", replacementCost: 500, rate: 0.5, damage: 250 },
    ]);
    const r = estimateInsurance(
      parseHazard("床上浸水", params),
      [
        {
          type: "店舗総合保険",
          sums: { 建物: 1000, "什器備品・機械設備等": 600, "商品・製品等": 300 },
        },
      ],
      shop,
      params
    );
    // 150 × 0.7 + 600 × 0.05 + 300 × 0.05 = 105 + 30 + 15
    expect(r.payout).toBeCloseTo(150, 9);
  });

  // 注4 (line 6239): residential buildings and household goods only
  it("an earthquake under オールリスク or 店舗総合 (△ 注4): a company's property is not covered", () => {
    for (const type of ["オールリスク型", "店舗総合保険"] as const)
      expect(estimate("6強", [{ type, sums }])).toMatchObject({ status: "補償対象外", payout: 0 });
  });

  it("no policy: 保険なし; an unknown policy type or valuation is refused", () => {
    expect(estimate("火災", []).status).toBe("保険なし");
    expect(() => estimate("火災", [{ type: "地震保険" as never, sums: {} }])).toThrow(
      "保険の種類「地震保険」"
    );
    expect(() => estimate("火災", [{ ...factory, valuation: "簿価" as never }])).toThrow(
      "保険金額の基準"
    );
  });
});

describe("expense covers of 表 参考.2-1 続き (lines 6243-6272)", () => {
  const sums = { 建物: 40000, "什器備品・機械設備等": 50000, "商品・製品等": 10000 };

  it("fire: 臨時費用 30 % of the claim up to 500万円 (注11); 残存物 10 % (注13); 修理付帯 30 % of the sum up to 5,000万円 (注20)", () => {
    const r = estimate("火災", [{ type: "普通火災(工場物件)", sums }]);
    expect(r.expenses).toEqual({
      temporary: 5000, // min(24,000, 5,000)
      debrisLimit: 8000,
      repairLimit: 30000, // min(100,000 × 0.3, 50,000)
      earthquakeFireIfHalfBurnt: 0,
    });
    expect(r.total).toBe(85000); // the claim and 臨時費用
  });

  it("an earthquake: only 地震火災費用, 5 % of the sum up to 300万円 (注16) / 2,000万円 (注17), if half burnt", () => {
    expect(
      estimate("6強", [{ type: "店舗総合保険", sums }]).expenses.earthquakeFireIfHalfBurnt
    ).toBe(3000);
    expect(
      estimate("6強", [{ type: "普通火災(工場物件)", sums }]).expenses.earthquakeFireIfHalfBurnt
    ).toBe(5000);
    expect(estimate("6強", [{ type: "普通火災(工場物件)", sums }]).total).toBe(0);
  });

  it("a flood: オールリスク's 残存物片付費用 covers ③ (注14), the 普通火災's does not (注12)", () => {
    expect(
      estimate("床上浸水", [{ type: "オールリスク型", sums }]).expenses.debrisLimit
    ).toBeCloseTo(8000, 9);
    expect(estimate("床上浸水", [{ type: "普通火災(一般物件)", sums }]).expenses.debrisLimit).toBe(
      0
    );
  });
});

// 表 参考.2-2 and lines 6166-6170: 利益保険 for the interruption (B)
describe("business-interruption insurance against B", () => {
  const policy = { limit: 50000, indemnityMonths: 3 };

  it("pays B for the days within the indemnity period, up to the limit", () => {
    // N = 120 days, 90 of them covered: 60,000 × 90 / 120 = 45,000
    expect(profitInsurancePayout(policy, "火災", true, 60000, 120, params)).toEqual({
      covered: true,
      coveredDays: 90,
      payout: 45000,
      uninsuredB: 15000,
    });
    expect(
      profitInsurancePayout({ ...policy, limit: 30000 }, "火災", true, 60000, 120, params).payout
    ).toBe(30000);
  });

  it("pays nothing for an earthquake, or where the property cover is not full", () => {
    expect(profitInsurancePayout(policy, "地震", true, 60000, 120, params).payout).toBe(0);
    expect(profitInsurancePayout(policy, "水害", false, 60000, 120, params)).toMatchObject({
      covered: false,
      uninsuredB: 60000,
    });
  });

  it("refuses an indemnity period outside 1-36 months", () => {
    expect(() =>
      profitInsurancePayout({ ...policy, indemnityMonths: 0 }, "火災", true, 1, 1, params)
    ).toThrow("約定てん補期間");
  });
});

describe("the status alone (INSURANCE_STATUS)", () => {
  const hazards = [...SEISMIC_CLASSES, ...NON_SEISMIC_HAZARDS];
  // every set of the four policy types held, with and without sums insured
  const helds = Array.from({ length: 2 ** POLICY_TYPES.length }, (_, bits) =>
    POLICY_TYPES.map((_, i) => (bits & (1 << i)) !== 0)
  );

  it.each(hazards)("is the full estimate's status for every set of policies: %s", (name) => {
    const hazard = parseHazard(name, params);
    for (const held of helds)
      for (const sums of [
        [0, 0, 0],
        [80000, 40000, 20000],
      ]) {
        const policies = heldPolicies(held, sums, null);
        expect(insuranceStatus(hazard, policies)).toBe(
          estimateInsurance(hazard, policies, losses, params).status
        );
      }
  });

  it("reads 表 参考.2-1's notes: 店舗総合 pays floods within limits, no policy says 保険なし", () => {
    const flood = parseHazard("床上浸水", params);
    expect(insuranceStatus(flood, [{ type: "店舗総合保険" }])).toBe("限度内で補償");
    expect(insuranceStatus(flood, [{ type: "店舗総合保険" }, { type: "オールリスク型" }])).toBe(
      "補償対象"
    );
    expect(insuranceStatus(parseHazard("6強", params), [{ type: "オールリスク型" }])).toBe(
      "補償対象外"
    );
    expect(insuranceStatus(flood, [])).toBe("保険なし");
  });
});
