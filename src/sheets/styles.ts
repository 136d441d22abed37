/**
 * How each kind of cell looks, decided once for every renderer: Excel through Office.js
 * (src/excel/build.ts) and the .xlsx file (src/file/xlsx.ts) turn these into their own calls.
 * Colours are RGB hex without a prefix; each renderer writes them in its own notation.
 */
import type { CellRole } from "./types";

export interface CellStyle {
  bold?: true;
  /** font size in points (the default font otherwise) */
  size?: number;
  /** font colour */
  color?: string;
  /** background fill */
  fill?: string;
  /** a thin border on every edge */
  border?: true;
  /** text wrapped inside the column, aligned as given */
  wrap?: "middle" | "top";
  /** aligned to the top of the row: a label and its figure stay level when one of them wraps */
  top?: true;
  /** the user may type here on a protected sheet */
  unlocked?: true;
}

const MUTED = "595959";

export const ROLE_STYLES: Readonly<Record<CellRole, CellStyle>> = {
  title: { bold: true, size: 12 },
  unit: { size: 9, color: MUTED },
  note: { size: 9, color: MUTED },
  header: { bold: true, fill: "E7E6E6", border: true, wrap: "middle" },
  label: { top: true },
  // pale yellow: the one style of the cells the user fills in
  input: { fill: "FFF2CC", border: true, unlocked: true, top: true },
  formula: { border: true, top: true },
};

/** The colour of the thin borders. */
export const BORDER_COLOR = "BFBFBF";

/**
 * A figure waiting for its inputs (#N/A, the answer to a blank input) prints blank: a conditional
 * font in the paper's colour over the sheet, its formula relative to A1.
 */
export const MISSING_FIGURE_RULE = "ISNA(A1)";
export const MISSING_FIGURE_FONT = "FFFFFF";

/** The fill an empty required input turns to (conditional format, live without the add-in). */
export const REQUIRED_EMPTY_FILL = "F4CCCC";

/** Long text set to wrap in a cell of any role: aligned to the top of its taller row. */
export const WRAPPED: CellStyle["wrap"] = "top";

/** The style of a cell: its role's, with wrapping when its text is longer than the column. */
export function styleOf(role: CellRole, wrap?: boolean): CellStyle {
  const style = ROLE_STYLES[role];
  return wrap ? { ...style, wrap: WRAPPED } : style;
}
