/**
 * The Excel adapter: builds a workbook definition inside the open workbook through Office.js.
 * Two reads whatever the size (the sheet, name and style lists; the current content of the
 * course's sheets), then the writes, in requests of bounded size (requestBatches.ts) with
 * calculation and screen updating suspended. Cells alike go as one block: a named style per kind
 * of cell, one formula array per block of rows, one rule per block of required inputs. Inputs the
 * user typed are kept (see plan.ts).
 */
/* global Excel */
import { a1, absoluteRange, definedRange, parseA1, sheetRef } from "../sheets/address";
import {
  chartCells,
  columnPoints,
  pageHeaderFooter,
  printAreaOf,
  printLayout,
} from "../sheets/print";
import { MISSING_FIGURE_FONT, MISSING_FIGURE_RULE, REQUIRED_EMPTY_FILL } from "../sheets/styles";
import type { CellDef, SheetDef, WorkbookDef } from "../sheets/types";
import {
  type BuildReport,
  type CellWrite,
  type SheetPlan,
  planBuild,
  planSheet,
  sheetOrder,
} from "../engine/plan";
import { NameMap } from "../engine/names";
import { type Layout, NO_SHAPE, layoutOf, placeOf, shapeOf } from "../engine/snapshot";
import { areaLists, blocks, writeAreas } from "../sheets/blocks";
import { type NamedStyle, defineStyles, namedStyleOf } from "./cellStyles";
import { queueSheetReads, readSnapshot } from "./read";
import { RequestBatches } from "./requestBatches";
import { sheetMarker } from "../sheets/builder";

