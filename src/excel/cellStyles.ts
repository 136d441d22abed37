/**
 * The cell styles of sheets/styles.ts as named styles of the workbook: each kind of cell (role,
 * wrapping, number format) is one style defined once, and a block of such cells takes it with a
 * single property (Range.style, ExcelApi 1.7) instead of a call per font, fill, border and lock.
 * The user sees them as 「BCP …」 in Excel's cell styles and may restyle them.
 */
/* global Excel */
import { BORDER_COLOR, type CellStyle, styleOf } from "../sheets/styles";
import { type CellDef, NUMBER_FORMATS, type NumberFormatKey } from "../sheets/types";
import type { RequestBatches } from "./requestBatches";

export interface NamedStyle {
  name: string;
  style: CellStyle;
  numberFormat: string;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const hex = (rgb: string) => `#${rgb}`;

/** The named style of a cell; text Excel would read as a number is kept as text. */
export function namedStyleOf(cell: CellDef, asText: boolean): NamedStyle {
  // Excel keeps a formula entered into a cell formatted as text ("@") as the text of the formula
  // (Microsoft support: "formulas shown as text"): a formula's cell shows its text result as it is
  const requested: NumberFormatKey | "general" = asText ? "text" : (cell.format ?? "general");
  const format = cell.formula !== undefined && requested === "text" ? "general" : requested;
  const wrap = cell.wrap ? " wrap" : "";
  return {
    name: `BCP ${cell.role}${wrap} ${format}`,
    style: styleOf(cell.role, cell.wrap),
    numberFormat: NUMBER_FORMATS[format],
  };
}

/** Defines the styles the workbook does not have yet (a style is added once, then kept). */
export async function defineStyles(
  context: Excel.RequestContext,
  needed: Iterable<NamedStyle>,
  existing: ReadonlySet<string>,
  batches: RequestBatches
): Promise<void> {
  const styles = context.workbook.styles;
  for (const { name, style, numberFormat } of needed) {
    if (existing.has(name)) continue;
    // a new style starts as Excel's Normal (plain font, no fill or borders, bottom-aligned, not
    // wrapped, locked): only what differs is set, with every category included
    styles.add(name);
    const s = styles.getItem(name);
    s.includeNumber = true;
    s.includeFont = true;
    s.includePatterns = true;
    s.includeBorder = true;
    s.includeAlignment = true;
    s.includeProtection = true;
    s.numberFormat = numberFormat;
    if (style.bold) s.font.bold = true;
    if (style.size !== undefined) s.font.size = style.size;
    if (style.color !== undefined) s.font.color = hex(style.color);
    if (style.fill !== undefined) s.fill.color = hex(style.fill);
    if (style.border)
      for (const edge of EDGES) {
        const border = s.borders.getItem(edge);
        border.style = "Continuous";
        border.color = hex(BORDER_COLOR);
      }
    if (style.wrap !== undefined) {
      s.wrapText = true;
      s.verticalAlignment = style.wrap === "top" ? "Top" : "Center";
    } else if (style.top) s.verticalAlignment = "Top";
    if (style.unlocked) s.locked = false;
    await batches.add(name, 24);
  }
}
