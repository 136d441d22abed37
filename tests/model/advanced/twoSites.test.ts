import { combinedRate, ownRatesOf, twoSiteCashflow } from "../../../src/model/advanced/twoSites";
import { GUIDELINE_TWO_SITES } from "../../fixtures/guideline";

describe("表 参考.3-7 キャッシュフロー推移", () => {
  const r = twoSiteCashflow(GUIDELINE_TWO_SITES);
  const col = (pick: (row: (typeof r.rows)[number]) => number) => r.rows.map(pick);

  it("営業収入, 変動費, 固定費 month by month", () => {
    expect(col((x) => x.revenue)).toEqual([0, 500, 1000, 1000, 1000, 1000, 1000]);
    expect(col((x) => x.revenueVsNormal)).toEqual([-1000, -500, 0, 0, 0, 0, 0]);
    expect(col((x) => x.variable)).toEqual([0, 330, 660, 660, 660, 660, 660]);
    expect(col((x) => x.variableVsNormal)).toEqual([-660, -330, 0, 0, 0, 0, 0]);
    expect(col((x) => x.fixed)).toEqual([265, 265, 265, 265, 265, 265, 265]);
  });

  it("差引 and 月次資金収支: −265, −181 (printed −182, see below), −11 ×4, +29", () => {
    expect(col((x) => x.net)).toEqual([-265, -95, 75, 75, 75, 75, 75]);
    expect(col((x) => x.balance)).toEqual([-265, -181, -11, -11, -11, -11, 29]);
  });

  it("資金不足総計 with the 150 equipment: peak in month 6, 7-month total −611 (表 参考.3-7 7ヶ月計, 3-9)", () => {
    expect(col((x) => x.totalCumulative)).toEqual([-265, -446, -607, -618, -629, -640, -611]);
    expect(r.peakMonth).toBe(6);
    expect(r.peakShortage).toBe(640);
    expect(r.finalShortage).toBe(-611);
  });

  it("the guideline's printed 641 peak is its month-2 rounding (596 for 595): one unit more in month 2 gives 641", () => {
    // SPEC §6: 500 − 330 − 265 = −95, printed −96. Carrying that extra unit reproduces every printed
    // 資金不足総計 figure: −265, −447, −608, −619, −630, −641, −612.
    const printed = twoSiteCashflow({ ...GUIDELINE_TWO_SITES, overtime: [0, 7, 6, 6, 6, 6, 6] });
    expect(printed.rows.map((x) => x.totalCumulative)).toEqual([
      -265, -447, -608, -619, -630, -641, -612,
    ]);
    expect(printed.peakShortage).toBe(641);
    expect(printed.peakMonth).toBe(6);
  });

  it("7ヶ月計 column: 5,500 / 3,630 / 1,855 / 差引 15 / 経費 440 / 人件費 36 / △461 / 150", () => {
    expect(r.totals.revenue).toBe(5500);
    expect(r.totals.revenueVsNormal).toBe(-1500);
    expect(r.totals.variable).toBe(3630);
    expect(r.totals.variableVsNormal).toBe(-990);
    expect(r.totals.fixed).toBe(1855);
    expect(r.totals.expenses).toBe(5485);
    expect(r.totals.net).toBe(15);
    expect(r.totals.alternateExpenses).toBe(440);
    expect(r.totals.overtime).toBe(36);
    expect(r.totals.balance).toBe(-461);
    expect(r.totals.equipment).toBe(150);
  });
});

describe("表 参考.3-8 7ヶ月間損益計算書 and 表 参考.3-9", () => {
  const r = twoSiteCashflow(GUIDELINE_TWO_SITES);

  it("火災無し: 7,000 / 4,620 / 2,030 (175) / 営業利益 350 (償却前 525)", () => {
    expect(r.pnl.normal).toMatchObject({
      sales: 7000,
      variable: 4620,
      fixed: 2030,
      depreciation: 175,
      operatingProfit: 350,
      beforeDepreciation: 525,
    });
  });

  it("火災発生後: 5,500 / 3,630 / 2,030 / △160 (15); 差引損益 △636 (△461)", () => {
    expect(r.pnl.actual).toMatchObject({
      sales: 5500,
      variable: 3630,
      fixed: 2030,
      operatingProfit: -160,
      beforeDepreciation: 15,
    });
    expect(r.pnl.actual.net).toBe(-636);
    expect(r.pnl.actual.netBeforeDepreciation).toBe(-461);
  });

  it("表 参考.3-9: 営業損失 △636, 償却 175, ① △461, ② 150, ①+② △611 = the final shortage", () => {
    expect(r.cashflow).toEqual({
      operatingLoss: -636,
      depreciation: 175,
      beforeDepreciation: -461,
      equipment: 150,
      total: -611,
    });
    expect(r.cashflow.total).toBe(r.finalShortage);
  });
});

describe("months the schedule leaves blank, and catch-up production", () => {
  it("after the last month typed the site is recovered; blanks before it are stopped months (line 7479)", () => {
    expect(ownRatesOf([0, null, 0, 0, 0, 0, 0.5], 12)).toEqual([
      0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 1, 1,
    ]);
    expect(ownRatesOf([], 3)).toEqual([0, 0, 0]);
  });

  it("the guideline's seven months over a 12-month table keep the peak 640 in month 6", () => {
    const r = twoSiteCashflow({ ...GUIDELINE_TWO_SITES, months: 12 });
    expect(r.peakShortage).toBe(640);
    expect(r.peakMonth).toBe(6);
    // month 8 on: 1,000 − 660 − 265 = 75 a month, no alternate costs
    expect(r.rows.slice(7).map((x) => x.balance)).toEqual([75, 75, 75, 75, 75]);
  });

  it("alternate output fills up to 100 %; own output above it is catch-up (line 7055, 「100%以上」)", () => {
    expect(combinedRate(0.5, 1)).toBe(1);
    expect(combinedRate(1.2, 0.5)).toBe(1.2);
    const r = twoSiteCashflow({
      ...GUIDELINE_TWO_SITES,
      months: 8,
      ownRates: [...GUIDELINE_TWO_SITES.ownRates, 1.2],
    });
    // 1.2 × (1,000 − 660) − 265 = 143
    expect(r.rows[7]?.balance).toBeCloseTo(143, 9);
  });
});

describe("input checks", () => {
  it("refuses own rates above 200 %, alternate shares above 100 % and schedules longer than the table", () => {
    expect(() => twoSiteCashflow({ ...GUIDELINE_TWO_SITES, ownRates: [2.5] })).toThrow("0〜2");
    expect(() => twoSiteCashflow({ ...GUIDELINE_TWO_SITES, alternateRates: [1.5] })).toThrow(
      "0〜1"
    );
    expect(() => twoSiteCashflow({ ...GUIDELINE_TWO_SITES, months: 3 })).toThrow("7ヶ月分");
  });
});
