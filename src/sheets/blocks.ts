/**
 * Cells grouped into rectangles of cells alike (the same style, validation or rule), so that one
 * range object carries what would otherwise be one call per cell: adjacent cells of a row make a
 * run, runs over the same columns on consecutive rows make a block.
 */
import { a1, parseA1 } from "../sheets/address";

export interface Block<T> {
  /** "B5", or "B5:D9" */
  ref: string;
  top: number; // 1-based row
  left: number; // 0-based column
  rows: number;
  columns: number;
  /** the cells of the block, row by row */
  items: T[];
}

interface Run<T> {
  row: number;
  from: number;
  to: number;
  key: string;
  items: T[];
}

function rowRunsOf<T extends { ref: string }>(
  items: readonly T[],
  key: (item: T) => string | null
): Run<T>[] {
  const sorted = items
    .map((item) => ({ item, pos: parseA1(item.ref), k: key(item) }))
    .filter((x): x is { item: T; pos: { row: number; column: number }; k: string } => x.k !== null)
    .sort((x, y) => x.pos.row - y.pos.row || x.pos.column - y.pos.column);
  const runs: Run<T>[] = [];
  for (const { item, pos, k } of sorted) {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last.row === pos.row &&
      last.to + 1 === pos.column &&
      last.key === k
    ) {
      last.to = pos.column;
      last.items.push(item);
    } else runs.push({ row: pos.row, from: pos.column, to: pos.column, key: k, items: [item] });
  }
  return runs;
}

function refOf(top: number, left: number, rows: number, columns: number): string {
  const from = a1(left, top);
  return rows === 1 && columns === 1 ? from : `${from}:${a1(left + columns - 1, top + rows - 1)}`;
}

/** Rectangles of cells with the same key (null: the cell is left out). */
export function blocks<T extends { ref: string }>(
  items: readonly T[],
  key: (item: T) => string | null
): Block<T>[] {
  const open = new Map<string, Block<T> & { key: string }>(); // by "from:to:key", ending last row
  const done: (Block<T> & { key: string })[] = [];
  for (const run of rowRunsOf(items, key)) {
    const id = `${run.from}:${run.to}:${run.key}`;
    const block = open.get(id);
    if (block !== undefined && block.top + block.rows === run.row) {
      block.rows += 1;
      block.items.push(...run.items);
      continue;
    }
    if (block !== undefined) done.push(block);
    open.set(id, {
      ref: "",
      top: run.row,
      left: run.from,
      rows: 1,
      columns: run.to - run.from + 1,
      items: [...run.items],
      key: run.key,
    });
  }
  done.push(...open.values());
  return done
    .map((b) => ({
      ref: refOf(b.top, b.left, b.rows, b.columns),
      top: b.top,
      left: b.left,
      rows: b.rows,
      columns: b.columns,
      items: b.items,
    }))
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

/**
 * Addresses of blocks joined into lists for Worksheet.getRanges (one RangeAreas, ExcelApi 1.9),
 * each list short enough for Excel: long lists fail with "The argument is invalid" at a few
 * thousand characters (office-js #5198), so they stay under 2,000.
 */
export function areaLists(refs: readonly string[], maxChars = 2000): string[] {
  const lists: string[] = [];
  let current = "";
  for (const ref of refs) {
    if (current !== "" && current.length + 1 + ref.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? ref : `${current},${ref}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** A rectangle of cells written with one array (null where a cell is left as it is). */
export interface WriteArea {
  top: number; // 1-based row
  bottom: number;
  left: number; // 0-based column
  right: number;
}

// What a request spends, from the library's serialization: a range object with its formulas
// assignment ≈ 250 bytes; a null left in the array ≈ 5 bytes.
const AREA_BYTES = 250;
const GAP_BYTES = 5;

/**
 * Rectangles covering the cells, one write each: a row joins the rectangle above it while the
 * cells left null cost less than a rectangle of its own would, and no rectangle exceeds `limit`
 * cells (Office.js splits a larger array itself).
 */
export function writeAreas(
  cells: readonly { row: number; column: number }[],
  limit: number
): WriteArea[] {
  const rows = new Map<number, { left: number; right: number; count: number }>();
  for (const { row, column } of cells) {
    const r = rows.get(row);
    if (r === undefined) rows.set(row, { left: column, right: column, count: 1 });
    else {
      r.left = Math.min(r.left, column);
      r.right = Math.max(r.right, column);
      r.count += 1;
    }
  }
  const areas: (WriteArea & { count: number })[] = [];
  const size = (a: WriteArea) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const r = rows.get(row) as { left: number; right: number; count: number };
    const alone = { top: row, bottom: row, left: r.left, right: r.right, count: r.count };
    const last = areas[areas.length - 1];
    if (last !== undefined) {
      const joined = {
        top: last.top,
        bottom: row,
        left: Math.min(last.left, r.left),
        right: Math.max(last.right, r.right),
        count: last.count + r.count,
      };
      const gapsJoined = size(joined) - joined.count;
      const gapsApart = size(last) - last.count + size(alone) - alone.count;
      if (size(joined) <= limit && gapsJoined * GAP_BYTES <= gapsApart * GAP_BYTES + AREA_BYTES) {
        areas[areas.length - 1] = joined;
        continue;
      }
    }
    areas.push(alone);
  }
  return areas.map(({ top, bottom, left, right }) => ({ top, bottom, left, right }));
}
