/**
 * The sheets of each course (基本 / 中級 / 上級) and industry, in the guideline's order, with the
 * 係数 sheet and the サマリー. Sheet names carry the course as a prefix.
 */
import type { Industry } from "../model/directCosting";
import { basicSheets } from "./basic";
import { coefficientSheet } from "./coefficientSheet";
import { CASHFLOW_MONTHS, cashflowSheet } from "./intermediate/cashflow";
import { costingSheet } from "./intermediate/costing";
import { damageSheet } from "./intermediate/damage";
import { fundingSheet } from "./intermediate/funding";
import { interruptionSheet } from "./intermediate/interruption";
import { preventionSheet } from "./intermediate/prevention";
import { statementsSheet } from "./intermediate/statements";
import { summarySheet } from "./summary";
import type { SheetDef, WorkbookDef } from "./types";
import { departmentsSheet } from "./advanced/departments";
import { financialImpactSheet } from "./advanced/financialImpact";
import { hazardMatrixSheet } from "./advanced/hazards";
import { twoSitesSheet } from "./advanced/twoSites";

import { COURSES, type Course } from "./courseList";
import { type SheetLanguage, sheetText } from "./language";

export { COURSES, type Course };

export const SUMMARY_SHEET = "サマリー";

/** Row of a label in column A (first match). */
export function rowOfLabel(def: SheetDef, label: string): number {
  const cell = def.cells.find(
    (c) => c.role === "label" && c.ref.startsWith("A") && c.value === label
  );
  if (cell === undefined) throw new Error(`${def.name}: no row labelled ${label}`);
  return Number(cell.ref.slice(1));
}

export function intermediateSheets(
  industry: Industry,
  prefix = "中級_",
  language?: SheetLanguage
): SheetDef[] {
  const cashflow = cashflowSheet(`${prefix}資金繰り`, language);
  return [
    statementsSheet(`${prefix}損益`, industry, language),
    costingSheet(`${prefix}直接原価`, industry, language),
    damageSheet(`${prefix}被害と復旧`, industry, language),
    interruptionSheet(`${prefix}復旧費用`, language),
    fundingSheet(`${prefix}資金調達`, language),
    cashflow,
    preventionSheet(`${prefix}事前対策`, language),
  ];
}

/** A course's sheets for an industry, their texts in `language` (sheet names stay Japanese). */
export function courseWorkbook(
  course: Course,
  industry: Industry,
  language?: SheetLanguage
): WorkbookDef {
  if (course === "基本")
    return { sheets: [...basicSheets(industry, language), coefficientSheet(language)] };
  const sheets = intermediateSheets(industry, "中級_", language);
  const cashflow = sheets.find((s) => s.key === "intermediate.cashflow") as SheetDef;
  const summary = summarySheet(
    SUMMARY_SHEET,
    {
      courseLabel: `${course}コース・${industry}`,
      cashflowSheet: cashflow.name,
      monthlyRow: rowOfLabel(cashflow, sheetText(language, "月次資金収支")),
      cumulativeRow: rowOfLabel(cashflow, sheetText(language, "累計資金収支")),
      months: CASHFLOW_MONTHS,
    },
    language
  );
  const advanced =
    course === "上級"
      ? [
          financialImpactSheet("上級_財務影響", language),
          hazardMatrixSheet("上級_緊急事態の影響", language),
          departmentsSheet("上級_複数部門", language),
          twoSitesSheet("上級_2事業所", undefined, language),
        ]
      : [];
  return { sheets: [summary, ...sheets, ...advanced, coefficientSheet(language)] };
}
