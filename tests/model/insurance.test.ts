import type { AssetDamage } from "../../src/model/damage";
import { parseHazard } from "../../src/model/hazard";
import { coverage, estimateInsurance } from "../../src/model/insurance";
import { params } from "../helpers/params";

const damages: AssetDamage[] = [
  { assetClass: "建物", replacementCost: 100000, rate: 0.5, damage: 50000 },
  { assetClass: "機械及び装置", replacementCost: 40000, rate: 0.75, damage: 30000 },
  { assetClass: "棚卸資産", replacementCost: 20000, rate: 0.75, damage: 15000 },
  { assetClass: "車両及び運搬具", replacementCost: 5000, rate: 0, damage: 0 },
];

describe("表 参考.2-1 coverage by policy type", () => {
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

describe("estimated payout = min(damage, 保険金額) per insured category", () => {
  const policy = {
    type: "普通火災(工場物件)" as const,
    sums: { 建物: 40000, "什器備品・機械設備等": 50000, "商品・製品等": 10000 },
  };

  it("fire: 40,000 + 30,000 + 10,000", () => {
    const r = estimateInsurance(parseHazard("火災", params), [policy], damages);
    expect(r).toMatchObject({
      peril: "火災",
      status: "補償対象",
      payout: 80000,
      payoutWithRiders: 80000,
    });
  });

  it("earthquake under a 普通火災 policy: not covered", () => {
    expect(estimateInsurance(parseHazard("6強", params), [policy], damages)).toMatchObject({
      status: "補償対象外",
      payout: 0,
    });
  });

  it("flood under 店舗総合: 特約次第, counted only in the rider estimate", () => {
    const r = estimateInsurance(
      parseHazard("床上浸水", params),
      [{ ...policy, type: "店舗総合保険" }],
      damages
    );
    expect(r).toMatchObject({ status: "特約次第", payout: 0, payoutWithRiders: 80000 });
  });

  it("no policy: 保険なし; an unknown policy type is refused", () => {
    expect(estimateInsurance(parseHazard("火災", params), [], damages).status).toBe("保険なし");
    expect(() =>
      estimateInsurance(
        parseHazard("火災", params),
        [{ type: "地震保険" as never, sums: {} }],
        damages
      )
    ).toThrow("保険の種類「地震保険」");
  });
});
