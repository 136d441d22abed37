/**
 * What building a workbook definition changes, decided once for every adapter: sheets missing
 * are created; in a sheet that exists, inputs the user typed are kept and every other cell is
 * brought to the definition, unless the user edited cells outside the inputs, in which case
 * the sheet is reported and left as it is.
 */
import { sheetMarker } from "../sheets/builder";
import type { CellDef, CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import type { StoredCell } from "./formula/evaluate";

export interface CellWrite {
  ref: string;
  value?: CellValue | null;
  formula?: string;
  def: CellDef;
}

export interface SheetPlan {
  def: SheetDef;
  action: "create" | "update" | "skip";
  /** the user's name for the sheet when they renamed it */
  renamedTo?: string;
  writes: CellWrite[];
  keptInputs: number;
  /** cells outside the inputs whose content differs from the definition */
  edited: string[];
}

export interface BuildReport {
  created: string[];
  updated: string[];
  skipped: { sheet: string; cells: string[] }[];
  renamed: { sheet: string; now: string }[];
  keptInputs: number;
}

export interface BuildPlan {
  sheets: SheetPlan[];
  report: BuildReport;
}

function defaultWrite(cell: CellDef): CellWrite {
  return cell.formula !== undefined
    ? { ref: cell.ref, formula: cell.formula, def: cell }
    : { ref: cell.ref, value: cell.value ?? null, def: cell };
}

function isEmpty(cell: StoredCell | undefined): boolean {
  return (
    cell === undefined ||
    ((cell.value === undefined || cell.value === null || cell.value === "") &&
      cell.formula === undefined)
  );
}

function sameContent(existing: StoredCell | undefined, cell: CellDef): boolean {
  if (cell.formula !== undefined) return existing?.formula?.replace(/^=/, "") === cell.formula;
  if (isEmpty(existing)) return cell.value === undefined;
  return existing?.formula === undefined && existing?.value === cell.value;
}

export function planSheet(def: SheetDef, existing: Map<string, StoredCell> | undefined): SheetPlan {
  if (existing === undefined) {
    return {
      def,
      action: "create",
      writes: def.cells.map(defaultWrite),
      keptInputs: 0,
      edited: [],
    };
  }
  const edited = def.cells
    .filter(
      (cell) =>
        cell.role !== "input" &&
        !isEmpty(existing.get(cell.ref)) &&
        !sameContent(existing.get(cell.ref), cell)
    )
    .map((cell) => cell.ref);
  if (edited.length > 0) return { def, action: "skip", writes: [], keptInputs: 0, edited };
  let keptInputs = 0;
  const writes: CellWrite[] = [];
  for (const cell of def.cells) {
    const current = existing.get(cell.ref);
    if (cell.role === "input" && !isEmpty(current)) {
      keptInputs += 1; // the user's value (or the default they left) stays as it is
      continue;
    }
    if (!sameContent(current, cell)) writes.push(defaultWrite(cell));
  }
  return { def, action: "update", writes, keptInputs, edited };
}

/**
 * read: the current content of a sheet by name (undefined when there is none); locate: which
 * sheet a defined name is on now (for the marker of a renamed sheet).
 */
export function planBuild(
  def: WorkbookDef,
  read: (sheet: string) => Map<string, StoredCell> | undefined,
  locate: (name: string) => string | undefined = () => undefined
): BuildPlan {
  const sheets = def.sheets.map((sheet): SheetPlan => {
    const existing = read(sheet.name);
    const now = existing === undefined ? locate(sheetMarker(sheet.key)) : undefined;
    if (now !== undefined && now !== sheet.name) {
      return { def: sheet, action: "skip", renamedTo: now, writes: [], keptInputs: 0, edited: [] };
    }
    return planSheet(sheet, existing);
  });
  return {
    sheets,
    report: {
      created: sheets.filter((s) => s.action === "create").map((s) => s.def.name),
      updated: sheets.filter((s) => s.action === "update").map((s) => s.def.name),
      skipped: sheets
        .filter((s) => s.action === "skip" && s.renamedTo === undefined)
        .map((s) => ({ sheet: s.def.name, cells: s.edited })),
      renamed: sheets.flatMap((s) =>
        s.renamedTo === undefined ? [] : [{ sheet: s.def.name, now: s.renamedTo }]
      ),
      keptInputs: sheets.reduce((n, s) => n + s.keptInputs, 0),
    },
  };
}
