import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { chartCells, columnPoints, printLayout } from "../../src/sheets/print";
import type { SheetDef } from "../../src/sheets/types";
import { courseWorkbook } from "../../src/sheets/course";
import { FakeRequestContext, FakeSheetModel, FakeWorkbookModel } from "../helpers/fakeExcel";
import { MemoryWorkbook } from "../../src/engine/memory";
import { sheetOrder } from "../../src/engine/plan";
import { buildInExcel } from "../../src/excel/build";
import { blocks, writeAreas } from "../../src/sheets/blocks";
import { a1, parseA1 } from "../../src/sheets/address";
import { readCourseOnce } from "../../src/excel/read";
import ExcelJS from "exceljs";
import { writeXlsx } from "../../src/file/xlsx";
import { asExcel, builtWithExample } from "../helpers/excelFake";

describe("building a course in Excel through Office.js (against the fake)", () => {
  it("creates every sheet, name, style and the summary chart in three round trips", async () => {
    const ctx = new FakeRequestContext();
    const def = courseWorkbook("中級", "製造業");
    const { report, syncs } = await buildInExcel(asExcel(ctx), def);
    expect(syncs).toBe(3);
    expect(ctx.syncs).toBe(3);
    expect(report.created).toEqual(def.sheets.map((s) => s.name));
    const model = ctx.model;
    expect(model.names.get("RecoveryTotalC")).toEqual({
      sheet: "中級_復旧費用",
      ref: expect.stringMatching(/^[A-Z]+\d+$/),
    });
    const c = model.names.get("RecoveryTotalC");
    expect(model.sheet(c?.sheet ?? "")?.cells.get(c?.ref ?? "")?.formula).toBe(
      "AssetRecoveryA+CashflowWorseningB"
    );
    const sales = model.names.get("Sales");
    const salesCell = model.sheet(sales?.sheet ?? "")?.cells.get(sales?.ref ?? "");
    expect(salesCell).toMatchObject({
      fill: "#FFF2CC", // the input style of sheets/styles.ts
      locked: false,
      numberFormat: "#,##0;△#,##0",
    });
    expect(model.sheets.every((s) => s.protected)).toBe(true);
    const summaryChart = model.sheet("サマリー")?.charts[0];
    expect(summaryChart?.title).toBe("月次資金収支と累計資金収支");
    // over the cells the file's picture covers, columns as wide as the file makes them
    const summaryDef = def.sheets.find((s) => s.name === "サマリー") as SheetDef;
    expect(summaryChart?.end).toBe(chartCells(summaryDef)?.to);
    expect(model.sheet("サマリー")?.columnWidths[0]).toBe(
      columnPoints(summaryDef.columnWidths[0] ?? 0)
    );
    expect(columnPoints(8.43)).toBe(44.25); // 59 pixels, as Excel shows a column stored as 8.43
    expect(model.sheet("中級_資金繰り")?.freezeColumns).toBe(1);
  });

  it("does not grow its round trips with the number of cells", async () => {
    const small = new FakeRequestContext();
    await buildInExcel(asExcel(small), {
      sheets: courseWorkbook("中級", "卸・小売業").sheets.slice(0, 2),
    });
    const large = new FakeRequestContext();
    await buildInExcel(asExcel(large), courseWorkbook("上級", "製造業"));
    expect(large.operations).toBeGreaterThan(small.operations * 5);
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(3);
  });

  it("rebuilding takes formulas as Excel spells them, and enters unbound BCP functions again", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    const b = model.names.get("CashflowWorseningB");
    const bCell = model.sheet(b?.sheet ?? "")?.cells.get(b?.ref ?? "");
    const written = bCell?.formula ?? "";
    // what Excel gives back for a file written without it: the saved name, upper case
    if (bCell) bCell.formula = written.replace("BCP.", "_xldudf_BCP_").toUpperCase();
    const c = model.names.get("RecoveryTotalC");
    const cCell = model.sheet(c?.sheet ?? "")?.cells.get(c?.ref ?? "");
    if (cCell) cCell.formula = "ASSETRECOVERYA + CASHFLOWWORSENINGB";

    const { report } = await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    expect(report.skipped).toEqual([]);
    expect(report.reentered).toBe(1);
    expect(bCell?.formula).toBe(written);
    expect(cCell?.formula).toBe("ASSETRECOVERYA + CASHFLOWWORSENINGB"); // the same formula: left alone
  });

  it("rebuilding keeps what the user typed and reports a sheet edited outside its inputs", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    model.typeByName("Sales", 480000);
    model.typeByName("Hazard", "7");
    const c = model.names.get("RecoveryTotalC");
    const sheet = model.sheet(c?.sheet ?? "");
    if (sheet) sheet.protected = false; // the user unprotects and overwrites a formula
    model.type(c?.sheet ?? "", c?.ref ?? "", 12345);
    model.sheets.splice(
      model.sheets.findIndex((s) => s.name === "中級_事前対策"),
      1
    ); // and deletes a sheet

    const ctx = new FakeRequestContext(model);
    const { report } = await buildInExcel(asExcel(ctx), def);
    expect(ctx.syncs).toBe(3);
    const sales = model.names.get("Sales");
    expect(model.sheet(sales?.sheet ?? "")?.cells.get(sales?.ref ?? "")?.value).toBe(480000);
    const hazard = model.names.get("Hazard");
    expect(model.sheet(hazard?.sheet ?? "")?.cells.get(hazard?.ref ?? "")?.value).toBe("7");
    expect(report.created).toEqual(["中級_事前対策"]);
    expect(report.skipped).toEqual([{ sheet: "中級_復旧費用", cells: [c?.ref] }]);
    expect(sheet?.cells.get(c?.ref ?? "")?.value).toBe(12345); // reported, not overwritten
    expect(report.keptInputs).toBeGreaterThan(100);
  });
});

