/**
 * The model's coefficient set (the 係数 sheet). Every number a model function uses comes from
 * here, with the guideline section it is taken from or the label 前提（本ツール） where it is this
 * product's own assumption. Users may override any value; the defaults stay listed for audit.
 */
import { invalid } from "./errors";

export const TOOL_ASSUMPTION = "前提（本ツール）";

const FRAGILITY_SOURCE =
  "既定値: Miyakoshi et al.(1997) 系の PGV 被害関数。指針は村尾・山崎(2000)を引用。原表の値に置換可";

export type FragilityRowId =
  | "Wood_E1"
  | "Wood_E2"
  | "Wood_E3"
  | "Wood_E4"
  | "Wood_E5"
  | "RC_E1"
  | "RC_E2"
  | "RC_E3"
  | "Steel_E1"
  | "Steel_E2";
export type FragilityParam = "L1" | "Z1" | "L2" | "Z2";
export type IntensityKey = "I5L" | "I5U" | "I6L" | "I6U" | "I7";
export type LifelineKey = "Power" | "Water" | "Gas";

type ScalarKey =
  | "BuildingCollapseWeight"
  | "BuildingHalfCollapseWeight"
  | "StatusCollapseThreshold"
  | "StatusHalfCollapseThreshold"
  | "FloodAboveBuildingRate"
  | "FireBuildingRate"
  | "MachineryKobeDamageShare"
  | "BuildingKobeDamageShare"
  | "FloodAboveDepreciableRate"
  | "FireMovableRate"
  | "InventoryToBuildingRatio"
  | "FloodAboveInventoryRate"
  | "FloodAboveVehicleRate"
  | "FloodBelowDamageRate"
  | "PgvIntercept"
  | "PgvSlope"
  | "IntensityMin"
  | "IntensityMax"
  | "RecoveryDaysBuilding"
  | "RecoveryDaysBuildingFloodCap"
  | "RecoveryDaysMachinery"
  | "RecoveryDaysStructures"
  | "RecoveryDaysTools"
  | "RecoveryDaysData"
  | "RecoveryDaysVehicles"
  | "DaysPerMonth"
  | "RepaymentYears"
  | "GraceYears"
  | "CollateralLoanMultiplier"
  | "CollateralExemptionMultiplier"
  | "CollateralExemptionCap"
  | "CollateralLoanCap"
  | "CashHoldingMonths"
  | "ReconciliationTolerance"
  | "HazardScoreThreshold"
  | InsuranceKey
  | `ReplacementFactor_${ReplacementClassKey}`;

/** The fixed-asset ledger's classes (表 参考.1-12 without 棚卸資産), by their defined-name stem. */
export const REPLACEMENT_CLASSES = {
  Building: "建物",
  BuildingEquipment: "建物附属設備",
  Machinery: "機械及び装置",
  Tools: "工具・器具・備品",
  Structures: "構築物",
  Vehicles: "車両及び運搬具",
} as const;
export type ReplacementClassKey = keyof typeof REPLACEMENT_CLASSES;

/** 表 参考.2-1 notes: one insurer's limits, which the user replaces with the policy's own */
export type InsuranceKey =
  | "InsFloodBuildingShare"
  | "InsFloodContentsShare"
  | "InsFloodContentsCap"
  | "InsTemporaryShare"
  | "InsTemporaryCap"
  | "InsDebrisShare"
  | "InsRepairShare"
  | "InsRepairCapShop"
  | "InsRepairCapFactory"
  | "InsQuakeFireShare"
  | "InsQuakeFireCapShop"
  | "InsQuakeFireCapFactory";

export type CoefficientKey =
  | ScalarKey
  | `Frag_${FragilityRowId}_${FragilityParam}`
  | `Intensity_${IntensityKey}`
  | `FallRate_${IntensityKey}`
  | `Lifeline_${Exclude<IntensityKey, "I5L" | "I5U">}_${LifelineKey}`;

