import { NO_COUNTERMEASURES, type DamageContext, damageRate } from "../../src/model/damage";
import { parseHazard } from "../../src/model/hazard";
import { lifelineDays, referenceRecoveryDays, reopenDays } from "../../src/model/recovery";
import { params } from "../helpers/params";

const ctx = (hazard: string, dataBackup = false): DamageContext => ({
  hazard: parseHazard(hazard, params),
  structure: 1,
  era: 3,
  countermeasures: { ...NO_COUNTERMEASURES, dataBackup },
  params,
});

describe("lifeline days (資料16 (3): 三重県 values halved)", () => {
  it.each([
    ["6弱", 7, 15, 1],
    ["6強", 15, 30, 2],
    ["7", 30, 45, 4],
  ])("震度%s: 水道 %d, ガス %d, 電気 %d", (cls, water, gas, power) => {
    const hazard = parseHazard(cls, params);
    expect(lifelineDays("水道", hazard, params)).toBe(water);
    expect(lifelineDays("ガス", hazard, params)).toBe(gas);
    expect(lifelineDays("電気", hazard, params)).toBe(power);
  });

  it.each(["5強", "5弱", "床上浸水", "床下浸水", "火災"])("%s: 0 days", (h) => {
    for (const l of ["電気", "水道", "ガス"] as const)
      expect(lifelineDays(l, parseHazard(h, params), params)).toBe(0);
  });
});

describe("reference recovery days (資料16 (3))", () => {
  it("建物 = 240 × rate, whole days rounded up", () => {
    const c = ctx("6強");
    expect(referenceRecoveryDays("建物", c)).toBe(Math.ceil(240 * damageRate("建物", c)));
  });

  it("床上浸水: 240 × 0.231 = 55.4 days is capped at 30", () => {
    expect(referenceRecoveryDays("建物", ctx("床上浸水"))).toBe(30);
    expect(referenceRecoveryDays("建物附属設備", ctx("床上浸水"))).toBe(30);
  });

  it("fire: 建物 120 days, machinery 30 × 0.75 → 23, tools 4 × 0.75 → 3, data 3", () => {
    const c = ctx("火災");
    expect(referenceRecoveryDays("建物", c)).toBe(120);
    expect(referenceRecoveryDays("機械及び装置", c)).toBe(23);
    expect(referenceRecoveryDays("工具・器具・備品", c)).toBe(3);
    expect(referenceRecoveryDays("データ等の情報の消失", c)).toBe(3);
    expect(referenceRecoveryDays("構築物", c)).toBe(0);
  });

  it("a data backup means no data-loss days", () => {
    expect(referenceRecoveryDays("データ等の情報の消失", ctx("火災", true))).toBe(0);
  });

  it("lifelines come from the lifeline table", () => {
    expect(referenceRecoveryDays("都市ガス", ctx("7"))).toBe(45);
    expect(referenceRecoveryDays("電気", ctx("6弱"))).toBe(1);
  });
});

describe("reopenDays N (表 参考.1-17)", () => {
  it("takes the longest essential resource, user days before reference days", () => {
    const result = reopenDays([
      { label: "電気", reference: 2, essential: true },
      { label: "都市ガス", reference: 30, essential: false }, // LPガス利用: not essential
      { label: "建物", days: 45, reference: 80, essential: true },
      { label: "機械及び装置", days: null, reference: 20, essential: true },
    ]);
    expect(result.days).toBe(45);
    expect(result.limitingRow).toBe(2);
    expect(result.usedDays).toEqual([2, 30, 45, 20]);
  });

  it("is 0 with no essential resource", () => {
    expect(reopenDays([{ reference: 10, essential: false }]).days).toBe(0);
  });

  it("refuses an essential row with neither days nor reference, and negative days", () => {
    expect(() => reopenDays([{ label: "建物", essential: true }])).toThrow("建物の復旧日数が空欄");
    expect(() => reopenDays([{ label: "建物", days: -1, essential: true }])).toThrow("0以上");
  });
});
