import { departmentRecovery } from "../../../src/model/advanced/departments";
import { params } from "../../helpers/params";

describe("上級 参考.3 (1)(2) 複数部門の復旧費用", () => {
  const departments = [
    {
      name: "中核事業①",
      sales: 6000,
      variable: 3000,
      allocableFixed: 1200,
      allocableDepreciation: 120,
      assetRecoveryCost: 20000,
      stopDays: 60,
    },
    {
      name: "中核事業②",
      sales: 3000,
      variable: 1800,
      allocableFixed: 600,
      allocableDepreciation: 60,
      assetRecoveryCost: 8000,
      stopDays: 30,
    },
    {
      name: "その他事業③",
      sales: 3000,
      variable: 2000,
      allocableFixed: 300,
      allocableDepreciation: 0,
      assetRecoveryCost: 5000,
      stopDays: 90,
      suspended: true,
    },
  ];
  const common = {
    fixed: 1200,
    fixedDepreciation: 240,
    sgaVariable: 600,
    sgaFixed: 2400,
    sgaDepreciation: 120,
  };
  const r = departmentRecovery(departments, common, params);

  it("allocates common costs by sales ratio (表 参考.3-2 / 3-3)", () => {
    const [d1, d2, d3] = r.departments;
    expect(d1?.salesShare).toBe(0.5);
    expect(d1?.variable).toBe(3300);
    expect(d1?.fixed).toBe(1200 + 0.5 * 3600);
    expect(d1?.depreciation).toBe(120 + 0.5 * 360);
    expect(d2?.fixed).toBe(600 + 0.25 * 3600);
    expect(d3?.operatingProfit).toBe(3000 - 2150 - 1200);
    const totalFixed = r.departments.reduce((s, d) => s + d.fixed, 0);
    expect(totalFixed).toBe(1200 + 600 + 300 + 1200 + 2400);
  });

  it("C = C① + C② + C③, the suspended department counting only B (表 参考.3-1)", () => {
    const [d1, d2, d3] = r.departments;
    expect(d1?.cashflowWorsening).toBeCloseTo(((3000 - 300) / 12) * 2, 9);
    expect(d3?.assetRecoveryCost).toBe(0);
    expect(d3?.recoveryTotal).toBeCloseTo(((1200 - 90) / 12) * 3, 9);
    expect(r.recoveryTotal).toBeCloseTo(
      (d1?.recoveryTotal ?? 0) + (d2?.recoveryTotal ?? 0) + (d3?.recoveryTotal ?? 0),
      9
    );
    expect(d1?.oneMonthStopBalance).toBeCloseTo(-(3000 - 300) / 12, 9);
  });

  it("refuses zero total sales and depreciation above fixed", () => {
    expect(() =>
      departmentRecovery(
        departments.map((d) => ({ ...d, sales: 0 })),
        common,
        params
      )
    ).toThrow("売上高比");
    expect(() =>
      departmentRecovery(departments, { ...common, sgaDepreciation: 9999 }, params)
    ).toThrow("内数");
  });
});
