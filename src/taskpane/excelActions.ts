/** The pane's workbook actions, carried out in the open workbook through the Excel adapters. */
/* global Excel */
import { createLenderCopy } from "../excel/lenderCopy";
import { type WorkbookChoice, workbookDefinition } from "../usecases/workbookChoice";
import { readCourseOnce, selectCell, validateInExcel, writeValidationSheet } from "../excel/check";
import { headlineFor } from "../usecases/readBack";
import type { ScenarioActions } from "./ScenarioPanel";
import { courseWorkbook } from "../sheets/course";
import { buildInExcel } from "../excel/build";
import type { WorkbookActions } from "./WorkbookPanel";

const today = () => new Date().toISOString().slice(0, 10);

/** Scenarios are compared on a copy of the course read from Excel: the workbook is not changed. */
export const excelScenarioActions: ScenarioActions = {
  compare: (course, industry, hazards) =>
    Excel.run(async (context) => {
      const { memory } = await readCourseOnce(context, courseWorkbook(course, industry));
      return hazards.map((h) => headlineFor(memory, h));
    }),
};

export const excelWorkbookActions: WorkbookActions = {
  validate: (choice: WorkbookChoice) =>
    Excel.run(async (context) => {
      const { result } = await validateInExcel(context, workbookDefinition(choice), today());
      await writeValidationSheet(context, result);
      return result;
    }),
  select: (sheet: string, ref: string) => Excel.run((context) => selectCell(context, sheet, ref)),
  buildCourse: (choice: WorkbookChoice) =>
    Excel.run(async (context) => (await buildInExcel(context, workbookDefinition(choice))).report),
  createLenderCopy: (choice: WorkbookChoice) =>
    Excel.run((context) =>
      createLenderCopy(context, {
        def: workbookDefinition(choice),
        course: choice.course,
        courseLabel: `${choice.course}コース・${choice.industry}`,
        createdOn: today(),
      })
    ),
};
