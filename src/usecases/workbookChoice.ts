/**
 * Which sheets a workbook gets: the course's sheets for the industry, the chosen 様式 and
 * checklists linked to them, and 様式01's cover first when it is chosen.
 */
import type { Industry } from "../model/directCosting";
import { COURSES, type Course, courseWorkbook } from "../sheets/course";
import { INDUSTRIES } from "../model/industries";
import { type WrittenElsewhere, contentKey } from "../engine/plan";
import type { DefinedName } from "../sheets/names";
import type { SheetDef, WorkbookDef } from "../sheets/types";
import { contentsSheet } from "../forms/contents";
import { parseA1 } from "../sheets/address";
import { CONTENTS, copiesOf, expandForms, formSheet } from "../forms/formSet";
import { linkCourse } from "../forms/links";
import type { DateStyle, Locale, RenderOptions } from "../forms/spec";
import { type Layout, NO_SHAPE, type WorkbookShape } from "../engine/snapshot";

/** What the user chose to build: a course, an industry and the forms and checklists to add. */
export interface WorkbookChoice {
  course: Course;
  industry: Industry;
  forms: readonly string[];
  locale?: Locale;
  dateStyle?: DateStyle;
  /** build the forms without the course's sheets */
  formsOnly?: boolean;
  /** rows of each repeating 様式 table, when more than the form's own */
  tableRows?: number;
  /** copies of the forms held once per core business, site or employee (REPEATABLE), by form */
  repeats?: Readonly<Record<string, number>>;
}

/**
 * The choice laid out for a workbook's shape (its forms' tables as long as the workbook has
 * them), knowing what the product writes for the other courses, industries and languages.
 */
export function workbookLayout(choice: WorkbookChoice): Layout {
  const layout: Layout = (shape) => workbookDefinition(choice, shape);
  layout.elsewhere = writtenElsewhere(choice);
  return layout;
}

/** What every other choice with the same forms writes, by sheet key and cell; made on first use. */
function writtenElsewhere(choice: WorkbookChoice): WrittenElsewhere {
  let written: Map<string, Map<string, Set<string>>> | null = null;
  return (sheetKey) => {
    if (written === null) {
      written = new Map();
      for (const course of COURSES)
        for (const industry of INDUSTRIES)
          for (const locale of ["ja", "en"] as const)
            for (const dateStyle of ["和暦", "西暦"] as const) {
              const def = workbookDefinition({ ...choice, course, industry, locale, dateStyle });
              for (const sheet of def.sheets) addWritten(written, sheet);
            }
    }
    return written.get(sheetKey) ?? new Map();
  };
}

function addWritten(written: Map<string, Map<string, Set<string>>>, sheet: SheetDef): void {
  let byRef = written.get(sheet.key);
  if (byRef === undefined) {
    byRef = new Map();
    written.set(sheet.key, byRef);
  }
  for (const cell of sheet.cells) {
    if (cell.formula === undefined && (cell.value === undefined || cell.value === "")) continue;
    const contents = byRef.get(cell.ref) ?? new Set<string>();
    contents.add(contentKey(cell));
    byRef.set(cell.ref, contents);
  }
}

/**
 * The 様式01 cover and contents for a document made of `sheets` (the lender copy leaves some out):
 * the same cover as the workbook's, its 目次 listing exactly those sheets from page `ownPage` on.
 */
export function contentsFor(
  choice: WorkbookChoice
): (sheets: readonly SheetDef[], ownPage: number, like?: SheetDef) => SheetDef {
  return (sheets, ownPage, like) => {
    const sources = new Map<DefinedName, string>();
    for (const sheet of sheets)
      for (const cell of sheet.cells)
        if (cell.name !== undefined) sources.set(cell.name, sheet.name);
    // the cover's own tables (改訂履歴) as long as the workbook's cover has them
    const rowsByTable = Object.fromEntries(
      (like?.tables ?? []).map((t) => {
        const [from, to] = t.ref.split(":") as [string, string];
        return [t.name, parseA1(to).row - parseA1(from).row];
      })
    );
    return contentsSheet(sheets, renderOptions(choice, sources, rowsByTable), ownPage);
  };
}

/** How the forms are written for a choice: its course, language, date style and table rows. */
function renderOptions(
  choice: WorkbookChoice,
  sources: ReadonlyMap<DefinedName, string>,
  rowsByTable: Readonly<Record<string, number>>
): RenderOptions {
  return {
    course: choice.course,
    locale: choice.locale ?? "ja",
    dateStyle: choice.dateStyle ?? "和暦",
    sources,
    ...(choice.tableRows !== undefined ? { tableRows: choice.tableRows } : {}),
    rowsByTable,
  };
}

export function workbookDefinition(
  choice: WorkbookChoice,
  shape: WorkbookShape = NO_SHAPE
): WorkbookDef {
  const course = choice.formsOnly
    ? []
    : courseWorkbook(choice.course, choice.industry, choice.locale).sheets;
  const forms = expandForms(choice.forms);
  if (forms.length === 0) return { sheets: course };
  // each form may show a named cell of the course or of a form built before it
  const sources = new Map<DefinedName, string>();
  const addSources = (sheet: SheetDef) => {
    for (const cell of sheet.cells) if (cell.name !== undefined) sources.set(cell.name, sheet.name);
  };
  course.forEach(addSources);
  const options = renderOptions(choice, sources, shape.tableRows);
  const formSheets = forms
    .filter((name) => name !== CONTENTS)
    .flatMap((name) =>
      // a form held once per core business, site or employee: its copies follow it
      Array.from({ length: copiesOf(name, choice.repeats) }, (_, i) => {
        const sheet = formSheet(name, { ...options, ...(i > 0 ? { copy: i + 1 } : {}) });
        addSources(sheet);
        return sheet;
      })
    );
  const linked = linkCourse(course, formSheets);
  const rest = [...linked, ...formSheets];
  // 様式01 is the cover: first, listing what follows
  return {
    sheets: forms.includes(CONTENTS) ? [contentsSheet(rest, options), ...rest] : rest,
  };
}
