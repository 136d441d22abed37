/**
 * Every defined name the course sheets create, declared once: the sheet that holds it and what
 * it means in the guideline's terms. Sheet definitions name their cells with these names and the
 * rest of the product reads and writes the workbook through them, so renaming one is a compile
 * error wherever it is used. 様式 cells are named after their form (Form06_TargetDays, made from
 * the form's own field keys); the few that other parts read are declared here too.
 */
import { HAZARD_TYPES } from "../model/advanced/hazardMatrix";
import type { AssetClass } from "../model/damage";
import {
  CONSTRUCTION_COST_ITEMS,
  MANUFACTURING_COST_ITEMS,
  SGA_ITEMS,
} from "../model/directCosting";
import { FUNDING_LABELS, type FundingSource } from "../model/cashflowTable";
import { COEFFICIENTS, type CoefficientKey } from "../model/parameters";
import { POLICY_TYPES } from "../model/insurance";
import type { RecoveryResource } from "../model/recovery";

/** The definition key of each sheet that holds names. */
export type SheetKey =
  | "summary"
  | "coefficients"
  | "basic.recovery"
  | "basic.insurance"
  | "basic.funds"
  | "basic.diagnosis"
  | "intermediate.statements"
  | "intermediate.costing"
  | "intermediate.damage"
  | "intermediate.interruption"
  | "intermediate.funding"
  | "intermediate.cashflow"
  | "intermediate.prevention"
  | "advanced.impact"
  | "advanced.hazards"
  | "advanced.departments"
  | "advanced.twoSites"
  | "import.mapping"
  | "import.record"
  | `forms.${string}`;

export interface NameInfo {
  /** the sheets (by definition key) on which the name is defined, one per course */
  sheets: readonly SheetKey[];
  /** what the cell holds, in the guideline's terms */
  meaning: string;
  /** a range of cells (a row of months, a table column) rather than one cell */
  range?: true;
}

function on<K extends string>(
  sheets: SheetKey | readonly SheetKey[],
  meanings: Readonly<Record<K, string>>,
  range?: true
): Record<K, NameInfo> {
  const list = typeof sheets === "string" ? [sheets] : sheets;
  const out = {} as Record<K, NameInfo>;
  for (const name of Object.keys(meanings) as K[])
    out[name] = { sheets: list, meaning: meanings[name], ...(range ? { range } : {}) };
  return out;
}

/** Names made of a prefix, a stem and a suffix, each stem with its meaning. */
function family<P extends string, S extends string | number, X extends string = "">(
  sheet: SheetKey,
  prefix: P,
  stems: Readonly<Record<S, string>>,
  describe: (meaning: string) => string = (m) => m,
  suffix: X = "" as X
): Record<`${P}${S}${X}`, NameInfo> {
  const out = {} as Record<`${P}${S}${X}`, NameInfo>;
  for (const stem of Object.keys(stems) as S[])
    out[`${prefix}${stem}${suffix}`] = { sheets: [sheet], meaning: describe(stems[stem]) };
  return out;
}

/** Stems keyed by code, from a table that lists the codes with their labels. */
function stemsOf<C extends string>(
  items: readonly { code: C; labelJa: string }[]
): Record<C, string> {
  return Object.fromEntries(items.map((i) => [i.code, i.labelJa])) as Record<C, string>;
}

/** Reverses a table of stems by class (建物 → Building) into meanings by stem. */
function byStem<T extends Readonly<Record<string, string>>>(table: T): Record<T[keyof T], string> {
  return Object.fromEntries(Object.entries(table).map(([label, stem]) => [stem, label])) as Record<
    T[keyof T],
    string
  >;
}

/** Defined-name stem of each asset class (表 参考.1-12). */
export const ASSET_KEY = {
  建物: "Building",
  建物附属設備: "BuildingEquipment",
  機械及び装置: "Machinery",
  "工具・器具・備品": "Tools",
  構築物: "Structures",
  車両及び運搬具: "Vehicles",
  棚卸資産: "Inventory",
} as const satisfies Record<AssetClass, string>;

/** Defined-name stem of each resource of 表 参考.1-17. */
export const RESOURCE_KEY = {
  電気: "Power",
  水道: "Water",
  都市ガス: "Gas",
  建物: "Building",
  建物附属設備: "BuildingEquipment",
  機械及び装置: "Machinery",
  "工具・器具・備品": "Tools",
  構築物: "Structures",
  車両及び運搬具: "Vehicles",
  データ等の情報の消失: "Data",
} as const satisfies Record<RecoveryResource, string>;

