/**
 * What a written workbook contains: the course evaluated with the user's inputs, checked, with a
 * 検証結果 sheet at the end; for the bank, the lender copy of all of that.
 */
import type { Course } from "../sheets/course";
import type { PrintFacts, SheetDef, WorkbookDef } from "../sheets/types";
import { formatIsoDate } from "../sheets/dates";
import { validationSheet } from "../validation/sheet";
import { type ValidationResult, validateWorkbook } from "../validation/rules";
import { lenderDefinition, printDefinition } from "./lenderDefinition";
import type { MemoryWorkbook } from "../engine/memory";
import { invalid } from "../model/errors";
import type { DateStyle } from "../forms/spec";
import type { ImportedInput } from "../validation/imported";

export interface ExportRequest {
  course: Course;
  courseLabel: string;
  today: string;
  lender: boolean;
  /** the BCP to print and file: values only, without the 検証結果 (not with `lender`) */
  print?: boolean;
  /** the 様式01 cover and contents for a copy's own sheets (workbookChoice's contentsFor) */
  contents?: (sheets: readonly SheetDef[], ownPage: number, like?: SheetDef) => SheetDef;
  /** the workbook's date style, for the lender copy's dates */
  dateStyle?: DateStyle;
  /** the inputs an import filled, which the check compares with the workbook */
  imported?: readonly ImportedInput[];
}

export interface ExportedWorkbook {
  def: WorkbookDef;
  validation: ValidationResult;
  /** the figures to write: every sheet of `def` with formulas, evaluated once */
  memory: MemoryWorkbook;
}

export function checkStatusText(v: ValidationResult): string {
  const count = (s: string) => v.findings.filter((f) => f.severity === s).length;
  const imported =
    v.imported === undefined
      ? ""
      : `、会計ファイルから取込 ${v.imported.imported}項目（取込後の書き換え ${v.imported.typedOver}項目）`;
  return `${v.status}（エラー ${count("エラー")}件・警告 ${count("警告")}件、必須入力 ${v.requiredFilled}/${v.requiredTotal}、既定値のまま ${v.defaultsKept}項目${imported}）`;
}

/** The company and the date every printed page of the document carries. */
function printFacts(memory: MemoryWorkbook, request: ExportRequest): PrintFacts {
  const company = memory.has("CompanyName") ? memory.get("CompanyName") : null;
  return {
    ...(typeof company === "string" && company !== "" ? { company } : {}),
    date: formatIsoDate(request.today, request.dateStyle ?? "和暦"),
  };
}

/** `memory` holds the course built from `courseDef` with the user's inputs. */
export function exportDefinition(
  courseDef: WorkbookDef,
  memory: MemoryWorkbook,
  request: ExportRequest
): ExportedWorkbook {
  const validation = validateWorkbook(courseDef, memory, request.today, request.imported);
  const checked: WorkbookDef = {
    sheets: [...courseDef.sheets, validationSheet(validation)],
    print: printFacts(memory, request),
  };
  if (request.print) {
    const copy = printDefinition(courseDef, memory, request.contents);
    return { def: { ...copy.def, print: checked.print }, validation, memory: copy.memory };
  }
  // the 検証結果 sheet is values only: the course's evaluation serves the whole file
  if (!request.lender) return { def: checked, validation, memory };
  // a bank gets no copy of a diagnosis nobody has filled in, and sees when one is unfinished
  if (validation.requiredFilled === 0 && validation.requiredTotal > 0)
    throw invalid(
      "必須の入力がひとつもないため、金融機関提出用コピーは作れません。会社名・売上高・現金・預金などを入力して点検してから作ってください。"
    );
  const errors = validation.findings.filter((f) => f.severity === "エラー").length;
  const lender = lenderDefinition(checked, memory, {
    course: request.course,
    courseLabel: request.courseLabel,
    createdOn: request.today,
    ...(request.dateStyle !== undefined ? { dateStyle: request.dateStyle } : {}),
    checkStatus: checkStatusText(validation),
    ...(request.contents !== undefined ? { contents: request.contents } : {}),
    ...(errors > 0
      ? {
          incomplete: `点検でエラーが ${errors}件あります（必須入力 ${validation.requiredFilled}/${validation.requiredTotal}）。数値は入力済みの範囲で計算したものです。詳しくは検証結果シートを見てください。`,
        }
      : {}),
  });
  return { def: { ...lender.def, print: checked.print }, validation, memory: lender.memory };
}
