/**
 * What both exports the import reads — trial balances and asset ledgers — have in common: a
 * header row found by its names among the first lines, columns found by name, and the display
 * unit the lines above the header state.
 */

/** The first lines searched for the header (title lines and notes come before it). */
const HEADER_SEARCH_ROWS = 15;

/** A header cell made comparable: full-width folded (NFKC), spaces dropped. */
export const cellKey = (cell: string | undefined): string =>
  (cell ?? "").normalize("NFKC").replace(/\s+/g, "");

/** Where the header row is (the first of the first lines that `isHeader` accepts), or -1. */
export function headerRowOf(
  rows: readonly string[][],
  isHeader: (keys: readonly string[]) => boolean
): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeader(r.map(cellKey)));
}

/** The column of the first of `names` the header has, or -1. */
export function columnOf(header: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const i = header.indexOf(cellKey(name));
    if (i >= 0) return i;
  }
  return -1;
}

export const UNITS = { 円: 1, 千円: 1000, 百万円: 1_000_000 } as const;
export type Unit = keyof typeof UNITS;

/** Yen to the 千円 the sheets and scenarios take, exact to the yen. */
export const thousands = (yen: number): number => Math.round(yen) / 1000;

/** The unit the title lines state (「単位：千円」, 「(千円)」); 円 when they state none. */
export function unitOf(lines: readonly string[][]): Unit {
  const text = lines.flat().join(" ").normalize("NFKC");
  if (/百万円/.test(text)) return "百万円";
  if (/単位[^円]{0,3}千円|\(千円\)/.test(text) || lines.flat().some((c) => cellKey(c) === "千円"))
    return "千円";
  return "円";
}
