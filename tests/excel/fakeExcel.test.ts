/**
 * The fake Excel API does what Excel does where the add-in depends on it (each behaviour as
 * documented for Excel: names follow and widen with their cells, a deleted sheet's names become
 * #REF!, names ignore case, typed text is converted unless the cell is text, formulas come back
 * in Excel's spelling, null leaves a cell alone).
 */
import { buildInExcel } from "../../src/excel/build";
import { courseWorkbook } from "../../src/sheets/course";
import { workbookLayout } from "../../src/usecases/workbookChoice";
import { FakeRequestContext, FakeSheetModel, FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel } from "../helpers/excelFake";

function sheetWith(model: FakeWorkbookModel, name: string): FakeSheetModel {
  const sheet = new FakeSheetModel(name);
  model.sheets.push(sheet);
  return sheet;
}

describe("the fake Excel", () => {
  it("moves and widens names, tables and references when rows are inserted", () => {
    const model = new FakeWorkbookModel();
    const sheet = sheetWith(model, "表");
    model.names.set("Column", { sheet: "表", ref: "B3:B5" });
    model.names.set("Below", { sheet: "表", ref: "B8" });
    model.names.set("Above", { sheet: "表", ref: "B1" });
    sheet.tables.push({ ref: "A2:C5", name: "T", style: "" });
    model.type("表", "B8", "=SUM(B3:B5)+$B$1");
    model.type("表", "B5", 4);
    model.insertRows("表", 5, 2); // inside the table, before its last row
    expect(model.names.get("Column")?.ref).toBe("B3:B7");
    expect(model.names.get("Below")?.ref).toBe("B10");
    expect(model.names.get("Above")?.ref).toBe("B1");
    expect(sheet.tables[0]?.ref).toBe("A2:C7");
    expect(sheet.cells.get("B10")?.formula).toBe("SUM(B3:B7)+$B$1");
    expect(sheet.cells.get("B7")?.value).toBe(4);
  });

  it("turns the names of a deleted sheet into #REF!, and a formula over it shows #REF!", async () => {
    const model = new FakeWorkbookModel();
    sheetWith(model, "元");
    sheetWith(model, "先");
    model.names.set("Source", { sheet: "元", ref: "A1" });
    model.type("元", "A1", 5);
    model.type("先", "A1", "=Source*2");
    expect(model.shown("先", "A1")).toBe(10);
    model.deleteSheet("元");
    const ctx = new FakeRequestContext(model);
    const names = ctx.workbook.names.load();
    await ctx.sync();
    expect(names.items.map((n) => n.formula)).toEqual(["=#REF!$A$1"]);
    expect(model.shown("先", "A1")).toMatch(/^#(REF!|NAME\?)$/);
  });

  it("compares names without regard to case", () => {
    const model = new FakeWorkbookModel();
    sheetWith(model, "S");
    model.names.set("Sales", { sheet: "S", ref: "A1" });
    expect(model.names.get("SALES")).toEqual({ sheet: "S", ref: "A1" });
    expect(() => new FakeRequestContext(model).workbook.names.add("sales", "=S!$A$2")).toThrow(
      /ItemAlreadyExists/
    );
  });

  it("converts typed text as Excel does unless the cell is formatted as text", () => {
    const model = new FakeWorkbookModel();
    const sheet = sheetWith(model, "S");
    model.type("S", "A1", "171");
    model.type("S", "A2", "2026-12-01");
    sheet.cell("A3").numberFormat = "@";
    model.type("S", "A3", "171");
    expect(sheet.cells.get("A1")?.value).toBe(171);
    expect(sheet.cells.get("A2")?.value).toBe(46357);
    expect(sheet.cells.get("A3")?.value).toBe("171");
  });

  it("gives formulas back as Excel spells them: functions in capitals, quotes only where needed", async () => {
    const model = new FakeWorkbookModel();
    sheetWith(model, "中級_損益");
    sheetWith(model, "資金 計画");
    const context = new FakeRequestContext(model);
    const range = context.workbook.worksheets.getItem("中級_損益").getRange("A1:B1");
    range.formulas = [["=sum('中級_損益'!C1:C2)", "=if('資金 計画'!A1>0,1,0)"]];
    range.load("formulas");
    await context.sync();
    expect(range.formulas).toEqual([["=SUM(中級_損益!C1:C2)", "=IF('資金 計画'!A1>0,1,0)"]]);
  });

  it("leaves a cell alone for null and empties it for an empty string", async () => {
    const model = new FakeWorkbookModel();
    const sheet = sheetWith(model, "S");
    model.type("S", "A1", 1);
    model.type("S", "B1", 2);
    const ctx = new FakeRequestContext(model);
    ctx.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[null, ""]];
    await ctx.sync();
    expect(sheet.cells.get("A1")?.value).toBe(1);
    expect(sheet.cells.get("B1")?.value).toBeUndefined();
  });
});

describe("building again after the user deleted a sheet", () => {
  it("creates the sheet again with its names in place of the #REF! ones", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    model.deleteSheet("中級_資金調達");
    expect(model.names.get("HandFunds_D1")?.sheet).toBe("#REF!");
    const { report } = await buildInExcel(
      asExcel(new FakeRequestContext(model)),
      workbookLayout({ course: "中級", industry: "製造業", forms: [] })
    );
    expect(report.created).toEqual(["中級_資金調達"]);
    expect(report.renamed).toEqual([]);
    expect(model.names.get("HandFunds_D1")?.sheet).toBe("中級_資金調達");
    expect(model.sheets.map((s) => s.name)).toEqual(def.sheets.map((s) => s.name));
    expect(typeof model.shown("中級_資金調達", model.names.get("HandFunds_D1")?.ref ?? "")).toBe(
      "number"
    );
  });
});