function validationRule(v: NonNullable<CellDef["validation"]>): Excel.DataValidationRule {
  // a list typed into the rule holds at most 255 characters; longer ones come from cells
  // (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation)
  if (v.type === "list")
    return {
      list: {
        inCellDropDown: true,
        source: v.source !== undefined ? `=${v.source}` : v.values.join(","),
      },
    };
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

/**
 * Cells written in one array: Office.js splits a larger array into row slices itself, each its
 * own range object (setRangePropertiesInBulk, 1,500 cells), so the blocks stay within that.
 */
const CELLS_PER_WRITE = 1500;

/**
 * Values and formulas, one 2-D array per rectangle of rows (writeAreas); null leaves a
 * cell as it is (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values),
 * so the user's inputs between the written cells stay.
 */
async function writeCells(
  sheet: Excel.Worksheet,
  writes: readonly CellWrite[],
  batches: RequestBatches
): Promise<void> {
  if (writes.length === 0) return;
  const byPosition = new Map<string, CellWrite>();
  const placed = writes.map((w) => {
    const at = parseA1(w.ref);
    byPosition.set(`${at.row}:${at.column}`, w);
    return at;
  });
  for (const area of writeAreas(placed, CELLS_PER_WRITE)) {
    const grid: (string | number | boolean | null)[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const line: (string | number | boolean | null)[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const w = byPosition.get(`${r}:${c}`);
        line.push(
          w === undefined ? null : w.formula !== undefined ? `=${w.formula}` : (w.value ?? "")
        );
      }
      grid.push(line);
    }
    sheet.getRange(`${a1(area.left, area.top)}:${a1(area.right, area.bottom)}`).formulas = grid;
    await batches.add(grid);
  }
}

/** Each block of cells alike takes its named style, then its validation. */
async function styleCells(
  sheet: Excel.Worksheet,
  cells: readonly CellDef[],
  styleOfCell: (cell: CellDef) => NamedStyle,
  fresh: boolean,
  batches: RequestBatches
): Promise<void> {
  // a new sheet's cells already look like a plain label (Excel's Normal style); on a sheet that
  // exists a plain label goes back to Normal (it may have been a header for another industry)
  const styled = fresh ? cells.filter((c) => !isPlain(c)) : cells;
  const nameOf = (c: CellDef) => (isPlain(c) ? Excel.BuiltInStyle.normal : styleOfCell(c).name);
  for (const { key: name, lists } of grouped(styled, nameOf)) {
    for (const list of lists) {
      sheet.getRanges(list).style = name;
      await batches.add(list);
    }
  }
  for (const { key, lists } of grouped(cells, (c) =>
    c.validation === undefined ? null : JSON.stringify(c.validation)
  )) {
    const rule = validationRule(JSON.parse(key) as NonNullable<CellDef["validation"]>);
    for (const list of lists) {
      const areas = sheet.getRanges(list);
      areas.dataValidation.clear();
      areas.dataValidation.rule = rule;
      await batches.add([list, rule], 3);
    }
  }
}

/** A label with nothing to set: Excel's Normal style already looks like it. */
function isPlain(cell: CellDef): boolean {
  return cell.role === "label" && cell.format === undefined && !cell.wrap;
}

/** The blocks of cells with the same key, as address lists for getRanges, by key. */
function grouped<T extends { ref: string }>(
  items: readonly T[],
  key: (item: T) => string | null
): { key: string; lists: string[] }[] {
  const refs = new Map<string, string[]>();
  for (const block of blocks(items, key)) {
    const k = key(block.items[0] as T) as string;
    refs.set(k, [...(refs.get(k) ?? []), block.ref]);
  }
  return [...refs].map(([k, list]) => ({ key: k, lists: areaLists(list) }));
}

/**
 * A figure whose inputs are not there yet is #N/A (the functions' answer to a blank input, which
 * every formula using it passes on): shown blank, in white, until the inputs exist — the check
 * names what is missing. Bad input (#VALUE!) stays visible.
 */
function hideMissingFigures(sheet: Excel.Worksheet, def: SheetDef): void {
  const format = sheet
    .getRange(definedRange(def))
    .conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = `=${MISSING_FIGURE_RULE}`;
  format.custom.format.font.color = `#${MISSING_FIGURE_FONT}`;
}

/**
 * Empty required inputs turn red through conditional formatting, live without the add-in: one
 * rule per block, its formula relative to the block's first cell.
 */
async function highlightEmptyRequired(
  sheet: Excel.Worksheet,
  def: SheetDef,
  batches: RequestBatches
): Promise<void> {
  const required = def.cells.filter((c) => c.role === "input" && c.required);
  for (const block of blocks(required, () => "required")) {
    const format = sheet
      .getRange(block.ref)
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = `=LEN(${a1(block.left, block.top)})=0`;
    format.custom.format.fill.color = `#${REQUIRED_EMPTY_FILL}`;
    await batches.add(null, 4);
  }
}

/** The names a sheet defines: its cells' and its ranges'. */
function namesOf(def: SheetDef): { name: string; ref: string }[] {
  return [
    ...def.cells.flatMap((c) => (c.name === undefined ? [] : [{ name: c.name, ref: c.ref }])),
    ...(def.rangeNames ?? []),
  ];
}

/** The workbook's names for the definition's cells and ranges, where it does not have them. */
async function addNames(
  context: Excel.RequestContext,
  def: SheetDef,
  existingNames: ReadonlySet<string> | NameMap<unknown>,
  batches: RequestBatches
): Promise<void> {
  for (const { name, ref } of namesOf(def)) {
    if (existingNames.has(name)) continue;
    // a reference as text: no range object to send with each name
    const reference = `=${sheetRef(def.name, absoluteRange(ref))}`;
    context.workbook.names.add(name, reference);
    await batches.add(reference);
  }
}

const CHART_NAME = "BCP_CashflowChart";

/** What a sheet being brought up to date already has of its layout (tables, chart). */
export interface LaidOut {
  tables: ReadonlySet<string>;
  chart: boolean;
}

const NOTHING_LAID_OUT: LaidOut = { tables: new Set(), chart: false };

/**
 * The layout of a sheet: widths, panes, print settings, tables and chart. On a sheet that exists
 * it is stated again (a build that stopped half-way is completed): page breaks are replaced, and
 * tables and the chart are added only where missing.
 */
async function layOut(
  sheet: Excel.Worksheet,
  def: SheetDef,
  batches: RequestBatches,
  existing: LaidOut = NOTHING_LAID_OUT,
  fresh = true
): Promise<void> {
  // columns of one width together, rows of one height together: one call each
  const columnsByWidth = new Map<number, string[]>();
  def.columnWidths.forEach((width, i) =>
    columnsByWidth.set(width, [...(columnsByWidth.get(width) ?? []), a1(i, 1)])
  );
  for (const [width, cells] of columnsByWidth)
    for (const list of areaLists(cells))
      sheet.getRanges(list).format.columnWidth = columnPoints(width);
  const rowsByHeight = new Map<number, string[]>();
  for (const [row, height] of Object.entries(def.rowHeights ?? {}))
    rowsByHeight.set(height, [...(rowsByHeight.get(height) ?? []), `A${row}`]);
  for (const [height, cells] of rowsByHeight)
    for (const list of areaLists(cells)) sheet.getRanges(list).format.rowHeight = height;
  if (def.freeze !== undefined) {
    if (def.freeze.rows > 0) sheet.freezePanes.freezeRows(def.freeze.rows);
    if (def.freeze.columns > 0) sheet.freezePanes.freezeColumns(def.freeze.columns);
  }
  sheet.pageLayout.setPrintArea(printAreaOf(def));
  sheet.pageLayout.orientation = def.landscape
    ? Excel.PageOrientation.landscape
    : Excel.PageOrientation.portrait;
  const layout = printLayout(def);
  sheet.pageLayout.zoom = def.fitOnePage
    ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
    : { scale: layout.scale };
  // the column headers of the table a page continues (print.ts); a sheet built before with other
  // title rows keeps them only until its layout has its own
  if (layout.titleRow !== null)
    sheet.pageLayout.setPrintTitleRows(`$${layout.titleRow}:$${layout.titleRow}`);
  // the sheet's name and 「p / N」 on every page (ExcelApi 1.9 PageLayout.headersFooters); the
  // company and the date are added where a document is written from the workbook
  const page = pageHeaderFooter();
  const every = sheet.pageLayout.headersFooters.defaultForAllPages;
  every.centerHeader = page.centerHeader;
  every.centerFooter = page.centerFooter;
  if (!fresh) sheet.horizontalPageBreaks.removePageBreaks();
  for (const after of layout.breaks)
    sheet.horizontalPageBreaks.add(sheet.getRange(`A${after + 1}`));
  for (const table of (def.tables ?? []).filter((t) => !existing.tables.has(t.name))) {
    const added = sheet.tables.add(table.ref, true);
    added.name = table.name;
    added.style = "TableStyleLight1";
    added.showBandedRows = false;
  }
  if (def.chart !== undefined && !existing.chart) {
    const chart = sheet.charts.add(
      Excel.ChartType.lineMarkers,
      sheet.getRange(def.chart.data),
      Excel.ChartSeriesBy.columns
    );
    chart.title.text = def.chart.title;
    const cells = chartCells(def) as { from: string; to: string };
    chart.setPosition(cells.from, cells.to); // the cells the file's picture covers
    chart.name = CHART_NAME;
  }
  await batches.add(
    [...rowsByHeight.values()],
    columnsByWidth.size +
      rowsByHeight.size +
      layout.breaks.length +
      (def.tables?.length ?? 0) * 4 +
      12
  );
}

/** Queues a sheet's plan, sending requests as they fill. */
export async function writeSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existingNames: ReadonlySet<string> | NameMap<unknown>,
  batches: RequestBatches,
  laidOut: LaidOut = NOTHING_LAID_OUT,
  styleOfCell: (cell: CellDef, asText: boolean) => NamedStyle = namedStyleOf
): Promise<void> {
  const def = plan.def;
  if (plan.action === "create") context.workbook.worksheets.add(def.name);
  // by name, not the object add() returns: that one is gone after the next request, and a
  // large sheet spans several (an object made by a method lives for one request only)
  const sheet = context.workbook.worksheets.getItem(def.name);
  sheet.protection.unprotect();
  // styles (number formats included) first: Excel reads text written into a General cell as if
  // typed ("171" becomes a number, "2026-12-01" a date), but keeps it as text in a text cell
  const asText = new Set(
    plan.writes
      .filter((w) => typeof w.value === "string" && readsAsOtherThanText(w.value))
      .map((w) => w.ref)
  );
  // every cell's style and validation, on an existing sheet too: a build that stopped half-way
  // (Excel applies part of a failed batch) is completed by the next one
  await styleCells(
    sheet,
    def.cells,
    (c) => styleOfCell(c, asText.has(c.ref)),
    plan.action === "create",
    batches
  );
  // a new sheet's cells are blank already: an empty input needs no write
  const blank = (w: CellWrite) => w.formula === undefined && (w.value ?? "") === "";
  await writeCells(
    sheet,
    plan.action === "create" ? plan.writes.filter((w) => !blank(w)) : plan.writes,
    batches
  );
  if (plan.action !== "create") sheet.getRange(definedRange(def)).conditionalFormats.clearAll();
  // what another course, industry or language left beyond this layout goes, formats and all
  for (const list of areaLists(plan.cleared ?? [])) {
    sheet.getRanges(list).clear(Excel.ClearApplyTo.all);
    await batches.add(list);
  }
  await highlightEmptyRequired(sheet, def, batches);
  hideMissingFigures(sheet, def);
  await addNames(context, def, existingNames, batches);
  await layOut(sheet, def, batches, laidOut, plan.action === "create");
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
  layout: WorkbookDef | Layout
): Promise<ExcelBuildResult> {
  let syncs = 0;
  const sync = async () => {
    syncs += 1;
    await context.sync();
  };
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const styles = context.workbook.styles.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await sync();
  // the forms' tables as long as the workbook has them (rows the user inserted stay)
  const references = new NameMap<string>(names.items.map((n) => [n.name, String(n.formula)]));
  const laidOut = layoutOf(layout);
  const def = laidOut(shapeOf(laidOut(NO_SHAPE), references));
  const before = sheets.items.map((s) => s.name);
  const present = new Set(before);
  const reads = queueSheetReads(
    context,
    def.sheets.filter((s) => present.has(s.name))
  );
  // the charts of the sheets that have one, so that a missing one is added and none twice
  const charts = def.sheets
    .filter((s) => present.has(s.name) && s.chart !== undefined)
    .map((s) => ({
      sheet: s.name,
      items: context.workbook.worksheets.getItem(s.name).charts.load("items/name"),
    }));
  await sync();
  const tableNames = new Set(tables.items.map((t) => t.name));
  const layoutOfSheet = (sheet: string): LaidOut => ({
    tables: tableNames,
    chart:
      charts.find((c) => c.sheet === sheet)?.items.items.some((c) => c.name === CHART_NAME) ??
      false,
  });
  const snapshots = new Map(reads.map((r) => [r.def.name, readSnapshot(r.range)]));
  // Excel compares names without regard to case (a user's "sales" is the add-in's "Sales"); a
  // name whose sheet was deleted holds "#REF!": it is defined again with the sheet
  const sheetOfName = new NameMap<string | undefined>();
  const broken: string[] = [];
  for (const [name, reference] of references) {
    const place = placeOf(reference);
    if (place === "broken") broken.push(name);
    else sheetOfName.set(name, place?.sheet ?? sheetOfFormula(reference));
  }
  const plan = planBuild(
    def,
    (name) => snapshots.get(name),
    (name) => sheetOfName.get(name),
    laidOut.elsewhere
  );
  const batches = new RequestBatches(context);
  const toWrite = plan.sheets.filter((p) => p.action !== "skip");
  for (const name of broken.filter((n) => wantedNames(def).has(n))) {
    context.workbook.names.getItem(name).delete();
    await batches.add(name);
  }
  await defineStyles(
    context,
    stylesNeeded(toWrite),
    new Set(styles.items.map((s) => s.name)),
    batches
  );
  for (const sheetPlan of toWrite)
    await writeSheet(context, sheetPlan, sheetOfName, batches, layoutOfSheet(sheetPlan.def.name));
  const conflicts = nameConflicts(def, sheetOfName);
  if (conflicts.length > 0) plan.report.nameConflicts = conflicts;
  // new sheets take their place in the definition's order (Excel appends them)
  const order = sheetOrder(before, def, plan.report.created);
  order.forEach((name, position) => {
    if (plan.report.created.includes(name))
      context.workbook.worksheets.getItem(name).position = position;
  });
  await batches.send();
  return { report: plan.report, syncs: syncs + batches.syncs };
}

