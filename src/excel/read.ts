/**
 * Reading the course from Excel: the formulas of each sheet's defined range in one batch, turned
 * into the in-memory workbook with the inputs the user typed, so the check, the lender copy and
 * the hazard comparison work on the workbook as it is without changing it.
 */
/* global Excel */
import { a1, definedRange } from "../sheets/address";
import type { SheetDef, WorkbookDef } from "../sheets/types";
import type { StoredCell } from "../engine/formula/evaluate";
import type { CourseRead } from "../engine/host";
import { MemoryWorkbook } from "../engine/memory";

export function snapshotOf(formulas: unknown[][]): Map<string, StoredCell> {
  const cells = new Map<string, StoredCell>();
  formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === "" || content === null || content === undefined) return;
      const ref = a1(c, r + 1);
      cells.set(
        ref,
        typeof content === "string" && content.startsWith("=")
          ? { formula: content.slice(1) }
          : { value: content as string | number | boolean }
      );
    })
  );
  return cells;
}

export interface SheetRead {
  def: SheetDef;
  range: Excel.Range;
}

/** Queues a read of the formulas and values of each sheet's defined range (no sync). */
export function queueSheetReads(
  context: Excel.RequestContext,
  sheets: readonly SheetDef[],
  sheetNamed: (name: string) => Excel.Worksheet = (name) =>
    context.workbook.worksheets.getItem(name)
): SheetRead[] {
  return sheets.map((s) => ({
    def: s,
    range: sheetNamed(s.name).getRange(definedRange(s)).load("formulas"),
  }));
}

/** The definition in memory with the inputs the reads found in Excel. */
export function memoryFromReads(def: WorkbookDef, reads: readonly SheetRead[]): MemoryWorkbook {
  const memory = new MemoryWorkbook();
  memory.build(def);
  for (const { def: sheet, range } of reads) loadInputs(memory, sheet, snapshotOf(range.formulas));
  return memory;
}

/** Reads the course's sheets as they are in Excel into an in-memory workbook (two round trips). */
export async function readCourseFromExcel(
  context: Excel.RequestContext,
  def: WorkbookDef
): Promise<MemoryWorkbook> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  const reads = queueSheetReads(
    context,
    def.sheets.filter((s) => present.has(s.name))
  );
  await context.sync();
  return memoryFromReads(def, reads);
}

/** Puts the inputs of a sheet as Excel holds them into the in-memory workbook; an empty cell stays empty. */
export function loadInputs(
  memory: MemoryWorkbook,
  sheet: SheetDef,
  snapshot: Map<string, StoredCell>
): void {
  const cells = memory.sheets.get(sheet.name);
  if (cells === undefined) return;
  for (const cell of sheet.cells) {
    if (cell.role !== "input") continue;
    const stored = snapshot.get(cell.ref);
    cells.set(
      cell.ref,
      stored?.formula !== undefined
        ? { formula: stored.formula, def: cell }
        : { value: stored?.value ?? null, def: cell }
    );
  }
}

/** Reads every sheet of the course in one round trip (more when a sheet is missing). */
export async function readCourseOnce(
  context: Excel.RequestContext,
  def: WorkbookDef
): Promise<CourseRead> {
  const reads = queueSheetReads(context, def.sheets, (name) =>
    context.workbook.worksheets.getItemOrNullObject(name)
  );
  try {
    await context.sync();
  } catch {
    // a sheet of the course is missing: find which, and read what is there
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const missing = def.sheets.filter((s) => !present.has(s.name)).map((s) => s.name);
    return { memory: await readCourseFromExcel(context, def), reads: 4, missing };
  }
  return { memory: memoryFromReads(def, reads), reads: 1, missing: [] };
}
