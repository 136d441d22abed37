/** The inputs of a business-interruption policy (表 参考.2-2), as the 基本 and 中級 sheets ask them. */
import { MAX_INDEMNITY_MONTHS } from "../model/profitInsurance";
import { AMOUNT, type SheetBuilder } from "./builder";
import type { DefinedName } from "./names";

export function profitInsuranceInputs(
  s: SheetBuilder,
  names: { limit: DefinedName; months: DefinedName }
): void {
  s.inputLine("支払限度額（未加入は空欄）", { name: names.limit, validation: AMOUNT });
  s.inputLine("約定てん補期間（月）", {
    name: names.months,
    value: 12,
    format: "integer",
    validation: { type: "whole", min: 1, max: MAX_INDEMNITY_MONTHS },
  });
}
