/**
 * Figures the 様式 and the 財務診断モデル share live in one cell. Where a form is the source (様式06
 * 目標復旧時間, 様式09 investment plan, 様式18 policies), the course's cell becomes a formula over
 * the form; where the model is the source (B, 会社名), the form shows the model's cell (see
 * `fromCourse` in the form specs). A value typed into a course cell before it was linked, or given
 * by a scenario file, moves to the form's cells described by `carry`.
 */
import { INSURED_CATEGORIES, POLICY_TYPES } from "../model/insurance";
import { type DefinedName, type WorkbookName, policyNumber } from "../sheets/names";
import type { CarryTarget, CellDef, SheetDef } from "../sheets/types";
import { CHECK_MARK } from "./spec";

/** 様式09 line that receives a 災害防止対策費用 F typed in the course: below the ten examples. */
const PLAN_LINE = 10;
/** 様式18 lines: one per policy type held, then one per insured category's 保険金額. */
const SUM_LINES = POLICY_TYPES.length;

interface Link {
  /** the course cell's name */
  name: WorkbookName;
  formula: string;
  /** a name the form must have for the link to apply */
  needs: WorkbookName;
  carry: (forms: FormFacts) => CarryTarget[];
}

interface FormFacts {
  /** the 日 of 様式06's unit list, in the form's language */
  days: string;
}

const sumByScope = (scope: string) =>
  `SUMIF(Form18_Policies_Scope,"${scope}",Form18_Policies_Limit)`;
const held = (type: string) => `IF(COUNTIF(Form18_Policies_Type,"${type}")>0,1,0)`;
const SUM_KEYS = ["SumBuilding", "SumEquipment", "SumStock"] as const;

export const LINKS: readonly Link[] = [
  {
    name: "TargetRecoveryDays",
    formula: "Form06_TargetDays",
    needs: "Form06_TargetDays",
    carry: (f) => [{ name: "Form06_TargetValue" }, { name: "Form06_TargetUnit", value: f.days }],
  },
  {
    name: "PreventionCostF",
    formula: "Form09_FundsTotal",
    needs: "Form09_FundsTotal",
    carry: () => [
      { name: "Form09_Plan_Item", index: PLAN_LINE, value: "財務診断の事前対策（F）" },
      { name: "Form09_Plan_Do", index: PLAN_LINE, value: CHECK_MARK },
      { name: "Form09_Plan_Funds", index: PLAN_LINE, scale: 0.001 }, // 千円 → 百万円
    ],
  },
  ...POLICY_TYPES.flatMap((type, i) =>
    (["Ins", "Basic"] as const).map((prefix) => ({
      name: `${prefix}_Held${policyNumber(i)}` as const,
      formula: held(type),
      needs: "Form18_Policies_Type" as const,
      carry: (): CarryTarget[] => [
        { name: "Form18_Policies_Type", index: i, value: type, onlyIf: 1 },
      ],
    }))
  ),
  ...SUM_KEYS.flatMap((key, k) =>
    (["Ins", "Basic"] as const).map((prefix) => ({
      name: `${prefix}_${key}` as const,
      formula: sumByScope(INSURED_CATEGORIES[k] as string),
      needs: "Form18_Policies_Scope" as const,
      carry: (): CarryTarget[] => [
        {
          name: "Form18_Policies_Scope",
          index: SUM_LINES + k,
          value: INSURED_CATEGORIES[k] as string,
        },
        { name: "Form18_Policies_Limit", index: SUM_LINES + k },
      ],
    }))
  ),
];

function namesOf(sheets: readonly SheetDef[]): Set<string> {
  const names = new Set<string>();
  for (const sheet of sheets) {
    for (const cell of sheet.cells) if (cell.name !== undefined) names.add(cell.name);
    for (const range of sheet.rangeNames ?? []) names.add(range.name);
  }
  return names;
}

function factsOf(forms: readonly SheetDef[]): FormFacts {
  const unit = forms.flatMap((s) => s.cells).find((c) => c.name === "Form06_TargetUnit");
  return { days: typeof unit?.value === "string" ? unit.value : "日" };
}

function linkedCell(cell: CellDef, link: Link, facts: FormFacts): CellDef {
  return {
    ref: cell.ref,
    role: "formula",
    formula: link.formula,
    ...(cell.name !== undefined ? { name: cell.name } : {}),
    ...(cell.format !== undefined ? { format: cell.format } : {}),
    carry: link.carry(facts),
  };
}

/** The course sheets with their form-sourced inputs turned into formulas over the forms present. */
export function linkCourse(course: readonly SheetDef[], forms: readonly SheetDef[]): SheetDef[] {
  const present = namesOf(forms);
  const links = new Map<DefinedName, Link>(
    LINKS.filter((l) => present.has(l.needs)).map((l) => [l.name, l])
  );
  if (links.size === 0) return [...course];
  const facts = factsOf(forms);
  return course.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) => {
      const link = cell.name === undefined ? undefined : links.get(cell.name);
      return link === undefined || cell.role !== "input" ? cell : linkedCell(cell, link, facts);
    }),
  }));
}
