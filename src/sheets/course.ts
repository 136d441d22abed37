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

export function intermediateSheets(industry: Industry, prefix = "中級_"): SheetDef[] {
  const cashflow = cashflowSheet(`${prefix}資金繰り`);
  return [
    statementsSheet(`${prefix}損益`, industry),
    costingSheet(`${prefix}直接原価`, industry),
    damageSheet(`${prefix}被害と復旧`, industry),
    interruptionSheet(`${prefix}復旧費用`),
    fundingSheet(`${prefix}資金調達`),
    cashflow,
    preventionSheet(`${prefix}事前対策`),
  ];
}

export function courseWorkbook(course: Course, industry: Industry): WorkbookDef {
  if (course === "基本") return { sheets: [...basicSheets(industry), coefficientSheet()] };
  const sheets = intermediateSheets(industry);
  const cashflow = sheets.find((s) => s.key === "intermediate.cashflow") as SheetDef;
  const summary = summarySheet(SUMMARY_SHEET, {
    courseLabel: `${course}コース・${industry}`,
    cashflowSheet: cashflow.name,
    monthlyRow: rowOfLabel(cashflow, "月次資金収支"),
    cumulativeRow: rowOfLabel(cashflow, "累計資金収支"),
    months: CASHFLOW_MONTHS,
  });
  const advanced =
    course === "上級"
      ? [
          financialImpactSheet("上級_財務影響"),
          hazardMatrixSheet("上級_緊急事態の影響"),
          departmentsSheet("上級_複数部門"),
          twoSitesSheet("上級_2事業所"),
        ]
      : [];
  return { sheets: [summary, ...sheets, ...advanced, coefficientSheet()] };
}
