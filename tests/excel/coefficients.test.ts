/* global Excel */
import { readWorkbookCoefficients } from "../../src/excel/coefficients";
import { FakeContext, namedValue } from "../helpers/fakeExcel";

function asExcel(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

describe("readWorkbookCoefficients", () => {
  it("applies every coefficient name holding a number, in two round trips", async () => {
    const ctx = new FakeContext([
      namedValue("RepaymentYears", 10),
      namedValue("FloodAboveBuildingRate", 0.25),
      namedValue("CompanyName", "サンプル"), // not a coefficient: ignored
    ]);
    const result = await readWorkbookCoefficients(asExcel(ctx));
    expect(result.params.RepaymentYears).toBe(10);
    expect(result.params.FloodAboveBuildingRate).toBe(0.25);
    expect(result.params.FireBuildingRate).toBe(0.5);
    expect(result.found.sort()).toEqual(["FloodAboveBuildingRate", "RepaymentYears"]);
    expect(result.problems).toEqual([]);
    expect(ctx.syncCount).toBe(2);
  });

  it("keeps the default and says where when a coefficient cell holds text", async () => {
    const ctx = new FakeContext([namedValue("RepaymentYears", "八年", "'係数'!$C$9")]);
    const result = await readWorkbookCoefficients(asExcel(ctx));
    expect(result.params.RepaymentYears).toBe(8);
    expect(result.problems).toEqual([
      "係数「RepaymentYears」（'係数'!$C$9）は数値1つではないため、既定値を使います。",
    ]);
  });

  it("does not grow its round trips with the number of coefficients", async () => {
    const many = [
      "RepaymentYears",
      "GraceYears",
      "DaysPerMonth",
      "FireBuildingRate",
      "Frag_Wood_E1_L1",
    ].map((n, i) => namedValue(n, i + 1));
    const ctx = new FakeContext(many);
    await readWorkbookCoefficients(asExcel(ctx));
    expect(ctx.syncCount).toBe(2);
  });
});
