/**
 * How a sheet prints on A4: a scale that fits its columns to the page width, page breaks every
 * so many rows at that scale, and the header row of a table that runs on repeated on its next
 * pages. The adapters apply this layout, and the 目次 of 様式01 counts pages with it, so the page
 * numbers it prints are the ones the printer gives. (Excel ignores manual breaks under "fit to
 * pages", hence a fixed scale.)
 */
import { a1, definedRange, parseA1 } from "./address";
import { DEFAULT_COLUMN_WIDTH, textUnits } from "./textWidth";
import { isSheetMarker } from "./names";
import type { CellDef, PrintFacts, SheetDef } from "./types";

/** A4 in points, less 0.7" margins left/right and 0.75" + header/footer space top/bottom. */
const PRINTABLE = {
  portrait: { width: 595 - 101, height: 842 - 160 },
  landscape: { width: 842 - 101, height: 595 - 160 },
} as const;
/** pixels of the default font's widest digit (Calibri 11): the unit of column widths */
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;
/**
 * Points a character of column width takes on paper, and the padding of each column, as the
 * printer renders them: generous, because LibreOffice lays Calibri out in a wider substitute font
 * (the PDF page counts in tests/forms/file.test.ts hold this). Excel's own widths: columnPoints.
 */
const PRINT_POINTS_PER_CHAR = 7;
const PRINT_COLUMN_PADDING = 5;
const printedColumnPoints = (width: number) => width * PRINT_POINTS_PER_CHAR + PRINT_COLUMN_PADDING;
/** Excel's default row height in points */
export const ROW_HEIGHT = 15;
/** Excel's tallest row (409 pt), in lines */
const MAX_ROW_LINES = Math.floor(409 / ROW_HEIGHT);

/**
 * The height of a row whose cell wraps `text` inside a column `width` wide, or null when the text
 * fits on one line; at most `maxLines` lines (Excel's tallest row by default).
 */
export function wrappedRowHeight(
  text: string,
  width: number,
  maxLines = MAX_ROW_LINES
): number | null {
  const lines = Math.ceil(textUnits(text) / (width - 1));
  return lines <= 1 ? null : Math.min(lines, maxLines) * ROW_HEIGHT;
}

/**
 * The header and footer of every printed page, in Excel's header codes: the company on the left,
 * the sheet's name in the middle, the date on the right, 「p / N」 below. A literal & is doubled.
 */
export function pageHeaderFooter(facts: PrintFacts = {}): {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  centerFooter: string;
} {
  const text = (s: string | undefined) => (s ?? "").replace(/&/g, "&&");
  return {
    leftHeader: text(facts.company),
    centerHeader: "&A",
    rightHeader: text(facts.date),
    centerFooter: "&P / &N",
  };
}

/** the smallest print scale at which 11 pt text stays at least 8 pt on paper */
export const READABLE_SCALE = 80;
const WIDTH_SAFETY = 0.95;

/**
 * Column widths narrowed, in proportion, until the sheet's columns fit the page at READABLE_SCALE
 * (text then wraps inside them); no column goes below `floor` units, so a sheet of very many
 * columns stays wider than the page and prints smaller.
 */
export function readableWidths(widths: readonly number[], landscape: boolean, floor = 8): number[] {
  // a little room to spare: a sheet laid out to the edge may spill a column onto a page of its own
  const budget =
    (PRINTABLE[landscape ? "landscape" : "portrait"].width * 100 * WIDTH_SAFETY) / READABLE_SCALE;
  const points = widths.reduce((t, w) => t + printedColumnPoints(w), 0);
  if (points <= budget) return [...widths];
  const padding = widths.length * PRINT_COLUMN_PADDING;
  const factor = (budget - padding) / (points - padding);
  return widths.map((w) => Math.max(Math.min(w, floor), Math.floor(w * factor * 10) / 10));
}

/** a margin for fonts that render taller than the nominal row height */
const HEIGHT_SAFETY = 0.88;
/** rows 1–2 (legend and title) open a sheet: no page break falls before row 3 */
export const TITLE_ROWS = 2;

/** The chart picture of a sheet, in pixels (the files carry it as an image of this size). */
// narrow enough to sit under the summary's figures, within their columns, at a readable scale
export const CHART_SIZE = { width: 560, height: 300 } as const;

/**
 * A column's width in points, from its width as a file stores it (ExcelJS's `width`): Excel turns
 * the stored width into whole pixels of the default font (ECMA-376 Part 1, 18.3.1.13 col) and
 * Office.js sets widths in points, so both renderers give a column the same width.
 */
export function columnPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}

/** The cells a sheet's chart covers: from its anchor, enough columns and rows for its size. */
export function chartCells(def: SheetDef): { from: string; to: string } | null {
  if (def.chart === undefined) return null;
  const anchor = parseA1(def.chart.anchor);
  let column = anchor.column;
  let width = columnPoints(def.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH);
  while (width < CHART_SIZE.width * POINTS_PER_PIXEL) {
    column += 1;
    width += columnPoints(def.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH);
  }
  let row = anchor.row;
  let height = def.rowHeights?.[row] ?? ROW_HEIGHT;
  while (height < CHART_SIZE.height * POINTS_PER_PIXEL) {
    row += 1;
    height += def.rowHeights?.[row] ?? ROW_HEIGHT;
  }
  return { from: def.chart.anchor, to: a1(column, row) };
}
/** What prints: the sheet's cells and the chart beside or below them. */
export function printAreaOf(def: SheetDef): string {
  if (def.printArea !== undefined) return def.printArea;
  const used = parseA1(definedRange(def).split(":")[1] as string);
  const chart = chartCells(def);
  if (chart === null) return definedRange(def);
  const end = parseA1(chart.to);
  return `A1:${a1(Math.max(used.column, end.column), Math.max(used.row, end.row))}`;
}

