/**
 * Declarative sheet definitions: what cells a sheet has (labels, inputs, formulas), their names,
 * formats and validation. Adapters render them into Excel (Office.js) or an .xlsx file, and the
 * in-memory workbook evaluates them.
 */

import type { DefinedName } from "./names";

export type CellRole = "title" | "unit" | "header" | "label" | "input" | "formula" | "note";

/** Number formats used across the workbook (SPEC §2: 千円 with △ for negatives). */
export const NUMBER_FORMATS = {
  amount: "#,##0;△#,##0",
  amountDecimal: "#,##0.0;△#,##0.0",
  percent: "0.0%",
  days: '#,##0"日"',
  daysEn: '#,##0" days"',
  integer: "0",
  decimal: "0.000",
  text: "@",
  general: "General",
  // dates of the 様式: the current era by Excel's own calendar, or the Western year
  dateWareki: '[$-411]ggge"年"m"月"d"日"',
  dateSeireki: 'yyyy"年"m"月"d"日"',
  dateIso: "yyyy-mm-dd",
} as const;
export type NumberFormatKey = keyof typeof NUMBER_FORMATS;

export type Validation =
  /** `source`: the values as a range of the same sheet ("$H$5:$H$60"), for lists longer than
   * the 255 characters a list typed into the rule may hold */
  | { type: "list"; values: readonly string[]; source?: string }
  | { type: "whole"; min: number; max: number }
  | { type: "decimal"; min: number; max: number };

export type CellValue = string | number | boolean;

/** What is typed into a named input: one value, or a list filling a named range cell by cell. */
export type InputValue = CellValue | null | readonly (CellValue | null)[];
/** Values for a workbook's inputs, by defined name. */
export type InputValues = Partial<Record<DefinedName, InputValue>>;

export interface CellDef {
  /** A1 address on its sheet */
  ref: string;
  role: CellRole;
  /** label text, or the default of an input */
  value?: CellValue;
  /** formula without the leading "=" */
  formula?: string;
  /** workbook-level defined name, declared in names.ts (ASCII, not cell-like) */
  name?: DefinedName;
  format?: NumberFormatKey;
  validation?: Validation;
  /** an input the diagnosis cannot do without (validation, issue of completeness) */
  required?: boolean;
  /** text longer than its column: wrapped inside it (its row is made taller) */
  wrap?: boolean;
  /**
   * guidance for filling the workbook in (what a form is for, where a figure comes from): shown
   * on screen, left out of the copies printed and filed
   */
  screenOnly?: boolean;
  /**
   * A formula that replaced an input (a figure a 様式 now holds): a value the user typed there
   * before is moved to these cells of the form rather than overwritten.
   */
  carry?: readonly CarryTarget[];
}

export interface CarryTarget {
  /** defined name of the receiving cell or range */
  name: DefinedName;
  /** position in the range (row by row), 0 for a single cell */
  index?: number;
  /** a fixed value to write, or else the typed value times `scale` (default 1) */
  value?: CellValue;
  scale?: number;
  /** carry only when the typed value is this (a 1 of a 加入 flag, say) */
  onlyIf?: CellValue;
}

export interface SheetDef {
  /** stable key, e.g. "intermediate.costing" */
  key: string;
  /** sheet tab name (≤ 31 characters) */
  name: string;
  cells: CellDef[];
  /** column widths in characters, from column A */
  columnWidths: number[];
  freeze?: { rows: number; columns: number };
  landscape?: boolean;
  /** print area; defaults to the used range */
  printArea?: string;
  /** a chart of two series of this sheet: data (with header row and labels) and where it goes */
  chart?: ChartDef;
  /** print the whole sheet on one page */
  fitOnePage?: boolean;
  /** defined names of ranges (a row of monthly inputs, say) */
  rangeNames?: { name: DefinedName; ref: string }[];
  /** Excel tables: one row per entry (a contact, a policy, a resource) */
  tables?: TableDef[];
  /** left unprotected so that the user can add rows to its tables */
  unprotected?: boolean;
  /** holds employees' private contacts: never copied for the bank */
  personalData?: boolean;
  /** a tool for the user's own work (the account mapping): left out of the copies */
  workingSheet?: boolean;
  /** runs of rows (first, last) printed on one page where they fit one (a card) */
  keepTogether?: readonly (readonly [number, number])[];
  /** rows taller than the default 15 pt (wrapped text), by row number */
  rowHeights?: Record<number, number>;
}

export interface TableDef {
  /** table name (ASCII) */
  name: string;
  /** header row and body, e.g. A5:F25 */
  ref: string;
  /** header texts, one per column */
  columns: string[];
}

export interface ChartDef {
  title: string;
  /** the data with its header row and a label column, e.g. A30:C54 */
  data: string;
  /** the series' value ranges (same sheet) */
  monthly: string;
  cumulative: string;
  /** top-left cell of the chart */
  anchor: string;
}

export interface WorkbookDef {
  sheets: SheetDef[];
  /** what every printed page carries besides its page number, when the writer knows it */
  print?: PrintFacts;
}

export interface PrintFacts {
  /** 会社名 */
  company?: string;
  /** the date of the document, already written in the workbook's date style */
  date?: string;
}

export const SHEET_NAME_MAX = 31;