export type CoefficientGroup =
  "被害率" | "震度・被害関数" | "復旧日数" | "資金・返済" | "損害保険" | "検証" | "取込";

export interface CoefficientInfo {
  key: CoefficientKey;
  group: CoefficientGroup;
  labelJa: string;
  labelEn: string;
  unit: string;
  value: number;
  source: string;
  /** the values the model can use (outside them a figure would mean nothing) */
  min: number;
  max: number;
  /** a count of whole years or days */
  whole?: true;
}

type ValidRange = readonly [min: number, max: number, whole?: "whole"];

/**
 * Valid values by coefficient, this product's own bounds (前提（本ツール）): a share or rate lies in
 * 0–1; a weight of the building's value in 0–1; days within ten years; the intensity scale of the
 * JMA (0–7); a fragility's λ of ln PGV within 0–10 cm/s exponents and ζ within 0.01–3.
 */
const RANGE_BY_KEY: Partial<Record<CoefficientKey, ValidRange>> = {
  BuildingCollapseWeight: [0, 1],
  BuildingHalfCollapseWeight: [0, 1],
  InventoryToBuildingRatio: [0, 5],
  PgvIntercept: [0, 5],
  PgvSlope: [0.1, 5],
  IntensityMin: [0, 7],
  IntensityMax: [0, 7],
  DaysPerMonth: [28, 31, "whole"],
  RepaymentYears: [1, 30, "whole"],
  GraceYears: [0, 10, "whole"],
  CollateralLoanMultiplier: [0, 20],
  CollateralExemptionMultiplier: [0, 20],
  CollateralExemptionCap: [0, 100_000_000],
  CollateralLoanCap: [0, 100_000_000],
  CashHoldingMonths: [0, 12],
  ReconciliationTolerance: [0, 100_000],
  HazardScoreThreshold: [1, 9, "whole"],
  InsFloodContentsCap: [0, 100_000_000],
  InsTemporaryCap: [0, 100_000_000],
  InsRepairCapShop: [0, 100_000_000],
  InsRepairCapFactory: [0, 100_000_000],
  InsQuakeFireCapShop: [0, 100_000_000],
  InsQuakeFireCapFactory: [0, 100_000_000],
};

function validRange(key: CoefficientKey, unit: string): ValidRange {
  const own = RANGE_BY_KEY[key];
  if (own !== undefined) return own;
  if (unit === "比率") return [0, 1];
  if (unit === "日") return [0, 3650, "whole"];
  if (key.startsWith("Intensity_")) return [0, 7];
  // a price level between a tenth and ten times what was paid
  if (key.startsWith("ReplacementFactor_")) return [0.1, 10];
  if (/^Frag_.*_L\d$/.test(key)) return [0, 10];
  if (/^Frag_.*_Z\d$/.test(key)) return [0.01, 3];
  throw new Error(`no valid range for the coefficient ${key}`);
}

export type Parameters = Readonly<Record<CoefficientKey, number>>;

function row(
  key: CoefficientKey,
  group: CoefficientGroup,
  labelJa: string,
  labelEn: string,
  unit: string,
  value: number,
  source: string
): CoefficientInfo {
  const [min, max, whole] = validRange(key, unit);
  return {
    key,
    group,
    labelJa,
    labelEn,
    unit,
    value,
    source,
    min,
    max,
    ...(whole ? { whole: true } : {}),
  };
}

const DAMAGE = "被害率";
const SEISMIC = "震度・被害関数";
const DAYS = "復旧日数";
const FUNDS = "資金・返済";
const INSURANCE = "損害保険";
const NOTE = (n: string) => `指針 表 参考.2-1 ${n}（ある損害保険会社の例）`;

