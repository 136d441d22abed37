/**
 * The Excel adapter: builds a workbook definition inside the open workbook through Office.js.
 * Three round trips whatever the number of cells: read the sheet and name lists, read the
 * current content of the course's sheets, then write everything in one batch with calculation
 * and screen updating suspended. Inputs the user typed are kept (see plan.ts).
 */
/* global Excel */
import { a1, definedRange, parseA1 } from "../sheets/address";
import { TITLE_ROWS, chartCells, columnPoints, printLayout } from "../sheets/print";
import { BORDER_COLOR, type CellStyle, REQUIRED_EMPTY_FILL, styleOf } from "../sheets/styles";
import { NUMBER_FORMATS, type CellDef, type SheetDef, type WorkbookDef } from "../sheets/types";
import {
  type BuildReport,
  type CellWrite,
  type SheetPlan,
  planBuild,
  planSheet,
  sheetOrder,
} from "../engine/plan";
import { NameMap } from "../engine/names";
import { queueSheetReads, snapshotOf } from "./read";
import { sheetMarker } from "../sheets/builder";

interface Run<T> {
  ref: string; // "B5" or "B5:Y5"
  items: T[];
}

/** Groups cells into runs of adjacent columns on one row that share a key (null: no run). */
export function rowRuns<T extends { ref: string }>(
  items: readonly T[],
  key: (item: T) => string | null
): Run<T>[] {
  const sorted = [...items]
    .map((item) => ({ item, pos: parseA1(item.ref), k: key(item) }))
    .filter((x) => x.k !== null)
    .sort((x, y) => x.pos.row - y.pos.row || x.pos.column - y.pos.column);
  const runs: Run<T>[] = [];
  let current: { row: number; from: number; to: number; k: string | null; items: T[] } | null =
    null;
  const close = () => {
    if (current === null) return;
    const from = a1(current.from, current.row);
    runs.push({
      ref: current.from === current.to ? from : `${from}:${a1(current.to, current.row)}`,
      items: current.items,
    });
  };
  for (const { item, pos, k } of sorted) {
    if (
      current !== null &&
      current.row === pos.row &&
      current.to + 1 === pos.column &&
      current.k === k
    ) {
      current.to = pos.column;
      current.items.push(item);
    } else {
      close();
      current = { row: pos.row, from: pos.column, to: pos.column, k, items: [item] };
    }
  }
  close();
  return runs;
}

function validationRule(v: NonNullable<CellDef["validation"]>): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: v.values.join(",") } };
  const bounds = {
    formula1: v.min,
    formula2: v.max,
    operator: Excel.DataValidationOperator.between,
  };
  return v.type === "whole" ? { wholeNumber: bounds } : { decimal: bounds };
}

/**
 * Whether Excel would turn this text into something else when it is written into a cell: a
 * number (with separators, a sign, a currency sign or a percent), a date or time, a fraction, a
 * logical value, an error, or a formula. Wider than Excel on purpose: text kept as text is safe.
 */
export function readsAsOtherThanText(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@]/.test(t) ||
    /^[¥$€£]?[+-]?[\d０-９][\d０-９,，.．]*(e[+-]?\d+)?[%％]?$/i.test(t) ||
    /^\d{1,4}[/\-.年]\d{1,2}([/\-.月]\d{1,2}日?)?$/.test(t) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(t) ||
    /^\d+ \d+\/\d+$/.test(t) ||
    /^(TRUE|FALSE)$/i.test(t) ||
    /^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)$/i.test(t) ||
    /^[明大昭平令HSTMR]\d+[./年]/.test(t)
  );
}

/** Values and formulas, one write per run of adjacent cells. */
function writeCells(sheet: Excel.Worksheet, writes: readonly CellWrite[]): void {
  for (const run of rowRuns(writes, () => "write")) {
    sheet.getRange(run.ref).formulas = [
      run.items.map((w) => (w.formula !== undefined ? `=${w.formula}` : (w.value ?? ""))),
    ];
  }
}

const hex = (rgb: string) => `#${rgb}`;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** One cell style (sheets/styles.ts) on a range of cells that share it. */
function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  multiColumn: boolean,
  fresh: boolean
): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = hex(style.color);
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  else if (!fresh) format.fill.clear();
  if (style.border) {
    for (const edge of multiColumn ? [...EDGES, "InsideVertical" as const] : EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = hex(BORDER_COLOR);
    }
  }
  if (style.wrap !== undefined) {
    format.wrapText = true;
    format.verticalAlignment = style.wrap === "top" ? "Top" : "Center";
  }
  // cells are locked by default: a new sheet only unlocks its inputs; an update sets both ways
  if (style.unlocked || !fresh) format.protection.locked = !style.unlocked;
}

/** Formats, styles, protection and validation, one call per run of cells alike. */
function styleCells(
  sheet: Excel.Worksheet,
  cells: readonly CellDef[],
  fresh: boolean,
  asText: ReadonlySet<string>
): void {
  const numberFormat = (c: CellDef) =>
    asText.has(c.ref)
      ? NUMBER_FORMATS.text
      : c.format === undefined
        ? null
        : NUMBER_FORMATS[c.format];
  for (const run of rowRuns(cells, numberFormat)) {
    sheet.getRange(run.ref).numberFormat = [run.items.map((c) => numberFormat(c) as string)];
  }
  for (const run of rowRuns(cells, (c) => JSON.stringify(styleOf(c.role, c.wrap)))) {
    const first = run.items[0] as CellDef;
    applyStyle(
      sheet.getRange(run.ref),
      styleOf(first.role, first.wrap),
      run.items.length > 1,
      fresh
    );
  }
  for (const run of rowRuns(cells, (c) =>
    c.validation === undefined ? null : JSON.stringify(c.validation)
  )) {
    const range = sheet.getRange(run.ref);
    range.dataValidation.clear();
    range.dataValidation.rule = validationRule(
      run.items[0]?.validation as NonNullable<CellDef["validation"]>
    );
  }
}

