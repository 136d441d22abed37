/**
 * The check in Excel: the course's sheets are read in one round trip, checked in the pane, and
 * the findings written to the 検証結果 sheet; a finding's cell can be selected for the user.
 */
/* global Excel */
import { sheetMarker } from "../sheets/builder";
import type { WorkbookDef } from "../sheets/types";
import { VALIDATION_SHEET, validationSheet } from "../validation/sheet";
import { type ValidationResult, validateWorkbook } from "../validation/rules";
import type { MemoryWorkbook } from "../engine/memory";
import { memoryFromReads, queueSheetReads, readCourseFromExcel, writeSheet } from "./build";
import { planSheet } from "../engine/plan";

/** Reads every sheet of the course in one round trip (more when a sheet is missing). */
export async function readCourseOnce(
  context: Excel.RequestContext,
  def: WorkbookDef
): Promise<{ memory: MemoryWorkbook; syncs: number; missing: string[] }> {
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
    return { memory: await readCourseFromExcel(context, def), syncs: 4, missing };
  }
  return { memory: memoryFromReads(def, reads), syncs: 1, missing: [] };
}

export async function validateInExcel(
  context: Excel.RequestContext,
  def: WorkbookDef,
  today: string
): Promise<{ result: ValidationResult; readSyncs: number }> {
  const { memory, syncs, missing } = await readCourseOnce(context, def);
  const present: WorkbookDef = { sheets: def.sheets.filter((s) => !missing.includes(s.name)) };
  const result = validateWorkbook(present, memory, today);
  const lost = missing.map((sheet) => ({
    severity: "エラー" as const,
    rule: "sheet",
    sheet,
    ref: "A1",
    message: `シート「${sheet}」がありません。［シートを作成］で作り直してください（入力済みの値は残ります）。`,
  }));
  return {
    result: {
      ...result,
      findings: [...lost, ...result.findings],
      status: lost.length > 0 ? "エラーあり" : result.status,
    },
    readSyncs: syncs,
  };
}

/** Replaces the 検証結果 sheet with the latest findings. */
export async function writeValidationSheet(
  context: Excel.RequestContext,
  result: ValidationResult
): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(VALIDATION_SHEET);
  existing.load("name"); // isNullObject is set by the sync
  await context.sync();
  if (!existing.isNullObject) existing.delete();
  const def = validationSheet(result);
  // the sheet's marker name may outlive a deleted sheet: never add it twice
  writeSheet(context, planSheet(def, undefined), new Set([sheetMarker(def.key)]));
  await context.sync();
}

/** Takes the user to a finding's cell. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  ref: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(ref).select();
  await context.sync();
}