const SCALARS: CoefficientInfo[] = [
  row(
    "BuildingCollapseWeight",
    DAMAGE,
    "建物被害率 全壊の係数",
    "Building loss weight of total collapse",
    "倍",
    0.75,
    "指針 資料16(1) 建物被害（全壊50〜100%の中間値）"
  ),
  row(
    "BuildingHalfCollapseWeight",
    DAMAGE,
    "建物被害率 半壊の係数",
    "Building loss weight of half collapse",
    "倍",
    0.35,
    "指針 資料16(1) 建物被害（半壊20〜50%の中間値）"
  ),
  row(
    "StatusCollapseThreshold",
    DAMAGE,
    "被害状況「全壊」とする被害率の下限",
    "Damage rate from which status is total collapse",
    "比率",
    0.5,
    "指針 資料16(1) 全壊・半壊の定義（時価の50%以上）"
  ),
  row(
    "StatusHalfCollapseThreshold",
    DAMAGE,
    "被害状況「半壊」とする被害率の下限",
    "Damage rate from which status is half collapse",
    "比率",
    0.2,
    "指針 資料16(1) 全壊・半壊の定義（時価の20%以上）"
  ),
  row(
    "FloodAboveBuildingRate",
    DAMAGE,
    "床上浸水 建物・建物附属設備の被害率",
    "Above-floor flood: building damage rate",
    "比率",
    0.231,
    "指針 資料16(1) 床上浸水（国土交通省 東海豪雨）"
  ),
  row(
    "FireBuildingRate",
    DAMAGE,
    "火災 建物・建物附属設備の被害率",
    "Fire: building damage rate",
    "比率",
    0.5,
    "指針 資料16(1) 全焼（50〜100%の中間値）"
  ),
  row(
    "MachineryKobeDamageShare",
    DAMAGE,
    "阪神・淡路 機械・設備の平均被害率",
    "Kobe 1995 mean machinery damage",
    "比率",
    0.212,
    "指針 資料16(1) 機械及び装置（神戸商工会議所調査）"
  ),
  row(
    "BuildingKobeDamageShare",
    DAMAGE,
    "阪神・淡路 社屋の平均被害率",
    "Kobe 1995 mean building damage",
    "比率",
    0.268,
    "指針 資料16(1) 機械及び装置（神戸商工会議所調査）"
  ),
  row(
    "FloodAboveDepreciableRate",
    DAMAGE,
    "床上浸水 機械及び装置・工具器具備品の被害率",
    "Above-floor flood: machinery and tools damage rate",
    "比率",
    0.498,
    "指針 資料16(1) 償却資産の被害率（東海豪雨）"
  ),
  row(
    "FireMovableRate",
    DAMAGE,
    "火災 機械・工具器具備品・棚卸資産の被害率",
    "Fire: machinery, tools and inventory damage rate",
    "比率",
    0.75,
    "指針 資料16(1) 火災"
  ),
  row(
    "InventoryToBuildingRatio",
    DAMAGE,
    "地震 棚卸資産被害率の建物被害率に対する比",
    "Earthquake: inventory damage per building damage",
    "倍",
    0.79,
    "指針 資料16(1) 在庫資産（神戸商工会議所調査）"
  ),
  row(
    "FloodAboveInventoryRate",
    DAMAGE,
    "床上浸水 棚卸資産の被害率",
    "Above-floor flood: inventory damage rate",
    "比率",
    0.341,
    "指針 資料16(1) 在庫資産（東海豪雨）"
  ),
  row(
    "FloodAboveVehicleRate",
    DAMAGE,
    "床上浸水 車両及び運搬具の被害率（31/87）",
    "Above-floor flood: vehicle damage rate (31/87)",
    "比率",
    31 / 87,
    "指針 資料16(1) 車両及び運搬具（東海豪雨 個人タクシー）"
  ),
  row(
    "FloodBelowDamageRate",
    DAMAGE,
    "床下浸水 資産の被害率",
    "Below-floor flood: asset damage rate",
    "比率",
    0,
    TOOL_ASSUMPTION
  ),
  row(
    "PgvIntercept",
    SEISMIC,
    "計測震度→PGV 換算式の切片",
    "Intensity-to-PGV intercept",
    "",
    2.68,
    "翠川・藤本・村松(1999) I = 2.68 + 1.72·log10(PGV)"
  ),
  row(
    "PgvSlope",
    SEISMIC,
    "計測震度→PGV 換算式の傾き",
    "Intensity-to-PGV slope",
    "",
    1.72,
    "翠川・藤本・村松(1999) I = 2.68 + 1.72·log10(PGV)"
  ),
  row(
    "IntensityMin",
    SEISMIC,
    "入力できる計測震度の下限",
    "Lowest instrumental intensity accepted",
    "",
    4.5,
    "気象庁 震度階級（5弱の下限）"
  ),
  row(
    "IntensityMax",
    SEISMIC,
    "入力できる計測震度の上限",
    "Highest instrumental intensity accepted",
    "",
    7.0,
    "中央防災会議の被害関数適用上限"
  ),
  row(
    "RecoveryDaysBuilding",
    DAYS,
    "建物・建物附属設備 被害率100%の復旧日数",
    "Building recovery days at 100% damage",
    "日",
    240,
    "指針 資料16(3) 木造住宅完成まで約8ヶ月"
  ),
  row(
    "RecoveryDaysBuildingFloodCap",
    DAYS,
    "床上浸水時の建物復旧日数の上限",
    "Building recovery days cap for floods",
    "日",
    30,
    "指針 資料16(3)"
  ),
  row(
    "RecoveryDaysMachinery",
    DAYS,
    "機械及び装置 全損時の復旧日数",
    "Machinery recovery days at total loss",
    "日",
    30,
    "指針 資料16(3)"
  ),
  row(
    "RecoveryDaysStructures",
    DAYS,
    "構築物 全損時の復旧日数",
    "Structures recovery days at total loss",
    "日",
    30,
    "指針 資料16(3)（機械及び装置と同様）"
  ),
  row(
    "RecoveryDaysTools",
    DAYS,
    "工具・器具・備品 全損時の復旧日数",
    "Tools and fixtures recovery days at total loss",
    "日",
    4,
    "指針 資料16(3) コンピュータ関連被害実態調査"
  ),
  row(
    "RecoveryDaysData",
    DAYS,
    "データ消失 全損時の復旧日数",
    "Data loss recovery days at total loss",
    "日",
    4,
    "指針 資料16(3) コンピュータ関連被害実態調査"
  ),
  row(
    "RecoveryDaysVehicles",
    DAYS,
    "車両及び運搬具 全損時の復旧日数",
    "Vehicles recovery days at total loss",
    "日",
    30,
    TOOL_ASSUMPTION
  ),
  row(
    "DaysPerMonth",
    FUNDS,
    "1ヶ月の日数",
    "Days per month",
    "日",
    30,
    "指針 表 参考.1-21〜1-23（1ヶ月×N/30）"
  ),
  row(
    "RepaymentYears",
    FUNDS,
    "新規借入の返済期間",
    "Repayment period of new borrowing",
    "年",
    8,
    "指針 表 参考.2-3 注3"
  ),
  row(
    "GraceYears",
    FUNDS,
    "新規借入の据置期間",
    "Grace period of new borrowing",
    "年",
    2,
    "指針 表 参考.2-3 注3"
  ),
  row(
    "CollateralLoanMultiplier",
    FUNDS,
    "借入可能上限 担保価値の倍率",
    "Loan limit as a multiple of collateral",
    "倍",
    4,
    "指針 表 参考.2-5（中小企業金融公庫 災害復旧貸付、当時の条件）"
  ),
  row(
    "CollateralExemptionMultiplier",
    FUNDS,
    "担保徴求免除額の判定 担保価値の倍率",
    "Collateral multiple tested against the exemption cap",
    "倍",
    3,
    "指針 表 参考.2-5（当時の条件）"
  ),
  row(
    "CollateralExemptionCap",
    FUNDS,
    "担保徴求免除額の上限",
    "Collateral exemption cap",
    "千円",
    80000,
    "指針 表 参考.2-5（80百万円、当時の条件）"
  ),
  row(
    "CollateralLoanCap",
    FUNDS,
    "災害復旧貸付の1社当たり貸付限度",
    "Disaster recovery loan cap per company",
    "千円",
    150000,
    "指針 参考.2 ③（150百万円、当時の条件）"
  ),
  row(
    "InsFloodBuildingShare",
    INSURANCE,
    "店舗総合保険の水害 建物：損害額に対する支払割合",
    "Shop policy, flood: share of the building loss paid",
    "比率",
    0.7,
    NOTE("注2")
  ),
  row(
    "InsFloodContentsShare",
    INSURANCE,
    "店舗総合保険の水害 什器・設備・商品：保険金額に対する限度割合",
    "Shop policy, flood: contents limit as a share of the sum insured",
    "比率",
    0.05,
    NOTE("注2")
  ),
  row(
    "InsFloodContentsCap",
    INSURANCE,
    "店舗総合保険の水害 什器・設備・商品の限度額",
    "Shop policy, flood: contents limit",
    "千円",
    1000,
    NOTE("注2")
  ),
  row(
    "InsTemporaryShare",
    INSURANCE,
    "臨時費用保険金 損害保険金に対する割合",
    "Temporary expenses as a share of the claim",
    "比率",
    0.3,
    NOTE("注10・11")
  ),
  row(
    "InsTemporaryCap",
    INSURANCE,
    "臨時費用保険金 1事故1構内の限度",
    "Temporary expenses limit per event",
    "千円",
    5000,
    NOTE("注10・11")
  ),
  row(
    "InsDebrisShare",
    INSURANCE,
    "残存物片付費用 損害保険金に対する限度割合",
    "Debris removal limit as a share of the claim",
    "比率",
    0.1,
    NOTE("注12〜14")
  ),
  row(
    "InsRepairShare",
    INSURANCE,
    "修理付帯費用 保険金額に対する限度割合",
    "Repair-related expenses limit as a share of the sum insured",
    "比率",
    0.3,
    NOTE("注19〜21")
  ),
  row(
    "InsRepairCapShop",
    INSURANCE,
    "修理付帯費用の限度額（普通火災(一般物件)・店舗総合保険）",
    "Repair-related expenses cap, general and shop policies",
    "千円",
    10000,
    NOTE("注19")
  ),
  row(
    "InsRepairCapFactory",
    INSURANCE,
    "修理付帯費用の限度額（普通火災(工場物件)・オールリスク型）",
    "Repair-related expenses cap, factory and all-risk policies",
    "千円",
    50000,
    `${NOTE("注20")}。オールリスク型（注21、金額は空欄）にも同じ額を使う：前提（本ツール）`
  ),
  row(
    "InsQuakeFireShare",
    INSURANCE,
    "地震火災費用 保険金額に対する割合（半焼以上）",
    "Earthquake fire expenses as a share of the sum insured",
    "比率",
    0.05,
    `${NOTE("注16・17")}。オールリスク型（注18、空欄）にも同じ割合：前提（本ツール）`
  ),
  row(
    "InsQuakeFireCapShop",
    INSURANCE,
    "地震火災費用の限度額（普通火災(一般物件)・店舗総合保険）",
    "Earthquake fire expenses cap, general and shop policies",
    "千円",
    3000,
    NOTE("注16")
  ),
  row(
    "InsQuakeFireCapFactory",
    INSURANCE,
    "地震火災費用の限度額（普通火災(工場物件)・オールリスク型）",
    "Earthquake fire expenses cap, factory and all-risk policies",
    "千円",
    20000,
    `${NOTE("注17")}。オールリスク型（注18、空欄）にも同じ額：前提（本ツール）`
  ),
  row(
    "CashHoldingMonths",
    FUNDS,
    "推奨する現金・預金の保有（月商の月数）",
    "Recommended cash holding in months of sales",
    "ヶ月",
    1,
    "指針 基本コース 参考.4 (2)①"
  ),
  row(
    "ReconciliationTolerance",
    "検証",
    "損益計算書との照合の許容差",
    "Tolerance of the reconciliation checks",
    "千円",
    1,
    TOOL_ASSUMPTION
  ),
  row(
    "HazardScoreThreshold",
    "検証",
    "緊急事態の種類ごとの検討で「要」とする点数",
    "Score from which a hazard needs measures",
    "点",
    4,
    TOOL_ASSUMPTION
  ),
];

