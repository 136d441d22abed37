/** The 様式 and checklists that can be added to a workbook, by the name used on the command line. */
import type { Industry } from "../model/directCosting";
import { invalid } from "../model/errors";
import { type Course, courseWorkbook } from "../sheets/course";
import type { SheetDef, WorkbookDef } from "../sheets/types";
import { contentsSheet } from "../forms/contents";
import { linkCourse } from "../forms/links";
import { readinessSheet } from "../forms/readinessSheet";
import { renderForm } from "../forms/render";
import { selfDiagnosisSheet } from "../forms/selfDiagnosisSheet";
import type { DateStyle, FormSpec, Locale, RenderOptions } from "../forms/spec";
import { ALTERNATIVE_FORMS } from "../forms/specs/alternatives";
import { CONTACT_FORMS } from "../forms/specs/contacts";
import { CORE_BUSINESS_FORMS } from "../forms/specs/coreBusiness";
import { INTRO_FORMS } from "../forms/specs/intro";
import { POLICY_FORMS } from "../forms/specs/policy";
import { RESOURCE_FORMS } from "../forms/specs/resources";

/** 様式02–20 in the guideline's order (様式01 is built from the others). */
export const BCP_FORMS: readonly FormSpec[] = [
  ...POLICY_FORMS,
  ...CORE_BUSINESS_FORMS,
  ...ALTERNATIVE_FORMS,
  ...CONTACT_FORMS,
  ...RESOURCE_FORMS,
];

const CONTENTS = "01";

type SheetMaker = (options: RenderOptions) => SheetDef;

/** How each form and checklist is built, in the guideline's order; 様式01 is made from the rest. */
const MAKERS: readonly (readonly [string, SheetMaker | null])[] = [
  [CONTENTS, null],
  ...[...BCP_FORMS, ...INTRO_FORMS].map(
    (f) => [f.no, (o: RenderOptions) => renderForm(f, o)] as const
  ),
  ["取組状況", (o) => readinessSheet(undefined, o.locale)],
  ["自己診断", (o) => selfDiagnosisSheet(o.course, o.locale)],
];

/** Every form and checklist name, in the guideline's order. */
export const FORM_NAMES: readonly string[] = MAKERS.map(([name]) => name);
const FORMS = new Map(MAKERS);

/** Names that stand for several forms on the command line and in the pane. */
export const FORM_GROUPS: Readonly<Record<string, readonly string[]>> = {
  all: FORM_NAMES,
  様式: [CONTENTS, ...BCP_FORMS.map((f) => f.no)],
  入門: INTRO_FORMS.map((f) => f.no),
  チェック: ["取組状況", "自己診断"],
};

/** What the user chose to build: a course, an industry and the forms and checklists to add. */
export interface WorkbookChoice {
  course: Course;
  industry: Industry;
  forms: readonly string[];
  locale?: Locale;
  dateStyle?: DateStyle;
  /** build the forms without the course's sheets */
  formsOnly?: boolean;
}

/** Form names from a comma-separated list that may use the group names. */
export function expandForms(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const name = raw.trim();
    if (name === "") continue;
    const members = FORM_GROUPS[name] ?? [name];
    for (const m of members) {
      if (!FORMS.has(m))
        throw invalid(
          `様式・チェックリスト「${m}」はありません。使えるもの：${FORM_NAMES.join("、")}、${Object.keys(FORM_GROUPS).join("、")}`
        );
      if (!out.includes(m)) out.push(m);
    }
  }
  // in the guideline's order whatever the order typed
  return out.sort((a, b) => FORM_NAMES.indexOf(a) - FORM_NAMES.indexOf(b));
}

export function workbookDefinition(choice: WorkbookChoice): WorkbookDef {
  const course = choice.formsOnly ? [] : courseWorkbook(choice.course, choice.industry).sheets;
  const forms = expandForms(choice.forms);
  if (forms.length === 0) return { sheets: course };
  // each form may show a named cell of the course or of a form built before it
  const sources = new Map<string, string>();
  const addSources = (sheet: SheetDef) => {
    for (const cell of sheet.cells) if (cell.name !== undefined) sources.set(cell.name, sheet.name);
  };
  course.forEach(addSources);
  const options: RenderOptions = {
    course: choice.course,
    locale: choice.locale ?? "ja",
    dateStyle: choice.dateStyle ?? "和暦",
    sources,
  };
  const formSheets = forms
    .filter((name) => name !== CONTENTS)
    .map((name) => {
      const sheet = (FORMS.get(name) as SheetMaker)(options);
      addSources(sheet);
      return sheet;
    });
  const linked = linkCourse(course, formSheets);
  const rest = [...linked, ...formSheets];
  // 様式01 is the cover: first, listing what follows
  return {
    sheets: forms.includes(CONTENTS) ? [contentsSheet(rest, options), ...rest] : rest,
  };
}
