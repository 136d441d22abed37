/**
 * Copies of the open workbook as documents: the 金融機関提出用コピー and the 印刷・保管用 copy of
 * the BCP. The course is read as the user left it, checked, turned into the copy's definition and
 * written as .xlsx, which the host opens (Excel) or downloads (browser). The open workbook is not
 * changed.
 */
import type { WorkbookHost } from "../engine/host";
import { exportDefinition } from "./export";
import { hasImportRecord, importRecordLayout, importedInputs } from "./importInputs";
import { type WorkbookChoice, contentsFor, workbookLayout } from "./workbookChoice";

export function lenderCopyFileName(today: string): string {
  return `金融機関提出用_${today}.xlsx`;
}

export function printCopyFileName(today: string): string {
  return `BCP印刷用_${today}.xlsx`;
}

/** The bank's copy: the same the command line writes with --lender, 検証結果 and status included. */
export function makeLenderCopy(
  host: WorkbookHost,
  choice: WorkbookChoice,
  today: string
): Promise<{ sheets: string[] }> {
  return makeCopy(host, choice, today, "lender");
}

/** The BCP to print and file: values only, without input shading or the 検証結果 (--print). */
export function makePrintCopy(
  host: WorkbookHost,
  choice: WorkbookChoice,
  today: string
): Promise<{ sheets: string[] }> {
  return makeCopy(host, choice, today, "print");
}

async function makeCopy(
  host: WorkbookHost,
  choice: WorkbookChoice,
  today: string,
  kind: "lender" | "print"
): Promise<{ sheets: string[] }> {
  const { def, memory, definedNames } = await host.read(workbookLayout(choice));
  // the copy states how much came from the books, as the check does
  const record = hasImportRecord(definedNames) ? await host.read(importRecordLayout) : undefined;
  const copy = exportDefinition(def, memory, {
    ...(record !== undefined ? { imported: importedInputs(record.memory) } : {}),
    course: choice.course,
    courseLabel: `${choice.course}コース・${choice.industry}`,
    today,
    lender: kind === "lender",
    print: kind === "print",
    contents: contentsFor(choice),
    ...(choice.dateStyle !== undefined ? { dateStyle: choice.dateStyle } : {}),
  });
  // ExcelJS is loaded only when a copy is made, to keep the pane quick to open.
  const { writeXlsxBytes } = await import("../file/xlsx");
  await host.deliver(
    await writeXlsxBytes(copy.def, { memory: copy.memory }),
    kind === "lender" ? lenderCopyFileName(today) : printCopyFileName(today)
  );
  return { sheets: copy.def.sheets.map((s) => s.name) };
}
