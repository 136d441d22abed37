/**
 * Creates the lender copy from the open workbook as a new workbook: the course's inputs are
 * read from Excel, the copy is written as .xlsx in the pane and opened with
 * Excel.createWorkbook. The open workbook is not changed and nothing leaves the machine.
 */
/* global Excel btoa */
import type { Course } from "../sheets/course";
import type { WorkbookDef } from "../sheets/types";
import { lenderDefinition } from "../workbook/lender";
import { readCourseFromExcel } from "../workbook/office";

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export interface LenderCopyRequest {
  def: WorkbookDef;
  course: Course;
  courseLabel: string;
  createdOn: string;
}

export async function createLenderCopy(
  context: Excel.RequestContext,
  request: LenderCopyRequest
): Promise<{ sheets: string[] }> {
  const memory = await readCourseFromExcel(context, request.def);
  const lender = lenderDefinition(request.def, memory, request);
  // ExcelJS is loaded only when a copy is made, to keep the pane quick to open.
  const { writeXlsxBytes } = await import("../workbook/xlsx");
  const bytes = await writeXlsxBytes(lender.def);
  await Excel.createWorkbook(toBase64(bytes));
  return { sheets: lender.def.sheets.map((s) => s.name) };
}
