/**
 * 要求度 of each 様式 (表 4.3-1 BCP 様式類一覧): the 基本コース table (guideline line 2627) and the
 * 中級コース table (line 3392) differ for 様式12-1, 12-2, 12-3 and 18. The 上級コース builds on the
 * 中級 one; the 入門コース forms are that course's whole plan.
 */
import type { Course } from "../sheets/course";
import { type Locale, type Text, tx } from "./spec";

export type Requirement = "必須" | "任意";

const BOTH_REQUIRED = { 基本: "必須", 中級: "必須" } as const;
const BOTH_OPTIONAL = { 基本: "任意", 中級: "任意" } as const;

/** 表 4.3-1 in its order (an array: object keys like "10" would sort before "01"). */
export const FORM_REQUIREMENTS: readonly (readonly [
  string,
  { 基本: Requirement; 中級: Requirement },
])[] = [
  ["01", BOTH_REQUIRED],
  ["02", BOTH_REQUIRED],
  ["03", BOTH_REQUIRED],
  ["04", BOTH_REQUIRED],
  ["05", BOTH_OPTIONAL],
  ["06", BOTH_REQUIRED],
  ["07", BOTH_OPTIONAL],
  ["08", BOTH_REQUIRED],
  ["09", BOTH_REQUIRED],
  ["10", BOTH_REQUIRED],
  ["11", BOTH_REQUIRED],
  ["12-1", { 基本: "任意", 中級: "必須" }],
  ["12-2", { 基本: "任意", 中級: "必須" }],
  ["12-3", { 基本: "必須", 中級: "任意" }],
  ["13", BOTH_OPTIONAL],
  ["14", BOTH_REQUIRED],
  ["15", BOTH_REQUIRED],
  ["16-1", BOTH_REQUIRED],
  ["16-2", BOTH_OPTIONAL],
  ["16-3", BOTH_OPTIONAL],
  ["17-1", BOTH_REQUIRED],
  ["17-2", BOTH_REQUIRED],
  ["18", { 基本: "任意", 中級: "必須" }],
  ["19", BOTH_REQUIRED],
  ["20", BOTH_OPTIONAL],
];

const BY_NUMBER = new Map(FORM_REQUIREMENTS);

export function requirementOf(no: string, course: Course): Requirement {
  if (no.startsWith("入門")) return "必須";
  const row = BY_NUMBER.get(no);
  if (row === undefined) throw new Error(`様式${no} is not in 表 4.3-1`);
  return course === "基本" ? row.基本 : row.中級;
}

const WORDS: Record<Requirement, Text> = {
  必須: tx("必須", "required"),
  任意: tx("任意", "optional"),
};

/** The form's requirement line, e.g. 要求度：必須（中級コース・表 4.3-1）. */
export function requirementLine(no: string, course: Course, locale: Locale): string {
  const r = WORDS[requirementOf(no, course)][locale];
  if (no.startsWith("入門"))
    return locale === "ja" ? "入門コースの記入シート" : "Sheet of the introductory course";
  return locale === "ja"
    ? `要求度：${r}（${course}コース・表 4.3-1）`
    : `Requirement: ${r} (${course === "基本" ? "basic" : course === "中級" ? "intermediate" : "advanced"} course, Table 4.3-1)`;
}
