/**
 * The workbook as the user left it, read in one go: what each cell of the course's sheets holds
 * and shows, and where each defined name points now (Excel moves a name with its cells and
 * widens it when rows are inserted inside it). The use cases never read a fixed address: a
 * definition's cell is found through the names around it, and holds the value the workbook shows,
 * whether typed, linked to the user's own sheet or typed over a formula.
 */
import { parseA1 } from "../sheets/address";
import type { CellDef, SheetDef, WorkbookDef } from "../sheets/types";
import { type FormulaError, type Scalar, type StoredCell } from "./formula/evaluate";
import { sameFormula } from "./formula/normalize";
import { MemoryWorkbook } from "./memory";
import type { WrittenElsewhere } from "./plan";
import { NameMap } from "./names";

/** One sheet's used range: what each cell holds ("=…" for a formula) and what it shows. */
export interface SheetSnapshot {
  /** the used range's first row (1-based) and column (0-based) */
  top: number;
  left: number;
  formulas: readonly (readonly unknown[])[];
  values: readonly (readonly unknown[])[];
}

export interface WorkbookSnapshot {
  /** the sheets the workbook has, by name (a course sheet it lacks is not here) */
  sheets: ReadonlyMap<string, SheetSnapshot>;
  /** each defined name and the reference it holds ("=Sheet!$A$1", "=#REF!$A$1") */
  names: NameMap<string>;
}

/** What the table rows of the forms are now: rows per Excel table, by table name. */
export interface WorkbookShape {
  tableRows: Readonly<Record<string, number>>;
}

export const NO_SHAPE: WorkbookShape = { tableRows: {} };

/**
 * A definition laid out for the workbook's shape (its tables as long as the workbook's), and
 * what the product writes in its sheets for other choices (so that a switch of course, industry
 * or language updates them instead of taking them for the user's edits).
 */
export type Layout = ((shape: WorkbookShape) => WorkbookDef) & { elsewhere?: WrittenElsewhere };

export function layoutOf(def: WorkbookDef | Layout): Layout {
  return typeof def === "function" ? def : () => def;
}

export type NamePlace = { sheet: string; ref: string } | "broken";

/** Where a name's reference points ("broken" once its sheet was deleted: "#REF!"). */
export function placeOf(reference: string): NamePlace | undefined {
  if (reference.includes("#REF!")) return "broken";
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
    reference.trim()
  );
  if (m === null) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  return { sheet, ref: (m[3] as string).replace(/\$/g, "") };
}

const rowsOf = (ref: string) => {
  const [from, to] = ref.split(":") as [string, string | undefined];
  return parseA1(to ?? from).row - parseA1(from).row + 1;
};

/**
 * The rows each table of the definition has in the workbook: the rows of its first column's
 * name, which Excel widens as rows are inserted in the table.
 */
export function shapeOf(def: WorkbookDef, names: NameMap<string>): WorkbookShape {
  const tableRows: Record<string, number> = {};
  for (const sheet of def.sheets) {
    for (const table of sheet.tables ?? []) {
      const column = sheet.rangeNames?.find((r) => r.name.startsWith(`${table.name}_`));
      const reference = column === undefined ? undefined : names.get(column.name);
      const place = reference === undefined ? undefined : placeOf(reference);
      if (column === undefined || place === undefined || place === "broken") continue;
      if (place.sheet === sheet.name && rowsOf(place.ref) > rowsOf(column.ref))
        tableRows[table.name] = rowsOf(place.ref);
    }
  }
  return { tableRows };
}

/** The row a definition's row is at now, from the names of the sheet above it. */
function rowMap(sheet: SheetDef, names: NameMap<string>): (row: number) => number {
  const anchors: { defined: number; now: number }[] = [];
  const anchor = (name: string, ref: string) => {
    const reference = names.get(name);
    const place = reference === undefined ? undefined : placeOf(reference);
    if (place === undefined || place === "broken" || place.sheet !== sheet.name) return;
    anchors.push({
      defined: parseA1(ref.split(":")[0] as string).row,
      now: parseA1(place.ref.split(":")[0] as string).row,
    });
  };
  for (const cell of sheet.cells) if (cell.name !== undefined) anchor(cell.name, cell.ref);
  for (const range of sheet.rangeNames ?? []) anchor(range.name, range.ref);
  anchors.sort((a, b) => a.defined - b.defined);
  return (row) => {
    let shift = 0;
    for (const a of anchors) {
      if (a.defined > row) break;
      shift = a.now - a.defined;
    }
    return row + shift;
  };
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA|BUSY!)$/;

/** A value as Excel shows it, errors as errors. */
function shownOf(value: unknown): Scalar | FormulaError {
  if (typeof value === "string" && ERROR_TEXT.test(value)) return { error: value } as FormulaError;
  if (value === "" || value === undefined) return null;
  return value as Scalar;
}

/** What a definition's cell holds in the workbook, as the evaluator should take it. */
function storedFor(cell: CellDef, holds: unknown, shows: unknown): StoredCell | undefined {
  const formula = typeof holds === "string" && holds.startsWith("=") ? holds.slice(1) : undefined;
  if (cell.role === "input") {
    // a link to the user's own sheet counts with the value it brings
    const shown = shownOf(shows);
    if (formula === undefined) return { value: holds === "" ? null : (holds as Scalar) };
    return typeof shown === "object" && shown !== null
      ? { formula, shown }
      : { value: shown, link: formula };
  }
  if (cell.formula === undefined) return undefined; // a label: as defined
  // typed over: the value stays what the workbook shows (the check says so)
  if (formula === undefined) return { value: holds === "" ? null : (holds as Scalar) };
  return {
    formula: sameFormula(formula, cell.formula) ? cell.formula : formula,
    shown: shownOf(shows),
  };
}

export interface SnapshotRead {
  memory: MemoryWorkbook;
  /** sheets of the definition the workbook does not have */
  missing: string[];
}

/** The definition with every cell as the workbook holds and shows it. */
export function courseFromSnapshot(def: WorkbookDef, snapshot: WorkbookSnapshot): SnapshotRead {
  const memory = new MemoryWorkbook();
  memory.build(def);
  const missing: string[] = [];
  for (const sheet of def.sheets) {
    const read = snapshot.sheets.get(sheet.name);
    const cells = memory.sheets.get(sheet.name);
    if (read === undefined || cells === undefined) {
      missing.push(sheet.name);
      continue;
    }
    const rowNow = rowMap(sheet, snapshot.names);
    for (const cell of sheet.cells) {
      const { row, column } = parseA1(cell.ref);
      const r = rowNow(row) - read.top;
      const c = column - read.left;
      const holds = read.formulas[r]?.[c] ?? "";
      const shows = read.values[r]?.[c] ?? "";
      const stored = storedFor(cell, holds, shows);
      if (stored !== undefined) cells.set(cell.ref, { ...stored, def: cell });
    }
  }
  return { memory, missing };
}