describe("a sheet the user renamed", () => {
  it("is reported and not built again under its old name", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    model.rename("中級_資金調達", "資金調達（2026年）");
    const { report } = await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    expect(report.renamed).toEqual([{ sheet: "中級_資金調達", now: "資金調達（2026年）" }]);
    expect(report.created).toEqual([]);
    expect(model.sheet("中級_資金調達")).toBeUndefined();
  });
});

describe("blocks", () => {
  it("groups cells that share a key into rectangles: runs of a row, then the same runs on the next rows", () => {
    const cells = ["B5", "C5", "D5", "F5", "B6", "C6", "B7", "C7", "B9"].map((ref, i) => ({
      ref,
      k: i === 2 ? "x" : "y",
    }));
    expect(blocks(cells, (c) => c.k).map((r) => r.ref)).toEqual(["B5:C7", "D5", "F5", "B9"]);
    expect(blocks(cells, (c) => (c.ref === "F5" ? null : "all")).map((r) => r.ref)).toEqual([
      "B5:D5",
      "B6:C7",
      "B9",
    ]);
  });
});

describe("formulas whose result is text", () => {
  it("are formulas in Excel, not text: their cells are not formatted as text before the formula goes in", async () => {
    const { model } = await builtWithExample({ course: "中級", industry: "製造業", forms: [] });
    for (const name of ["FundingVerdict", "RepaymentVerdict", "CashHoldingVerdict"] as const) {
      const place = model.names.get(name) as { sheet: string; ref: string };
      const cell = model.sheet(place.sheet)?.cells.get(place.ref);
      expect(`${name} ${cell?.formula === undefined ? "text" : "formula"}`).toBe(`${name} formula`);
      expect(String(model.shown(place.sheet, place.ref))).not.toMatch(/^=/);
    }
  });
});