const INTENSITY_LABEL: Record<IntensityKey, string> = {
  I5L: "5弱",
  I5U: "5強",
  I6L: "6弱",
  I6U: "6強",
  I7: "7",
};
const REPRESENTATIVE_INTENSITY: Record<IntensityKey, number> = {
  I5L: 4.75,
  I5U: 5.25,
  I6L: 5.75,
  I6U: 6.25,
  I7: 6.75,
};
// 指針 資料16(1) 工具や器具及び備品: 東京消防庁(2004) 転倒・落下率を震度7で7%に合わせたもの
const FALL_RATE: Record<IntensityKey, number> = {
  I5L: 0.002,
  I5U: 0.011,
  I6L: 0.037,
  I6U: 0.057,
  I7: 0.07,
};
// 指針 資料16(3): 三重県(1997) 方式の半分の日数
const LIFELINE_DAYS: Record<"I6L" | "I6U" | "I7", Record<LifelineKey, number>> = {
  I6L: { Water: 7, Gas: 15, Power: 1 },
  I6U: { Water: 15, Gas: 30, Power: 2 },
  I7: { Water: 30, Gas: 45, Power: 4 },
};
const LIFELINE_LABEL: Record<LifelineKey, string> = { Power: "電気", Water: "水道", Gas: "ガス" };

