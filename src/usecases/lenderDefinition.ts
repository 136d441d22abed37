/**
 * The lender copy: a workbook a bank can open without the add-in. BCP function results become
 * values (plain arithmetic stays live), formulas that would break or show an error become
 * values too, the add-in's marker names are left out, and a 金融機関提出用サマリー comes first.
 */
import { changedCoefficients } from "../model/parameters";
import type { Course } from "../sheets/course";
import { LENDER_SUMMARY_SHEET, lenderSummarySheet } from "../sheets/lenderSummary";
import type { CellDef, CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import { type Ast, parseFormula } from "../engine/formula/parse";
import { isError } from "../engine/formula/evaluate";
import { MemoryWorkbook } from "../engine/memory";

const MARKER_PREFIX = "BCPSHEET_";
const NO_VALUE = "−";

export interface LenderOptions {
  course: Course;
  courseLabel: string;
  /** ISO date of the copy */
  createdOn: string;
  /** sheet names to include (default: every sheet but those holding personal data) */
  include?: readonly string[];
  /** the result of the check, as the summary states it */
  checkStatus: string;
  /** what makes the diagnosis unfinished, when the check found errors */
  incomplete?: string;
}

function namesIn(ast: Ast, out: Set<string>, sheets: Set<string>): void {
  switch (ast.type) {
    case "name":
      out.add(ast.name);
      return;
    case "ref":
    case "range":
      if (ast.sheet !== undefined) sheets.add(ast.sheet);
      return;
    case "unary":
      namesIn(ast.arg, out, sheets);
      return;
    case "binary":
      namesIn(ast.left, out, sheets);
      namesIn(ast.right, out, sheets);
      return;
    case "call":
      ast.args.forEach((a) => namesIn(a, out, sheets));
      return;
    default:
      return;
  }
}

/** A formula stays live only if a workbook without the add-in can compute it from what is in the copy. */
function staysLive(formula: string, names: Set<string>, sheets: Set<string>): boolean {
  if (/\bBCP\./i.test(formula)) return false;
  const used = new Set<string>();
  const usedSheets = new Set<string>();
  namesIn(parseFormula(formula), used, usedSheets);
  return [...used].every((n) => names.has(n)) && [...usedSheets].every((s) => sheets.has(s));
}

function frozen(cell: CellDef, value: CellValue | null): CellDef {
  const copy: CellDef = {
    ...cell,
    role: cell.role === "input" ? "input" : "formula",
    value: value ?? "",
  };
  delete copy.formula;
  return copy;
}

export function lenderDefinition(
  def: WorkbookDef,
  memory: MemoryWorkbook,
  options: LenderOptions
): { def: WorkbookDef; memory: MemoryWorkbook } {
  const summary = lenderSummarySheet(options.course, {
    courseLabel: options.courseLabel,
    createdOn: options.createdOn,
    checkStatus: options.checkStatus,
    ...(options.incomplete !== undefined ? { incomplete: options.incomplete } : {}),
    changedCoefficients: changedCoefficients(memory.parameters()).map(({ info, value }) => ({
      label: info.labelJa,
      value,
      defaultValue: info.value,
    })),
  });
  const include = options.include === undefined ? undefined : new Set(options.include);
  const chosen = def.sheets.filter((s) =>
    include === undefined ? !s.personalData : include.has(s.name)
  );
  const combined: WorkbookDef = { sheets: [summary, ...chosen] };

  // Evaluate the summary together with the chosen sheets as the workbook holds them: inputs as
  // typed, figures as the workbook showed them, values typed over formulas as they are.
  const working = new MemoryWorkbook();
  working.build(combined);
  for (const sheet of chosen) {
    const source = memory.sheets.get(sheet.name);
    const target = working.sheets.get(sheet.name);
    for (const cell of sheet.cells) {
      const stored = source?.get(cell.ref);
      if (
        stored !== undefined &&
        target !== undefined &&
        (cell.role === "input" || cell.formula !== undefined)
      )
        target.set(cell.ref, { ...stored, def: cell });
    }
  }

  const names = new Set<string>();
  for (const sheet of combined.sheets) {
    for (const c of sheet.cells)
      if (c.name !== undefined && !c.name.startsWith(MARKER_PREFIX)) names.add(c.name);
    for (const r of sheet.rangeNames ?? []) names.add(r.name);
  }
  const sheetNames = new Set(combined.sheets.map((s) => s.name));
  const sheets: SheetDef[] = combined.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) => {
      const clean: CellDef = cell.name?.startsWith(MARKER_PREFIX)
        ? { ...cell, name: undefined }
        : cell;
      const stored = working.sheets.get(sheet.name)?.get(cell.ref);
      const formula = stored?.formula;
      if (formula === undefined && cell.formula !== undefined && cell.role !== "input")
        return frozen(clean, stored?.value ?? null); // typed over the formula: as typed
      if (formula === undefined)
        return cell.role === "input" ? { ...clean, value: stored?.value ?? "" } : clean;
      const value = working.value(sheet.name, cell.ref);
      if (isError(value)) return frozen(clean, NO_VALUE);
      if (!staysLive(formula, names, sheetNames)) return frozen(clean, value);
      return { ...clean, formula };
    }),
  }));
  return { def: { sheets }, memory: working };
}

export { LENDER_SUMMARY_SHEET };
