/**
 * Creates the lender copy from the open workbook as a new workbook: the course's inputs are
 * read from Excel, the copy is written as .xlsx in the pane and opened with
 * Excel.createWorkbook. The open workbook is not changed and nothing leaves the machine.
 */
/* global Excel */
import type { Course } from "../sheets/course";
import type { WorkbookDef } from "../sheets/types";
import { toBase64 } from "../file/base64";
import { exportDefinition } from "../usecases/export";
import { readCourseFromExcel } from "./build";

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
  // the same copy the command line writes: checked, with the 検証結果 sheet and its status
  const lender = exportDefinition(request.def, memory, {
    course: request.course,
    courseLabel: request.courseLabel,
    today: request.createdOn,
    lender: true,
  });
  // ExcelJS is loaded only when a copy is made, to keep the pane quick to open.
  const { writeXlsxBytes } = await import("../file/xlsx");
  const bytes = await writeXlsxBytes(lender.def);
  await Excel.createWorkbook(toBase64(bytes));
  return { sheets: lender.def.sheets.map((s) => s.name) };
}