/** The countermeasure inputs of 表 参考.1-13, by what they stand for. */
export const COUNTERMEASURE_INPUTS = {
  extinguishers: "CM_Extinguishers",
  dataBackup: "CM_DataBackup",
  sprinklers: "CM_Sprinklers",
  retrofit: "CM_Retrofit",
  machineryAnchored: "CM_MachineryAnchored",
  machineryFlood: "CM_MachineryFlood",
  toolsFixed: "CM_ToolsFixed",
  inventoryFall: "CM_InventoryFall",
  inventoryRaised: "CM_InventoryRaised",
} as const;
export type CountermeasureName = (typeof COUNTERMEASURE_INPUTS)[keyof typeof COUNTERMEASURE_INPUTS];

const COUNTERMEASURE_MEANINGS: Readonly<Record<CountermeasureName, string>> = {
  CM_Extinguishers: "消火器と火災報知機の設置（1/0）",
  CM_DataBackup: "重要なデータのバックアップ（1/0）",
  CM_Sprinklers: "自動スプリンクラー消火装置の設置（1/0）",
  CM_Retrofit: "建物の耐震補強（1/0）",
  CM_MachineryAnchored: "機械及び装置を転倒しないよう固定している割合",
  CM_MachineryFlood: "機械及び装置の浸水対策をとっている割合",
  CM_ToolsFixed: "器具及び備品の転倒・落下を防止している割合",
  CM_InventoryFall: "在庫の転倒・落下を防止している割合",
  CM_InventoryRaised: "在庫を浸水しない高さに置いている割合",
};

/** The countermeasures with a numeric effect, asked again with the plan (表 参考.4-1). */
export const PLANNED_COUNTERMEASURES = [
  "CM_DataBackup",
  "CM_Retrofit",
  "CM_MachineryAnchored",
  "CM_MachineryFlood",
  "CM_ToolsFixed",
  "CM_InventoryFall",
  "CM_InventoryRaised",
] as const satisfies readonly CountermeasureName[];
export type PlannedCountermeasure = (typeof PLANNED_COUNTERMEASURES)[number];

export function isPlanned(name: CountermeasureName): name is PlannedCountermeasure {
  return (PLANNED_COUNTERMEASURES as readonly string[]).includes(name);
}

/** The 事前対策 sheet's cell for a countermeasure after the plan. */
export const plannedName = (name: PlannedCountermeasure) => `P_${name}` as const;

/** How the lines of a cost table are named: one input per line, and the その他 line's 固定/変動. */
export interface CostLineNames<C extends string> {
  line: (code: C) => DefinedName;
  behaviour: DefinedName;
}
type CodeOf<T extends readonly { code: string }[]> = T[number]["code"];

export const COST_LINE_NAMES = {
  SGA: {
    line: (c: CodeOf<typeof SGA_ITEMS>) => `SGA_${c}` as const,
    behaviour: "SGA_otherBehaviour",
  },
  MC: {
    line: (c: CodeOf<typeof MANUFACTURING_COST_ITEMS>) => `MC_${c}` as const,
    behaviour: "MC_otherBehaviour",
  },
  CC: {
    line: (c: CodeOf<typeof CONSTRUCTION_COST_ITEMS>) => `CC_${c}` as const,
    behaviour: "CC_otherBehaviour",
  },
} as const;

/** The totals printed in the 決算書 that the breakdowns are reconciled with, by stem. */
export const REPORTED_TOTAL_MEANINGS = {
  CostOfSales: "売上原価",
  COGM: "当期製品製造原価",
  ManufacturingCost: "当期製造総費用",
  ConstructionCost: "当期完成工事原価",
  SGA: "一般管理費および販売費 計",
  OperatingProfit: "営業利益",
  Depreciation: "減価償却費 合計（原価・販管費）",
} as const;
export type ReportedTotal = keyof typeof REPORTED_TOTAL_MEANINGS;

