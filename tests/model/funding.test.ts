import {
  borrowingNeed,
  cashHoldingCheck,
  collateralLimit,
  collateralValue,
  fundingPosition,
  handFundsTotal,
  recoveryCostTotal,
  repaymentCapacity,
  repaymentVerdict,
} from "../../src/model/funding";
import { params } from "../helpers/params";

describe("表 参考.2-5 担保条件の例 (amounts in 千円)", () => {
  it("担保価値 20 百万円 → 上限 80 百万円 (20 × 3 ≤ 80, so × 4)", () => {
    expect(collateralLimit(20000, params)).toBe(80000);
  });

  it("担保価値 30 百万円 → 上限 110 百万円 (30 × 3 > 80, so + 80)", () => {
    expect(collateralLimit(30000, params)).toBe(110000);
  });

  it("is continuous at the switch and capped at 150 百万円 per company", () => {
    expect(collateralLimit(80000 / 3, params)).toBeCloseTo(
      collateralLimit(80000 / 3 + 1e-6, params),
      3
    );
    expect(collateralLimit(100000, params)).toBe(150000);
  });

  it("担保価値 = 評価額 − 先順位 per line, never below zero (表 参考.2-4)", () => {
    const v = collateralValue([
      { label: "土地", appraisal: 30000, seniorLiens: 10000 },
      { label: "建物", appraisal: 5000, seniorLiens: 8000 },
    ]);
    expect(v).toEqual({ lines: [20000, 0], total: 20000 });
  });
});

describe("D1, C, E (表 参考.2-1 / 2-2)", () => {
  it("D1 sums the four sources; E = C − D1 when positive", () => {
    const funds = { cash: 30000, insurance: 20000, assetSale: 5000, ownerSupport: 10000 };
    expect(handFundsTotal(funds)).toBe(65000);
    expect(recoveryCostTotal(80000, 15000)).toBe(95000);
    expect(borrowingNeed(95000, 65000)).toBe(30000);
    expect(borrowingNeed(50000, 65000)).toBe(0);
    expect(fundingPosition(95000, funds)).toMatchObject({
      borrowingNeed: 30000,
      fundingCase: "借入が必要",
      fundsWithBorrowing: 95000,
    });
    expect(fundingPosition(60000, funds).fundingCase).toBe("自力で賄える");
  });

  it("refuses negative amounts", () => {
    expect(() => borrowingNeed(-1, 0)).toThrow("復旧費用総額");
    expect(() => handFundsTotal({ cash: -5, insurance: 0, assetSale: 0, ownerSupport: 0 })).toThrow(
      "現金・預金"
    );
  });
});

describe("表 参考.2-3 返済原資の計算", () => {
  it("e = (税引後当期純利益 + 減価償却 − 既往返済) × 8", () => {
    const c = repaymentCapacity(
      { netIncomeAfterTax: 5000, annualDepreciation: 3000, existingAnnualRepayment: 2000 },
      params
    );
    expect(c).toEqual({
      repaymentSource: 8000,
      annualCapacity: 6000,
      borrowingCapacity: 48000,
      years: 8,
    });
  });

  it("a loss-making year gives no capacity rather than a negative one", () => {
    const c = repaymentCapacity(
      { netIncomeAfterTax: -9000, annualDepreciation: 3000, existingAnnualRepayment: 2000 },
      params
    );
    expect(c.annualCapacity).toBe(-8000);
    expect(c.borrowingCapacity).toBe(0);
  });

  it("e < E: shortfall and the yearly improvement needed over 8 years", () => {
    const c = repaymentCapacity(
      { netIncomeAfterTax: 1000, annualDepreciation: 1000, existingAnnualRepayment: 0 },
      params
    );
    expect(repaymentVerdict(24000, c)).toEqual({
      repayable: false,
      shortfall: 8000,
      profitImprovementPerYear: 1000,
    });
    expect(repaymentVerdict(16000, c).repayable).toBe(true);
  });
});

describe("月商1ヶ月分 (基本 参考.4 (2)①)", () => {
  it("cash should be at least one month of sales", () => {
    expect(cashHoldingCheck(100, 1200, params)).toEqual({ required: 100, sufficient: true });
    expect(cashHoldingCheck(99, 1200, params).sufficient).toBe(false);
  });
});
