import ExcelJS from "exceljs";
import { buildInExcel } from "../../src/excel/build";
import { excelHost } from "../../src/excel/excelHost";
import type { WorkbookDef } from "../../src/sheets/types";
import { courseWorkbook } from "../../src/sheets/course";
import { checkDefinition, checkWorkbook } from "../../src/usecases/check";
import { makeLenderCopy } from "../../src/usecases/lenderCopy";
import { VALIDATION_SHEET } from "../../src/validation/sheet";
import { FakeRequestContext, FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel, builtAndFilled } from "../helpers/excelFake";

/** The check of a definition in Excel, as validateInExcel gave it: the result and its reads. */
async function validateInExcel(ctx: FakeRequestContext, def: WorkbookDef, today: string) {
  const { result, reads } = await checkDefinition(excelHost(asExcel(ctx)), def, today);
  return { result, readSyncs: reads };
}

describe("validation in Excel", () => {
  it("reads a complete 中級 workbook in one round trip and finds no error", async () => {
    const { model, def } = await builtAndFilled();
    const ctx = new FakeRequestContext(model);
    const { result, readSyncs } = await validateInExcel(ctx, def, "2026-11-22");
    expect(readSyncs).toBe(1);
    expect(ctx.syncs).toBe(1);
    expect(result.findings.filter((f) => f.severity === "エラー")).toEqual([]);
    expect(result.requiredFilled).toBe(result.requiredTotal);
  });

  it("re-running after the user fixes a cell updates the findings", async () => {
    const { model, def } = await builtAndFilled();
    const sales = model.names.get("Sales");
    model.type(sales?.sheet ?? "", sales?.ref ?? "", "");
    const before = (await validateInExcel(new FakeRequestContext(model), def, "2026-11-22")).result;
    expect(before.findings.find((f) => f.rule === "required")).toMatchObject({
      sheet: sales?.sheet,
      ref: sales?.ref,
    });
    model.type(sales?.sheet ?? "", sales?.ref ?? "", 480000);
    const after = (await validateInExcel(new FakeRequestContext(model), def, "2026-11-22")).result;
    expect(after.findings.find((f) => f.rule === "required")).toBeUndefined();
  });

  it("falls back to reading what is there when a sheet is missing", async () => {
    const { model, def } = await builtAndFilled();
    model.deleteSheet("中級_事前対策");
    const { readSyncs, result } = await validateInExcel(
      new FakeRequestContext(model),
      def,
      "2026-11-22"
    );
    expect(readSyncs).toBe(3);
    expect(result.findings.filter((f) => f.sheet === "中級_事前対策")).toEqual([
      expect.objectContaining({ severity: "エラー", rule: "sheet", ref: "A1" }),
    ]);
    expect(result.status).toBe("エラーあり");
  });

  it("writes the 検証結果 sheet again on every run and selects a finding's cell", async () => {
    const { model } = await builtAndFilled();
    const choice = { course: "中級", industry: "製造業", forms: [] } as const;
    await checkWorkbook(excelHost(asExcel(new FakeRequestContext(model))), choice, "2026-11-22");
    await checkWorkbook(excelHost(asExcel(new FakeRequestContext(model))), choice, "2026-11-22");
    expect(model.sheets.filter((s) => s.name === VALIDATION_SHEET)).toHaveLength(1);
    const ctx = new FakeRequestContext(model);
    await excelHost(asExcel(ctx)).select("中級_損益", "C5");
    expect(ctx.selection).toEqual({ sheet: "中級_損益", ref: "C5" });
  });
});

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
    const choice = { course: "中級", industry: "卸・小売業", forms: [] } as const;
    const result = await makeLenderCopy(excelHost(asExcel(ctx)), choice, "2026-11-22");
    // one round trip reads the course, as for the check
    expect(ctx.syncs).toBe(1);
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
      row.getCell(1).value === "会社名" ? company.push(row.getCell(2).value) : undefined
    );
    expect(company).toEqual(["テスト商事"]); // a value: the copy holds no formulas
  });
});