// fragility.md: λ, ζ of ln PGV for 全壊 (1) and 全半壊 (2)
const FRAGILITY: Record<FragilityRowId, [number, number, number, number, string]> = {
  Wood_E1: [5.12, 0.552, 4.56, 0.624, "木造 1981年以降"],
  Wood_E2: [4.67, 0.462, 4.08, 0.551, "木造 1971-1980年"],
  Wood_E3: [4.32, 0.467, 3.72, 0.614, "木造 1961-1970年"],
  Wood_E4: [4.38, 0.445, 3.77, 0.674, "木造 1951-1960年"],
  Wood_E5: [4.22, 0.558, 3.26, 0.945, "木造 1950年以前"],
  RC_E1: [6.07, 0.792, 5.41, 0.607, "RC・SRC造 1981年以降"],
  RC_E2: [5.15, 0.586, 4.95, 0.434, "RC・SRC造 1971-1980年"],
  RC_E3: [4.98, 0.568, 4.68, 0.444, "RC・SRC造 1970年以前"],
  Steel_E1: [5.29, 0.417, 5.21, 0.671, "鉄骨造・軽量鉄骨造 1981年以降"],
  Steel_E2: [4.73, 0.615, 4.49, 0.62, "鉄骨造・軽量鉄骨造 1980年以前"],
};
const FRAGILITY_PARAM_LABEL: Record<FragilityParam, string> = {
  L1: "全壊 λ",
  Z1: "全壊 ζ",
  L2: "全半壊 λ",
  Z2: "全半壊 ζ",
};