/** titles are bold 12 pt against the 11 pt of other cells */
export const TITLE_FONT_FACTOR = 1.15;

export interface PrintLayout {
  /** percent */
  scale: number;
  /** rows after which a page break falls */
  breaks: number[];
  pages: number;
  /**
   * The row printed again at the top of every page: the column headers of the table a page
   * continues, when every break falls inside the same table; else none (null).
   */
  titleRow: number | null;
}

function lastCell(def: SheetDef): { row: number; column: number } {
  const [, end] = (def.printArea ?? definedRange(def)).split(":") as [string, string];
  return parseA1(end);
}

export function printLayout(def: SheetDef): PrintLayout {
  if (def.fitOnePage) return { scale: 100, breaks: [], pages: 1, titleRow: null };
  const page = PRINTABLE[def.landscape ? "landscape" : "portrait"];
  const last = lastCell(def);
  /** points from the left edge to the start of a column */
  const leftOf = (column: number) => {
    let points = 0;
    for (let c = 0; c < column; c++)
      points += printedColumnPoints(def.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
    return points;
  };
  let width = leftOf(last.column + 1);
  // text that runs on past its cell (legend, titles, notes) widens the printed area too
  for (const cell of def.cells) {
    if ((cell.role !== "title" && cell.role !== "note") || typeof cell.value !== "string") continue;
    // the input legend (the note carrying the sheet's marker) speaks to the screen: on paper it
    // may end at the print area's edge rather than shrink every page
    if (isSheetMarker(cell.name)) continue;
    const size = cell.role === "title" ? TITLE_FONT_FACTOR : 1;
    width = Math.max(
      width,
      leftOf(parseA1(cell.ref).column) + textUnits(cell.value) * PRINT_POINTS_PER_CHAR * size
    );
  }
  const chart = chartCells(def);
  if (chart !== null) {
    // the chart is a picture of its own size from its anchor, and its rows count on the page
    const end = parseA1(chart.to);
    const anchor = parseA1(chart.from);
    width = Math.max(width, leftOf(anchor.column) + CHART_SIZE.width * POINTS_PER_PIXEL);
    last.row = Math.max(last.row, end.row);
  }
  const scale = Math.max(10, Math.min(100, Math.floor((100 * page.width) / width)));
  // fill each page with rows (at their heights and the scale) up to the printable height
  const capacity = (page.height * HEIGHT_SAFETY * 100) / scale;
  const height = (row: number) => def.rowHeights?.[row] ?? ROW_HEIGHT;
  // a block kept together (a card) that would run over a page starts the next one instead
  const blockStart = (row: number, after: number) =>
    def.keepTogether?.find(([from, to]) => from < row && row <= to && from - 1 > after)?.[0];
  const paginate = (titles: number): number[] => {
    const breaks: number[] = [];
    let used = 0;
    for (let row = 1; row <= last.row; row++) {
      if (used + height(row) > capacity && row > TITLE_ROWS + 1) {
        const from = blockStart(row, breaks[breaks.length - 1] ?? TITLE_ROWS) ?? row;
        breaks.push(from - 1);
        used = titles; // the repeated header row opens every page
        for (let moved = from; moved < row; moved++) used += height(moved);
      }
      used += height(row);
    }
    return breaks;
  };
  const plain = paginate(0);
  const header = continuedHeader(def, plain);
  if (header === null) return { scale, breaks: plain, pages: plain.length + 1, titleRow: null };
  const breaks = paginate(height(header));
  // the repeated row takes room: the breaks move up, and must still fall inside that table
  if (continuedHeader(def, breaks) !== header)
    return { scale, breaks: plain, pages: plain.length + 1, titleRow: null };
  return { scale, breaks, pages: breaks.length + 1, titleRow: header };
}

/**
 * The header row of the table every page break falls inside, or null: a table runs from its
 * header row to the next title or header; a break inside none, or inside different tables, gives
 * no one row to repeat.
 */
function continuedHeader(def: SheetDef, breaks: readonly number[]): number | null {
  if (breaks.length === 0) return null;
  const rowsOf = (role: string) =>
    [...new Set(def.cells.filter((c) => c.role === role).map((c) => parseA1(c.ref).row))].sort(
      (a, b) => a - b
    );
  const headers = rowsOf("header");
  const titles = rowsOf("title");
  const tableAt = (row: number): number | null => {
    const header = [...headers].reverse().find((h) => h <= row);
    if (header === undefined || header === row) return null;
    // a title after the header starts something else
    return titles.some((t) => t > header && t <= row) ? null : header;
  };
  const found = breaks.map((after) => tableAt(after + 1));
  const first = found[0];
  return first !== null && first !== undefined && found.every((h) => h === first) ? first : null;
}

/** the font size of the sheets' cells, and the least it may shrink to on paper */
const FONT_POINTS = 11;
const READABLE_POINTS = 8;

/** Whether the sheet's text prints below 8 pt (the copies lay such a sheet out again). */
export function printsTooSmall(def: SheetDef): boolean {
  return (printLayout(def).scale * FONT_POINTS) / 100 < READABLE_POINTS;
}

/** The cells of a sheet by row. */
export function cellsByRow(def: SheetDef): Map<number, CellDef[]> {
  const rows = new Map<number, CellDef[]>();
  for (const c of def.cells) {
    const row = parseA1(c.ref).row;
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  return rows;
}

export function pagesOf(def: SheetDef): number {
  return printLayout(def).pages;
}
