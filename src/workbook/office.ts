/**
 * The Excel adapter: builds a workbook definition inside the open workbook through Office.js.
 * Three round trips whatever the number of cells: read the sheet and name lists, read the
 * current content of the course's sheets, then write everything in one batch with calculation
 * and screen updating suspended. Inputs the user typed are kept (see plan.ts).
 */
/* global Excel */
import { a1, usedRangeOf } from "../sheets/address";
import { NUMBER_FORMATS, type CellDef, type SheetDef, type WorkbookDef } from "../sheets/types";
import type { StoredCell } from "./formula/evaluate";
import { MemoryWorkbook } from "./memory";
import { type BuildReport, type SheetPlan, planBuild } from "./plan";

export const INPUT_COLOR = "#FFF2CC";
const HEADER_COLOR = "#E7E6E6";

export function definedRange(def: SheetDef): string {
  return usedRangeOf(def.cells.map((c) => c.ref));
}

export function snapshotOf(formulas: unknown[][]): Map<string, StoredCell> {
  const cells = new Map<string, StoredCell>();
  formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === "" || content === null || content === undefined) return;
      const ref = a1(c, r + 1);
      cells.set(
        ref,
        typeof content === "string" && content.startsWith("=")
          ? { formula: content.slice(1) }
          : { value: content as string | number | boolean }
      );
    })
  );
  return cells;
}

function writeCell(
  sheet: Excel.Worksheet,
  cell: CellDef,
  value: { value?: unknown; formula?: string }
): void {
  const range = sheet.getRange(cell.ref);
  if (value.formula !== undefined) range.formulas = [[`=${value.formula}`]];
  else range.values = [[value.value ?? ""]];
}

function styleCell(sheet: Excel.Worksheet, cell: CellDef): void {
  const range = sheet.getRange(cell.ref);
  if (cell.format !== undefined) range.numberFormat = [[NUMBER_FORMATS[cell.format]]];
  if (cell.role === "title") range.format.font.bold = true;
  if (cell.role === "header") {
    range.format.font.bold = true;
    range.format.fill.color = HEADER_COLOR;
  }
  if (cell.role === "input") {
    range.format.fill.color = INPUT_COLOR;
    range.format.protection.locked = false;
  } else {
    range.format.protection.locked = true;
  }
  if (cell.validation !== undefined) {
    const v = cell.validation;
    range.dataValidation.clear();
    range.dataValidation.rule =
      v.type === "list"
        ? { list: { inCellDropDown: true, source: v.values.join(",") } }
        : v.type === "whole"
          ? {
              wholeNumber: {
                formula1: v.min,
                formula2: v.max,
                operator: Excel.DataValidationOperator.between,
              },
            }
          : {
              decimal: {
                formula1: v.min,
                formula2: v.max,
                operator: Excel.DataValidationOperator.between,
              },
            };
  }
}

export const REQUIRED_EMPTY_COLOR = "#F4CCCC";

/** Empty required inputs turn red through conditional formatting, live without the add-in. */
function highlightIfEmpty(sheet: Excel.Worksheet, cell: CellDef): void {
  const format = sheet
    .getRange(cell.ref)
    .conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = `=LEN(${cell.ref})=0`;
  format.custom.format.fill.color = REQUIRED_EMPTY_COLOR;
}

export function writeSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existingNames: Set<string>
): void {
  const def = plan.def;
  const sheet =
    plan.action === "create"
      ? context.workbook.worksheets.add(def.name)
      : context.workbook.worksheets.getItem(def.name);
  sheet.protection.unprotect();
  const restyle = plan.action === "create" ? def.cells : plan.writes.map((w) => w.def);
  for (const write of plan.writes) writeCell(sheet, write.def, write);
  for (const cell of restyle) styleCell(sheet, cell);
  if (plan.action === "create")
    for (const cell of def.cells)
      if (cell.role === "input" && cell.required) highlightIfEmpty(sheet, cell);
  for (const cell of def.cells) {
    if (cell.name !== undefined && !existingNames.has(cell.name))
      context.workbook.names.add(cell.name, sheet.getRange(cell.ref));
  }
  for (const range of def.rangeNames ?? []) {
    if (!existingNames.has(range.name))
      context.workbook.names.add(range.name, sheet.getRange(range.ref));
  }
  if (plan.action === "create") {
    def.columnWidths.forEach((width, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = width * 7; // characters → points
    });
    if (def.freeze !== undefined) {
      if (def.freeze.rows > 0) sheet.freezePanes.freezeRows(def.freeze.rows);
      if (def.freeze.columns > 0) sheet.freezePanes.freezeColumns(def.freeze.columns);
    }
    sheet.pageLayout.setPrintArea(def.printArea ?? definedRange(def));
    sheet.pageLayout.orientation = def.landscape
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (def.chart !== undefined) {
      const chart = sheet.charts.add(
        Excel.ChartType.lineMarkers,
        sheet.getRange(def.chart.data),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = def.chart.title;
      chart.setPosition(def.chart.anchor);
      chart.name = "BCP_CashflowChart";
    }
  }
  sheet.protection.protect({
    allowFormatColumns: true,
    allowFormatRows: true,
    selectionMode: Excel.ProtectionSelectionMode.normal,
  });
}

/** The sheet a name's formula ("='Sheet'!$A$1" or "=Sheet!$A$1") points at. */
export function sheetOfFormula(formula: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  if (m === null) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** Reads the course's sheets as they are in Excel into an in-memory workbook (two round trips). */
export async function readCourseFromExcel(
  context: Excel.RequestContext,
  def: WorkbookDef
): Promise<MemoryWorkbook> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const reads = def.sheets
    .filter((s) => present.has(s.name))
    .map((s) => ({
      def: s,
      range: context.workbook.worksheets.getItem(s.name).getRange(definedRange(s)).load("formulas"),
    }));
  await context.sync();
  const memory = new MemoryWorkbook();
  memory.build(def);
  for (const { def: sheet, range } of reads) {
    const snapshot = snapshotOf(range.formulas);
    for (const cell of sheet.cells) {
      const stored = snapshot.get(cell.ref);
      if (cell.role === "input" && stored !== undefined) {
        if (stored.formula !== undefined)
          memory.sheets.get(sheet.name)?.set(cell.ref, { formula: stored.formula, def: cell });
        else memory.set(sheet.name, stored.value ?? null, cell.ref);
      }
    }
  }
  return memory;
}

export interface ExcelBuildResult {
  report: BuildReport;
  syncs: number;
}

export async function buildInExcel(
  context: Excel.RequestContext,
  def: WorkbookDef
): Promise<ExcelBuildResult> {
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const reads = def.sheets
    .filter((s) => present.has(s.name))
    .map((s) => ({
      name: s.name,
      range: context.workbook.worksheets.getItem(s.name).getRange(definedRange(s)).load("formulas"),
    }));
  await sync();
  const snapshots = new Map(reads.map((r) => [r.name, snapshotOf(r.range.formulas)]));
  const sheetOfName = new Map(names.items.map((n) => [n.name, sheetOfFormula(String(n.formula))]));
  const plan = planBuild(
    def,
    (name) => snapshots.get(name),
    (name) => sheetOfName.get(name)
  );
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  const existingNames = new Set(names.items.map((n) => n.name));
  for (const sheetPlan of plan.sheets) {
    if (sheetPlan.action !== "skip") writeSheet(context, sheetPlan, existingNames);
  }
  await sync();
  return { report: plan.report, syncs };
}
