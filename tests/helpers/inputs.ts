/** Types each of a set of inputs by name, failing on a name the workbook does not define. */
import type { MemoryWorkbook } from "../../src/engine/memory";
import type { DefinedName } from "../../src/sheets/names";
import type { InputValue, InputValues } from "../../src/sheets/types";

export function typeEach(wb: MemoryWorkbook, inputs: InputValues): void {
  for (const [name, value] of Object.entries(inputs) as [DefinedName, InputValue | undefined][])
    if (value !== undefined) wb.set(name, value);
}