/** 1-based numbers of repeated lines, as they appear in names (Ins_Held1, Dept2_Sales). */
const POLICY_NUMBERS = {
  1: POLICY_TYPES[0],
  2: POLICY_TYPES[1],
  3: POLICY_TYPES[2],
  4: POLICY_TYPES[3],
};
export const COLLATERAL_ITEMS = ["土地", "建物", "有価証券", "その他"] as const;
const COLLATERAL_NUMBERS = { 1: "土地", 2: "建物", 3: "有価証券", 4: "その他" } as const;
export const DEPARTMENTS = ["中核事業①", "中核事業②", "その他事業③"] as const;
const DEPARTMENT_NUMBERS = { 1: DEPARTMENTS[0], 2: DEPARTMENTS[1], 3: DEPARTMENTS[2] } as const;
const HAZARD_NUMBERS = Object.fromEntries(HAZARD_TYPES.map((h, i) => [i + 1, h.name])) as Record<
  1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12,
  string
>;
const FUNDING_MEANINGS: Readonly<Record<FundingSource, string>> = FUNDING_LABELS;

/** The name of a repeated line: the line's 1-based number must be one the sheet lays out. */
function numbered<N extends number>(table: Readonly<Record<N, string>>, index: number): N {
  const n = index + 1;
  if (!(n in table)) throw new Error(`line ${n} is not laid out (${Object.keys(table).length})`);
  return n as N;
}
export const policyNumber = (i: number) => numbered(POLICY_NUMBERS, i);
export const collateralNumber = (i: number) => numbered(COLLATERAL_NUMBERS, i);
export const hazardNumber = (i: number) => numbered(HAZARD_NUMBERS, i);

const DEPARTMENT_FIELDS = {
  Sales: "売上高",
  Variable: "変動費（売上原価）",
  Fixed: "部門別に配賦可能な固定費",
  Depreciation: "部門別に配賦可能な固定費のうち減価償却費",
  StopDays: "事業が止まる日数",
  Share: "売上高比",
  VariableAll: "変動費計（共通費の配賦後）",
  FixedAll: "固定費計（共通費の配賦後）",
  DepreciationAll: "固定費計のうち減価償却費",
  OperatingProfit: "営業利益",
  WorseningB: "キャッシュフローの悪化額 (B)",
  RecoveryC: "復旧費用総額 (C)",
  AssetsA: "資産の復旧費用 (A)",
} as const;
export type DepartmentField = keyof typeof DEPARTMENT_FIELDS;

function departmentFamily<D extends 1 | 2 | 3 | "Total", F extends DepartmentField>(
  departments: readonly D[],
  fields: readonly F[]
): Record<`Dept${D}_${F}`, NameInfo> {
  const out = {} as Record<`Dept${D}_${F}`, NameInfo>;
  for (const d of departments)
    for (const f of fields) {
      const who = d === "Total" ? "計" : DEPARTMENT_NUMBERS[d as 1 | 2 | 3];
      out[`Dept${d}_${f}`] = {
        sheets: ["advanced.departments"],
        meaning: `${DEPARTMENT_FIELDS[f]}（${who}）`,
      };
    }
  return out;
}

const MONTH_ROWS = "（12/24ヶ月の各月）";
const COURSE_SUMMARY: readonly SheetKey[] = ["summary", "basic.diagnosis"];

