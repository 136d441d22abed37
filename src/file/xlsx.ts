/**
 * The file adapter: writes a workbook definition to .xlsx with ExcelJS, with the inputs typed and
 * every formula's cached value computed by the in-memory evaluator, so the file shows figures
 * wherever it is opened. Input cells are styled and unlocked; sheets are protected without a
 * password; names, validation lists, number formats, print settings and frozen panes are kept.
 */
/// <reference path="./exceljsBundle.d.ts" />
/* global Buffer */
// the single-file build: Node loads it in a quarter of the time the package's hundreds of
// modules take; the add-in's and the command line's bundles put ExcelJS's source in its place
import ExcelJS from "exceljs/dist/exceljs.bare.min.js";
import {
  a1,
  absolute,
  absoluteRange,
  cellsOfRange,
  definedRange,
  parseA1,
  sheetRef,
} from "../sheets/address";
import {
  CHART_SIZE,
  chartCells,
  pageHeaderFooter,
  printAreaOf,
  printLayout,
  wrappedRowHeight,
} from "../sheets/print";
import { DEFAULT_COLUMN_WIDTH } from "../sheets/textWidth";
import { cashflowChartPng } from "./chartImage";
import {
  NUMBER_FORMATS,
  type CellDef,
  type SheetDef,
  type TableDef,
  type Validation,
  type WorkbookDef,
} from "../sheets/types";
import { blocks } from "../sheets/blocks";
import { deflateEntries } from "./zipContainer";
import { type FormulaError, type Scalar, isError } from "../engine/formula/evaluate";
import {
  BORDER_COLOR,
  type CellStyle,
  MISSING_FIGURE_FONT,
  MISSING_FIGURE_RULE,
  REQUIRED_EMPTY_FILL,
  styleOf,
} from "../sheets/styles";
import { storedFormula } from "../engine/formula/normalize";
import { MemoryWorkbook } from "../engine/memory";
import type { InputValues } from "../sheets/types";

const argb = (rgb: string) => `FF${rgb}`;

/** Excel's number of columns. */
const EXCEL_COLUMNS = 16384;

/**
 * The print area as ExcelJS wants it to write an absolute reference: it puts "$" before each
 * corner's column only, so the rows get theirs here ("A$1:C$58" → $A$1:$C$58).
 */
function printAreaFor(range: string): string {
  return range
    .split(":")
    .map((corner) => corner.replace(/^([A-Z]+)(\d+)$/, "$1$$$2"))
    .join(":");
}

function cachedResult(v: Scalar | FormulaError): ExcelJS.CellValue {
  if (isError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v === null ? "" : v;
}

/** One cell style (sheets/styles.ts) in ExcelJS's terms. */
function excelStyle(style: CellStyle, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (numFmt !== undefined) out.numFmt = numFmt;
  if (style.bold || style.size !== undefined || style.color !== undefined)
    out.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.size !== undefined ? { size: style.size } : {}),
      ...(style.color !== undefined ? { color: { argb: argb(style.color) } } : {}),
    };
  if (style.fill !== undefined)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin = { style: "thin" as const, color: { argb: argb(BORDER_COLOR) } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.wrap !== undefined) out.alignment = { wrapText: true, vertical: style.wrap };
  else if (style.top) out.alignment = { vertical: "top" };
  if (style.unlocked) out.protection = { locked: false };
  return out;
}

/**
 * The style objects of one file, one per kind of cell: cells of a kind share the object, which
 * ExcelJS then recognises without serialising it again for every cell.
 */
class StyleCache {
  private readonly byKind = new Map<string, Partial<ExcelJS.Style>>();

  of(def: CellDef): Partial<ExcelJS.Style> {
    const kind = `${def.role}|${def.wrap ?? ""}|${def.format ?? ""}`;
    let style = this.byKind.get(kind);
    if (style === undefined) {
      const numFmt = def.format === undefined ? undefined : NUMBER_FORMATS[def.format];
      style = excelStyle(styleOf(def.role, def.wrap), numFmt);
      this.byKind.set(kind, style);
    }
    return style;
  }
}