function intensityRows(): CoefficientInfo[] {
  const keys = Object.keys(INTENSITY_LABEL) as IntensityKey[];
  const representative = keys.map((k) =>
    row(
      `Intensity_${k}`,
      SEISMIC,
      `震度${INTENSITY_LABEL[k]} の代表計測震度`,
      `Representative intensity of JMA ${INTENSITY_LABEL[k]}`,
      "",
      REPRESENTATIVE_INTENSITY[k],
      "気象庁 震度階級の区間中央値（7は6.75）"
    )
  );
  const fall = keys.map((k) =>
    row(
      `FallRate_${k}`,
      DAMAGE,
      `震度${INTENSITY_LABEL[k]} 固定していない器具・備品の被害率`,
      `Unfixed equipment loss at JMA ${INTENSITY_LABEL[k]}`,
      "比率",
      FALL_RATE[k],
      "指針 資料16(1) 工具や器具及び備品（東京消防庁 2004）"
    )
  );
  return [...representative, ...fall];
}

function lifelineRows(): CoefficientInfo[] {
  const out: CoefficientInfo[] = [];
  for (const [k, byLifeline] of Object.entries(LIFELINE_DAYS) as [
    "I6L" | "I6U" | "I7",
    Record<LifelineKey, number>,
  ][]) {
    for (const lifeline of ["Power", "Water", "Gas"] as LifelineKey[]) {
      out.push(
        row(
          `Lifeline_${k}_${lifeline}`,
          DAYS,
          `震度${INTENSITY_LABEL[k]} ${LIFELINE_LABEL[lifeline]}の復旧日数`,
          `${lifeline} recovery days at JMA ${INTENSITY_LABEL[k]}`,
          "日",
          byLifeline[lifeline],
          "指針 資料16(3)（三重県(1997)方式の半分）"
        )
      );
    }
  }
  return out;
}

