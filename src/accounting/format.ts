/** Amounts in the import's messages: yen with digit grouping, negatives with a minus sign. */
export function groupedYen(yen: number): string {
  const rounded = Math.round(yen);
  return `${rounded < 0 ? "−" : ""}${Math.abs(rounded).toLocaleString("ja-JP")}円`;
}
