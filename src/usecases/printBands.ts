/**
 * A sheet with a column per month (the 資金繰り table) as the copies print it: its columns in
 * bands that fit a landscape page at a readable size, one under the other, each band repeating
 * the label column and the rows that have figures in it. The workbook keeps its table; only the
 * printed document changes. Every cell of the result is a value (figures as the workbook shows
 * them), so the copy freezes nothing by address.
 */
import type { MemoryWorkbook } from "../engine/memory";
import { isError } from "../engine/formula/evaluate";
import { a1, parseA1 } from "../sheets/address";
import { cellsByRow, printsTooSmall, wrappedRowHeight } from "../sheets/print";
import { splitToWidth } from "../sheets/textWidth";
import type { CellDef, SheetDef } from "../sheets/types";

/** columns of figures a band holds, beside the labels, on a landscape page at 80 % or more */
const BAND_COLUMNS = 9;
/** the label column as wide as its longest labels need, and the figures' columns */
const LABEL_WIDTH = 24;
const FIGURE_WIDTH = 10;

export function printsAsBands(def: SheetDef): boolean {
  return (def.freeze?.columns ?? 0) >= 1 && (def.tables ?? []).length === 0 && printsTooSmall(def);
}

/**
 * A cell as the copy prints it: a value in its format, or the text it holds, with its name where
 * it is printed first (a label repeated beside a later band does not take it again).
 */
function valueCell(
  cell: CellDef,
  ref: string,
  memory: MemoryWorkbook,
  sheet: string,
  named: boolean
): CellDef {
  const rest: CellDef = { ...cell };
  for (const key of ["formula", "validation", "required", "carry", "name"] as const)
    delete rest[key];
  const kept = cell.name !== undefined && named ? { name: cell.name } : {};
  if (cell.role !== "input" && cell.formula === undefined) return { ...rest, ...kept, ref };
  const v = memory.value(sheet, cell.ref);
  const value = v === null || isError(v) ? "" : v;
  return { ...rest, ...kept, ref, role: "label", value };
}

/** The heading of a band: the first and last column headers it holds (「10ヶ月目」…). */
function continued(def: SheetDef, from: number, to: number): string {
  const header = def.cells.find((c) => c.role === "header" && parseA1(c.ref).column === from);
  const row = header === undefined ? undefined : parseA1(header.ref).row;
  const own = def.cells
    .filter((c) => c.role === "header" && parseA1(c.ref).row === row)
    .filter((c) => parseA1(c.ref).column >= from && parseA1(c.ref).column <= to)
    .sort((a, b) => parseA1(a.ref).column - parseA1(b.ref).column);
  const first = own[0]?.value;
  const last = own[own.length - 1]?.value;
  return first === undefined ? "（表の続き）" : `（表の続き：${first}〜${last}）`;
}

/** The sheet in bands of columns, one under the other; a sheet that reads well as it is. */
export function withBands(def: SheetDef, memory: MemoryWorkbook): SheetDef {
  if (!printsAsBands(def)) return def;
  const labels = def.freeze?.columns ?? 1;
  const byRow = cellsByRow(def);
  const lastColumn = Math.max(...def.cells.map((c) => parseA1(c.ref).column));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const widths = [
    ...Array.from({ length: labels }, (_, i) =>
      Math.max(def.columnWidths[i] ?? LABEL_WIDTH, LABEL_WIDTH)
    ),
    ...Array.from({ length: BAND_COLUMNS }, () => FIGURE_WIDTH),
  ];
  const pageWidth = widths.reduce((t, w) => t + w, 0);
  const cells: CellDef[] = [];
  const rowHeights: Record<number, number> = {};
  const keepTogether: [number, number][] = [];
  let at = 1;
  /** one printed row: the cells at their new columns, the row as tall as its texts need */
  const named = new Set<string>();
  const emit = (placed: readonly { cell: CellDef; column: number }[]) => {
    for (const { cell, column } of placed) {
      const printed = valueCell(cell, a1(column, at), memory, def.name, !named.has(cell.ref));
      named.add(cell.ref);
      cells.push(printed);
      const text = printed.value;
      const height =
        typeof text === "string" && printed.role !== "note" && printed.role !== "title"
          ? wrappedRowHeight(text, widths[column] ?? FIGURE_WIDTH)
          : null;
      if (height !== null) rowHeights[at] = Math.max(rowHeights[at] ?? 0, height);
    }
    at += 1;
  };
  /**
   * One band: the first has every row with a cell in its columns or the labels (titles and
   * notes included), a later one the rows with figures in its columns, with their labels; a gap
   * is kept where the sheet has one (between its tables).
   */
  const band = (b: number) => {
    const from = labels + b * BAND_COLUMNS;
    const inBand = (c: CellDef) => {
      const { column } = parseA1(c.ref);
      return column >= from && column < from + BAND_COLUMNS;
    };
    let previous: number | undefined;
    for (const row of rows) {
      const all = byRow.get(row) ?? [];
      if (b > 0 && !all.some(inBand)) continue;
      const own = all.filter((c) => parseA1(c.ref).column < labels || inBand(c));
      if (own.length === 0) continue;
      if (previous !== undefined && row > previous + 1) at += 1;
      previous = row;
      const only = own.length === 1 ? own[0] : undefined;
      if (only?.role === "note" && typeof only.value === "string") {
        // a note runs past the band's columns: its lines are split again to them
        for (const line of splitToWidth(only.value, pageWidth - 2))
          emit([{ cell: { ...only, value: line }, column: 0 }]);
        continue;
      }
      emit(
        own.map((cell) => {
          const { column } = parseA1(cell.ref);
          return { cell, column: column < labels ? column : column - b * BAND_COLUMNS };
        })
      );
    }
  };
  band(0);
  const bands = Math.floor((lastColumn - labels) / BAND_COLUMNS) + 1;
  for (let b = 1; b < bands; b++) {
    const from = labels + b * BAND_COLUMNS;
    at += 1;
    const start = at;
    cells.push({
      ref: `A${at}`,
      role: "title",
      value: continued(def, from, from + BAND_COLUMNS - 1),
    });
    at += 1;
    band(b);
    keepTogether.push([start, at - 1]);
  }
  const rest: SheetDef = { ...def };
  for (const key of ["tables", "rangeNames", "chart", "printArea"] as const) delete rest[key];
  return {
    ...rest,
    cells,
    columnWidths: widths,
    landscape: true,
    rowHeights,
    keepTogether,
  };
}