export const NAMES = {
  ...on(COURSE_SUMMARY, { CompanyName: "会社名", DiagnosisDate: "診断日" }),
  ...on("summary", {
    RecoveryVerdict: "営業再開日数と目標復旧時間の比較",
  }),
  ...on("summary", { Summary_Chart: "資金繰りグラフの表（月・月次資金収支・累計資金収支）" }, true),

  // 基本コース
  ...on("basic.recovery", {
    Basic_Severity: "想定する被害の程度（全壊・半壊）",
    Basic_AssetsA: "資産関係 計 (A)",
    Basic_LongestDays: "最長の復旧期間（日）",
    Basic_Sales: "年間売上高",
    Basic_Fixed: "年間固定費",
    Basic_Depreciation: "年間減価償却費",
    Basic_StopDays: "事業が止まる日数",
    Basic_InterruptionB: "事業中断損失 (B)",
    Basic_RecoveryC: "復旧費用 計 (C = A + B)",
  }),
  ...on(
    "basic.recovery",
    {
      Basic_RecoveryDays: "資産ごとの復旧期間（日）",
      Basic_RecoveryCosts: "資産ごとの復旧費用",
    },
    true
  ),
  ...family("basic.insurance", "Basic_Held", POLICY_NUMBERS, (type) => `${type}に加入（1/0）`),
  ...on("basic.insurance", {
    Basic_SumBuilding: "保険金額 建物",
    Basic_SumEquipment: "保険金額 什器備品・機械設備等",
    Basic_SumStock: "保険金額 商品・製品等",
    Basic_Hazard: "想定する災害",
    Basic_InsuranceStatus: "想定する災害の補償の状況",
    Basic_Valuation: "保険金額の基準（新価・時価）",
    Basic_ProfitLimit: "利益保険の支払限度額",
    Basic_ProfitMonths: "利益保険の約定てん補期間（月）",
    Basic_ProfitInsurance: "利益保険の推定受取額",
    Basic_UninsuredB: "保険でまかなえない事業中断損失",
  }),
  ...on("basic.funds", {
    Basic_Cash: "現金・預金",
    Basic_Insurance: "損害保険金",
    Basic_AssetSale: "会社資産売却",
    Basic_OwnerSupport: "経営者から支援",
    Basic_HandFundsD1: "手元資金 計 (D1)",
  }),
  ...on("basic.diagnosis", {
    Basic_Verdict: "財務診断（D1 と C の比較）",
    Basic_CashVerdict: "現金・預金は月商の1ヶ月分以上か",
  }),

  // 中級 表 参考.1-1 … 1-8
  ...on("intermediate.statements", {
    Sales: "売上高",
    FG_Opening: "期首製品棚卸高",
    COGM: "当期製品製造原価（損益計算書）",
    FG_Closing: "期末製品棚卸高",
    PL_CostOfSales: "売上原価",
    PL_GrossProfit: "売上総利益",
    PL_OperatingProfit: "営業利益",
    NonOpIncome: "営業外収益",
    NonOpExpense: "営業外費用",
    PL_OrdinaryProfit: "経常利益",
    ExtraGain: "特別利益",
    ExtraLoss: "特別損失",
    PL_Pretax: "税引前当期純利益",
    IncomeTax: "法人税・住民税",
    NetIncome: "税引後当期純利益",
    SGA_Total: "一般管理費・販売費 計",
    SGA_otherBehaviour: "一般管理費・販売費 その他の固定・変動",
    Mat_Opening: "期首材料棚卸高",
    Mat_Purchases: "当期材料仕入高",
    Mat_Closing: "期末材料棚卸高",
    Mat_Cost: "当期材料費",
    MC_Labor: "当期労務費",
    MC_Expenses: "当期経費",
    MC_Total: "当期製造総費用",
    MC_otherBehaviour: "製造原価 その他の固定・変動",
    WIP_Opening: "期首仕掛品棚卸高",
    WIP_Closing: "期末仕掛品棚卸高",
    MfgCOGM: "当期製品製造原価（製造原価報告書）",
    Goods_Opening: "期首商品棚卸高",
    Goods_Purchases: "当期商品仕入高",
    Goods_Closing: "期末商品棚卸高",
    CC_Labor: "当期労務費（完成工事原価）",
    LaborDirect: "労務者は直傭（1）／直傭でない（0）",
    CC_Total: "当期完成工事原価",
    CC_otherBehaviour: "完成工事原価 その他の固定・変動",
  }),
  ...family(
    "intermediate.statements",
    "SGA_",
    stemsOf(SGA_ITEMS),
    (l) => `一般管理費・販売費 ${l}`
  ),
  ...family(
    "intermediate.statements",
    "MC_",
    stemsOf(MANUFACTURING_COST_ITEMS),
    (l) => `製造原価 ${l}`
  ),
  ...family(
    "intermediate.statements",
    "CC_",
    stemsOf(CONSTRUCTION_COST_ITEMS),
    (l) => `完成工事原価 ${l}`
  ),
  ...family(
    "intermediate.statements",
    "Reported_",
    REPORTED_TOTAL_MEANINGS,
    (l) => `${l}（決算書の額）`
  ),
  ...family(
    "intermediate.statements",
    "Reported_",
    REPORTED_TOTAL_MEANINGS,
    (l) => `${l}（内訳からの計算）`,
    "_Computed"
  ),

  // 表 参考.4-1 … 4-7 直接原価計算
  ...on("intermediate.costing", {
    CostRatio: "修正率（当期製品製造原価 ÷ 当期製造総費用）",
    CoS_Variable: "売上原価 変動費 ①",
    CoS_Fixed: "売上原価 固定費 ②",
    CoS_Depreciation: "売上原価のうち減価償却費 ⑤",
    SGA_Variable: "一般管理費・販売費 変動費 ③",
    SGA_Fixed: "一般管理費・販売費 固定費 ④",
    SGA_DepreciationPart: "一般管理費・販売費のうち減価償却費 ⑥",
    SalesAnnual: "売上高（年間）",
    SalesAnnualMonthly: "売上高（月額）",
    VariableAnnual: "変動費計 ① + ③（年間）",
    VariableAnnualMonthly: "変動費計（月額）",
    FixedAnnual: "固定費計 ② + ④（年間）",
    FixedAnnualMonthly: "固定費計（月額）",
    DepreciationAnnual: "減価償却費 ⑤ + ⑥（年間）",
    DepreciationAnnualMonthly: "減価償却費（月額）",
    CashFixedAnnual: "現金ベース固定費（年間）",
    CashFixedAnnualMonthly: "現金ベース固定費（月額）",
    OperatingProfitDirect: "直接原価計算の営業利益（年間）",
    OperatingProfitDirectMonthly: "直接原価計算の営業利益（月額）",
    InventoryEffect: "製品棚卸高の増減（期首 − 期末）",
    ReconDifference: "損益計算書の営業利益との説明できない差額",
    ReconStatus: "営業利益の照合の判定",
  }),

  // 表 参考.1-9 … 1-17
  ...on("intermediate.damage", {
    AssetMethod: "A と N の算定に使う表（参考値・自社の見積り）",
    OwnSeverity: "自社の見積りで想定する被害の程度",
    OwnEstimateDays: "自社の見積りの最長の復旧期間（日）",
    OwnEstimateA: "自社の見積りの資産の復旧費用 (A)",
    BuildingOwned: "建物 保有：1、賃貸：0",
    BuildingEra: "建築年代コード（1〜5）",
    BuildingStructure: "建物構造コード（1〜4）",
    Hazard: "対象とする災害（表 参考.1-14）",
    DamageTotal: "直接被害額 計（表 参考.1-15）",
    AssetRecoveryRefA: "参考値による資産の復旧費用 (A)",
    ReopenDaysRef: "参考値による営業再開日数予想結果 (N)",
    AssetRecoveryA: "資産の復旧費用 (A)",
    ReopenDays: "営業再開日数 (N)",
    TargetRecoveryDays: "目標復旧時間（日、様式06）",
    RecoveryGap: "目標との差（N − 目標復旧時間）",
  }),
  ...on("intermediate.damage", COUNTERMEASURE_MEANINGS),
  ...family("intermediate.damage", "Asset_", byStem(ASSET_KEY), (a) => `${a} 再調達価格`),
  ...family("intermediate.damage", "DamageRate_", byStem(ASSET_KEY), (a) => `${a} 被害率`),
  ...family("intermediate.damage", "Damage_", byStem(ASSET_KEY), (a) => `${a} 直接被害額`),
  ...family("intermediate.damage", "RC_", byStem(ASSET_KEY), (a) => `${a} 予想復旧費用（入力）`),
  ...family(
    "intermediate.damage",
    "RecoveryCost_",
    byStem(ASSET_KEY),
    (a) => `${a} 計算に使う復旧費用`
  ),
  ...family("intermediate.damage", "RD_", byStem(RESOURCE_KEY), (r) => `${r} 復旧日数（入力）`),
  ...family("intermediate.damage", "RefDays_", byStem(RESOURCE_KEY), (r) => `${r} 参考復旧日数`),
  ...family(
    "intermediate.damage",
    "ES_",
    byStem(RESOURCE_KEY),
    (r) => `${r} 事業再開に不可欠（1/0）`
  ),

  // 表 参考.1-18 … 1-24
  ...on("intermediate.interruption", {
    CashflowWorseningB: "事業中断によるキャッシュフローの悪化額 (B)",
    RecoveryTotalC: "復旧費用総額 (C = A + B)",
  }),

  // 表 参考.2-1 … 2-5
  ...on("intermediate.funding", {
    Cash: "現金・預金",
    InsuranceProceeds: "損害保険金",
    AssetSale: "会社資産売却",
    OwnerSupport: "経営者から支援",
    HandFunds_D1: "手元資金 計 (D1)",
    BorrowingNeedE: "新規借入必要額 (E)",
    FundingVerdict: "C と D1 の比較の判定",
    CashHoldingVerdict: "現金・預金は月商の1ヶ月分以上か",
    NetIncomeForRepayment: "返済原資に使う税引後当期純利益",
    RepaymentSource: "返済原資合計 (I + II)",
    ExistingRepayment: "既往借入金年間約定返済額",
    AnnualRepaymentCapacity: "新規借入金返済原資（年間）",
    BorrowingCapacityE: "新規借入可能金額 (e)",
    TotalBorrowingEG: "新規借入の合計 (E + G)",
    RepaymentVerdict: "e と E（事前対策の借入があれば E + G）の比較の判定",
    RepaymentShortfall: "不足額 (E + G − e)",
    CollateralValue: "担保価値 合計",
    CollateralLimit: "担保による借入可能金額の上限",
    CollateralVerdict: "担保の上限と E + G の比較の判定",
    Ins_SumBuilding: "保険金額 建物",
    Ins_SumEquipment: "保険金額 什器備品・機械設備等",
    Ins_SumStock: "保険金額 商品・製品等",
    InsuranceStatus: "想定する災害の補償の状況",
    InsuranceEstimate: "火災保険の推定受取額（損害保険金＋臨時費用）",
    InsuranceClaim: "損害保険金の推定額（注記の限度・新価／時価による）",
    Ins_Valuation: "保険金額の基準（新価・時価）",
    Ins_MarketRatio: "時価の割合（時価 ÷ 新価）",
    ProfitIns_Limit: "利益保険の支払限度額",
    ProfitIns_Months: "利益保険の約定てん補期間（月）",
    ProfitInsuranceEstimate: "利益保険の推定受取額",
    UninsuredB: "保険でまかなえない悪化額（B − 利益保険）",
  }),
  ...family("intermediate.funding", "Ins_Held", POLICY_NUMBERS, (type) => `${type}に加入（1/0）`),
  ...family(
    "intermediate.funding",
    "Collateral",
    COLLATERAL_NUMBERS,
    (i) => `${i} 担保評価額`,
    "_Appraisal"
  ),
  ...family(
    "intermediate.funding",
    "Collateral",
    COLLATERAL_NUMBERS,
    (i) => `${i} 先順位担保権`,
    "_Liens"
  ),

  // 表 参考.3-1 … 3-4
  ...on("intermediate.cashflow", {
    FirstMonthBalance: "被災月の資金収支",
    CollectionLagMonths: "売上債権の回収サイト（月）",
    PaymentLagMonths: "仕入債務の支払サイト（月）",
    PeakShortage: "ピーク時の資金不足額",
    PeakMonth: "ピークの月（0は不足なし）",
    Cumulative_M12: "12ヶ月目の累計資金収支",
    FundingPlanShortage: "資金調達後の総合資金収支 累計の最大不足額",
    FundingPlanShortageMonth: "その不足が最も大きい月（0は不足なし）",
    RateN: "復旧後の稼働率の例",
    MonthlyCashflowAfterRecovery: "復旧後の月次キャッシュフロー",
  }),
  ...on(
    "intermediate.cashflow",
    {
      FM_Rates: "被災月の旬ごとの稼働率",
      FM_PriorRevenue: "被災月の前月分の売上の回収",
      FM_PriorVariable: "被災月の前月分の仕入の支払",
      FM_RecoveryCosts: "被災月の旬ごとの復旧費用",
      CF_Rates: `稼働率${MONTH_ROWS}`,
      CF_RecoveryCosts: `復旧費用${MONTH_ROWS}`,
      CF_Balances: `月次資金収支${MONTH_ROWS}`,
      CF_OverallCumulative: `総合資金収支 累計${MONTH_ROWS}`,
    },
    true
  ),
  ...rangeFamily("intermediate.cashflow", "FM_Funding_", FUNDING_MEANINGS, (l) => `被災月の${l}`),
  ...rangeFamily(
    "intermediate.cashflow",
    "CF_Funding_",
    FUNDING_MEANINGS,
    (l) => `${l}${MONTH_ROWS}`
  ),

  // 表 参考.4-1 事前対策
  ...family(
    "intermediate.prevention",
    "P_",
    Object.fromEntries(
      PLANNED_COUNTERMEASURES.map((n) => [n, COUNTERMEASURE_MEANINGS[n]])
    ) as Record<(typeof PLANNED_COUNTERMEASURES)[number], string>,
    (m) => `${m}（対策後）`
  ),
  ...on("intermediate.prevention", {
    AssetRecovery_A2: "対策後の資産の復旧費用 (A2)",
    ReopenDays_N2: "対策後の営業再開日数 (N2)",
    PreventionCostF: "災害防止対策費用 (F)",
    PreventionLoanG: "災害防止対策資金借入金額 (G)",
    CashflowWorsening_B2: "対策後のキャッシュフローの悪化額 (B2)",
    RecoveryTotal_C2: "対策後の復旧費用総額 (C2)",
    TotalWithPlan_H2: "必要資金総額 (H2 = F + C2)",
    PreventionSaving: "対策による正味の節減額 (C1 − H2)",
    PreventionVerdict: "事前対策の判定",
  }),

  // 上級
  ...on("advanced.impact", {
    Impact_StopMonthLoss: "1ヶ月の事業中断による営業損失（表 参考.1-3）",
    Impact_StopMonthCash: "1ヶ月の事業中断による資金の悪化（表 参考.1-3）",
  }),
  ...on(
    "advanced.hazards",
    {
      HM_Likelihood: "緊急事態ごとの発生の可能性（大・中・小）",
      HM_AssetImpact: "緊急事態ごとの資産の影響度",
      HM_AssetLoss: "緊急事態ごとの資産の推定損害",
      HM_InterruptionImpact: "緊急事態ごとの事業中断の影響度",
      HM_InterruptionLoss: "緊急事態ごとの事業中断の推定損害",
      HM_DecisionInput: "緊急事態ごとの対策の要否（入力）",
    },
    true
  ),
  ...family("advanced.hazards", "HazardScore_", HAZARD_NUMBERS, (h) => `${h} 評価点`),
  ...family("advanced.hazards", "HazardDecision_", HAZARD_NUMBERS, (h) => `${h} 対策の要否`),
  ...departmentFamily(
    [1, 2, 3],
    ["Sales", "Variable", "Fixed", "Depreciation", "StopDays", "Share", "VariableAll", "FixedAll"]
  ),
  ...departmentFamily([1, 2, 3], ["DepreciationAll", "OperatingProfit", "WorseningB", "RecoveryC"]),
  ...departmentFamily([1, 2], ["AssetsA"]),
  ...departmentFamily(
    ["Total"],
    [
      "Share",
      "VariableAll",
      "FixedAll",
      "DepreciationAll",
      "OperatingProfit",
      "WorseningB",
      "RecoveryC",
    ]
  ),
  ...on("advanced.departments", {
    Common_Fixed: "売上原価の固定費（配賦不能分）",
    Common_Depreciation: "配賦不能な固定費のうち減価償却費",
    Common_SgaVariable: "一般管理費・販売費 変動費",
    Common_SgaFixed: "一般管理費・販売費 固定費",
    Common_SgaDepreciation: "一般管理費・販売費のうち減価償却費",
  }),
  ...on("advanced.twoSites", {
    TS_Sales: "被災事業所の売上高",
    TS_Variable: "被災事業所の変動費計",
    TS_Fixed: "被災事業所の固定費計",
    TS_Depreciation: "被災事業所の減価償却費",
    TS_Months: "損益を比べる月数（表 参考.3-8 / 3-9）",
    TS_NetNormal: "比べる月数の差引損益（火災無し）",
    TS_NetActual: "比べる月数の差引損益（火災発生後）",
    TS_PeriodCashflow: "比べる月数のキャッシュフロー ①+②",
    TwoSitePeakShortage: "2事業所のピーク時の資金不足額",
    TwoSitePeakMonth: "2事業所のピークの月",
  }),
  ...on(
    "advanced.twoSites",
    {
      TS_OwnRates: "自工場の稼働率（月ごと）",
      TS_AlternateRates: "代替生産（他工場）の割合（月ごと）",
      TS_Expenses: "代替生産の追加経費（月ごと）",
      TS_Overtime: "代替生産の残業代（月ごと）",
      TS_Equipment: "代替設備支出（月ごと）",
    },
    true
  ),

  ...coefficientNames(),
  ...formNamesReadElsewhere(),
  ...on(
    "import.mapping",
    {
      AccountMap_Statement: "勘定科目対応の決算書（貸借対照表・損益計算書・原価報告書）",
      AccountMap_Account: "勘定科目対応の勘定科目",
      AccountMap_Line: "勘定科目対応の入れる行",
    },
    true
  ),
  ...on(
    "import.record",
    {
      ImportRecord_Name: "取込で入れた入力欄の名前",
      ImportRecord_Value: "取込で入れた値",
    },
    true
  ),
} as const;

