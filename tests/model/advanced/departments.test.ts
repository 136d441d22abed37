import { departmentRecovery } from "../../../src/model/advanced/departments";
import { params } from "../../helpers/params";
import { COMMON_COSTS, DEPARTMENTS } from "../../fixtures/departments";

describe("上級 参考.3 (1)(2) 複数部門の復旧費用", () => {
  const departments = DEPARTMENTS;
  const common = COMMON_COSTS;
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
