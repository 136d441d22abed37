import {
  cashflowTable,
  defaultRate,
  firstMonthTable,
  peakOf,
  recoveryInFirstMonth,
} from "../../src/model/cashflowTable";
import { params } from "../helpers/params";

// Monthly figures easy to follow: S = 1,200/月, V = 600/月, cash fixed = 400/月.
const annual = { sales: 14400, variable: 7200, fixed: 6000, depreciation: 1200 };

describe("default 稼働率 from N (SPEC §6)", () => {
  it("0 % until N days have passed, pro-rated in the month N falls in, then 100 %", () => {
    expect([1, 2, 3, 4].map((m) => defaultRate(m, 30, 45))).toEqual([0, 0.5, 1, 1]);
    expect(defaultRate(1, 30, 0)).toBe(1);
    expect(defaultRate(1, 10, 15)).toBe(0);
    expect(defaultRate(2, 10, 15)).toBe(0.5);
  });
});

describe("12-month table (表 参考.3-3 / 3-4)", () => {
  const table = cashflowTable(
    {
      annual,
      months: 12,
      reopenDays: 45,
      recoveryCosts: recoveryInFirstMonth(2000, 12),
      funding: { cashDrawdown: [1000], newBorrowing: [null, 2000] },
    },
    params
  );

  it("事業資金収支 per month: r(S − V) − (F − D)", () => {
    expect(table.rows.map((r) => r.rate)).toEqual([0, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(table.rows.slice(0, 3).map((r) => r.operatingBalance)).toEqual([-400, -100, 200]);
  });

  it("月次資金収支 subtracts 復旧費用; 累計 accumulates it; peak shortage −2,500 in month 2", () => {
    expect(table.rows.slice(0, 3).map((r) => r.balance)).toEqual([-2400, -100, 200]);
    expect(table.rows.slice(0, 3).map((r) => r.cumulative)).toEqual([-2400, -2500, -2300]);
    expect(table.peakShortage).toBe(2500);
    expect(table.peakPeriod).toBe(2);
  });

  it("総合資金収支 adds the funding rows", () => {
    expect(table.rows[0]?.overallBalance).toBe(-1400);
    expect(table.rows[1]?.overallBalance).toBe(1900);
    expect(table.totals.fundingTotal).toBe(3000);
    expect(table.totals.recoveryCost).toBe(2000);
  });

  it("extends to 24 months (据置 2 years)", () => {
    const t = cashflowTable({ annual, months: 24, reopenDays: 45 }, params);
    expect(t.rows).toHaveLength(24);
    expect(t.rows[23]?.cumulative).toBeCloseTo(-400 - 100 + 22 * 200, 9);
  });

  it("user rates override the default; a blank entry keeps it", () => {
    const t = cashflowTable(
      { annual, months: 4, reopenDays: 45, rates: [0, 0.3, null, 0.6] },
      params
    );
    expect(t.rows.map((r) => r.rate)).toEqual([0, 0.3, 1, 0.6]);
  });

  it("refuses rates outside 0…200 %, a blank rate without N, and schedules longer than the table", () => {
    expect(() => cashflowTable({ annual, months: 2, rates: [2.5, 1] }, params)).toThrow("0〜2");
    expect(() => cashflowTable({ annual, months: 2, rates: [null, 1] }, params)).toThrow(
      "営業再開日数"
    );
    expect(() =>
      cashflowTable({ annual, months: 2, reopenDays: 0, recoveryCosts: [1, 2, 3] }, params)
    ).toThrow("3期間分");
    expect(() => cashflowTable({ annual, months: 0, reopenDays: 0 }, params)).toThrow("月数");
    expect(() =>
      cashflowTable({ annual, months: 2, reopenDays: 0, recoveryCosts: [-5] }, params)
    ).toThrow("0以上");
  });
});

describe("collection and payment lags (前月分の影響)", () => {
  it("with a 1-month collection lag, month 1 still collects last month's normal sales", () => {
    const t = cashflowTable({ annual, months: 3, reopenDays: 60, collectionLagMonths: 1 }, params);
    expect(t.rows.map((r) => r.revenuePrior)).toEqual([1200, 0, 0]);
    expect(t.rows.map((r) => r.revenueCurrent)).toEqual([0, 0, 0]);
    expect(t.rows.map((r) => r.revenue)).toEqual([1200, 0, 0]);
  });

  it("with a 1-month payment lag, month 1 still pays last month's purchases", () => {
    const t = cashflowTable({ annual, months: 3, reopenDays: 30, paymentLagMonths: 1 }, params);
    expect(t.rows.map((r) => r.variable)).toEqual([600, 0, 600]);
    expect(t.rows.map((r) => r.variablePrior)).toEqual([600, 0, 0]);
  });

  it("lag 0 reduces to the plain model", () => {
    const plain = cashflowTable({ annual, months: 6, reopenDays: 40 }, params);
    const zero = cashflowTable(
      { annual, months: 6, reopenDays: 40, collectionLagMonths: 0, paymentLagMonths: 0 },
      params
    );
    expect(zero.rows).toEqual(plain.rows);
  });

  it("refuses fractional or negative lags", () => {
    expect(() =>
      cashflowTable({ annual, months: 3, reopenDays: 0, collectionLagMonths: 0.5 }, params)
    ).toThrow("回収サイト");
    expect(() =>
      cashflowTable({ annual, months: 3, reopenDays: 0, paymentLagMonths: -1 }, params)
    ).toThrow("支払サイト");
  });
});

describe("first month by 旬 (表 参考.3-1 / 3-2)", () => {
  it("N = 15 days: 上旬 0 %, 中旬 50 %, 下旬 100 %; each 旬 is a third of the month", () => {
    const t = firstMonthTable({ annual, reopenDays: 15, recoveryCosts: [500] }, params);
    expect(t.rows.map((r) => r.rate)).toEqual([0, 0.5, 1]);
    expect(t.rows.map((r) => r.revenue)).toEqual([0, 200, 400]);
    expect(t.rows.map((r) => r.fixed)).toEqual([400 / 3, 400 / 3, 400 / 3]);
    expect(t.totals.revenue).toBe(600);
    expect(t.rows[0]?.balance).toBeCloseTo(-500 - 400 / 3, 9);
  });

  it("user rates N1, N2 and a collection lag: last month's sales come in across the three 旬", () => {
    const t = firstMonthTable({ annual, rates: [0, 0.3, 0.6], collectionLagMonths: 1 }, params);
    expect(t.rows.map((r) => r.revenuePrior)).toEqual([400, 400, 400]);
    expect(t.rows.map((r) => r.revenueCurrent)).toEqual([0, 0, 0]);
    expect(t.rows.map((r) => r.variableCurrent)).toEqual([0, 60, 120]);
  });
});

describe("peakOf", () => {
  it("finds the deepest cumulative point, 0/null when never short", () => {
    expect(peakOf([-265, -446, -607, -618, -629, -640, -611])).toEqual({
      peakShortage: 640,
      peakPeriod: 6,
    });
    expect(peakOf([10, 20])).toEqual({ peakShortage: 0, peakPeriod: null });
    expect(peakOf([])).toEqual({ peakShortage: 0, peakPeriod: null });
  });
});