describe("writeAreas", () => {
  const at = (refs: string) => refs.split(" ").map((ref) => parseA1(ref));
  const refs = (areas: ReturnType<typeof writeAreas>) =>
    areas.map((a) => `${a1(a.left, a.top)}:${a1(a.right, a.bottom)}`);

  it("writes a title apart from a wide table below it, and a dense table as one array", () => {
    const table = ["A3", "B3", "C3", "D3", "E3", "F3", "A4", "B4", "C4", "D4", "E4", "F4"];
    // a title over 6 columns would leave 5 nulls (25 bytes): cheaper than a range of its own
    expect(refs(writeAreas(at(["A1", ...table].join(" ")), 1500))).toEqual(["A1:F4"]);
    const wide = Array.from({ length: 60 }, (_, c) => a1(c, 3));
    // over 60 columns the nulls would cost more than the range
    expect(refs(writeAreas(at(["A1", ...wide].join(" ")), 1500))).toEqual(["A1:A1", "A3:BH3"]);
  });

  it("covers every cell exactly once and keeps each array within the limit", () => {
    const cells = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 3 }, (_, c) => ({ row: r + 1, column: c * 2 }))
    ).flat();
    const areas = writeAreas(cells, 30);
    for (const a of areas)
      expect((a.bottom - a.top + 1) * (a.right - a.left + 1)).toBeLessThanOrEqual(30);
    for (const cell of cells) {
      const covering = areas.filter(
        (a) =>
          a.top <= cell.row &&
          cell.row <= a.bottom &&
          a.left <= cell.column &&
          cell.column <= a.right
      );
      expect(covering).toHaveLength(1);
    }
  });
});

describe("readCourseOnce", () => {
  it("reads inputs as Excel holds them: typed values, and a cleared default as empty", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    model.typeByName("Sales", 480000);
    model.typeByName("ES_Power", ""); // 事業再開に不可欠 defaults to 1; the user cleared it
    const { memory } = await readCourseOnce(asExcel(new FakeRequestContext(model)), def);
    expect(memory.get("Sales")).toBe(480000);
    expect(memory.get("ES_Power")).toBeNull();
    expect(memory.get("ES_Water")).toBe(1);
  });
});

describe("building the 様式 in Excel", () => {
  it("adds them with the course in a request more, as tables on unprotected sheets", async () => {
    const ctx = new FakeRequestContext();
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["all"] });
    const { syncs } = await buildInExcel(asExcel(ctx), def);
    // the reads, then the writes in requests under 1 MB (tests/excel/realOfficeJs.test.ts)
    expect(syncs).toBe(4);
    const contacts = ctx.model.sheet("様式11_主要組織");
    expect(contacts?.tables).toEqual([
      {
        ref: expect.stringMatching(/^A\d+:[A-Z]+\d+$/),
        name: "Form11_Orgs",
        style: "TableStyleLight1",
      },
    ]);
    expect(contacts?.protected).toBe(false);
    expect(ctx.model.sheet("様式02_基本方針")?.protected).toBe(true);
    // the 目次 counts pages with the same layout the sheets get
    const checklist = def.sheets.find((s) => s.name === "チェック_自己診断") as SheetDef;
    const layout = printLayout(checklist);
    expect(ctx.model.sheet("チェック_自己診断")?.pageBreaks).toEqual(
      layout.breaks.map((after) => `A${after + 1}`)
    );
    expect(ctx.model.sheet("チェック_自己診断")?.zoom).toEqual({ scale: layout.scale });
    // every page: the sheet's name above, 「p / N」 below
    expect(ctx.model.sheet("様式02_基本方針")?.headerFooter).toEqual({
      centerHeader: "&A",
      centerFooter: "&P / &N",
    });
  });
});

