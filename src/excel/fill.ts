/**
 * Values written into named input cells in one request: what an import fills, and what its undo
 * puts back. Each name's range is taken from the name itself, so a row the user inserted above
 * an input does not send the value to the wrong cell.
 */
/* global Excel */
import type { CellValue } from "../sheets/types";

export async function fillNamed(
  context: Excel.RequestContext,
  values: Readonly<Record<string, CellValue | null>>
): Promise<void> {
  // through `formulas`: a number or text is written as it is, "=…" (an input that linked to the
  // user's own sheet, put back by an undo) as the formula it was
  for (const [name, value] of Object.entries(values))
    context.workbook.names.getItem(name).getRange().formulas = [[value ?? ""]];
  await context.sync();
}