function rangeFamily<P extends string, S extends string | number>(
  sheet: SheetKey,
  prefix: P,
  stems: Readonly<Record<S, string>>,
  describe: (meaning: string) => string
): Record<`${P}${S}`, NameInfo> {
  const names = family(sheet, prefix, stems, describe);
  for (const info of Object.values<NameInfo>(names)) info.range = true;
  return names;
}

/** The 係数 sheet names each coefficient after its key, and its value column as a whole. */
function coefficientNames(): Record<CoefficientKey | "Coefficients", NameInfo> {
  const out = {} as Record<CoefficientKey | "Coefficients", NameInfo>;
  for (const c of COEFFICIENTS) out[c.key] = { sheets: ["coefficients"], meaning: c.labelJa };
  out.Coefficients = {
    sheets: ["coefficients"],
    meaning: "係数の値の列（BCP 関数に渡す係数）",
    range: true,
  };
  return out;
}

/** 様式 cells the course sheets, the links and the check read (the forms name the rest). */
function formNamesReadElsewhere() {
  return {
    ...on("forms.Form01", { Form01_Written: "作成日", Form01_Revised: "改訂日" }),
    ...on("forms.Form06", {
      Form06_TargetValue: "目標復旧時間（数値）",
      Form06_TargetUnit: "目標復旧時間の単位",
      Form06_TargetDays: "目標復旧時間（日に換算）",
    }),
    ...on("forms.Form09", { Form09_FundsTotal: "実施する対策の必要資金 合計（千円）" }),
    ...on(
      "forms.Form09",
      {
        Form09_Plan_Item: "事前対策の項目",
        Form09_Plan_Do: "実施する対策の印（✓）",
        Form09_Plan_Funds: "対策の必要資金（百万円）",
      },
      true
    ),
    ...on(
      "forms.Form18",
      {
        Form18_Policies_Type: "保険の種類",
        Form18_Policies_Scope: "補償範囲",
        Form18_Policies_Limit: "補償限度額（千円）",
      },
      true
    ),
    ...on(
      "forms.Form07",
      {
        Form07_Resources_Criticality: "資源の重要度 ②",
        Form07_Resources_Impact: "災害の影響度 ③",
      },
      true
    ),
  };
}

