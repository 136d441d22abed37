/**
 * The lender copy: a workbook a bank can open without the add-in, and a document rather than a
 * tool — every figure is the value the workbook showed (no formula stays, so nothing recalculates
 * or breaks), inputs lose their input look, the add-in's marker names are left out, and a
 * 金融機関提出用サマリー comes first, dated in the workbook's date style.
 */
import { changedCoefficients } from "../model/parameters";
import type { Course } from "../sheets/course";
import { LENDER_SUMMARY_SHEET, lenderSummarySheet } from "../sheets/lenderSummary";
import type { CellDef, CellValue, SheetDef, WorkbookDef } from "../sheets/types";
import { isError } from "../engine/formula/evaluate";
import { MemoryWorkbook } from "../engine/memory";
import type { DateStyle } from "../forms/spec";
import { formatIsoDate } from "../sheets/dates";
import { isSheetMarker } from "../sheets/names";
import { VALIDATION_SHEET_KEY } from "../validation/sheet";
import { withCards } from "./printCards";
import { withBands } from "./printBands";
import { CONTENTS_SHEET } from "../forms/contents";

const COPY_LEGEND =
  "金融機関提出用の写しです。数値はすべて作成時点の値で、計算式や入力欄はありません。";
const PRINT_LEGEND = "印刷・保管用の写しです。数値はすべて作成時点の値です。";
const NO_VALUE = "−";

export interface LenderOptions {
  course: Course;
  courseLabel: string;
  /** ISO date of the copy */
  createdOn: string;
  /** how the copy writes its date (the workbook's choice; 和暦 unless given) */
  dateStyle?: DateStyle;
  /** sheet names to include (default: every sheet but those holding personal data) */
  include?: readonly string[];
  /** the result of the check, as the summary states it */
  checkStatus: string;
  /** what makes the diagnosis unfinished, when the check found errors */
  incomplete?: string;
  /** the 様式01 cover and contents for the copy's own sheets, when the workbook has one */
  contents?: (sheets: readonly SheetDef[], ownPage: number, like?: SheetDef) => SheetDef;
}

/** A cell as a value: what was typed or shown, with no formula, input look, list or check. */
function frozen(cell: CellDef, value: CellValue | null): CellDef {
  const copy: CellDef = { ...cell, role: "formula", value: value ?? "" };
  delete copy.formula;
  delete copy.validation;
  delete copy.required;
  delete copy.carry;
  return copy;
}

export function lenderDefinition(
  def: WorkbookDef,
  memory: MemoryWorkbook,
  options: LenderOptions
): { def: WorkbookDef; memory: MemoryWorkbook } {
  const summary = lenderSummarySheet(options.course, {
    courseLabel: options.courseLabel,
    createdOn: formatIsoDate(options.createdOn, options.dateStyle ?? "和暦"),
    checkStatus: options.checkStatus,
    ...(options.incomplete !== undefined ? { incomplete: options.incomplete } : {}),
    changedCoefficients: changedCoefficients(memory.parameters()).map(({ info, value }) => ({
      label: info.labelJa,
      value,
      defaultValue: info.value,
    })),
  });
  const include = options.include === undefined ? undefined : new Set(options.include);
  const chosen = def.sheets.filter((s) =>
    include === undefined ? !s.personalData && !s.workingSheet : include.has(s.name)
  );
  // the cover's 目次 lists the copy's own sheets, and their pages after the one-page summary
  const sheets = ownContents(chosen, options.contents, 2, memory);
  // the new 目次 is the copy's own: only the cover's typed fields come from the workbook
  return printed(frozenCopy([summary, ...sheets], memory, COPY_LEGEND, new Set([CONTENTS_SHEET])));
}

type ContentsMaker = NonNullable<LenderOptions["contents"]>;

/**
 * A sheet as the copies print it: without the guidance for filling it in, a wide per-entity
 * table as cards, a column per month in bands (where the sheet would print too small to read).
 */