/** The names a definition defines (compared without regard to case, as Excel does). */
function wantedNames(def: WorkbookDef): NameMap<true> {
  const wanted = new NameMap<true>();
  for (const sheet of def.sheets) {
    for (const c of sheet.cells) if (c.name !== undefined) wanted.set(c.name, true);
    for (const r of sheet.rangeNames ?? []) wanted.set(r.name, true);
  }
  return wanted;
}

/** Every named style the plans' cells take. */
function stylesNeeded(plans: readonly SheetPlan[]): NamedStyle[] {
  const needed = new Map<string, NamedStyle>();
  for (const plan of plans) {
    const cells = plan.def.cells;
    const asText = new Set(
      plan.writes
        .filter((w) => typeof w.value === "string" && readsAsOtherThanText(w.value))
        .map((w) => w.ref)
    );
    for (const cell of cells) {
      const style = namedStyleOf(cell, asText.has(cell.ref));
      needed.set(style.name, style);
    }
  }
  return [...needed.values()];
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
  const styles = context.workbook.styles.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  // a deleted sheet's names stay defined, pointing at #REF!: the old sheet's names go, and the
  // fresh sheet defines its own again
  const own = new NameMap(
    [sheetMarker(def.key), ...namesOf(def).map((n) => n.name)].map((n) => [n, true])
  );
  for (const item of names.items) {
    const place = placeOf(String(item.formula));
    const onSheet = place !== undefined && place !== "broken" && place.sheet === def.name;
    if (onSheet || own.has(item.name)) context.workbook.names.getItem(item.name).delete();
  }
  const batches = new RequestBatches(context);
  const plan = planSheet(def, undefined);
  await defineStyles(
    context,
    stylesNeeded([plan]),
    new Set(styles.items.map((s) => s.name)),
    batches
  );
  await writeSheet(context, plan, new Set(), batches);
  await batches.send();
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
