/**
 * Carrying a value typed into a cell that a 様式 now feeds (see CellDef.carry): what each target
 * receives and which cell it is. Used by the build plan (values already in the workbook) and for
 * scenario inputs (values from a file).
 */
import { cellsOfRange } from "./address";
import type { CarryTarget, CellValue, WorkbookDef } from "./types";

/** The value a target receives from the typed one, or undefined when it takes none. */
export function carriedValue(target: CarryTarget, typed: CellValue): CellValue | undefined {
  if (target.onlyIf !== undefined && typed !== target.onlyIf) return undefined;
  return target.value ?? (typeof typed === "number" ? typed * (target.scale ?? 1) : typed);
}

/** The cells a defined name of the definition covers, row by row, with their sheet. */
export function namedCells(
  def: WorkbookDef,
  name: string
): { sheet: string; refs: string[] } | null {
  for (const sheet of def.sheets) {
    const cell = sheet.cells.find((c) => c.name === name);
    if (cell !== undefined) return { sheet: sheet.name, refs: [cell.ref] };
    const range = sheet.rangeNames?.find((r) => r.name === name);
    if (range !== undefined) return { sheet: sheet.name, refs: cellsOfRange(range.ref) };
  }
  return null;
}