function printable(sheet: SheetDef, memory: MemoryWorkbook): SheetDef {
  const printed = { ...sheet, cells: sheet.cells.filter((c) => !c.screenOnly) };
  return withBands(withCards(printed, memory), memory);
}

/** The frozen copy with its sheets laid out for print (after freezing: by value, not address). */
function printed(copy: { def: WorkbookDef; memory: MemoryWorkbook }): {
  def: WorkbookDef;
  memory: MemoryWorkbook;
} {
  return {
    def: { ...copy.def, sheets: copy.def.sheets.map((s) => printable(s, copy.memory)) },
    memory: copy.memory,
  };
}

/**
 * The copy's sheets with a 目次 of their own (the cover's page is `coverPage`), if it has one:
 * the pages counted as the copy prints them (cards, bands).
 */
function ownContents(
  chosen: readonly SheetDef[],
  contents: ContentsMaker | undefined,
  coverPage: number,
  memory: MemoryWorkbook
): SheetDef[] {
  const others = chosen.filter((s) => s.name !== CONTENTS_SHEET);
  const cover = chosen.find((s) => s.name === CONTENTS_SHEET);
  if (contents === undefined || cover === undefined) return [...chosen];
  const pages = others.map((s) => printable(s, memory));
  return [contents(pages, coverPage, cover), ...others];
}

/**
 * The BCP as the company prints and files it: every sheet of the workbook (the 検証結果, the
 * 取込記録 and the account mapping are working aids and stay out), each cell the value the
 * workbook showed, without input shading, lists or the input legend.
 */
export function printDefinition(
  def: WorkbookDef,
  memory: MemoryWorkbook,
  /** the 様式01 cover and contents, made again for the copy's pages */
  contents?: ContentsMaker
): { def: WorkbookDef; memory: MemoryWorkbook } {
  const chosen = def.sheets.filter((s) => s.key !== VALIDATION_SHEET_KEY && !s.workingSheet);
  return printed(
    frozenCopy(
      ownContents(chosen, contents, 1, memory),
      memory,
      PRINT_LEGEND,
      new Set(contents === undefined ? [] : [CONTENTS_SHEET])
    )
  );
}

/**
 * The sheets as values: evaluated together as the workbook holds them (inputs as typed, figures
 * as the workbook showed them, values typed over formulas as they are), then each cell frozen.
 */
function frozenCopy(
  sheetDefs: readonly SheetDef[],
  memory: MemoryWorkbook,
  legend: string,
  inputsOnly: ReadonlySet<string> = new Set()
): { def: WorkbookDef; memory: MemoryWorkbook } {
  const combined: WorkbookDef = { sheets: [...sheetDefs] };
  const working = new MemoryWorkbook();
  working.build(combined);
  for (const sheet of sheetDefs) {
    const source = memory.sheets.get(sheet.name);
    const target = working.sheets.get(sheet.name);
    for (const cell of sheet.cells) {
      const stored = source?.get(cell.ref);
      if (
        stored !== undefined &&
        target !== undefined &&
        (cell.role === "input" || (cell.formula !== undefined && !inputsOnly.has(sheet.name)))
      )
        target.set(cell.ref, { ...stored, def: cell });
    }
  }

  const sheets: SheetDef[] = combined.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) => {
      const clean: CellDef = isSheetMarker(cell.name) ? { ...cell, name: undefined } : cell;
      // the workbook's input legend (the cell carrying the sheet's marker) speaks of input
      // cells, which the copy no longer has
      if (isSheetMarker(cell.name)) return { ...clean, value: legend };
      const stored = working.sheets.get(sheet.name)?.get(cell.ref);
      const formula = stored?.formula;
      if (formula === undefined && (cell.formula !== undefined || cell.role === "input"))
        return frozen(clean, stored?.value ?? null); // as typed (over a formula, too)
      if (formula === undefined) return clean;
      const value = working.value(sheet.name, cell.ref);
      return frozen(clean, isError(value) ? NO_VALUE : value);
    }),
  }));
  return { def: { sheets }, memory: working };
}

export { LENDER_SUMMARY_SHEET };