function fragilityRows(): CoefficientInfo[] {
  const out: CoefficientInfo[] = [];
  for (const [id, values] of Object.entries(FRAGILITY) as [
    FragilityRowId,
    [number, number, number, number, string],
  ][]) {
    (["L1", "Z1", "L2", "Z2"] as FragilityParam[]).forEach((param, i) => {
      out.push(
        row(
          `Frag_${id}_${param}`,
          SEISMIC,
          `${values[4]} ${FRAGILITY_PARAM_LABEL[param]}`,
          `Fragility ${id} ${param}`,
          "ln(cm/s)",
          values[i] as number,
          FRAGILITY_SOURCE
        )
      );
    });
  }
  return out;
}

/**
 * 再調達係数: an import from a fixed-asset ledger fills each class's 再調達価格 with its 取得価額
 * times this factor (the ledger holds no replacement cost; 1 keeps the 取得価額).
 */
function replacementFactorRows(): CoefficientInfo[] {
  return (Object.entries(REPLACEMENT_CLASSES) as [ReplacementClassKey, string][]).map(
    ([key, label]) =>
      row(
        `ReplacementFactor_${key}`,
        "取込",
        `固定資産台帳から取り込む${label}の再調達係数（取得価額に掛ける）`,
        `Replacement-cost factor of ${key} imported from the asset ledger`,
        "倍",
        1,
        `${TOOL_ASSUMPTION}（台帳には再調達価格がないため。1は取得価額のまま）`
      )
  );
}

/** The coefficient holding a ledger class's 再調達係数 (undefined: not a ledger class). */
export function replacementFactorKey(label: string): CoefficientKey | undefined {
  const entry = Object.entries(REPLACEMENT_CLASSES).find(([, l]) => l === label);
  return entry === undefined ? undefined : `ReplacementFactor_${entry[0] as ReplacementClassKey}`;
}

/** The replacement-cost factor of each ledger class in force, by the class's Japanese name. */
export function replacementFactors(
  params: Parameters
): Record<(typeof REPLACEMENT_CLASSES)[ReplacementClassKey], number> {
  return Object.fromEntries(
    (Object.entries(REPLACEMENT_CLASSES) as [ReplacementClassKey, string][]).map(([key, label]) => [
      label,
      params[`ReplacementFactor_${key}`],
    ])
  ) as Record<(typeof REPLACEMENT_CLASSES)[ReplacementClassKey], number>;
}

/** Every coefficient with its label, unit and source, in 係数 sheet order. */
export const COEFFICIENTS: readonly CoefficientInfo[] = Object.freeze([
  ...SCALARS,
  ...intensityRows(),
  ...fragilityRows(),
  ...lifelineRows(),
  ...replacementFactorRows(),
]);

export const DEFAULT_PARAMETERS: Parameters = Object.freeze(
  Object.fromEntries(COEFFICIENTS.map((c) => [c.key, c.value])) as Record<CoefficientKey, number>
);