/** Empty required inputs turn red through conditional formatting, live without the add-in. */
function highlightIfEmpty(sheet: Excel.Worksheet, cell: CellDef): void {
  const format = sheet
    .getRange(cell.ref)
    .conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = `=LEN(${cell.ref})=0`;
  format.custom.format.fill.color = hex(REQUIRED_EMPTY_FILL);
}

export function writeSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existingNames: ReadonlySet<string> | NameMap<unknown>
): void {
  const def = plan.def;
  const sheet =
    plan.action === "create"
      ? context.workbook.worksheets.add(def.name)
      : context.workbook.worksheets.getItem(def.name);
  sheet.protection.unprotect();
  const restyle = plan.action === "create" ? def.cells : plan.writes.map((w) => w.def);
  // formats first: Excel reads text written into a General cell as if typed ("171" becomes a
  // number, "2026-12-01" a date), but keeps it as text in a cell formatted as text
  const asText = new Set(
    plan.writes
      .filter((w) => typeof w.value === "string" && readsAsOtherThanText(w.value))
      .map((w) => w.ref)
  );
  styleCells(sheet, restyle, plan.action === "create", asText);
  writeCells(sheet, plan.writes);
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
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnPoints(width);
    });
    if (def.freeze !== undefined) {
      if (def.freeze.rows > 0) sheet.freezePanes.freezeRows(def.freeze.rows);
      if (def.freeze.columns > 0) sheet.freezePanes.freezeColumns(def.freeze.columns);
    }
    sheet.pageLayout.setPrintArea(def.printArea ?? definedRange(def));
    sheet.pageLayout.orientation = def.landscape
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
    for (const [row, height] of Object.entries(def.rowHeights ?? {}))
      sheet.getRange(`A${row}`).format.rowHeight = height;
    const layout = printLayout(def);
    sheet.pageLayout.zoom = def.fitOnePage
      ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
      : { scale: layout.scale };
    sheet.pageLayout.setPrintTitleRows(`$1:$${TITLE_ROWS}`);
    for (const after of layout.breaks)
      sheet.horizontalPageBreaks.add(sheet.getRange(`A${after + 1}`));
    for (const table of def.tables ?? []) {
      const added = sheet.tables.add(table.ref, true);
      added.name = table.name;
      added.style = "TableStyleLight1";
      added.showBandedRows = false;
    }
    if (def.chart !== undefined) {
      const chart = sheet.charts.add(
        Excel.ChartType.lineMarkers,
        sheet.getRange(def.chart.data),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = def.chart.title;
      const cells = chartCells(def) as { from: string; to: string };
      chart.setPosition(cells.from, cells.to); // the cells the file's picture covers
      chart.name = "BCP_CashflowChart";
    }
  }
  // a sheet with tables stays unprotected so that rows can be inserted in them
  if (def.unprotected) return;
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
  const before = sheets.items.map((s) => s.name);
  const present = new Set(before);
  const reads = queueSheetReads(
    context,
    def.sheets.filter((s) => present.has(s.name))
  );
  await sync();
  const snapshots = new Map(reads.map((r) => [r.def.name, snapshotOf(r.range.formulas)]));
  // Excel compares names without regard to case (a user's "sales" is the add-in's "Sales")
  const sheetOfName = new NameMap<string | undefined>();
  for (const n of names.items) sheetOfName.set(n.name, sheetOfFormula(String(n.formula)));
  const plan = planBuild(
    def,
    (name) => snapshots.get(name),
    (name) => sheetOfName.get(name)
  );
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const sheetPlan of plan.sheets) {
    if (sheetPlan.action !== "skip") writeSheet(context, sheetPlan, sheetOfName);
  }
  const conflicts = nameConflicts(def, sheetOfName);
  if (conflicts.length > 0) plan.report.nameConflicts = conflicts;
  // new sheets take their place in the definition's order (Excel appends them)
  const order = sheetOrder(before, def, plan.report.created);
  order.forEach((name, position) => {
    if (plan.report.created.includes(name))
      context.workbook.worksheets.getItem(name).position = position;
  });
  await sync();
  return { report: plan.report, syncs };
}

/** Names of the definition the workbook already has in another spelling (the user's own). */
function nameConflicts(
  def: WorkbookDef,
  existing: NameMap<unknown>
): NonNullable<BuildReport["nameConflicts"]> {
  const wanted = def.sheets.flatMap((s) => [
    ...s.cells.flatMap((c) => (c.name === undefined ? [] : [c.name])),
    ...(s.rangeNames ?? []).map((r) => r.name),
  ]);
  return wanted.flatMap((name) => {
    const spelled = existing.spelled(name);
    return spelled === undefined || spelled === name ? [] : [{ name, existing: spelled }];
  });
}

/** Replaces a sheet the product owns (the 検証結果) with a fresh copy of its definition. */
export async function replaceSheet(context: Excel.RequestContext, def: SheetDef): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(def.name);
  existing.load("name"); // isNullObject is set by the sync
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  // the sheet's marker name may outlive a deleted sheet: never add it twice
  writeSheet(context, planSheet(def, undefined), new Set([sheetMarker(def.key)]));
  await context.sync();
}

/** Takes the user to a cell. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  ref: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(ref).select();
  await context.sync();
}
