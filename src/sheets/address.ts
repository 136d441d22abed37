/** A1 addresses: column letters, row numbers and ranges. */
import type { SheetDef } from "./types";

export function columnLetter(index: number): string {
  // 0 → A, 25 → Z, 26 → AA
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface CellPosition {
  column: number; // 0-based
  row: number; // 1-based
}

const DOLLAR = 36;

/** "B7", "$B$7" or "b7"; read char by char, as every sheet's cells pass through here. */
export function parseA1(ref: string): CellPosition {
  let at = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersFrom = at;
  let column = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  const letters = at - lettersFrom;
  if (ref.charCodeAt(at) === DOLLAR) at++;
  const digitsFrom = at;
  let row = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code < 48 || code > 57) break;
    row = row * 10 + code - 48;
  }
  if (letters < 1 || letters > 3 || at === digitsFrom || at !== ref.length)
    throw new Error(`Not an A1 address: ${ref}`);
  return { column: column - 1, row };
}

/** Quoted sheet reference, as both Excel and HyperFormula accept it. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

export function absolute(ref: string): string {
  const { column, row } = parseA1(ref);
  return `$${columnLetter(column)}$${row}`;
}

/** The rectangle from A1 to the last cell any of the given addresses uses. */
export function usedRangeOf(refs: readonly string[]): string {
  let maxCol = 0;
  let maxRow = 1;
  for (const ref of refs) {
    const p = parseA1(ref);
    maxCol = Math.max(maxCol, p.column);
    maxRow = Math.max(maxRow, p.row);
  }
  return `A1:${a1(maxCol, maxRow)}`;
}

/** The rectangle from A1 to the last cell a sheet definition uses. */
export function definedRange(def: Pick<SheetDef, "cells">): string {
  return usedRangeOf(def.cells.map((c) => c.ref));
}

/** $-anchored form of a cell or range address. */
export function absoluteRange(ref: string): string {
  return ref
    .split(":")
    .map((part) => absolute(part))
    .join(":");
}

/** Every cell address of a range, row by row. */
export function cellsOfRange(ref: string): string[] {
  const [from, to] = ref.split(":") as [string, string | undefined];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++)
    for (let c = a.column; c <= b.column; c++) out.push(a1(c, r));
  return out;
}
