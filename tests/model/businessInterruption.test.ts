import {
  flowsAtRate,
  monthlyBalance,
  stopCashflow,
  stopComparison,
} from "../../src/model/businessInterruption";
import { params, unit } from "../helpers/params";

const annual = { sales: 5923, variable: 4467, fixed: 1250, depreciation: 108 }; // 表 参考.1-3

describe("B = (F − D) / 12 × N / 30 (表 参考.1-18 … 1-23)", () => {
  it.each([
    [30, 95],
    [60, 190],
    [90, 286],
    [10, 32],
    [20, 63],
  ])("%d days → B ≈ %d", (days, b) => {
    expect(unit(stopCashflow(annual.fixed, annual.depreciation, days, params))).toBe(b);
  });

  it("is exactly the cash fixed cost for the period", () => {
    expect(stopCashflow(1200, 120, 45, params)).toBeCloseTo(135, 12);
    expect(stopCashflow(1200, 120, 0, params)).toBe(0);
  });

  it("rejects negative days, text and depreciation above fixed costs", () => {
    expect(() => stopCashflow(1200, 120, -1, params)).toThrow("停止日数");
    expect(() => stopCashflow("1200" as unknown as number, 120, 1, params)).toThrow("数値");
    expect(() => stopCashflow(100, 120, 1, params)).toThrow("内数");
  });
});

describe("stopComparison: the stop against 通常ベース for the same period", () => {
  it("10 days (表 参考.1-21): 通常ベース比 of the balance is −(S − V) × 10/360", () => {
    const r = stopComparison(annual, 10, params);
    expect(r.stopped.revenue).toBe(0);
    expect(r.stopped.variable).toBe(0);
    expect(r.normal.revenue).toBeCloseTo((5923 * 10) / 360, 9);
    expect(r.difference.balance).toBeCloseTo(-((5923 - 4467) * 10) / 360, 9);
    expect(r.worsening).toBeCloseTo(((1250 - 108) * 10) / 360, 9);
  });
});

describe("monthly balance at an operating rate (表 参考.3-5 … 3-8)", () => {
  it("r(S − V)/12 − (F − D)/12", () => {
    expect(monthlyBalance(annual, 0)).toBeCloseTo(-(1250 - 108) / 12, 10);
    expect(monthlyBalance(annual, 0.3)).toBeCloseTo((0.3 * (5923 - 4467) - (1250 - 108)) / 12, 10);
    expect(monthlyBalance(annual, 1)).toBeCloseTo((5923 - 4467 - 1142) / 12, 10);
  });

  // guideline line 6844: rates of 「100%以上」 are looked at in the cash-flow table; 表 参考.3-3
  // 続き (line 7055) heads months 7-12 「稼働率 100%以上」 (catch-up production)
  it("a catch-up month above 100 %: the 表 参考.1-3 company at 120 % gains 50.43 百万円 a month", () => {
    // 1.2 × (5,923 − 4,467) / 12 − (1,250 − 108) / 12 = 145.60 − 95.17
    expect(flowsAtRate(annual, 1.2).balance).toBeCloseTo(50.43, 2);
  });

  it("refuses rates outside 0…200 %", () => {
    expect(() => flowsAtRate(annual, 2.01)).toThrow("0〜2");
    expect(() => flowsAtRate(annual, -0.1)).toThrow("稼働率");
  });
});
