/**
 * A whole amount written as ja-JP writes it (12,345; -150,000), without toLocaleString: the first
 * call of that loads the locale's data, a noticeable part of a command-line run.
 */
export function groupedDigits(n: number): string {
  const whole = Math.round(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return whole < 0 ? `-${digits}` : digits;
}
