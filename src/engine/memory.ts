/**
 * The in-memory workbook: sheets of cells and workbook names, built from sheet definitions the
 * same way the Excel adapter builds them (inputs the user typed are kept), and evaluated with the
 * formula evaluator so that every figure can be read without Excel.
 */
import {
  COEFFICIENTS,
  type Parameters,
  coefficientProblem,
  isCoefficientKey,
  withOverrides,
} from "../model/parameters";
import { cellsOfRange } from "../sheets/address";
import type { DefinedName } from "../sheets/names";
import { NameMap } from "./names";
import type { CellValue, CellDef, InputValue, InputValues, WorkbookDef } from "../sheets/types";
import {
  type FormulaError,
  FormulaEvaluator,
  type Scalar,
  type StoredCell,
  isError,
} from "./formula/evaluate";
import { type BuildReport, type WrittenElsewhere, planBuild, sheetOrder } from "./plan";

export interface MemoryCell extends StoredCell {
  def?: CellDef;
}

export class MemoryWorkbook {
  readonly sheets = new Map<string, Map<string, MemoryCell>>();
  readonly names = new NameMap<{ sheet: string; ref: string }>();
  private evaluator: FormulaEvaluator | null = null;

  /** Builds or upgrades the definitions into this workbook; returns what was created or kept. */
  build(def: WorkbookDef, elsewhere?: WrittenElsewhere): BuildReport {
    const before = [...this.sheets.keys()];
    const plan = planBuild(
      def,
      (name) => this.snapshot(name),
      (name) => this.names.get(name)?.sheet,
      elsewhere
    );
    for (const sheetPlan of plan.sheets) {
      if (sheetPlan.action === "skip") continue;
      let cells = this.sheets.get(sheetPlan.def.name);
      if (cells === undefined) {
        cells = new Map();
        this.sheets.set(sheetPlan.def.name, cells);
      }
      for (const ref of sheetPlan.cleared ?? []) cells.delete(ref);
      for (const write of sheetPlan.writes) {
        cells.set(write.ref, { value: write.value, formula: write.formula, def: write.def });
      }
      for (const range of sheetPlan.def.rangeNames ?? [])
        this.names.set(range.name, { sheet: sheetPlan.def.name, ref: range.ref });
      for (const cell of sheetPlan.def.cells) {
        if (cell.name !== undefined)
          this.names.set(cell.name, { sheet: sheetPlan.def.name, ref: cell.ref });
        const stored = cells.get(cell.ref);
        if (stored !== undefined) stored.def = cell;
      }
    }
    // new sheets take their place in the definition's order, as in Excel
    const order = sheetOrder(before, def, plan.report.created);
    const sheets = new Map(this.sheets);
    this.sheets.clear();
    for (const name of order) {
      const cells = sheets.get(name);
      if (cells !== undefined) this.sheets.set(name, cells);
    }
    this.evaluator = null;
    return plan.report;
  }

  private snapshot(sheet: string): Map<string, StoredCell> | undefined {
    const cells = this.sheets.get(sheet);
    if (cells === undefined) return undefined;
    return new Map([...cells].map(([ref, c]) => [ref, { value: c.value, formula: c.formula }]));
  }

  /** Renames a sheet as a user would: its names follow it. */
  rename(from: string, to: string): void {
    const cells = this.sheets.get(from);
    if (cells === undefined) throw new Error(`No sheet ${from}`);
    this.sheets.delete(from);
    this.sheets.set(to, cells);
    for (const place of this.names.values()) if (place.sheet === from) place.sheet = to;
    this.evaluator = null;
  }

  /** Where a defined name points: its sheet and A1 reference (undefined when not defined). */
  place(name: DefinedName): { sheet: string; ref: string } | undefined {
    return this.names.get(name);
  }

  has(name: DefinedName): boolean {
    return this.names.has(name);
  }

  /**
   * What a named cell holds as it would be typed again: its value, or its formula with the "="
   * (an input linked to the user's own sheet); null when empty.
   */
  held(name: DefinedName): CellValue | null {
    const place = this.names.get(name);
    const cell = place === undefined ? undefined : this.sheets.get(place.sheet)?.get(place.ref);
    if (cell?.formula !== undefined) return `=${cell.formula}`;
    if (cell?.link !== undefined) return `=${cell.link}`;
    const value = cell?.value;
    return value === undefined || value === null || typeof value === "object" ? null : value;
  }

  /** Types a formula ("=…") into a cell, or a value as `setCell` does. */
  typeIn(sheet: string, ref: string, value: CellValue | null): void {
    if (typeof value === "string" && value.startsWith("=")) {
      const cells = this.sheets.get(sheet);
      if (cells === undefined) throw new Error(`No sheet ${sheet}`);
      cells.set(ref, { formula: value.slice(1), def: cells.get(ref)?.def });
      this.inputChanged();
    } else this.setCell(sheet, ref, value);
  }

