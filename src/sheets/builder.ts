/**
 * A small builder for sheet definitions: it keeps the current row, places labels, inputs and
 * formulas, and returns the address of each cell so that later formulas can refer to it.
 */
import { MAX_OPERATING_RATE } from "../model/guards";
import { NON_SEISMIC_HAZARDS, SEISMIC_CLASSES } from "../model/hazard";
import { a1 } from "./address";
import type { DefinedName, SheetMarkerName } from "./names";
import { ROW_HEIGHT, TITLE_FONT_FACTOR, readableWidths, wrappedRowHeight } from "./print";
import { englishFormula } from "./english";
import { type SheetLanguage, sheetText } from "./language";
import { DEFAULT_COLUMN_WIDTH, splitToWidth } from "./textWidth";
import type {
  CarryTarget,
  CellDef,
  CellValue,
  NumberFormatKey,
  SheetDef,
  TableDef,
  Validation,
} from "./types";

export interface InputOptions {
  name?: DefinedName;
  format?: NumberFormatKey;
  validation?: Validation;
  required?: boolean;
  /** default value, or a default formula the user may type over */
  value?: CellValue;
  formula?: string;
}

export interface FormulaOptions {
  name?: DefinedName;
  format?: NumberFormatKey;
  /** the formula replaces an input: where a value typed there goes (see CellDef.carry) */
  carry?: readonly CarryTarget[];
  /** a text result that may run longer than its column wraps inside it */
  wrap?: true;
}

export const FLAG_LIST: Validation = { type: "list", values: ["1", "0"] };
export const SHARE: Validation = { type: "decimal", min: 0, max: 1 };
/** a 稼働率: above 100 % in catch-up months */
export const OPERATING_RATE: Validation = { type: "decimal", min: 0, max: MAX_OPERATING_RATE };
export const AMOUNT: Validation = { type: "decimal", min: 0, max: 1e12 };
export const DAYS: Validation = { type: "decimal", min: 0, max: 3650 };
/** the hazards a sheet can be rated for */
export const HAZARD_LIST: Validation = {
  type: "list",
  values: [...SEISMIC_CLASSES, ...NON_SEISMIC_HAZARDS],
};

