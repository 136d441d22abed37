/**
 * The check and the lender copy read the workbook as the user left it (in the fake Excel, which
 * calculates with HyperFormula): links to the user's own sheets, values typed over formulas, rows
 * inserted in a form's table. The copy made in Excel and the copy the file writer makes agree.
 */
import ExcelJS from "exceljs";
import { excelHost } from "../../src/excel/excelHost";
import { evaluatedWorkbook } from "../../src/file/xlsx";
import { writeXlsxBytes } from "../../src/file/xlsx";
import { checkDefinition } from "../../src/usecases/check";
import { exportDefinition } from "../../src/usecases/export";
import { makeLenderCopy } from "../../src/usecases/lenderCopy";
import { type WorkbookChoice, workbookLayout } from "../../src/usecases/workbookChoice";
import { buildInExcel } from "../../src/excel/build";
import { FakeRequestContext, FakeSheetModel, type FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel, builtWithExample } from "../helpers/excelFake";
import { LENDER_SUMMARY_SHEET } from "../../src/sheets/lenderSummary";

const TODAY = "2026-12-02";
const COURSE: WorkbookChoice = { course: "中級", industry: "製造業", forms: [] };

/** The lender copy the pane makes in Excel, opened. */
async function copyInExcel(model: FakeWorkbookModel, choice: WorkbookChoice) {
  const opened: string[] = [];
  (globalThis as unknown as { Excel: Record<string, unknown> }).Excel.createWorkbook = async (
    base64: string
  ) => {
    opened.push(base64);
  };
  await makeLenderCopy(excelHost(asExcel(new FakeRequestContext(model))), choice, TODAY);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(opened[0] as string, "base64") as unknown as ArrayBuffer);
  return wb;
}

/** The summary's figures by label (column A → column B, a formula's cached result). */
function summaryFigures(wb: ExcelJS.Workbook): Map<string, unknown> {
  const figures = new Map<string, unknown>();
  wb.getWorksheet(LENDER_SUMMARY_SHEET)?.eachRow((row) => {
    const label = row.getCell(1).value;
    // an ExcelJS cell (its `value` leaves out a cached result of 0; `result` keeps it)
    const figure = row.getCell(2) as { formula?: string; result?: unknown; value: unknown };
    if (typeof label === "string")
      figures.set(label, figure.formula ? figure.result : figure.value);
  });
  return figures;
}

const unprotected = (model: FakeWorkbookModel, name: string) => {
  const place = model.names.get(name) as { sheet: string; ref: string };
  (model.sheet(place.sheet) as FakeSheetModel).protected = false; // the user unprotects the sheet
  return place;
};

describe("a figure linked to the user's own sheet", () => {
  it("counts with the value Excel shows: the check finds it filled and the copy uses it", async () => {
    const { model, inputs } = await builtWithExample(COURSE);
    const statements = new FakeSheetModel("決算書");
    model.sheets.push(statements);
    model.type("決算書", "C5", inputs.Sales as number);
    const sales = unprotected(model, "Sales");
    model.type(sales.sheet, sales.ref, "='決算書'!C5");

    const host = excelHost(asExcel(new FakeRequestContext(model)));
    const { memory } = await host.read(workbookLayout(COURSE));
    expect(memory.get("Sales")).toBe(inputs.Sales);
    const { result } = await checkDefinition(host, workbookLayout(COURSE), TODAY);
    expect(result.findings.filter((f) => f.ref === sales.ref && f.sheet === sales.sheet)).toEqual(
      []
    );

    const expected = evaluatedWorkbook(workbookLayout(COURSE)({ tableRows: {} }), inputs);
    const figures = summaryFigures(await copyInExcel(model, COURSE));
    expect(figures.get("ピーク時の資金不足額")).toBeCloseTo(expected.number("PeakShortage"), 6);
    expect(figures.get("復旧費用総額 (C = A + B)")).toBeCloseTo(
      expected.number("RecoveryTotalC"),
      6
    );
  });
});

describe("a value typed over a formula", () => {
  it("stays what the workbook shows, in the copy too, and the check says so at its cell", async () => {
    const { model } = await builtWithExample(COURSE);
    const c = unprotected(model, "RecoveryTotalC");
    model.type(c.sheet, c.ref, 12345);

    const host = excelHost(asExcel(new FakeRequestContext(model)));
    const { result } = await checkDefinition(host, workbookLayout(COURSE), TODAY);
    const finding = result.findings.find((f) => f.rule === "overwritten");
    expect(finding).toMatchObject({ severity: "警告", sheet: c.sheet, ref: c.ref });
    expect(finding?.message).toContain("計算式が値で上書きされています（12,345）");

    const figures = summaryFigures(await copyInExcel(model, COURSE));
    expect(figures.get("復旧費用総額 (C = A + B)")).toBe(12345);
    // what follows from C is Excel's own result on 12,345
    const d1 = figures.get("手元資金 (D1)") as number;
    expect(figures.get("新規借入必要額 (E)")).toBeCloseTo(Math.max(0, 12345 - d1), 6);
  });
});

