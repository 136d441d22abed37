/**
 * Excel-style argument handling shared by the custom functions and `bcp-calc fn`: ranges arrive
 * as 2-D arrays, blanks as null or "", optional arguments as undefined.
 */
import { invalid } from "../model/errors";

export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];
export type Arg = Cell | Range;

export function isRange(value: unknown): value is Range {
  return Array.isArray(value);
}

/** A range read row by row into one list. A single value counts as a one-cell range. */
export function flatten(value: unknown, label: string): Cell[] {
  if (value === undefined) return [];
  if (!isRange(value)) return [value as Cell];
  // plain loops: this runs for every range argument of every call
  const out: Cell[] = [];
  for (const row of value as unknown[]) {
    if (!Array.isArray(row)) {
      out.push(row as Cell);
      continue;
    }
    for (const cell of row as unknown[]) {
      if (Array.isArray(cell))
        throw invalid(`${label}の形が正しくありません。セル範囲を指定してください。`);
      out.push(cell as Cell);
    }
  }
  return out;
}

/** A single value where a range is not allowed. */
export function scalar(value: unknown, label: string): Cell {
  if (!isRange(value)) return value as Cell;
  const cells = flatten(value, label);
  if (cells.length !== 1) throw invalid(`${label}には1つのセルだけを指定してください。`);
  return cells[0];
}
