/**
 * The fake Excel's calculation and its spelling of formulas. Results come from HyperFormula, a
 * spreadsheet engine of its own (with the BCP functions registered, tests/helpers/hyperformula.ts),
 * not from the project's evaluator, so that what the add-in reads back as "what Excel shows" is
 * calculated independently of what it computes itself.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { absoluteRange, parseA1 } from "../../src/sheets/address";
import type { FakeWorkbookModel } from "./fakeExcel";
import "./hyperformula";

/** A sheet name Excel writes without quotes: letters, digits, "_" and ".", not like a cell. */
function needsNoQuotes(sheet: string): boolean {
  return (
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet)
  );
}

/**
 * A formula as Excel gives it back: function names in capitals, and sheet names without the
 * quotes they do not need ('サマリー'!A1 → サマリー!A1). String literals are left alone.
 */
export function excelSpelling(formula: string): string {
  return formula.replace(
    /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)\(/g,
    (match, sheet: string | undefined, fn: string | undefined) => {
      if (sheet !== undefined) {
        const name = sheet.replace(/''/g, "'");
        return needsNoQuotes(name) ? `${name}!` : match;
      }
      if (fn !== undefined) return `${fn.toUpperCase()}(`;
      return match;
    }
  );
}

/** Every sheet reference quoted, as HyperFormula reads them. */
function quoted(formula: string): string {
  return formula.replace(
    /"(?:[^"]|"")*"|'(?:[^']|'')+'!|([\p{L}_][\p{L}\p{N}_.]*)!/gu,
    (match, bare: string | undefined) => (bare === undefined ? match : `'${bare}'!`)
  );
}

/** What each cell shows, calculated once for the model as it is now. */
export function calculate(model: FakeWorkbookModel): (sheet: string, ref: string) => unknown {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of model.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [ref, cell] of sheet.cells) {
      if (cell.formula === undefined && cell.value === undefined) continue;
      const { row, column } = parseA1(ref);
      while (grid.length < row) grid.push([]);
      const line = grid[row - 1] as (string | number | boolean | null)[];
      while (line.length <= column) line.push(null);
      line[column] = cell.formula !== undefined ? `=${quoted(cell.formula)}` : (cell.value ?? null);
    }
    sheets[sheet.name] = grid;
  }
  // Excel keeps 15 significant digits; HyperFormula rounds results unless told not to
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  for (const [name, place] of model.names) {
    if (model.sheet(place.sheet) === undefined) continue; // "#REF!": its sheet is gone
    hf.addNamedExpression(
      name,
      `='${place.sheet.replace(/'/g, "''")}'!${absoluteRange(place.ref)}`
    );
  }
  return (sheet, ref) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) return "#REF!";
    const { row, column } = parseA1(ref);
    const v = hf.getCellValue({ sheet: id, row: row - 1, col: column });
    if (v instanceof DetailedCellError) return v.value;
    return v ?? "";
  };
}