/** A department's cell on the 上級_複数部門 sheet (by 0-based department, or the 計 column). */
export function departmentName(department: number | "Total", field: DepartmentField): WorkbookName {
  const name = `Dept${department === "Total" ? "Total" : department + 1}_${field}`;
  if (!isWorkbookName(name)) throw new Error(`${name} is not a name of the departments sheet`);
  return name;
}

/** A name the workbook defines for its course sheets, its 係数 and the 様式 cells read elsewhere. */
export type WorkbookName = keyof typeof NAMES;

/** The marker name of a built sheet (see sheetMarker in builder.ts). */
export type SheetMarkerName = `BCPSHEET_${string}`;

/**
 * Whether a name is a sheet's marker: the name of its first cell, the input legend, which
 * follows the sheet when the user renames it.
 */
export function isSheetMarker(name: string | undefined): name is SheetMarkerName {
  return name?.startsWith("BCPSHEET_") === true;
}
/** A 様式 or checklist cell, named by its form (Form06_Business, Intro3_Members, Readiness_Q1_2…). */
export type FormCellName =
  `Form${string}` | `Intro${string}` | `Readiness_${string}` | `SelfDiag_${string}`;
/** Any name a sheet definition may give a cell or range. */
export type DefinedName = WorkbookName | FormCellName | SheetMarkerName;

export function isWorkbookName(name: string): name is WorkbookName {
  return Object.prototype.hasOwnProperty.call(NAMES, name);
}

/** What a declared name means. */
export function nameInfo(name: WorkbookName): NameInfo {
  return NAMES[name];
}