describe("new sheets take their place in the definition's order", () => {
  it("puts the 様式01 cover first when the forms are added to a built course, in Excel and in memory", async () => {
    const ctx = new FakeRequestContext();
    const excel = asExcel(ctx);
    const course = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });
    await buildInExcel(excel, course);
    ctx.model.sheets.push(new FakeSheetModel("自社メモ")); // a sheet of the user's own
    const withForms = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01", "06"],
    });
    const { syncs } = await buildInExcel(asExcel(new FakeRequestContext(ctx.model)), withForms);
    expect(syncs).toBe(3);
    const names = ctx.model.sheets.map((s) => s.name);
    expect(names[0]).toBe("様式01_表紙目次");
    expect(names.indexOf("様式06_中核事業")).toBe(names.indexOf("係数") + 1);
    const memory = new MemoryWorkbook();
    memory.build(course);
    memory.build(withForms);
    expect([...memory.sheets.keys()]).toEqual(withForms.sheets.map((s) => s.name));
  });

  it("sheetOrder inserts before the next sheet present, else after the previous", () => {
    const def = {
      sheets: ["a", "b", "c", "d"].map((name) => ({
        key: name,
        name,
        cells: [],
        columnWidths: [],
      })),
    };
    expect(sheetOrder(["b", "x", "d"], def, ["a", "c"])).toEqual(["a", "b", "x", "c", "d"]);
    expect(sheetOrder(["x"], def, ["a", "b"])).toEqual(["x", "a", "b"]);
  });

  it("styles every kind of cell as the .xlsx file does (one style table)", async () => {
    const def = courseWorkbook("中級", "製造業");
    const ctx = new FakeRequestContext();
    await buildInExcel(asExcel(ctx), def);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(def)) as unknown as ArrayBuffer);
    const sheet = def.sheets.find((s) => s.key === "intermediate.funding") as SheetDef;
    const seen = new Set<string>();
    for (const cell of sheet.cells) {
      if (seen.has(`${cell.role}${cell.wrap}`)) continue;
      seen.add(`${cell.role}${cell.wrap}`);
      const inExcel = ctx.model.sheet(sheet.name)?.cells.get(cell.ref);
      const inFile = wb.getWorksheet(sheet.name)?.getCell(cell.ref);
      const fill = (inFile?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
      expect({
        role: cell.role,
        fill: inExcel?.fill?.replace("#", "FF"),
        bold: inExcel?.bold || undefined,
      }).toEqual({
        role: cell.role,
        fill,
        bold: inFile?.font?.bold,
      });
      expect({
        role: cell.role,
        size: inExcel?.fontSize ?? 11, // Excel's default size where the style sets none
        border: inExcel?.borders !== undefined,
      }).toEqual({
        role: cell.role,
        size: inFile?.font?.size ?? 11,
        border: inFile?.border?.top !== undefined,
      });
      expect({ role: cell.role, wrap: inExcel?.wrap || undefined }).toEqual({
        role: cell.role,
        wrap: inFile?.alignment?.wrapText,
      });
    }
    expect([...seen].length).toBeGreaterThanOrEqual(5);
  });

  it("keeps text as text where Excel would read it as a number or a date (様式04's 171, dates of the check)", async () => {
    const model = new FakeWorkbookModel();
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["all"] });
    await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    const changed: string[] = [];
    for (const sheet of def.sheets)
      for (const cell of sheet.cells) {
        if (typeof cell.value !== "string" || cell.formula !== undefined) continue;
        const stored = model.sheet(sheet.name)?.cells.get(cell.ref)?.value ?? "";
        if (stored !== cell.value)
          changed.push(`${sheet.name}!${cell.ref}: ${cell.value} → ${String(stored)}`);
      }
    expect(changed).toEqual([]);
    const dial = model.names.get("Form04_MessageDial");
    expect(model.sheet(dial?.sheet ?? "")?.cells.get(dial?.ref ?? "")?.value).toBe("171");
  });

  it("compares names as Excel does, without regard to case, and reports a user's name it cannot add", async () => {
    const model = new FakeWorkbookModel();
    const def = courseWorkbook("中級", "製造業");
    model.sheets.push(new FakeSheetModel("決算書"));
    model.names.set("sales", { sheet: "決算書", ref: "C5" }); // the user's own name
    const { report } = await buildInExcel(asExcel(new FakeRequestContext(model)), def);
    expect(report.nameConflicts).toEqual([{ name: "Sales", existing: "sales" }]);
    expect(model.names.get("SALES")).toEqual({ sheet: "決算書", ref: "C5" });
    expect(report.created.length).toBe(def.sheets.length); // the rest of the build went through
  });
});
