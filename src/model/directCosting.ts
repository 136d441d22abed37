/**
 * Direct costing (直接原価計算, 参考.4 and 中級 参考.1 (2)): turns the 損益計算書 with its
 * 製造原価報告書 or 完成工事原価報告書 into annual 売上高, 変動費, 固定費 and 減価償却費, and
 * reconciles the result with the 損益計算書's 営業利益.
 */
import { invalid } from "./errors";
import type { Parameters } from "./parameters";
import { requireAmount, requireSignedAmount } from "./guards";

import { INDUSTRIES, type Industry } from "./industries";

export { INDUSTRIES, type Industry };

export type CostBehaviour = "fixed" | "variable";
/** fixed/variable as marked (◎ = 固定); choose: the user decides (blank → fixed); labor: fixed if directly employed */
export type ItemBehaviour = CostBehaviour | "choose" | "labor";

export interface CostItemDef<Code extends string = string> {
  code: Code;
  labelJa: string;
  behaviour: ItemBehaviour;
  depreciation?: true;
}

function item<Code extends string>(
  code: Code,
  labelJa: string,
  behaviour: ItemBehaviour,
  depreciation?: true
): CostItemDef<Code> {
  return depreciation ? { code, labelJa, behaviour, depreciation } : { code, labelJa, behaviour };
}

/** 表 参考.4-1 製造原価報告書の内訳の分類 (当期材料費 comes from its three inputs). */
export const MANUFACTURING_COST_ITEMS = [
  item("laborBasic", "基本給", "fixed"),
  item("laborAllowances", "諸手当、福利厚生費", "fixed"),
  item("power", "電力費", "variable"),
  item("gasWater", "ガス・水道料", "variable"),
  item("freight", "運賃", "variable"),
  item("depreciation", "減価償却費", "fixed", true),
  item("repairs", "修繕費", "fixed"),
  item("taxes", "租税・公課", "fixed"),
  item("rent", "不動産賃借料", "fixed"),
  item("insurance", "保険料", "fixed"),
  item("travel", "旅費・交通費", "fixed"),
  item("communication", "通信費", "fixed"),
  item("outsourcing", "外注加工費", "variable"),
  item("misc", "雑費", "fixed"),
  item("other", "その他", "choose"),
] as const;

/** 表 参考.1-2 / 4-4 一般管理費・販売費の内訳 */
export const SGA_ITEMS = [
  item("salesSalaries", "販売員給与手当", "fixed"),
  item("salesTravel", "販売員旅費", "fixed"),
  item("advertising", "広告宣伝費", "fixed"),
  item("shipping", "発送費、配達費", "variable"),
  item("officerPay", "役員給与手当", "fixed"),
  item("clerkPay", "事務員給与手当", "fixed"),
  item("depreciation", "減価償却費", "fixed", true),
  item("rent", "地代・家賃", "fixed"),
  item("repairs", "修繕費", "fixed"),
  item("supplies", "事務用消耗品費", "fixed"),
  item("commTravel", "通信費・交通費", "fixed"),
  item("misc", "雑費", "fixed"),
  item("other", "その他", "choose"),
] as const;

/** 表 参考.1-8 完成工事原価計算書の内訳 */
export const CONSTRUCTION_COST_ITEMS = [
  item("mainMaterials", "主要材料費", "variable"),
  item("purchasedParts", "買入部品費", "variable"),
  item("auxMaterials", "補助材料費", "variable"),
  item("tempMaterialWear", "仮設材料の損耗額", "variable"),
  item("tempMaterialRent", "仮設材料の賃借料", "variable"),
  item("directLabor", "直接労務費", "labor"),
  item("indirectLabor", "間接労務費", "labor"),
  item("welfare", "福利厚生費", "labor"),
  item("power", "電力費", "variable"),
  item("gasWater", "ガス・水道料", "variable"),
  item("fuel", "燃料費", "variable"),
  item("freight", "運賃", "variable"),
  item("depreciation", "減価償却費", "fixed", true),
  item("repairs", "修繕費", "fixed"),
  item("taxes", "租税・公課", "fixed"),
  item("rent", "不動産賃借料", "fixed"),
  item("insurance", "保険料", "fixed"),
  item("travel", "旅費・交通費", "fixed"),
  item("communication", "通信費", "fixed"),
  item("outsourcing", "外注加工費", "variable"),
  item("misc", "雑費", "fixed"),
  item("other", "その他", "choose"),
] as const;