/** The defined name that marks the sheet built from a definition key. */
export function sheetMarker(key: string): SheetMarkerName {
  return `BCPSHEET_${key.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** The legend every sheet starts with: one style marks the cells the user fills in. */
export const INPUT_LEGEND =
  "黄色のセルが入力欄です。その他のセルは計算式で、シートは保護されています（パスワードなし）。";
export const INPUT_LEGEND_EN =
  "Yellow cells are for your entries; the other cells hold labels and formulas.";

/** What a sheet definition says about the sheet as a whole, given to the builder. */
type SheetOptions = Pick<
  SheetDef,
  "freeze" | "landscape" | "unprotected" | "fitOnePage" | "personalData" | "workingSheet"
>;

export class SheetBuilder {
  private readonly cells: CellDef[] = [];
  private readonly rangeNames: { name: DefinedName; ref: string }[] = [];
  private readonly tables: TableDef[] = [];
  private readonly blocks: [number, number][] = [];
  private readonly rowHeights: Record<number, number> = {};
  row = 1;

  private readonly columnWidths: number[];

  private readonly options: SheetOptions;
  /** the language the sheet's own texts (written in Japanese) are built in */
  private readonly language: SheetLanguage | undefined;

  constructor(
    readonly key: string,
    readonly name: string,
    columnWidths: number[],
    options: SheetOptions & { language?: SheetLanguage | undefined } = {},
    legend?: string
  ) {
    const { language, ...sheetOptions } = options;
    this.options = sheetOptions;
    this.language = language;
    // narrow enough to print at a readable size; long texts wrap within the narrower columns
    this.columnWidths = readableWidths(columnWidths, options.landscape === true);
    // The legend cell also carries the sheet's marker name, which follows the sheet if the user
    // renames it, so a rebuild can tell a renamed sheet from a missing one.
    this.put(0, { role: "note", value: legend ?? this.tr(INPUT_LEGEND), name: sheetMarker(key) });
    this.row += 1;
  }

  private put(column: number, given: Omit<CellDef, "ref">, row = this.row): string {
    const ref = a1(column, row);
    // days are counted in the sheet's language too
    const cell: Omit<CellDef, "ref"> =
      given.format === "days" && this.language === "en" ? { ...given, format: "daysEn" } : given;
    this.cells.push({ ref, ...cell, ...(this.wraps(column, cell, row) ? { wrap: true } : {}) });
    return ref;
  }

  private tr(text: string): string {
    return sheetText(this.language, text);
  }

  private width(column: number): number {
    return this.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** The width of the sheet from a column to its last (what a text there may run across). */
  private widthFrom(column: number): number {
    let width = 0;
    for (let c = column; c < Math.max(this.columnWidths.length, column + 1); c++)
      width += this.width(c);
    return width;
  }

  /**
   * Long text in a label, input or header wraps inside its column; the row grows to fit. A text
   * input always wraps, empty or not: what the user types later stays inside the cell (the row
   * has no fixed height, so Excel grows it as the text is typed; a protected sheet would not let
   * the user turn wrapping on).
   */
  private wraps(column: number, cell: Omit<CellDef, "ref">, row: number): boolean {
    const textInput = cell.role === "input" && cell.format === "text";
    if (cell.role !== "label" && cell.role !== "input" && cell.role !== "header") return false;
    if (typeof cell.value !== "string") return textInput;
    // the sheet's own texts: six lines at most, the rest stays readable in the cell
    const height = wrappedRowHeight(cell.value, this.width(column), 6);
    if (height === null) return textInput;
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? ROW_HEIGHT, height);
    return true;
  }

  /** A table title carrying the guideline's numbering, then its unit line. */
  title(text: string, unit: string | null = "（単位：千円）", column = 0): this {
    // a title longer than the sheet's columns (a translation, say) goes on as many rows as it
    // needs, or it would widen the printed page and shrink everything on it
    const width = this.widthFrom(column) / TITLE_FONT_FACTOR - 2;
    for (const line of splitToWidth(this.tr(text), Math.max(20, width))) {
      this.put(column, { role: "title", value: line });
      this.row += 1;
    }
    if (unit !== null) {
      this.put(0, { role: "unit", value: this.tr(unit) });
      this.row += 1;
    }
    return this;
  }

  header(texts: readonly string[], startColumn = 0): this {
    texts.forEach((text, i) => this.put(startColumn + i, { role: "header", value: this.tr(text) }));
    this.row += 1;
    return this;
  }

  /** A note, split over as many rows as it needs to stay inside the sheet's columns. */
  note(text: string, column = 0, screenOnly = false): this {
    for (const line of splitToWidth(this.tr(text), Math.max(20, this.widthFrom(column) - 2))) {
      this.put(column, { role: "note", value: line, ...(screenOnly ? { screenOnly } : {}) });
      this.row += 1;
    }
    return this;
  }

  /** A note on filling the sheet in, which the printed copies leave out. */
  hint(text: string, column = 0): this {
    return this.note(text, column, true);
  }

  label(column: number, text: string, screenOnly = false): string {
    const value = this.tr(text);
    return this.put(column, { role: "label", value, ...(screenOnly ? { screenOnly } : {}) });
  }

  /** A fixed value shown in a format (a figure of a copy, frozen). */
  value(column: number, value: CellValue, format?: NumberFormatKey): string {
    return this.put(column, { role: "label", value, ...(format !== undefined ? { format } : {}) });
  }

  input(column: number, options: InputOptions = {}): string {
    return this.put(column, { role: "input", format: "amount", ...options });
  }

  formula(column: number, formula: string, options: FormulaOptions = {}): string {
    const written = this.language === "en" ? englishFormula(formula) : formula;
    return this.put(column, { role: "formula", formula: written, format: "amount", ...options });
  }

  /** One "label | input" line; returns the input's address. */
  inputLine(text: string, options: InputOptions = {}, column = 1): string {
    this.label(0, text);
    const ref = this.input(column, options);
    this.row += 1;
    return ref;
  }

  /** One "label | formula" line; returns the formula's address. */
  formulaLine(text: string, formula: string, options: FormulaOptions = {}, column = 1): string {
    this.label(0, text);
    const ref = this.formula(column, formula, options);
    this.row += 1;
    return ref;
  }

  /** Names a range of this sheet (e.g. one row of monthly inputs). */
  nameRange(name: DefinedName, ref: string): this {
    this.rangeNames.push({ name, ref });
    return this;
  }

  /**
   * A figure with its verdict: label in A, the value formula in B, the verdict formula (text) in
   * `noteColumn`. A null value leaves B empty.
   */
  figureLine(
    text: string,
    value: string | null,
    note?: string,
    options: { format?: NumberFormatKey; noteColumn?: number; noteName?: DefinedName } = {}
  ): void {
    this.label(0, text);
    if (value !== null) this.formula(1, value, { format: options.format ?? "amount" });
    if (note !== undefined) {
      this.formula(options.noteColumn ?? 2, note, {
        format: "text",
        wrap: true,
        ...(options.noteName ? { name: options.noteName } : {}),
      });
    }
    this.row += 1;
  }

  /** Rows `from` to the current row's last printed together where a page can hold them. */
  keepTogether(from: number): this {
    if (this.row - 1 > from) this.blocks.push([from, this.row - 1]);
    return this;
  }

  /** Marks a range (header row and body) as an Excel table. */
  addTable(table: TableDef): this {
    this.tables.push(table);
    return this;
  }

  skip(rows = 1): this {
    this.row += rows;
    return this;
  }

  build(): SheetDef {
    return {
      key: this.key,
      name: this.name,
      cells: this.cells,
      columnWidths: this.columnWidths,
      ...(this.rangeNames.length > 0 ? { rangeNames: this.rangeNames } : {}),
      ...(this.tables.length > 0 ? { tables: this.tables } : {}),
      ...(this.blocks.length > 0 ? { keepTogether: this.blocks } : {}),
      ...(Object.keys(this.rowHeights).length > 0 ? { rowHeights: this.rowHeights } : {}),
      ...this.options,
    };
  }
}
