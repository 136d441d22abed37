import {
  FakeCustomFunctionError,
  installCustomFunctionsGlobal,
} from "../helpers/customFunctionsGlobal";
import * as fns from "../../src/functions/functions";
import { currentParameters, useParameters } from "../../src/functions/runtimeParameters";
import { DEFAULT_PARAMETERS, withOverrides } from "../../src/model/parameters";

installCustomFunctionsGlobal();

function excelError(run: () => unknown): FakeCustomFunctionError {
  try {
    run();
  } catch (e) {
    if (e instanceof FakeCustomFunctionError) return e;
    throw e;
  }
  throw new Error("no error");
}

afterEach(() => useParameters(DEFAULT_PARAMETERS));

describe("the Excel wrappers (functions.ts)", () => {
  it("return the catalogue's values: 表 参考.1-3 B = 95, 表 参考.2-5 limits 80 / 110", () => {
    expect(Math.round(fns.stopCashflow(1250, 108, 30))).toBe(95);
    expect(fns.collateralLimit(20000)).toBe(80000);
    expect(fns.collateralLimit(30000)).toBe(110000);
    expect(fns.lifelineDays("ガス", "7")).toBe(45);
    expect(fns.cashflowTable(12000, 7920, 3480, 300, [[0, 0.5, 1]], [[0, 0, 0]])[5]).toEqual([
      -265, -95, 75,
    ]);
  });

  it("treat omitted optional arguments as their defaults", () => {
    expect(fns.buildingDamageRate(1, 1, "6強", null)).toBe(fns.buildingDamageRate(1, 1, "6強"));
    expect(fns.repaymentCapacity(5000, 3000, 2000, undefined)).toBe(48000);
    expect(fns.damage(1000, "棚卸資産", "火災", 1, 1, null, null)).toBe(750);
  });

  it("turn bad input into #VALUE! with the Japanese message", () => {
    const e = excelError(() => fns.stopCashflow(-1, 0, 30));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("年間固定費は0以上");
    expect(excelError(() => fns.damageRate("土地", "6強", 1, 1)).message).toContain(
      "資産の科目「土地」"
    );
    expect(excelError(() => fns.collapseRate(1, 1, 7.5)).message).toContain("4.5〜7");
  });

  it("turn missing data into #N/A", () => {
    const e = excelError(() => fns.reopenDays([[null]], [[1]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("空欄");
  });

  it("calculate with the coefficients the workbook applied", () => {
    useParameters(withOverrides({ RepaymentYears: 10 }));
    expect(currentParameters().RepaymentYears).toBe(10);
    expect(fns.repaymentCapacity(5000, 3000, 2000)).toBe(60000);
  });
});
