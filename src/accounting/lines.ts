/**
 * The input lines of the 財務診断モデル an account can fill: the 損益計算書 lines of the scenario's
 * `statements` (docs/scenario-format.md), the 製造原価報告書 / 完成工事原価報告書 and 販管費
 * breakdowns of 表 参考.1-2 … 1-8 with the 固定/変動 the guideline gives each, and the totals a
 * file prints, which the import reconciles with.
 */
import {
  BELOW_OPERATING_LINES,
  CONSTRUCTION_COST_ITEMS,
  type CostItemDef,
  MANUFACTURING_COST_ITEMS,
  MANUFACTURING_LINES,
  SGA_ITEMS,
  WHOLESALE_LINES,
} from "../model/directCosting";
import type { Industry } from "../model/industries";

/** Lines outside the breakdowns, with the label of the form they belong to. */
export const STATEMENT_LINES = {
  sales: "売上高",
  ...MANUFACTURING_LINES,
  ...WHOLESALE_LINES,
  ...BELOW_OPERATING_LINES,
} as const;
export type StatementLine = keyof typeof STATEMENT_LINES;

/** The statement lines each industry's form has besides 売上高 and the breakdowns. */
const FORM_LINES: Readonly<Record<Industry, Readonly<Partial<Record<StatementLine, string>>>>> = {
  製造業: MANUFACTURING_LINES,
  "卸・小売業": WHOLESALE_LINES,
  建設業: {},
};

/** An input line: a statement line, or an item of a breakdown ("costReport.power", "sga.rent"). */
export type LineKey = StatementLine | `costReport.${string}` | `sga.${string}`;

/** Lines on the credit side of a trial balance (revenue, gains, closing stock). */
export const CREDIT_LINES: ReadonlySet<LineKey> = new Set<LineKey>([
  "sales",
  "closingFinishedGoods",
  "materialsClosing",
  "closingWip",
  "closingGoods",
  "nonOperatingIncome",
  "extraordinaryGains",
]);

function costItems(industry: Industry): readonly CostItemDef[] {
  if (industry === "製造業") return MANUFACTURING_COST_ITEMS;
  if (industry === "建設業") return CONSTRUCTION_COST_ITEMS;
  return [];
}

const COST_REPORT: Readonly<Record<Industry, string>> = {
  製造業: "製造原価報告書",
  "卸・小売業": "",
  建設業: "完成工事原価報告書",
};

const BEHAVIOUR_TEXT = {
  fixed: "固定費",
  variable: "変動費",
  choose: "固定費（変動に変更可）",
  labor: "直傭なら固定費、それ以外は変動費",
} as const;

export interface LineInfo {
  key: LineKey;
  /** what the line is called on the diagnosis' sheets */
  label: string;
  /** how the guideline splits it (breakdown items only) */
  behaviour?: string;
}

/** Every line an account can fill for an industry, in the order of the forms. */
export function linesOf(industry: Industry): LineInfo[] {
  const own = (k: StatementLine): LineInfo => ({ key: k, label: STATEMENT_LINES[k] });
  return [
    own("sales"),
    ...(Object.keys(FORM_LINES[industry]) as StatementLine[]).map(own),
    ...costItems(industry).map((i) => ({
      key: `costReport.${i.code}` as LineKey,
      label: `${COST_REPORT[industry]} ${i.labelJa}`,
      behaviour: BEHAVIOUR_TEXT[i.behaviour],
    })),
    ...SGA_ITEMS.map((i) => ({
      key: `sga.${i.code}` as LineKey,
      label: `販管費 ${i.labelJa}`,
      behaviour: BEHAVIOUR_TEXT[i.behaviour],
    })),
    ...(Object.keys(BELOW_OPERATING_LINES) as StatementLine[]).map(own),
  ];
}

/** The line a key or label names for an industry, if it has one. */
export function lineNamed(industry: Industry, text: string): LineInfo | undefined {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  return linesOf(industry).find(
    (l) => l.key === text.trim() || l.label.normalize("NFKC").replace(/\s+/g, "") === t
  );
}

/** Totals a statement prints, which the import reconciles the lines with. */
export const FILE_TOTALS = {
  Sales: "売上高",
  CostOfSales: "売上原価",
  COGM: "当期製品製造原価",
  ManufacturingCost: "当期製造総費用",
  ConstructionCost: "当期完成工事原価",
  SGA: "販売費及び一般管理費",
  OperatingProfit: "営業利益",
} as const;
export type FileTotal = keyof typeof FILE_TOTALS;