describe("a row inserted in 様式09's table", () => {
  const WITH_PLAN: WorkbookChoice = { ...COURSE, forms: ["09"] };

  it("is read through the widened names: the project ticked in the new row counts in F", async () => {
    const { model } = await builtWithExample(WITH_PLAN);
    const before = summaryFigures(await copyInExcel(model, WITH_PLAN)).get("事前対策費用 (F)");
    const column = model.names.get("Form09_Plan_Do") as { sheet: string; ref: string };
    const last = Number(/\d+$/.exec(column.ref)?.[0]);
    model.insertRows(column.sheet, last, 1); // inside the table: its names grow by a row
    expect(model.names.get("Form09_Plan_Do")?.ref).toMatch(new RegExp(`:D?[A-Z]+${last + 1}$`));
    const funds = model.names.get("Form09_Plan_Funds") as { sheet: string; ref: string };
    const item = model.names.get("Form09_Plan_Item") as { sheet: string; ref: string };
    const row = last + 1;
    model.type(item.sheet, `${item.ref.replace(/\d+.*$/, "")}${row}`, "非常用発電機");
    model.type(column.sheet, `${column.ref.replace(/\d+.*$/, "")}${row}`, "✓");
    model.type(funds.sheet, `${funds.ref.replace(/\d+.*$/, "")}${row}`, 30);

    const copy = await copyInExcel(model, WITH_PLAN);
    expect(summaryFigures(copy).get("事前対策費用 (F)")).toBe((before as number) + 30_000);
    // the copy's 様式09 has the new row
    const texts: unknown[] = [];
    copy.getWorksheet(column.sheet)?.eachRow((r) => r.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain("非常用発電機");

    // building again keeps the form as the user extended it, without calling it edited
    const { report } = await buildInExcel(
      asExcel(new FakeRequestContext(model)),
      workbookLayout(WITH_PLAN)
    );
    expect(report.skipped).toEqual([]);
    expect(model.names.get("Form09_Plan_Do")?.ref).toMatch(new RegExp(`${last + 1}$`));
  });
});

describe("the copy made in Excel and the file copy", () => {
  it("agree to the unit on the example company", async () => {
    const { model, inputs } = await builtWithExample(COURSE);
    const inExcel = summaryFigures(await copyInExcel(model, COURSE));

    const def = workbookLayout(COURSE)({ tableRows: {} });
    const exported = exportDefinition(def, evaluatedWorkbook(def, inputs), {
      course: "中級",
      courseLabel: "中級コース・製造業",
      today: TODAY,
      lender: true,
    });
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(
      Buffer.from(
        await writeXlsxBytes(exported.def, { memory: exported.memory })
      ) as unknown as ArrayBuffer
    );
    const inFile = summaryFigures(file);
    let compared = 0;
    for (const [label, value] of inFile) {
      if (typeof value !== "number") continue;
      expect(`${label} ${Math.round(inExcel.get(label) as number)}`).toBe(
        `${label} ${Math.round(value)}`
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe("a coefficient changed on the 係数 sheet", () => {
  it("recalculates the built BCP formulas at once (they take the 係数 column), with no extra step", async () => {
    const { model, inputs } = await builtWithExample(COURSE);
    const b = model.names.get("CashflowWorseningB") as { sheet: string; ref: string };
    const before = model.shown(b.sheet, b.ref) as number;
    model.typeByName("DaysPerMonth", 31);
    const after = model.shown(b.sheet, b.ref) as number;
    expect(after).toBeCloseTo((before * 30) / 31, 6);
    // the file copy computes the same from the same cells
    const def = workbookLayout(COURSE)({ tableRows: {} });
    const memory = evaluatedWorkbook(def, { ...inputs, DaysPerMonth: 31 });
    expect(memory.number("CashflowWorseningB")).toBeCloseTo(after, 6);
    const figures = summaryFigures(await copyInExcel(model, COURSE));
    expect(figures.get("事業中断によるキャッシュフローの悪化額 (B)")).toBeCloseTo(after, 6);
  });

  it("outside its range, is an error of the check at its cell, and the functions say which and why", async () => {
    const { model } = await builtWithExample(COURSE);
    model.typeByName("BuildingCollapseWeight", 5);
    const damage = model.names.get("DamageTotal") as { sheet: string; ref: string };
    expect(model.shown(damage.sheet, damage.ref)).toBe("#VALUE!");
    const host = excelHost(asExcel(new FakeRequestContext(model)));
    const { result } = await checkDefinition(host, workbookLayout(COURSE), TODAY);
    const place = model.names.get("BuildingCollapseWeight") as { sheet: string; ref: string };
    expect(result.findings[0]).toMatchObject({
      severity: "エラー",
      sheet: place.sheet,
      ref: place.ref,
    });
    expect(result.findings[0]?.message).toContain("建物被害率 全壊の係数");
    expect(result.status).toBe("エラーあり");
  });
});
