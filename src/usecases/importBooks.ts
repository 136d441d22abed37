/**
 * The import from the pane, in three steps the user controls: a preview (the files read, the
 * totals reconciled, each input's value beside the one the workbook holds, the accounts the
 * mapping does not know), then, only when the user applies it, the inputs written with the
 * 取込記録 and 勘定科目対応 sheets; until the next import, an undo puts the previous values back.
 * The mapping comes from the workbook's 勘定科目対応 sheet and the accounts the user assigned in
 * the preview; the replacement-cost factors from its 係数 sheet.
 */
import type { Target } from "../accounting/accounts";
import type { ImportFile, ImportResult } from "../accounting/importFiles";
import { importFiles } from "../accounting/importFiles";
import { totalProblems } from "../accounting/books";
import type { SourceLine } from "../accounting/mapping";
import type { Statement } from "../accounting/statements";
import type { WorkbookHost } from "../engine/host";
import { replacementFactors } from "../model/parameters";
import type { Scalar, FormulaError } from "../engine/formula/evaluate";
import { SheetBuilder } from "../sheets/builder";
import { formatIsoDate } from "../sheets/dates";
import type { CellValue, SheetDef } from "../sheets/types";
import {
  MAPPING_SHEET,
  hasMappingSheet,
  mappingRows,
  mappingSheet,
  withAssignments,
} from "./accountMapping";
import { type Choice, assignmentsOf, choiceText, choicesOf } from "../accounting/mappingTable";
import {
  IMPORT_RECORD_SHEET,
  type ImportRecord,
  importRecordSheet,
  importRecords,
} from "./importInputs";
import { type WorkbookChoice, workbookLayout } from "./workbookChoice";

/** An account of a file the mapping does not know, and what the user chose for it. */
export interface AddedAssignment {
  statement: Statement | undefined;
  account: string;
  target: Target;
}

export interface PreviewedInput extends ImportRecord {
  /** what the workbook holds now */
  current: Scalar | FormulaError;
}

export interface ImportPreview {
  result: ImportResult;
  /** the inputs the import would fill, those of the chosen sheets only */
  inputs: PreviewedInput[];
  /** accounts to assign before the import can be applied */
  unassigned: SourceLine[];
  /** what else stands in the way (a total that does not agree, a row of the mapping sheet) */
  problems: string[];
  /** the workbook has no 勘定科目対応 sheet yet (applying adds it) */
  mappingSheetNew: boolean;
  /** the user's assignments the preview was made with */
  added: readonly AddedAssignment[];
  /** what an unassigned account may be given (the 勘定科目対応 sheet's list) */
  choices: readonly Choice[];
  /** nothing stands in the way of applying it */
  ready: boolean;
}

/** What an undo puts back. */
export interface ImportUndo {
  previous: Record<string, CellValue | null>;
  importedOn: string;
}

/** Reads the files against the workbook; writes nothing. */
export async function previewImport(
  host: WorkbookHost,
  choice: WorkbookChoice,
  files: readonly ImportFile[],
  added: readonly AddedAssignment[] = []
): Promise<ImportPreview> {
  const course = await host.read(workbookLayout(choice));
  const mappingSheetNew = !hasMappingSheet(course.definedNames);
  const fromSheet = assignmentsOf(
    await mappingRows(host, choice.industry, !mappingSheetNew),
    choice.industry
  );
  const fromPane = assignmentsOf(
    added.map((a, i) => ({
      row: i + 1,
      statement: a.statement ?? "",
      account: a.account,
      choice: choiceText(a.target, choice.industry),
    })),
    choice.industry
  );
  const result = importFiles(files, {
    industry: choice.industry,
    assignments: new Map([...fromSheet.assignments, ...fromPane.assignments]),
    factors: replacementFactors(course.memory.parameters()),
  });
  const inputs = importRecords(result)
    .filter((r) => course.definedNames.has(r.name) && course.memory.has(r.name))
    .map((r) => ({ ...r, current: course.memory.get(r.name) }));
  const unassigned = result.books?.unassigned ?? [];
  const problems = [
    ...fromSheet.problems.map((p) => `${MAPPING_SHEET}シート ${p}`),
    // unassigned accounts are shown for the user to choose; totals are compared once they are
    ...(result.books === undefined || unassigned.length > 0 ? [] : totalProblems(result.books)),
  ];
  return {
    result,
    inputs,
    unassigned,
    problems,
    mappingSheetNew,
    added,
    choices: choicesOf(choice.industry),
    ready: unassigned.length === 0 && problems.length === 0,
  };
}

/**
 * Writes the preview's inputs, the 取込記録 sheet and the 勘定科目対応 sheet (with the accounts
 * the user assigned); returns the values the inputs held before, for an undo.
 */
export async function applyImport(
  host: WorkbookHost,
  choice: WorkbookChoice,
  preview: ImportPreview,
  today: string
): Promise<ImportUndo> {
  if (!preview.ready) throw new Error("取込の前に、未割当の科目と合わない合計を解決してください。");
  // what the inputs hold at this moment, not at the preview's: the user may have typed since
  const course = await host.read(workbookLayout(choice));
  const previous = Object.fromEntries(
    preview.inputs.map((i) => [i.name, course.memory.held(i.name)])
  );
  await host.fill(Object.fromEntries(preview.inputs.map((i) => [i.name, i.value])));
  await host.replaceSheet(
    importRecordSheet(preview.result, preview.inputs, today, choice.dateStyle ?? "和暦")
  );
  if (preview.mappingSheetNew || preview.added.length > 0) {
    // the sheet's rows as they are now (the built-in table the first time), the new ones last
    const rows = await mappingRows(host, choice.industry, !preview.mappingSheetNew);
    await host.replaceSheet(
      mappingSheet(choice.industry, withAssignments(rows, preview.added, choice.industry))
    );
  }
  return { previous, importedOn: today };
}

/** The record after an undo: the import and its undo, with nothing left for the check to compare. */
function undoneRecordSheet(undo: ImportUndo, today: string, choice: WorkbookChoice): SheetDef {
  const style = choice.dateStyle ?? "和暦";
  const s = new SheetBuilder("import.record", IMPORT_RECORD_SHEET, [22, 80], { landscape: true });
  s.title("取込記録（会計ソフトのファイルから入れた値と、その出どころ）", null);
  s.label(0, "取込日");
  s.label(1, formatIsoDate(undo.importedOn, style));
  s.row += 1;
  s.label(0, "取り消した日");
  s.label(1, `${formatIsoDate(today, style)}（取込の前の値に戻しました）`);
  return s.build();
}

/** Puts back the values the inputs held before the import. */
export async function undoImport(
  host: WorkbookHost,
  choice: WorkbookChoice,
  undo: ImportUndo,
  today: string
): Promise<void> {
  await host.fill(undo.previous);
  await host.replaceSheet(undoneRecordSheet(undo, today, choice));
}