/** The 損益計算書 lines of the 製造業 form besides 売上高 and the breakdowns (表 参考.1-1). */
export const MANUFACTURING_LINES = {
  openingFinishedGoods: "期首製品棚卸高",
  closingFinishedGoods: "期末製品棚卸高",
  materialsOpening: "期首材料棚卸高",
  materialsPurchases: "当期材料仕入高",
  materialsClosing: "期末材料棚卸高",
  openingWip: "期首仕掛品棚卸高",
  closingWip: "期末仕掛品棚卸高",
} as const;

/** The 卸・小売業 form's 売上原価 lines (表 参考.1-4). */
export const WHOLESALE_LINES = {
  openingGoods: "期首商品棚卸高",
  purchases: "当期商品仕入高",
  closingGoods: "期末商品棚卸高",
} as const;

/** The 損益計算書 below 営業利益 that makes the 税引後当期純利益 (表 参考.2-3 I). */
export const BELOW_OPERATING_LINES = {
  nonOperatingIncome: "営業外収益",
  nonOperatingExpenses: "営業外費用",
  extraordinaryGains: "特別利益",
  extraordinaryLosses: "特別損失",
  incomeTaxes: "法人税・住民税",
} as const;

/** An amount, or an amount with the user's 固定/変動 choice for a 13. その他 line. */
export type CostLine = number | { amount: number; behaviour?: CostBehaviour };
export type CostLines = Readonly<Record<string, CostLine | undefined>>;

/** The 損益計算書 below 営業利益 (千円, blank = 0): what 税引後当期純利益 is made of. */
export interface BelowOperatingProfit {
  nonOperatingIncome?: number; // 営業外収益
  nonOperatingExpenses?: number; // 営業外費用
  extraordinaryGains?: number; // 特別利益
  extraordinaryLosses?: number; // 特別損失
  incomeTaxes?: number; // 法人税・住民税
}

export interface ManufacturingStatements extends BelowOperatingProfit {
  industry: "製造業";
  sales: number; // 売上高
  openingFinishedGoods: number; // 期首製品棚卸高
  closingFinishedGoods: number; // 期末製品棚卸高
  materialsOpening: number; // 期首材料棚卸高
  materialsPurchases: number; // 当期材料仕入高
  materialsClosing: number; // 期末材料棚卸高
  costReport: CostLines; // 製造原価報告書 II 労務費, III 経費
  openingWip: number; // 期首仕掛品棚卸高
  closingWip: number; // 期末仕掛品棚卸高
  sga: CostLines;
  /** 営業利益 as printed in the 損益計算書, for the reconciliation */
  plOperatingProfit?: number;
}

export interface WholesaleStatements extends BelowOperatingProfit {
  industry: "卸・小売業";
  sales: number;
  openingGoods: number; // 期首商品棚卸高
  purchases: number; // 当期商品仕入高
  closingGoods: number; // 期末商品棚卸高
  sga: CostLines;
  plOperatingProfit?: number;
}

export interface ConstructionStatements extends BelowOperatingProfit {
  industry: "建設業";
  sales: number; // 完成工事高
  costReport: CostLines; // 完成工事原価報告書
  /** 労務者が直傭 (directly employed): labour is fixed; otherwise variable (表 参考.1-8 注1) */
  laborDirectlyEmployed: boolean;
  sga: CostLines;
  plOperatingProfit?: number;
}

export type FinancialStatements =
  ManufacturingStatements | WholesaleStatements | ConstructionStatements;

/** Annual figures the cash-flow model runs on (表 参考.4-7). */
export interface AnnualFigures {
  sales: number; // 売上高
  variable: number; // 変動費計 (① + ③)
  fixed: number; // 固定費計 (② + ④)
  depreciation: number; // 内 減価償却費 (⑤ + ⑥)
}

export interface SplitTotals {
  variable: number;
  fixed: number;
  depreciation: number;
  total: number;
}

export interface DirectCostingResult {
  industry: Industry;
  annual: AnnualFigures & { operatingProfit: number };
  monthly: AnnualFigures & { operatingProfit: number };
  /** 表 参考.4-3 / 4-5: ① … ⑥ */
  costOfSalesVariable: number; // ①
  costOfSalesFixed: number; // ②
  costOfSalesDepreciation: number; // ⑤
  sgaVariable: number; // ③
  sgaFixed: number; // ④
  sgaDepreciation: number; // ⑥
  /** 当期製品製造原価 / 当期製造総費用 (1 for the other industries) */
  costRatio: number;
  pl: { costOfSales: number; grossProfit: number; sgaTotal: number; operatingProfit: number };
  reconciliation: Reconciliation;
}

