/**
 * What building a workbook definition changes, decided once for every adapter: sheets missing
 * are created; in a sheet that exists, inputs the user typed are kept and every other cell is
 * brought to the definition, unless the user edited cells outside the inputs, in which case
 * the sheet is reported and left as it is.
 */
import { sheetMarker } from "../sheets/builder";
import { carriedValue, namedCells } from "../sheets/carry";
import type { CarryTarget, CellDef, CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import type { StoredCell } from "./formula/evaluate";
import { canonicalFormula, hasUnboundFunction, sameFormula } from "./formula/normalize";

export interface CellWrite {
  ref: string;
  value?: CellValue | null;
  formula?: string;
  def: CellDef;
}

export interface SheetPlan {
  def: SheetDef;
  /** values typed into former inputs that now hold a formula, to move to the forms */
  carried?: { target?: CarryTarget; typed: CellValue; from: string; formula: string }[];
  action: "create" | "update" | "skip";
  /** the user's name for the sheet when they renamed it */
  renamedTo?: string;
  writes: CellWrite[];
  keptInputs: number;
  /** cells outside the inputs whose content differs from the definition */
  edited: string[];
  /** cells the product wrote for another choice (course, industry, language) that this one leaves empty */
  cleared?: string[];
  /** formulas written again because Excel held their BCP functions unbound (_xldudf_…) */
  reentered?: number;
}

export interface BuildReport {
  created: string[];
  updated: string[];
  skipped: { sheet: string; cells: string[] }[];
  renamed: { sheet: string; now: string }[];
  keptInputs: number;
  /** typed values moved from the course to a form's cells (see CellDef.carry) */
  carried?: string[];
  /** typed values not moved because the form already held a value there (the form's is kept) */
  dropped?: { cell: string; value: CellValue; keptIn: string }[];
  /** formulas whose BCP functions Excel had not bound to the add-in, entered again */
  reentered?: number;
  /** names the workbook already has in another spelling (Excel's names ignore case): not added */
  nameConflicts?: { name: string; existing: string }[];
}

/**
 * What the product writes in a sheet for any choice (course, industry, language), by cell:
 * content found there that one of these would have written is not the user's.
 */
export type WrittenElsewhere = (sheetKey: string) => ReadonlyMap<string, ReadonlySet<string>>;

/** A cell's content as one comparable text (formulas in Excel's spelling). */
export function contentKey(cell: { value?: unknown; formula?: string }): string {
  if (cell.formula !== undefined) return `=${canonicalFormula(cell.formula)}`;
  return `${typeof cell.value}:${String(cell.value)}`;
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
  if (cell.formula !== undefined)
    return existing?.formula !== undefined && sameFormula(existing.formula, cell.formula);
  if (isEmpty(existing)) return cell.value === undefined;
  return existing?.formula === undefined && existing?.value === cell.value;
}

export function planSheet(
  def: SheetDef,
  existing: Map<string, StoredCell> | undefined,
  elsewhere?: ReadonlyMap<string, ReadonlySet<string>>
): SheetPlan {
  if (existing === undefined) {
    return {
      def,
      action: "create",
      // a new sheet's cells are already blank: nothing to write for an empty input
      writes: def.cells.filter((c) => !sameContent(undefined, c)).map(defaultWrite),
      keptInputs: 0,
      edited: [],
    };
  }
  const typedOver = (cell: CellDef) => {
    const current = existing.get(cell.ref);
    return cell.carry !== undefined && current?.formula === undefined && !isEmpty(current);
  };
  // what another choice of the product wrote there is not the user's
  const productWrote = (ref: string) => {
    const current = existing.get(ref);
    return current !== undefined && elsewhere?.get(ref)?.has(contentKey(current)) === true;
  };
  const edited = def.cells
    .filter(
      (cell) =>
        cell.role !== "input" &&
        !typedOver(cell) &&
        !isEmpty(existing.get(cell.ref)) &&
        !sameContent(existing.get(cell.ref), cell) &&
        !productWrote(cell.ref)
    )
    .map((cell) => cell.ref);
  if (edited.length > 0) return { def, action: "skip", writes: [], keptInputs: 0, edited };
  let keptInputs = 0;
  let reentered = 0;
  const writes: CellWrite[] = [];
  for (const cell of def.cells) {
    const current = existing.get(cell.ref);
    if (cell.role === "input" && !isEmpty(current) && !productWrote(cell.ref)) {
      keptInputs += 1; // the user's value (or the default they left) stays as it is
      continue;
    }
    // a file written without Excel holds BCP functions Excel may not have bound to the add-in
    // until the formula is entered again (OfficeDev/Excel-Custom-Functions #108)
    const unbound = current?.formula !== undefined && hasUnboundFunction(current.formula);
    if (unbound) reentered += 1;
    if (unbound || !sameContent(current, cell)) writes.push(defaultWrite(cell));
  }
  // a cell with nowhere to carry to (a form field the diagnosis now fills) reports what gave way
  const carried = def.cells.filter(typedOver).flatMap((cell) => {
    const typed = existing.get(cell.ref)?.value as CellValue;
    const targets: (CarryTarget | undefined)[] = cell.carry?.length ? [...cell.carry] : [undefined];
    return targets.map((target) => ({
      target,
      typed,
      from: cell.ref,
      formula: cell.formula ?? "",
    }));
  });
  const defined = new Set(def.cells.map((c) => c.ref));
  const cleared = [...existing.keys()].filter((ref) => !defined.has(ref) && productWrote(ref));
  return {
    def,
    action: "update",
    writes,
    keptInputs,
    edited,
    ...(cleared.length > 0 ? { cleared } : {}),
    ...(carried.length ? { carried } : {}),
    ...(reentered > 0 ? { reentered } : {}),
  };
}

/** Where a carry target lands: the sheet and address of the named cell or range position. */
function locateTarget(
  def: WorkbookDef,
  target: CarryTarget
): { sheet: string; ref: string } | null {
  const cells = namedCells(def, target.name);
  const ref = cells?.refs[target.index ?? 0];
  return cells === null || ref === undefined ? null : { sheet: cells.sheet, ref };
}

/** Writes the carried values into the receiving cells, where those are new or still empty. */
function applyCarried(
  def: WorkbookDef,
  sheets: SheetPlan[],
  read: (sheet: string) => Map<string, StoredCell> | undefined
): Pick<BuildReport, "carried" | "dropped"> {
  const carried: string[] = [];
  const dropped: NonNullable<BuildReport["dropped"]> = [];
  for (const plan of sheets) {
    for (const { target, typed, from, formula } of plan.carried ?? []) {
      if (target === undefined) {
        dropped.push({ cell: `${plan.def.name}!${from}`, value: typed, keptIn: `=${formula}` });
        continue;
      }
      const value = carriedValue(target, typed);
      if (value === undefined) continue;
      const at = locateTarget(def, target);
      const receiving = at === null ? undefined : sheets.find((p) => p.def.name === at.sheet);
      if (at === null || receiving === undefined || receiving.action === "skip") continue;
      const cellDef = receiving.def.cells.find((c) => c.ref === at.ref);
      if (cellDef === undefined) continue;
      if (receiving.action === "update" && !isEmpty(read(at.sheet)?.get(at.ref))) {
        if (target.value === undefined)
          dropped.push({
            cell: `${plan.def.name}!${from}`,
            value: typed,
            keptIn: `${at.sheet}!${at.ref}`,
          });
        continue;
      }
      receiving.writes = receiving.writes.filter((w) => w.ref !== at.ref);
      receiving.writes.push({ ref: at.ref, value, def: cellDef });
      if (target.value === undefined) carried.push(`${at.sheet}!${at.ref}`);
    }
  }
  return { ...(carried.length ? { carried } : {}), ...(dropped.length ? { dropped } : {}) };
}

/**
 * read: the current content of a sheet by name (undefined when there is none); locate: which
 * sheet a defined name is on now (for the marker of a renamed sheet).
 */
export function planBuild(
  def: WorkbookDef,
  read: (sheet: string) => Map<string, StoredCell> | undefined,
  locate: (name: string) => string | undefined = () => undefined,
  elsewhere?: WrittenElsewhere
): BuildPlan {
  const sheets = def.sheets.map((sheet): SheetPlan => {
    const existing = read(sheet.name);
    const now = existing === undefined ? locate(sheetMarker(sheet.key)) : undefined;
    if (now !== undefined && now !== sheet.name) {
      return { def: sheet, action: "skip", renamedTo: now, writes: [], keptInputs: 0, edited: [] };
    }
    const plan = planSheet(sheet, existing);
    // only a sheet that looks edited, or holds cells beyond the definition, is compared with
    // what other choices write (working that out costs)
    const defined = new Set(sheet.cells.map((c) => c.ref));
    const beyond = [...(existing?.keys() ?? [])].some((ref) => !defined.has(ref));
    return (plan.action === "skip" || beyond) && elsewhere !== undefined
      ? planSheet(sheet, existing, elsewhere(sheet.key))
      : plan;
  });
  const carried = applyCarried(def, sheets, read);
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
      ...carried,
      ...reenteredCount(sheets),
    },
  };
}

function reenteredCount(sheets: readonly SheetPlan[]): Pick<BuildReport, "reentered"> {
  const n = sheets.reduce((sum, s) => sum + (s.reentered ?? 0), 0);
  return n > 0 ? { reentered: n } : {};
}

/**
 * The order of the workbook's sheets once the new ones are in: each new sheet goes just before the
 * next sheet of the definition already there (else after the previous one, else at the end), so
 * that a 様式01 cover added to a built course comes first and its 目次 pages hold. Sheets of the
 * user's own keep their places relative to each other.
 */
export function sheetOrder(
  existing: readonly string[],
  def: WorkbookDef,
  created: readonly string[]
): string[] {
  const order = [...existing];
  const defNames = def.sheets.map((s) => s.name);
  const isNew = new Set(created);
  defNames.forEach((name, i) => {
    if (!isNew.has(name) || order.includes(name)) return;
    const next = defNames.slice(i + 1).find((n) => order.includes(n));
    const previous = defNames
      .slice(0, i)
      .reverse()
      .find((n) => order.includes(n));
    if (next !== undefined) order.splice(order.indexOf(next), 0, name);
    else if (previous !== undefined) order.splice(order.indexOf(previous) + 1, 0, name);
    else order.push(name);
  });
  return order;
}
