import {
  type ManufacturingStatements,
  directCosting,
  requireAnnualFigures,
  splitCosts,
  SGA_ITEMS,
} from "../../src/model/directCosting";
import { stopComparison } from "../../src/model/businessInterruption";
import { params, unit } from "../helpers/params";
import { TABLE_1_3 } from "../fixtures/guideline";

describe("表 参考.1-3 実例による事業中断時の損益とキャッシュフロー対比", () => {
  const result = directCosting(TABLE_1_3, params);

  it("annual direct costing: 変動費 4,467, 固定費 1,250, 減価償却費 108, 営業利益 206", () => {
    expect(result.annual).toEqual({
      sales: 5923,
      variable: 4467,
      fixed: 1250,
      depreciation: 108,
      operatingProfit: 206,
    });
    expect(result.costOfSalesVariable).toBe(4367);
    expect(result.costOfSalesFixed).toBe(515);
    expect(result.costOfSalesDepreciation).toBe(100);
  });

  it("monthly (A × 1/12) as printed: 494, 364, 43 (8), 8, 61 (1), 営業利益 18 (rounded)", () => {
    expect(unit(result.monthly.sales)).toBe(494);
    expect(unit(result.costOfSalesVariable / 12)).toBe(364);
    expect(unit(result.costOfSalesFixed / 12)).toBe(43);
    expect(unit(result.costOfSalesDepreciation / 12)).toBe(8);
    expect(unit(result.sgaVariable / 12)).toBe(8);
    expect(unit(result.sgaFixed / 12)).toBe(61);
    expect(unit(result.sgaDepreciation / 12)).toBe(1);
    expect(unit(result.monthly.operatingProfit)).toBe(17); // 206/12 = 17.2; the guideline prints 18 from its rounded rows
  });

  it("a one-month stop: loss 104, cash-flow worsening B = 95 百万円", () => {
    const stop = stopComparison(result.annual, 30, params);
    expect(unit(-(stop.stopped.revenue - stop.stopped.variable - result.annual.fixed / 12))).toBe(
      104
    );
    expect(unit(stop.worsening)).toBe(95);
    expect(stop.worsening).toBeCloseTo((1250 - 108) / 12, 10);
  });

  it("reconciles exactly with the 損益計算書 when there is no inventory change", () => {
    expect(result.pl.operatingProfit).toBe(206);
    expect(result.reconciliation.unexplained).toBe(0);
    expect(result.reconciliation.withinTolerance).toBe(true);
  });
});

describe("製造業: 表 参考.4-2/4-3 scaling by 当期製品製造原価 / 当期製造総費用", () => {
  const statements: ManufacturingStatements = {
    industry: "製造業",
    sales: 2000,
    openingFinishedGoods: 200,
    closingFinishedGoods: 100,
    materialsOpening: 100,
    materialsPurchases: 600,
    materialsClosing: 100,
    costReport: { laborBasic: 300, depreciation: 100 },
    openingWip: 50,
    closingWip: 150,
    sga: { officerPay: 500 },
  };

  it("① ② ⑤ are the cost-report subtotals × 900 / 1,000", () => {
    const r = directCosting(statements, params);
    expect(r.costRatio).toBeCloseTo(0.9, 12);
    expect(r.costOfSalesVariable).toBeCloseTo(540, 9);
    expect(r.costOfSalesFixed).toBeCloseTo(360, 9);
    expect(r.costOfSalesDepreciation).toBeCloseTo(90, 9);
  });

  it("the two 営業利益 differ by the change in finished goods (期首 − 期末 = 100)", () => {
    const r = directCosting(statements, params);
    expect(r.pl.costOfSales).toBe(1000);
    expect(r.pl.operatingProfit).toBe(500);
    expect(r.annual.operatingProfit).toBeCloseTo(600, 9);
    expect(r.reconciliation.inventoryEffect).toBe(100);
    expect(r.reconciliation.unexplained).toBeCloseTo(0, 9);
  });

  it("flags a typed 営業利益 that the inventory change does not explain", () => {
    const r = directCosting({ ...statements, plOperatingProfit: 480 }, params);
    expect(r.reconciliation.unexplained).toBeCloseTo(20, 9);
    expect(r.reconciliation.withinTolerance).toBe(false);
    expect(
      directCosting({ ...statements, plOperatingProfit: 499.5 }, params).reconciliation
        .withinTolerance
    ).toBe(true);
  });

  it("refuses negative inputs and impossible inventories", () => {
    expect(() => directCosting({ ...statements, sales: -1 }, params)).toThrow("売上高は0以上");
    expect(() => directCosting({ ...statements, materialsClosing: 5000 }, params)).toThrow(
      "当期材料費"
    );
    expect(() => directCosting({ ...statements, closingWip: 5000 }, params)).toThrow(
      "当期製品製造原価"
    );
    expect(() => directCosting({ ...statements, costReport: { wages: 1 } }, params)).toThrow(
      "「wages」"
    );
  });
});

describe("卸・小売業 and 建設業", () => {
  it("卸・小売業: 売上原価 is wholly variable (表 参考.1-4 注)", () => {
    const r = directCosting(
      {
        industry: "卸・小売業",
        sales: 1200,
        openingGoods: 100,
        purchases: 800,
        closingGoods: 150,
        sga: { shipping: 30, rent: 120, depreciation: 12 },
      },
      params
    );
    expect(r.annual).toEqual({
      sales: 1200,
      variable: 780,
      fixed: 132,
      depreciation: 12,
      operatingProfit: 288,
    });
    expect(r.reconciliation.unexplained).toBe(0);
  });

  it("建設業: labour is fixed when directly employed, variable otherwise (表 参考.1-8 注1)", () => {
    const base = {
      industry: "建設業" as const,
      sales: 3000,
      costReport: {
        mainMaterials: 900,
        directLabor: 600,
        outsourcing: 500,
        depreciation: 50,
        fuel: 40,
      },
      sga: { officerPay: 300 },
    };
    const direct = directCosting({ ...base, laborDirectlyEmployed: true }, params);
    expect(direct.annual.variable).toBe(1440);
    expect(direct.annual.fixed).toBe(950);
    const subcontracted = directCosting({ ...base, laborDirectlyEmployed: false }, params);
    expect(subcontracted.annual.variable).toBe(2040);
    expect(subcontracted.annual.fixed).toBe(350);
    expect(subcontracted.annual.depreciation).toBe(50);
  });
});

describe("13. その他 lines", () => {
  it("count as fixed unless the user marks them variable (the guideline's conservative rule)", () => {
    expect(splitCosts(SGA_ITEMS, { other: 70 }, "販管費")).toMatchObject({
      fixed: 70,
      variable: 0,
    });
    expect(
      splitCosts(SGA_ITEMS, { other: { amount: 70, behaviour: "variable" } }, "販管費")
    ).toMatchObject({ fixed: 0, variable: 70 });
  });
});

describe("requireAnnualFigures", () => {
  it("refuses depreciation above fixed costs", () => {
    expect(() =>
      requireAnnualFigures({ sales: 10, variable: 5, fixed: 2, depreciation: 3 })
    ).toThrow("内数");
  });
});
