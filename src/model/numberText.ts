/**
 * A whole amount written as ja-JP writes it (12,345; -150,000), without toLocaleString: the first
 * call of that loads the locale's data, a noticeable part of a command-line run.
 */
export function groupedDigits(n: number): string {
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return whole < 0 ? `-${digits}` : digits;
}

/** A figure as the check and the import show it: whole amounts grouped, others to 3 decimals. */
export function figureText(n: number): string {
  return Number.isInteger(n) ? groupedDigits(n) : String(Number(n.toFixed(3)));
}

/** Close enough to be the value written (a value read back from Excel may carry float noise). */
export function sameFigure(a: unknown, b: number): boolean {
  return typeof a === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
