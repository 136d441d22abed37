import ExcelJS from "exceljs";
import { createLenderCopy } from "../../src/excel/lenderCopy";
import { courseWorkbook } from "../../src/sheets/course";
import { FakeRequestContext, FakeWorkbookModel } from "../helpers/fakeExcel";
import { buildInExcel } from "../../src/excel/build";
import { asExcel } from "../helpers/excelFake";

describe("createLenderCopy in Excel", () => {
  it("reads the open workbook's inputs and opens the copy as a new workbook, leaving the original as it was", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "卸・小売業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    model.typeByName("CompanyName", "テスト商事");
    model.typeByName("Sales", 240000);
    model.typeByName("Cash", 30000);
    const before = JSON.stringify(model.sheets.map((s) => [s.name, [...s.cells]]));

    const opened: string[] = [];
    (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = async (
      base64: string
    ) => {
      opened.push(base64);
    };
    const ctx = new FakeRequestContext(model);
    const result = await createLenderCopy(asExcel(ctx), {
      def,
      course: "中級",
      courseLabel: "中級コース・卸・小売業",
      createdOn: "2026-11-22",
    });
    expect(ctx.syncs).toBe(2);
    expect(result.sheets[0]).toBe("金融機関提出用サマリー");
    expect(result.sheets).toContain("検証結果");
    expect(opened).toHaveLength(1);
    expect(JSON.stringify(model.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(opened[0] as string, "base64") as unknown as ArrayBuffer);
    const [sheet, ref] = (wb.definedNames.getRanges("Sales").ranges[0] as string).split("!") as [
      string,
      string,
    ];
    expect(
      wb.getWorksheet(sheet.replace(/^'|'$/g, ""))?.getCell(ref.replace(/\$/g, "")).value
    ).toBe(240000);
    const summary = wb.getWorksheet("金融機関提出用サマリー");
    const company: unknown[] = [];
    summary?.eachRow((row) =>
      row.eachCell((cell) =>
        cell.formula === "CompanyName" ? company.push(cell.result) : undefined
      )
    );
    expect(company).toEqual(["テスト商事"]);
  });
});
