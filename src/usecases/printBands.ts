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
import { printLayout, wrappedRowHeight } from "../sheets/print";
import { splitToWidth } from "../sheets/textWidth";
import type { CellDef, SheetDef } from "../sheets/types";

const FONT_POINTS = 11;
const READABLE_POINTS = 8;
/** columns of figures a band holds, beside the labels, on a landscape page at 80 % or more */
const BAND_COLUMNS = 9;
/** the label column as wide as its longest labels need, and the figures' columns */
const LABEL_WIDTH = 24;
const FIGURE_WIDTH = 10;

export function printsAsBands(def: SheetDef): boolean {
  return (
    (def.freeze?.columns ?? 0) >= 1 &&
    (def.tables ?? []).length === 0 &&
    (printLayout(def).scale * FONT_POINTS) / 100 < READABLE_POINTS
  );
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
  const byRow = new Map<number, CellDef[]>();
  let lastColumn = 0;
  for (const c of def.cells) {
    const { row, column } = parseA1(c.ref);
    byRow.set(row, [...(byRow.get(row) ?? []), c]);
    lastColumn = Math.max(lastColumn, column);
  }
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
  const bandOf = (column: number) => Math.floor((column - labels) / BAND_COLUMNS);
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
  /** the first band's rows, a gap kept where the sheet has one (between its tables) */
  const firstBand = (own: (column: number) => boolean) => {
    let previous: number | undefined;
    for (const row of rows) {
      const inBand = (byRow.get(row) ?? []).filter((c) => own(parseA1(c.ref).column));
      if (inBand.length === 0) continue;
      if (previous !== undefined && row > previous + 1) at += 1;
      previous = row;
      const only = inBand.length === 1 ? inBand[0] : undefined;
      if (only?.role === "note" && typeof only.value === "string") {
        // a note runs past the band's columns: its lines are split again to them
        for (const line of splitToWidth(only.value, pageWidth - 2))
          emit([{ cell: { ...only, value: line }, column: 0 }]);
        continue;
      }
      emit(
        inBand.map((cell) => {
          const { column } = parseA1(cell.ref);
          return { cell, column };
        })
      );
    }
  };
  firstBand((column) => column < labels || bandOf(column) === 0);
  const bands = bandOf(lastColumn) + 1;
  for (let b = 1; b < bands; b++) {
    const from = labels + b * BAND_COLUMNS;
    const to = from + BAND_COLUMNS - 1;
    at += 1;
    const start = at;
    cells.push({ ref: `A${at}`, role: "title", value: continued(def, from, to) });
    at += 1;
    // the label column beside each row that has figures in this band
    const figures = new Set(
      rows.filter((row) =>
        (byRow.get(row) ?? []).some((c) => {
          const { column } = parseA1(c.ref);
          return column >= from && column <= to;
        })
      )
    );
    const labelled = (column: number, row: number) =>
      (column < labels && figures.has(row)) || (column >= from && column <= to);
    let previous: number | undefined;
    for (const row of rows) {
      if (!figures.has(row)) continue;
      if (previous !== undefined && row > previous + 1) at += 1;
      previous = row;
      emit(
        (byRow.get(row) ?? [])
          .filter((c) => labelled(parseA1(c.ref).column, row))
          .map((cell) => {
            const { column } = parseA1(cell.ref);
            return { cell, column: column < labels ? column : column - b * BAND_COLUMNS };
          })
      );
    }
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
