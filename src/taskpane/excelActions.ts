/** The pane's workbook actions, carried out in the open workbook through the Excel adapters. */
/* global Excel */
import { createLenderCopy } from "../excel/lenderCopy";
import type { Industry } from "../model/directCosting";
import { type Course, courseWorkbook } from "../sheets/course";
import { buildInExcel } from "../workbook/office";
import type { WorkbookActions } from "./WorkbookPanel";

export const excelWorkbookActions: WorkbookActions = {
  buildCourse: (course: Course, industry: Industry) =>
    Excel.run(
      async (context) => (await buildInExcel(context, courseWorkbook(course, industry))).report
    ),
  createLenderCopy: (course: Course, industry: Industry) =>
    Excel.run((context) =>
      createLenderCopy(context, {
        def: courseWorkbook(course, industry),
        course,
        courseLabel: `${course}コース・${industry}`,
        createdOn: new Date().toISOString().slice(0, 10),
      })
    ),
};