export interface Reconciliation {
  directOperatingProfit: number;
  plOperatingProfit: number;
  /** 期首 − 期末 製品棚卸高: why the two 営業利益 legitimately differ */
  inventoryEffect: number;
  /** what the inventory change does not explain */
  unexplained: number;
  withinTolerance: boolean;
}

function lineParts(line: CostLine | undefined): { amount: unknown; behaviour?: CostBehaviour } {
  if (line === undefined) return { amount: 0 };
  if (typeof line === "number") return { amount: line };
  return line;
}

function behaviourOf(
  def: CostItemDef,
  chosen: CostBehaviour | undefined,
  laborDirect: boolean
): CostBehaviour {
  switch (def.behaviour) {
    case "choose":
      return chosen ?? "fixed"; // 不明な費用は固定費 (guideline's conservative rule)
    case "labor":
      return laborDirect ? "fixed" : "variable";
    default:
      return def.behaviour;
  }
}

/** Splits a breakdown into variable / fixed / depreciation by its item definitions. */
export function splitCosts(
  defs: readonly CostItemDef[],
  lines: CostLines,
  tableLabel: string,
  laborDirect = true
): SplitTotals {
  const known = new Set(defs.map((d) => d.code));
  const unknown = Object.keys(lines).filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw invalid(`${tableLabel}に「${unknown.join("、")}」という科目はありません。`);
  }
  const totals: SplitTotals = { variable: 0, fixed: 0, depreciation: 0, total: 0 };
  for (const def of defs) {
    const { amount, behaviour } = lineParts(lines[def.code]);
    const value = requireAmount(amount, `${tableLabel} ${def.labelJa}`);
    const kind = behaviourOf(def, behaviour, laborDirect);
    totals[kind] += value;
    totals.total += value;
    if (def.depreciation) totals.depreciation += value;
  }
  return totals;
}

function amounts<T extends object>(statements: T, labels: Partial<Record<keyof T, string>>): void {
  for (const [key, label] of Object.entries(labels) as [keyof T, string][]) {
    requireAmount(statements[key], label);
  }
}

interface CostOfSales {
  variable: number; // ①
  fixed: number; // ②
  depreciation: number; // ⑤
  ratio: number;
  plCostOfSales: number;
  inventoryEffect: number;
}

function manufacturingCostOfSales(s: ManufacturingStatements): CostOfSales {
  amounts(s, MANUFACTURING_LINES);
  const materials = s.materialsOpening + s.materialsPurchases - s.materialsClosing; // 当期材料費
  if (materials < 0)
    throw invalid(
      "当期材料費（期首材料＋仕入−期末材料）がマイナスです。材料の棚卸高と仕入高を確認してください。"
    );
  const report = splitCosts(MANUFACTURING_COST_ITEMS, s.costReport, "製造原価報告書");
  const totalCost = materials + report.total; // 当期製造総費用
  const goodsManufactured = totalCost + s.openingWip - s.closingWip; // 当期製品製造原価
  if (goodsManufactured < 0)
    throw invalid("当期製品製造原価がマイナスです。仕掛品棚卸高を確認してください。");
  if (totalCost === 0 && goodsManufactured !== 0) {
    throw invalid(
      "当期製造総費用が0のため、製造原価を変動費と固定費に分けられません。製造原価報告書を入力してください。"
    );
  }
  const ratio = totalCost === 0 ? 1 : goodsManufactured / totalCost; // 表 参考.4-2 の修正率
  const inventoryEffect = s.openingFinishedGoods - s.closingFinishedGoods;
  return {
    variable: (materials + report.variable) * ratio,
    fixed: report.fixed * ratio,
    depreciation: report.depreciation * ratio,
    ratio,
    plCostOfSales: s.openingFinishedGoods + goodsManufactured - s.closingFinishedGoods,
    inventoryEffect,
  };
}

function wholesaleCostOfSales(s: WholesaleStatements): CostOfSales {
  amounts(s, WHOLESALE_LINES);
  const costOfSales = s.openingGoods + s.purchases - s.closingGoods;
  if (costOfSales < 0)
    throw invalid(
      "売上原価（期首＋仕入−期末）がマイナスです。商品の棚卸高と仕入高を確認してください。"
    );
  // 卸・小売業の売上原価はすべて変動費 (表 参考.1-4 注)
  return {
    variable: costOfSales,
    fixed: 0,
    depreciation: 0,
    ratio: 1,
    plCostOfSales: costOfSales,
    inventoryEffect: 0,
  };
}