const KNOWN_KEYS = new Set<string>(COEFFICIENTS.map((c) => c.key));

export function isCoefficientKey(key: string): key is CoefficientKey {
  return KNOWN_KEYS.has(key);
}

const INFO = new Map<string, CoefficientInfo>(COEFFICIENTS.map((c) => [c.key, c]));

/** Why a value cannot be the coefficient (in Japanese), or null when it can. */
export function coefficientProblem(info: CoefficientInfo, value: unknown): string | null {
  const named = `係数「${info.labelJa}」（${info.key}）`;
  if (value === null || value === undefined || value === "")
    return `${named}が空欄です。値を入れてください（既定値 ${info.value}）。`;
  if (typeof value !== "number" || !Number.isFinite(value))
    return `${named}には数値を入れてください（「${String(value)}」）。`;
  if (value < info.min || value > info.max)
    return `${named}は${info.min}〜${info.max}の範囲で入れてください（${value}）。`;
  if (info.whole && !Number.isInteger(value)) return `${named}は整数で入れてください（${value}）。`;
  return null;
}

/** Problems between coefficients that are each valid on their own. */
function crossProblems(p: Readonly<Record<string, number>>): string[] {
  const out: string[] = [];
  if ((p.IntensityMin as number) >= (p.IntensityMax as number))
    out.push("係数「入力できる計測震度の下限」は上限より小さくしてください。");
  if ((p.StatusHalfCollapseThreshold as number) > (p.StatusCollapseThreshold as number))
    out.push("係数「被害状況「半壊」とする被害率の下限」は「全壊」の下限以下にしてください。");
  return out;
}

/** Why the set of coefficients cannot be used, if it cannot: its first problem. */
export function parametersProblem(params: Readonly<Record<string, number>>): string | null {
  for (const c of COEFFICIENTS) {
    const problem = coefficientProblem(c, params[c.key]);
    if (problem !== null) return problem;
  }
  return crossProblems(params)[0] ?? null;
}

/**
 * The default set with the user's overrides applied; unknown keys, non-numbers and values outside
 * a coefficient's range are refused with a message saying which coefficient and why.
 */
export function withOverrides(overrides: Readonly<Record<string, unknown>> = {}): Parameters {
  const merged: Record<string, number> = { ...DEFAULT_PARAMETERS };
  for (const [key, value] of Object.entries(overrides)) {
    const info = INFO.get(key);
    if (info === undefined)
      throw invalid(`係数「${key}」はありません。係数シートの名前を確認してください。`);
    const problem = coefficientProblem(info, value);
    if (problem !== null) throw invalid(problem);
    merged[key] = value as number;
  }
  const cross = crossProblems(merged)[0];
  if (cross !== undefined) throw invalid(cross);
  return Object.freeze(merged) as Parameters;
}

/**
 * The coefficients as the 係数 sheet lists them (its value column, in COEFFICIENTS order), as a
 * BCP function receives them: every value must be there and valid.
 */
export function parametersFromColumn(values: readonly unknown[]): Parameters {
  if (values.length !== COEFFICIENTS.length)
    throw invalid(
      `係数の範囲は係数シートの値の列（${COEFFICIENTS.length}行）を指定してください（${values.length}個のセルが指定されました）。`
    );
  const merged: Record<string, number> = {};
  COEFFICIENTS.forEach((c, i) => {
    const problem = coefficientProblem(c, values[i]);
    if (problem !== null) throw invalid(problem);
    merged[c.key] = values[i] as number;
  });
  const cross = crossProblems(merged)[0];
  if (cross !== undefined) throw invalid(cross);
  return Object.freeze(merged) as Parameters;
}

/** Coefficients whose value differs from the default (for the lender summary and validation). */
export function changedCoefficients(
  params: Parameters
): { info: CoefficientInfo; value: number }[] {
  return COEFFICIENTS.filter((c) => params[c.key] !== c.value).map((info) => ({
    info,
    value: params[info.key],
  }));
}
