/**
 * Declarative sheet definitions: what cells a sheet has (labels, inputs, formulas), their names,
 * formats and validation. Adapters render them into Excel (Office.js) or an .xlsx file, and the
 * in-memory workbook evaluates them.
 */

export type CellRole = "title" | "unit" | "header" | "label" | "input" | "formula" | "note";

/** Number formats used across the workbook (SPEC §2: 千円 with △ for negatives). */
export const NUMBER_FORMATS = {
  amount: "#,##0;△#,##0",
  amountDecimal: "#,##0.0;△#,##0.0",
  percent: "0.0%",
  days: '#,##0"日"',
  integer: "0",
  decimal: "0.000",
  text: "@",
  general: "General",
} as const;
export type NumberFormatKey = keyof typeof NUMBER_FORMATS;

export type Validation =
  | { type: "list"; values: readonly string[] }
  | { type: "whole"; min: number; max: number }
  | { type: "decimal"; min: number; max: number };

export type CellValue = string | number | boolean;

export interface CellDef {
  /** A1 address on its sheet */
  ref: string;
  role: CellRole;
  /** label text, or the default of an input */
  value?: CellValue;
  /** formula without the leading "=" */
  formula?: string;
  /** workbook-level defined name (ASCII, not cell-like) */
  name?: string;
  format?: NumberFormatKey;
  validation?: Validation;
  /** an input the diagnosis cannot do without (validation, issue of completeness) */
  required?: boolean;
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
  rangeNames?: { name: string; ref: string }[];
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
}

export const SHEET_NAME_MAX = 31;