interface WorksheetValidations {
  add(ref: string, rule: ExcelJS.DataValidation): void;
}

function validationRule(v: Validation): ExcelJS.DataValidation {
  if (v.type === "list")
    return {
      type: "list",
      allowBlank: true,
      formulae: [v.source ?? `"${v.values.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "入力値",
      error:
        v.source !== undefined
          ? "一覧から選んでください。"
          : `${v.values.join("、")}から選んでください。`,
    };
  return {
    type: v.type,
    operator: "between",
    allowBlank: true,
    formulae: [v.min, v.max],
    showErrorMessage: true,
    errorTitle: "入力値",
    error: `${v.min}〜${v.max}の${v.type === "whole" ? "整数" : "数値"}を入力してください。`,
  };
}

/**
 * Each rule over rectangles of cells alike. Given one rule per cell, ExcelJS joins cells in
 * the text order of their addresses ("A10" before "A4") and writes overlapping ranges, of which
 * LibreOffice keeps only the first (exceljs #2820); a range given as such is written as it is.
 */
function addValidations(ws: ExcelJS.Worksheet, def: SheetDef): void {
  const key = (c: CellDef) => (c.validation === undefined ? null : JSON.stringify(c.validation));
  // the worksheet's collection of rules, which ExcelJS's types leave out
  const rules = (ws as unknown as { dataValidations: WorksheetValidations }).dataValidations;
  for (const block of blocks(def.cells, key))
    rules.add(block.ref, validationRule(block.items[0]?.validation as Validation));
}

/**
 * Rows that grow for text in wrapping cells — typed into an input, or a verdict a formula gives:
 * Excel grows a row as the user types, but a file opened elsewhere (LibreOffice, a printer's
 * viewer) keeps the height it finds.
 */
function typedTextHeights(def: SheetDef, memory: MemoryWorkbook): Record<number, number> {
  const out: Record<number, number> = {};
  const stored = memory.sheets.get(def.name);
  for (const cell of def.cells) {
    if ((cell.role !== "input" && cell.role !== "formula") || !cell.wrap) continue;
    const value =
      cell.formula !== undefined ? memory.value(def.name, cell.ref) : stored?.get(cell.ref)?.value;
    if (typeof value !== "string") continue;
    const { column, row } = parseA1(cell.ref);
    const height = wrappedRowHeight(value, def.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH);
    if (height !== null) out[row] = Math.max(out[row] ?? def.rowHeights?.[row] ?? 0, height);
  }
  return out;
}

function addSheet(
  wb: ExcelJS.Workbook,
  def: SheetDef,
  memory: MemoryWorkbook,
  styles: StyleCache
): ExcelJS.Worksheet {
  const layout = printLayout(def);
  const ws = wb.addWorksheet(def.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: def.landscape ? "landscape" : "portrait",
      ...(def.fitOnePage
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 1 }
        : { fitToPage: false, scale: layout.scale }),
      printArea: printAreaFor(printAreaOf(def)),
      ...(layout.titleRow !== null
        ? { printTitlesRow: `${layout.titleRow}:${layout.titleRow}` }
        : {}),
    },
    views: def.freeze
      ? [{ state: "frozen", xSplit: def.freeze.columns, ySplit: def.freeze.rows }]
      : [],
  });
  def.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const stored = memory.sheets.get(def.name);
  for (const cellDef of def.cells) {
    const cell = ws.getCell(cellDef.ref);
    if (cellDef.formula !== undefined) {
      cell.value = {
        formula: storedFormula(cellDef.formula),
        result: cachedResult(memory.value(def.name, cellDef.ref)),
      } as ExcelJS.CellFormulaValue;
    } else {
      // an input holds what the evaluation holds (typed, a default, or cleared); else as defined
      const value =
        cellDef.role === "input" && stored !== undefined
          ? stored.get(cellDef.ref)?.value
          : cellDef.value;
      cell.value = (value === "" ? null : (value ?? null)) as ExcelJS.CellValue;
    }
    cell.style = styles.of(cellDef);
    if (cellDef.name !== undefined)
      wb.definedNames.add(sheetRef(def.name, absolute(cellDef.ref)), cellDef.name);
  }
  for (const range of def.rangeNames ?? [])
    wb.definedNames.add(sheetRef(def.name, absoluteRange(range.ref)), range.name);
  for (const table of def.tables ?? []) addTable(ws, table);
  const heights = { ...(def.rowHeights ?? {}), ...typedTextHeights(def, memory) };
  for (const [row, height] of Object.entries(heights)) ws.getRow(Number(row)).height = height;
  // a row break spans every column: Excel's last is 16383 (0-based), which ExcelJS writes as
  // 16838 unless told
  for (const after of layout.breaks) ws.getRow(after).addPageBreak(0, EXCEL_COLUMNS);
  addValidations(ws, def);
  addConditionalFormats(ws, def);
  return ws;
}

/** Marks the range as an Excel table over the values already written (styles are kept). */
function addTable(ws: ExcelJS.Worksheet, table: TableDef): void {
  const [from, to] = table.ref.split(":") as [string, string];
  const a = parseA1(from);
  const b = parseA1(to);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = a.row + 1; r <= b.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(ws.getCell(a1(c, r)).value);
    rows.push(row);
  }
  ws.addTable({
    name: table.name,
    ref: from,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** Empty required inputs turn red through conditional formatting, live without the add-in. */
function addConditionalFormats(ws: ExcelJS.Worksheet, def: SheetDef): void {
  // each rule of a sheet needs a priority of its own (Excel repairs a file where they repeat)
  let priority = 1;
  // figures waiting for their inputs (#N/A) print blank (src/sheets/styles.ts)
  ws.addConditionalFormatting({
    ref: definedRange(def),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [MISSING_FIGURE_RULE],
        style: { font: { color: { argb: argb(MISSING_FIGURE_FONT) } } },
      },
    ],
  });
  for (const cell of def.cells) {
    if (cell.role !== "input" || !cell.required) continue;
    priority += 1;
    ws.addConditionalFormatting({
      ref: cell.ref,
      rules: [
        {
          type: "expression",
          priority,
          formulae: [`LEN(${cell.ref})=0`],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: argb(REQUIRED_EMPTY_FILL) },
            },
          },
        },
      ],
    });
  }
}

function numbersOf(memory: MemoryWorkbook, sheet: string, range: string): number[] {
  return cellsOfRange(range).map((ref) => {
    const v = memory.value(sheet, ref);
    return typeof v === "number" ? v : 0;
  });
}

/** The picture of a sheet's chart (drawn now; compressed while the other sheets are written). */
function chartPicture(def: SheetDef, memory: MemoryWorkbook): Promise<Uint8Array> {
  const chart = def.chart as NonNullable<SheetDef["chart"]>;
  const png = cashflowChartPng(
    {
      monthly: numbersOf(memory, def.name, chart.monthly),
      cumulative: numbersOf(memory, def.name, chart.cumulative),
    },
    CHART_SIZE.width,
    CHART_SIZE.height
  );
  // awaited once the sheets are written: a failure then fails the file, not the process before
  png.catch(() => undefined);
  return png;
}

/** ExcelJS writes no charts: the file gets a picture of the chart at the same place. */
function addChartPicture(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  def: SheetDef,
  png: Uint8Array
): void {
  // the bytes as they are (a Uint8Array is what JSZip takes, in Node and in the browser)
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
  // anchored to the cells it covers (a two-cell anchor): ExcelJS writes a one-cell anchor with an
  // editAs attribute the schema does not allow, which Excel repairs (exceljs #1083)
  const cells = chartCells(def) as { from: string; to: string };
  const from = parseA1(cells.from);
  const to = parseA1(cells.to);
  ws.addImage(image, {
    tl: { col: from.column, row: from.row - 1 },
    br: { col: to.column + 1, row: to.row },
    editAs: "oneCell",
  } as unknown as ExcelJS.ImageRange);
}

export interface XlsxOptions {
  inputs?: InputValues;
  /**
   * An evaluation of this definition with the inputs typed in (the file caches its results and
   * holds its inputs), used when it holds every sheet with formulas; else the writer evaluates.
   */
  memory?: MemoryWorkbook;
  /** leave sheets unprotected (the lender copy protects differently) */
  protect?: boolean;
  /**
   * A raw deflate faster than the library's own (Node's zlib on the command line): the parts are
   * written stored, then deflated with it. Without it, the library deflates.
   */
  deflateRaw?: (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;
}

/** What the first sheet of a workbook with live BCP formulas says about its figures. */
export const LIVE_FIGURES_NOTE = [
  "このファイルの数値は作成時に計算した値です。BCP 関数の数式は、Excel で BCP 財務診断アドインを開いたブックで再計算されます（アドインのない環境では金融機関提出用コピーをお使いください）。",
  "Figures are as calculated when this file was written; the BCP formulas recalculate in Excel with the BCP financial diagnosis add-in (without it, use the lender copy).",
] as const;

/** The note beside the first sheet's legend, outside its print area and its checked cells. */
function addLiveFiguresNote(ws: ExcelJS.Worksheet, def: SheetDef): void {
  const column = parseA1(definedRange(def).split(":")[1] as string).column + 2;
  LIVE_FIGURES_NOTE.forEach((text, i) => {
    const cell = ws.getCell(a1(column, i + 1));
    cell.value = text;
    cell.font = { bold: i === 0, color: { argb: argb("C00000") } };
  });
}

/** Builds, fills and evaluates the definition; returns the workbook and its evaluated model. */
export function evaluatedWorkbook(def: WorkbookDef, inputs: InputValues = {}): MemoryWorkbook {
  const memory = new MemoryWorkbook();
  memory.build(def);
  memory.fill(inputs);
  return memory;
}

/** The given evaluation, if it covers every sheet whose cells it would have to compute. */
function usableMemory(def: WorkbookDef, memory: MemoryWorkbook | undefined) {
  const covered = (sheet: SheetDef) =>
    memory?.sheets.has(sheet.name) || sheet.cells.every((c) => c.formula === undefined);
  return memory !== undefined && def.sheets.every(covered) ? memory : undefined;
}

/** The .xlsx bytes (works in Node and in the browser). */
export async function writeXlsxBytes(
  def: WorkbookDef,
  options: XlsxOptions = {}
): Promise<Uint8Array> {
  const memory = usableMemory(def, options.memory) ?? evaluatedWorkbook(def, options.inputs);
  const wb = new ExcelJS.Workbook();
  wb.creator = "BCP 財務診断";
  // the cached figures stay as written until Excel (with the add-in) calculates the BCP functions
  wb.calcProperties.fullCalcOnLoad = false;
  const live = def.sheets.some((s) => s.cells.some((c) => c.formula?.includes("BCP.")));
  const styles = new StyleCache();
  const charts: { ws: ExcelJS.Worksheet; sheet: SheetDef; png: Promise<Uint8Array> }[] = [];
  for (const [i, sheet] of def.sheets.entries()) {
    const ws = addSheet(wb, sheet, memory, styles);
    const page = pageHeaderFooter(def.print);
    ws.headerFooter = {
      oddHeader: `&L${page.leftHeader}&C${page.centerHeader}&R${page.rightHeader}`,
      oddFooter: `&C${page.centerFooter}`,
    };
    if (sheet.chart !== undefined) charts.push({ ws, sheet, png: chartPicture(sheet, memory) });
    if (i === 0 && live) addLiveFiguresNote(ws, sheet);
    if (options.protect !== false && !sheet.unprotected) {
      // no password: the user can unprotect from Excel's Review tab
      await ws.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
      });
    }
  }
  // in the sheets' order, whichever picture is ready first
  for (const chart of charts) addChartPicture(wb, chart.ws, chart.sheet, await chart.png);
  const zip =
    options.deflateRaw === undefined
      ? { compression: "DEFLATE", compressionOptions: { level: 1 } }
      : { compression: "STORE" };
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ zip } as ExcelJS.XlsxWriteOptions));
  return options.deflateRaw === undefined ? bytes : await deflateEntries(bytes, options.deflateRaw);
}

export async function writeXlsx(def: WorkbookDef, options: XlsxOptions = {}): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(def, options));
}
