/** The 様式 and checklists that can be added to a workbook, by the name used on the command line. */
import type { Industry } from "../model/directCosting";
import { invalid } from "../model/errors";
import { type Course, courseWorkbook } from "../sheets/course";
import type { SheetDef, WorkbookDef } from "../sheets/types";
import { readinessSheet } from "./readinessSheet";

export const FORMS: Readonly<Record<string, { label: string; sheet: () => SheetDef }>> = {
  取組状況: { label: "BCP取組状況チェック（20問）", sheet: () => readinessSheet() },
};

/** What the user chose to build: a course, an industry and the forms and checklists to add. */
export interface WorkbookChoice {
  course: Course;
  industry: Industry;
  forms: readonly string[];
}

export function workbookDefinition(choice: WorkbookChoice): WorkbookDef {
  const course = courseWorkbook(choice.course, choice.industry);
  return choice.forms.length === 0
    ? course
    : { sheets: [...course.sheets, ...formSheets(choice.forms.join(","))] };
}

/** "all" or a comma-separated list of form names. */
export function formSheets(list: string): SheetDef[] {
  const names =
    list === "all"
      ? Object.keys(FORMS)
      : list
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
  return names.map((name) => {
    const form = FORMS[name];
    if (form === undefined)
      throw invalid(
        `様式・チェックリスト「${name}」はありません。使えるもの：${Object.keys(FORMS).join("、")}、all`
      );
    return form.sheet();
  });
}