  /**
   * Types into a named cell as a user would. A list fills a named range cell by cell; its null
   * entries leave those cells as they are.
   */
  set(name: DefinedName, value: InputValue): number {
    const place = this.names.get(name);
    if (place === undefined) throw new Error(`No cell named ${name}`);
    const typed = this.write(place.sheet, place.ref, value, name);
    this.inputChanged();
    return typed;
  }

  /** Types into a cell by sheet and address (a range address takes a list). */
  setCell(sheet: string, ref: string, value: InputValue): void {
    this.write(sheet, ref, value, `${sheet}!${ref}`);
    this.inputChanged();
  }

  /**
   * Puts the value in the cells, leaving what the workbook showed for the caller to forget;
   * returns how many cells now hold a value typed here (a blank typed over a cell is not one).
   */
  private write(sheet: string, ref: string, value: InputValue, what: string): number {
    const cells = this.sheets.get(sheet);
    if (cells === undefined) throw new Error(`No sheet ${sheet}`);
    const refs = cellsOfRange(ref);
    const values = Array.isArray(value) ? value : [value];
    if (values.length > refs.length)
      throw new Error(`${what} has ${refs.length} cells, not ${values.length}`);
    let typed = 0;
    values.forEach((v, i) => {
      if (Array.isArray(value) && (v === null || v === undefined)) return;
      const at = refs[i] as string;
      cells.set(at, { value: v ?? null, def: cells.get(at)?.def });
      if (v !== null && v !== undefined && v !== "") typed += 1;
    });
    return typed;
  }

  /** What the workbook showed no longer holds once an input changes: calculate from here on. */
  private inputChanged(): void {
    for (const cells of this.sheets.values())
      for (const cell of cells.values()) if (cell.shown !== undefined) delete cell.shown;
    this.evaluator = null;
  }

  /** Types each value whose name the workbook has; returns how many cells were filled. */
  fill(inputs: InputValues): number {
    let typed = 0;
    for (const [name, value] of Object.entries(inputs) as [DefinedName, InputValue | undefined][]) {
      const place = value === undefined ? undefined : this.names.get(name);
      if (place === undefined) continue;
      typed += this.write(place.sheet, place.ref, value as InputValue, name);
    }
    // once for all of them: forgetting scans every cell
    this.inputChanged();
    return typed;
  }

  /** The coefficients in force: the 係数 sheet's values where they are numbers. */
  parameters(): Parameters {
    const overrides: Record<string, number> = {};
    for (const c of COEFFICIENTS) {
      const place = this.names.get(c.key);
      const value =
        place === undefined ? undefined : this.sheets.get(place.sheet)?.get(place.ref)?.value;
      // a value outside the coefficient's range is not used (the check reports it, and every
      // BCP function given the 係数 column answers with an error naming it)
      if (isCoefficientKey(c.key) && coefficientProblem(c, value) === null)
        overrides[c.key] = value as number;
    }
    try {
      return withOverrides(overrides);
    } catch {
      return withOverrides(); // valid one by one, not together
    }
  }

  private engine(): FormulaEvaluator {
    if (this.evaluator === null) {
      const params = this.parameters();
      this.evaluator = new FormulaEvaluator({
        cell: (sheet, ref) => this.sheets.get(sheet)?.get(ref),
        resolveName: (name) => this.names.get(name),
        params,
      });
    }
    return this.evaluator;
  }

  value(sheet: string, ref: string): Scalar | FormulaError {
    return this.engine().cellValue(sheet, ref);
  }

  /** The value of a named cell. */
  get(name: DefinedName): Scalar | FormulaError {
    const place = this.names.get(name);
    if (place === undefined) throw new Error(`No cell named ${name}`);
    return this.value(place.sheet, place.ref);
  }

  /** A named numeric cell, failing loudly on errors (for tests and exports). */
  number(name: DefinedName): number {
    const v = this.get(name);
    if (typeof v !== "number")
      throw new Error(
        `${name} is ${isError(v) ? `${v.error} ${v.message ?? ""}` : JSON.stringify(v)}`
      );
    return v;
  }

  /** Every formula cell that evaluates to an error: sheet, address and the error. */
  errors(): { sheet: string; ref: string; error: FormulaError }[] {
    const out: { sheet: string; ref: string; error: FormulaError }[] = [];
    for (const [sheet, cells] of this.sheets) {
      for (const [ref, cell] of cells) {
        if (cell.formula === undefined) continue;
        const v = this.value(sheet, ref);
        if (isError(v)) out.push({ sheet, ref, error: v });
      }
    }
    return out;
  }
}
