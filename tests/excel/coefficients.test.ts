import { readWorkbookCoefficients } from "../../src/excel/coefficients";
import { FakeRequestContext, FakeSheetModel, FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel } from "../helpers/excelFake";

/** A workbook whose 係数 sheet holds the given values, each under its name, one per row of column C. */
function workbookWith(values: [string, string | number][]): FakeRequestContext {
  const model = new FakeWorkbookModel();
  const sheet = new FakeSheetModel("係数");
  model.sheets.push(sheet);
  values.forEach(([name, value], i) => {
    const ref = `C${i + 2}`;
    sheet.cell(ref).value = value;
    model.names.set(name, { sheet: "係数", ref });
  });
  return new FakeRequestContext(model);
}

describe("readWorkbookCoefficients", () => {
  it("applies every coefficient name holding a number, in two round trips", async () => {
    const ctx = workbookWith([
      ["RepaymentYears", 10],
      ["FloodAboveBuildingRate", 0.25],
      ["CompanyName", "サンプル"], // not a coefficient: ignored
    ]);
    const result = await readWorkbookCoefficients(asExcel(ctx));
    expect(result.params.RepaymentYears).toBe(10);
    expect(result.params.FloodAboveBuildingRate).toBe(0.25);
    expect(result.params.FireBuildingRate).toBe(0.5);
    expect(result.found.sort()).toEqual(["FloodAboveBuildingRate", "RepaymentYears"]);
    expect(result.problems).toEqual([]);
    expect(ctx.syncs).toBe(2);
  });

  it("keeps the default and says where when a coefficient cell holds text", async () => {
    const ctx = workbookWith([
      ["GraceYears", 2],
      ["RepaymentYears", "八年"],
    ]);
    const result = await readWorkbookCoefficients(asExcel(ctx));
    expect(result.params.RepaymentYears).toBe(8);
    expect(result.problems).toEqual([
      "係数「RepaymentYears」（'係数'!C3）は数値1つではないため、既定値を使います。",
    ]);
  });

  it("does not grow its round trips with the number of coefficients", async () => {
    const many = [
      "RepaymentYears",
      "GraceYears",
      "DaysPerMonth",
      "FireBuildingRate",
      "Frag_Wood_E1_L1",
    ].map((n, i): [string, number] => [n, i + 1]);
    const ctx = workbookWith(many);
    await readWorkbookCoefficients(asExcel(ctx));
    expect(ctx.syncs).toBe(2);
  });
});
