import { groupedDigits } from "../model/numberText";

/** Amounts in the import's messages: yen with digit grouping, negatives with a minus sign. */
export function groupedYen(yen: number): string {
  return `${groupedDigits(yen).replace(/^-/, "−")}円`;
}
