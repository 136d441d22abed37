/**
 * Amounts as Japanese statements print them: digit grouping (1,234), full-width digits (１２３４),
 * negatives as △ / ▲ (the 決算書 convention), in parentheses or with a minus sign, and a 円 or ¥
 * sign. Anything else is not an amount.
 */

const NEGATIVE_MARKS = /^[△▲-]/;

/** The number an amount cell holds, or undefined when the cell is not an amount. */
export function parseAmount(cell: string): number | undefined {
  // NFKC turns full-width digits, commas, minus and parentheses into ASCII
  let s = cell
    .normalize("NFKC")
    .replace(/[\s¥￥円]/g, "")
    .replace(/[−‐–]/g, "-");
  if (s === "") return undefined;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (NEGATIVE_MARKS.test(s)) {
    negative = !negative;
    s = s.slice(1);
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return undefined;
  const value = Number(s.replace(/,/g, ""));
  return negative ? -value : value;
}
