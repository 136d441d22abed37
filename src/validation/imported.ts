/**
 * Inputs filled from the accountant's books, against the workbook now: which still hold the
 * imported value, which were typed over since, and which required inputs the import left empty.
 * A replacement-cost factor changed after the import leaves the 再調達価格 it produced stale,
 * which is a warning; another input typed over is the user's correction, which is reported.
 */
import type { Scalar, FormulaError } from "../engine/formula/evaluate";
import type { MemoryWorkbook } from "../engine/memory";
import type { WorkbookName } from "../sheets/names";
import type { CellDef, SheetDef, WorkbookDef } from "../sheets/types";
import { figureText, sameFigure } from "../model/numberText";
import type { Finding } from "./finding";

export interface ImportedInput {
  name: WorkbookName;
  /** the value the import wrote */
  value: number;
}

export interface ImportSummary {
  /** inputs of the chosen sheets the import filled */
  imported: number;
  /** of those, typed over since */
  typedOver: number;
  /** required inputs (without a default) still empty that the import did not fill */
  leftEmpty: number;
}

function shown(v: Scalar | FormulaError): string {
  if (typeof v === "number") return figureText(v);
  if (v === null || v === "") return "空欄";
  return typeof v === "object" ? v.error : String(v);
}

export function checkImported(
  def: WorkbookDef,
  memory: MemoryWorkbook,
  imported: readonly ImportedInput[],
  labelOf: (sheet: SheetDef, cell: CellDef) => string,
  out: Finding[]
): ImportSummary {
  const written = new Map(imported.map((i) => [i.name as string, i.value]));
  const summary: ImportSummary = { imported: 0, typedOver: 0, leftEmpty: 0 };
  for (const sheet of def.sheets)
    for (const cell of sheet.cells) {
      if (cell.role !== "input" || cell.name === undefined) continue;
      const value = written.get(cell.name);
      const now = memory.value(sheet.name, cell.ref);
      if (value === undefined) {
        const empty = now === null || now === "";
        if (cell.required && (cell.value === undefined || cell.value === "") && empty)
          summary.leftEmpty += 1;
        continue;
      }
      summary.imported += 1;
      if (sameFigure(now, value)) continue;
      summary.typedOver += 1;
      const factor = cell.name.startsWith("ReplacementFactor_");
      out.push({
        severity: factor ? "警告" : "情報",
        rule: "imported",
        sheet: sheet.name,
        ref: cell.ref,
        message: factor
          ? `「${labelOf(sheet, cell)}」が取込の後に ${shown(value)} から ${shown(now)} に変わりました。再調達価格は取込のときの係数のままです。台帳を取り込み直すと新しい係数で入ります。`
          : `「${labelOf(sheet, cell)}」は会計ファイルから ${shown(value)} を入れた後、${shown(now)} に書き換えられています（出どころは取込記録シート）。`,
      });
    }
  return summary;
}
