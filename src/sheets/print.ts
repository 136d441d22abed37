/**
 * How a sheet prints on A4: a scale that fits its columns to the page width and page breaks every
 * so many rows at that scale. The adapters apply this layout, and the 目次 of 様式01 counts pages
 * with it, so the page numbers it prints are the ones the printer gives. (Excel ignores manual
 * breaks under "fit to pages", hence a fixed scale.)
 */
import { definedRange, parseA1 } from "./address";
import { DEFAULT_COLUMN_WIDTH, textUnits } from "./textWidth";
import type { SheetDef } from "./types";

/** A4 in points, less 0.7" margins left/right and 0.75" + header/footer space top/bottom. */
const PRINTABLE = {
  portrait: { width: 595 - 101, height: 842 - 160 },
  landscape: { width: 842 - 101, height: 595 - 160 },
} as const;
/** points per character of column width (Calibri 11) */
const POINTS_PER_CHAR = 7;
/** Excel's default row height in points */
export const ROW_HEIGHT = 15;
/** a margin for fonts that render taller than the nominal row height */
const HEIGHT_SAFETY = 0.88;
/** rows 1–2 (legend and title) repeat on every page */
export const TITLE_ROWS = 2;

/** The chart picture of a sheet, in pixels (the files carry it as an image of this size). */
export const CHART_SIZE = { width: 720, height: 300 } as const;
const POINTS_PER_PIXEL = 0.75;
/** cell padding Excel and LibreOffice add to every column */
const COLUMN_PADDING_POINTS = 5;
/** titles are bold 12 pt against the 11 pt of other cells */
const TITLE_FONT_FACTOR = 1.15;

export interface PrintLayout {
  /** percent */
  scale: number;
  /** rows after which a page break falls */
  breaks: number[];
  pages: number;
}

function lastCell(def: SheetDef): { row: number; column: number } {
  const [, end] = definedRange(def).split(":") as [string, string];
  return parseA1(end);
}

export function printLayout(def: SheetDef): PrintLayout {
  if (def.fitOnePage) return { scale: 100, breaks: [], pages: 1 };
  const page = PRINTABLE[def.landscape ? "landscape" : "portrait"];
  const last = lastCell(def);
  const columnPoints = (c: number) =>
    (def.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH) * POINTS_PER_CHAR + COLUMN_PADDING_POINTS;
  /** points from the left edge to the start of a column */
  const leftOf = (column: number) => {
    let points = 0;
    for (let c = 0; c < column; c++) points += columnPoints(c);
    return points;
  };
  let width = leftOf(last.column + 1);
  // text that runs on past its cell (legend, titles, notes) widens the printed area too
  for (const cell of def.cells) {
    if ((cell.role !== "title" && cell.role !== "note") || typeof cell.value !== "string") continue;
    const size = cell.role === "title" ? TITLE_FONT_FACTOR : 1;
    width = Math.max(
      width,
      leftOf(parseA1(cell.ref).column) + textUnits(cell.value) * POINTS_PER_CHAR * size
    );
  }
  if (def.chart !== undefined) {
    // the picture reaches past the cells: count its right and bottom edges
    const anchor = parseA1(def.chart.anchor);
    width = Math.max(width, leftOf(anchor.column) + CHART_SIZE.width * POINTS_PER_PIXEL * 1.1);
    const rows = Math.ceil((CHART_SIZE.height * POINTS_PER_PIXEL) / ROW_HEIGHT);
    last.row = Math.max(last.row, anchor.row + rows);
  }
  const scale = Math.max(10, Math.min(100, Math.floor((100 * page.width) / width)));
  // fill each page with rows (at their heights and the scale) up to the printable height
  const capacity = (page.height * HEIGHT_SAFETY * 100) / scale;
  const height = (row: number) => def.rowHeights?.[row] ?? ROW_HEIGHT;
  let titles = 0;
  for (let r = 1; r <= TITLE_ROWS; r++) titles += height(r);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 1; row <= last.row; row++) {
    if (used + height(row) > capacity && row > TITLE_ROWS + 1) {
      breaks.push(row - 1);
      used = titles; // the repeated title rows open every page
    }
    used += height(row);
  }
  return { scale, breaks, pages: breaks.length + 1 };
}

export function pagesOf(def: SheetDef): number {
  return printLayout(def).pages;
}