function constructionCostOfSales(s: ConstructionStatements): CostOfSales {
  const report = splitCosts(
    CONSTRUCTION_COST_ITEMS,
    s.costReport,
    "完成工事原価報告書",
    s.laborDirectlyEmployed
  );
  return {
    variable: report.variable,
    fixed: report.fixed,
    depreciation: report.depreciation,
    ratio: 1,
    plCostOfSales: report.total,
    inventoryEffect: 0,
  };
}

function costOfSalesFor(s: FinancialStatements): CostOfSales {
  switch (s.industry) {
    case "製造業":
      return manufacturingCostOfSales(s);
    case "卸・小売業":
      return wholesaleCostOfSales(s);
    case "建設業":
      return constructionCostOfSales(s);
  }
}

function perMonth<T extends Record<string, number>>(annual: T): T {
  return Object.fromEntries(Object.entries(annual).map(([k, v]) => [k, v / 12])) as T;
}

/** 表 参考.4-7 直接原価計算による損益計算書, with the reconciliation to the 損益計算書. */
export function directCosting(
  statements: FinancialStatements,
  params: Parameters
): DirectCostingResult {
  const sales = requireAmount(statements.sales, "売上高");
  const cos = costOfSalesFor(statements);
  const sga = splitCosts(SGA_ITEMS, statements.sga, "一般管理費・販売費");
  const annual = {
    sales,
    variable: cos.variable + sga.variable,
    fixed: cos.fixed + sga.fixed,
    depreciation: cos.depreciation + sga.depreciation,
    operatingProfit: 0,
  };
  annual.operatingProfit = annual.sales - annual.variable - annual.fixed;
  const grossProfit = sales - cos.plCostOfSales;
  const computedPl = grossProfit - sga.total;
  const plOperatingProfit =
    statements.plOperatingProfit === undefined
      ? computedPl
      : requireSignedAmount(statements.plOperatingProfit, "損益計算書の営業利益");
  const unexplained = annual.operatingProfit - plOperatingProfit - cos.inventoryEffect;
  return {
    industry: statements.industry,
    annual,
    monthly: perMonth(annual),
    costOfSalesVariable: cos.variable,
    costOfSalesFixed: cos.fixed,
    costOfSalesDepreciation: cos.depreciation,
    sgaVariable: sga.variable,
    sgaFixed: sga.fixed,
    sgaDepreciation: sga.depreciation,
    costRatio: cos.ratio,
    pl: {
      costOfSales: cos.plCostOfSales,
      grossProfit,
      sgaTotal: sga.total,
      operatingProfit: plOperatingProfit,
    },
    reconciliation: {
      directOperatingProfit: annual.operatingProfit,
      plOperatingProfit,
      inventoryEffect: cos.inventoryEffect,
      unexplained,
      withinTolerance: Math.abs(unexplained) <= params.ReconciliationTolerance,
    },
  };
}

/** Checks annual figures typed directly (without statements). */
export function requireAnnualFigures(figures: AnnualFigures): AnnualFigures {
  const sales = requireAmount(figures.sales, "年間売上高");
  const variable = requireAmount(figures.variable, "年間変動費");
  const fixed = requireAmount(figures.fixed, "年間固定費");
  const depreciation = requireAmount(figures.depreciation, "年間減価償却費");
  if (depreciation > fixed) {
    throw invalid(
      `年間減価償却費（${depreciation}）が年間固定費（${fixed}）を超えています。減価償却費は固定費の内数です。`
    );
  }
  return { sales, variable, fixed, depreciation };
}

/** 税引後当期純利益 of the 損益計算書: 営業利益 and the lines below it (表 参考.2-3 I). */
export function netIncomeAfterTax(
  statements: BelowOperatingProfit,
  costing: DirectCostingResult
): number {
  const line = (key: keyof typeof BELOW_OPERATING_LINES) => {
    const v = statements[key];
    return v === undefined ? 0 : requireAmount(v, BELOW_OPERATING_LINES[key]);
  };
  return (
    costing.pl.operatingProfit +
    line("nonOperatingIncome") -
    line("nonOperatingExpenses") +
    line("extraordinaryGains") -
    line("extraordinaryLosses") -
    line("incomeTaxes")
  );
}
