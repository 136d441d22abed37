/**
 * The completeness and consistency check of the open workbook: the chosen sheets are read as the
 * user left them, checked, and the findings written to the 検証結果 sheet.
 */
import type { WorkbookHost } from "../engine/host";
import type { WorkbookDef } from "../sheets/types";
import { type Finding, type ValidationResult, validateWorkbook } from "../validation/rules";
import { validationSheet } from "../validation/sheet";
import type { Layout } from "../engine/snapshot";
import { type WorkbookChoice, workbookLayout } from "./workbookChoice";
import { hasImportRecord, importRecordLayout, importedInputs } from "./importInputs";

export interface CheckOutcome {
  result: ValidationResult;
  /** round trips the read took */
  reads: number;
}

function missingSheet(sheet: string): Finding {
  return {
    severity: "エラー",
    rule: "sheet",
    sheet,
    ref: "A1",
    message: `シート「${sheet}」がありません。［シートを作成］で作り直してください（入力済みの値は残ります）。`,
  };
}

/** A workbook without any of the chosen sheets: one finding that says so, never an all-clear. */
function noSheets(today: string): ValidationResult {
  return {
    findings: [
      {
        severity: "エラー",
        rule: "no-sheets",
        sheet: "",
        ref: "",
        message:
          "このブックには財務診断のシートがありません。［シートを作成］でシートを作り、入力してから点検してください。",
      },
    ],
    requiredFilled: 0,
    requiredTotal: 0,
    defaultsKept: 0,
    checkedOn: today,
    status: "エラーあり",
  };
}

/** Checks the definition's sheets as the workbook holds them (without writing anything). */
export async function checkDefinition(
  host: WorkbookHost,
  layout: WorkbookDef | Layout,
  today: string
): Promise<CheckOutcome> {
  const { def, memory, missing, reads, definedNames } = await host.read(layout);
  if (missing.length === def.sheets.length) return { result: noSheets(today), reads };
  const present: WorkbookDef = { sheets: def.sheets.filter((s) => !missing.includes(s.name)) };
  // the record of an import is read only when the workbook has one (a second round trip)
  const record = hasImportRecord(definedNames) ? await host.read(importRecordLayout) : undefined;
  const imported = record === undefined ? undefined : importedInputs(record.memory);
  const result = validateWorkbook(present, memory, today, imported);
  const lost = missing.map(missingSheet);
  return {
    result: {
      ...result,
      findings: [...lost, ...result.findings],
      status: lost.length > 0 ? "エラーあり" : result.status,
    },
    reads: reads + (record?.reads ?? 0),
  };
}

/** Checks the chosen workbook and writes the findings to its 検証結果 sheet. */
export async function checkWorkbook(
  host: WorkbookHost,
  choice: WorkbookChoice,
  today: string
): Promise<ValidationResult> {
  const { result } = await checkDefinition(host, workbookLayout(choice), today);
  await host.replaceSheet(validationSheet(result));
  return result;
}
