/**
 * The workbook the use cases work on, whatever holds it: Excel through Office.js (src/excel/) or
 * the in-memory workbook (the preview, tests). A use case reads the course, checks it, builds or
 * copies it through these few operations and never sees how they are carried out.
 */
import type { CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import type { MemoryWorkbook } from "./memory";
import type { BuildReport } from "./plan";
import type { Layout } from "./snapshot";

export interface CourseRead {
  /** the definition as the workbook is laid out (its tables as long as the workbook's) */
  def: WorkbookDef;
  /** the definition with every cell as the workbook holds and shows it */
  memory: MemoryWorkbook;
  /** sheets of the definition the workbook does not have */
  missing: string[];
  /** round trips to the workbook it took */
  reads: number;
  /** every name the workbook defines (a sheet the product adds only sometimes is known by them) */
  definedNames: ReadonlySet<string>;
}

export interface WorkbookHost {
  /**
   * The definition's sheets as the workbook holds them, found through its names: a layout is
   * laid out again for the workbook's table rows.
   */
  read(def: WorkbookDef | Layout): Promise<CourseRead>;
  /** creates or brings up to date the definition's sheets, keeping what the user typed */
  build(def: WorkbookDef | Layout): Promise<BuildReport>;
  /**
   * writes values into single-cell inputs by their defined names, in one request (an import,
   * or putting back what an import replaced); an empty value clears the cell
   */
  fill(values: Readonly<Record<string, CellValue | null>>): Promise<void>;
  /** puts a fresh copy of a sheet the product owns (the 検証結果) in place of the old one */
  replaceSheet(def: SheetDef): Promise<void>;
  /** takes the user to a cell */
  select(sheet: string, ref: string): Promise<void>;
  /** hands over a workbook file the product made (Excel opens it, a browser downloads it) */
  deliver(bytes: Uint8Array, fileName: string): Promise<void>;
}
