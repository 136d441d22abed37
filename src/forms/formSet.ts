/**
 * The 様式 and checklists that can be added to a workbook, by the name used on the command line
 * and in the pane, with how each is made.
 */
import { invalid } from "../model/errors";
import { ownEntry } from "../model/guards";
import type { SheetDef } from "../sheets/types";
import { readinessSheet } from "./readinessSheet";
import { renderForm } from "./render";
import { selfDiagnosisSheet } from "./selfDiagnosisSheet";
import { COPIES_MAX, type FormSpec, REPEATABLE, type RenderOptions } from "./spec";
import { ALTERNATIVE_FORMS } from "./specs/alternatives";
import { CONTACT_FORMS } from "./specs/contacts";
import { CORE_BUSINESS_FORMS } from "./specs/coreBusiness";
import { INTRO_FORMS } from "./specs/intro";
import { POLICY_FORMS } from "./specs/policy";
import { RESOURCE_FORMS } from "./specs/resources";

/** 様式02–20 in the guideline's order (様式01 is built from the others). */
export const BCP_FORMS: readonly FormSpec[] = [
  ...POLICY_FORMS,
  ...CORE_BUSINESS_FORMS,
  ...ALTERNATIVE_FORMS,
  ...CONTACT_FORMS,
  ...RESOURCE_FORMS,
];

/** 様式01, the cover with the 目次 of the sheets built */
export const CONTENTS = "01";

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

/** Form names from a comma-separated list that may use the group names. */
export function expandForms(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const name = raw.trim();
    if (name === "") continue;
    const members = ownEntry(FORM_GROUPS, name) ?? [name];
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

/** How many copies of each form a workbook gets (1 unless the form repeats and more were asked). */
export function copiesOf(name: string, repeats: Readonly<Record<string, number>> = {}): number {
  return REPEATABLE.includes(name) ? Math.max(1, repeats[name] ?? 1) : 1;
}

/** Copies asked for a form that does not repeat, or more than COPIES_MAX: why, in Japanese. */
export function repeatsProblem(repeats: Readonly<Record<string, number>>): string | null {
  for (const [name, n] of Object.entries(repeats)) {
    if (!REPEATABLE.includes(name))
      return `様式「${name}」は繰り返せません。繰り返せるのは ${REPEATABLE.join("、")} です。`;
    if (!Number.isInteger(n) || n < 1 || n > COPIES_MAX)
      return `様式${name}の数は 1〜${COPIES_MAX} の整数で指定してください（${n}）。`;
  }
  return null;
}

/** The sheet of a form or checklist (not 様式01, which is made from the others). */
export function formSheet(name: string, options: RenderOptions): SheetDef {
  const make = FORMS.get(name);
  if (make === undefined || make === null)
    throw invalid(`様式・チェックリスト「${name}」はこの方法では作れません。`);
  return make(options);
}
