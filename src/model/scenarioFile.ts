/**
 * What a scenario file may hold (docs/scenario-format.md), checked before anything is computed:
 * every key one the format knows, every asset, resource, policy and coefficient one of the
 * guideline's, no more collateral lines than the 表 参考.2-4 has. The scenario and the workbook
 * commands read files through this, so they accept and refuse the same files with the same
 * messages; a key nobody reads is an error naming it, never dropped.
 */
import { FUNDING_SOURCES } from "./cashflowTable";
import { ASSET_CLASSES, NO_COUNTERMEASURES } from "./damage";
import { CONSTRUCTION_COST_ITEMS, MANUFACTURING_COST_ITEMS, SGA_ITEMS } from "./directCosting";
import { invalid } from "./errors";
import { ownEntry } from "./guards";
import { INSURED_CATEGORIES, POLICY_TYPES, VALUATIONS } from "./insurance";
import { withOverrides } from "./parameters";
import { RECOVERY_RESOURCES } from "./recovery";
import type { ScenarioInput } from "./scenario";

/** The 担保 lines of 表 参考.2-4 (土地, 建物, 有価証券, その他). */
export const COLLATERAL_LINES = 4;

type Json = Record<string, unknown>;

const TOP = [
  "company",
  "statements",
  "annual",
  "netIncomeAfterTax",
  "existingAnnualRepayment",
  "hazard",
  "building",
  "assets",
  "countermeasures",
  "recoveryCosts",
  "recoveryDays",
  "essential",
  "targetRecoveryDays",
  "funds",
  "insurancePolicies",
  "profitInsurance",
  "collateral",
  "cashflow",
  "prevention",
  "coefficients",
  "advanced",
] as const;

const BELOW_OPERATING = [
  "nonOperatingIncome",
  "nonOperatingExpenses",
  "extraordinaryGains",
  "extraordinaryLosses",
  "incomeTaxes",
  "plOperatingProfit",
];

const STATEMENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  製造業: [
    "sales",
    "openingFinishedGoods",
    "closingFinishedGoods",
    "materialsOpening",
    "materialsPurchases",
    "materialsClosing",
    "costReport",
    "openingWip",
    "closingWip",
    "sga",
  ],
  "卸・小売業": ["sales", "openingGoods", "purchases", "closingGoods", "sga"],
  建設業: ["sales", "costReport", "laborDirectlyEmployed", "sga"],
};

const COST_CODES: Readonly<Record<string, readonly string[]>> = {
  製造業: MANUFACTURING_COST_ITEMS.map((i) => i.code),
  建設業: CONSTRUCTION_COST_ITEMS.map((i) => i.code),
};

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Refuses a key the part does not know, naming it and the keys it may have. */
function onlyKeys(value: unknown, allowed: readonly string[], where: string): Json {
  if (value === undefined) return {};
  if (!isObject(value)) throw invalid(`${where}は { … } の形で書いてください。`);
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      throw invalid(`${where}の「${key}」は使えません。使えるもの：${allowed.join("、")}`);
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`${where}は [ … ] の形で書いてください。`);
  return value;
}

function statements(value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) throw invalid("statements（損益計算書）は { … } の形で書いてください。");
  const industry = String(value.industry);
  const keys = ownEntry(STATEMENT_KEYS, industry);
  if (keys === undefined)
    throw invalid(
      `statements の業種（industry）「${industry}」はありません。${Object.keys(STATEMENT_KEYS).join("、")}のいずれかです。`
    );
  onlyKeys(value, ["industry", ...keys, ...BELOW_OPERATING], `statements（${industry}）`);
  const costCodes = ownEntry(COST_CODES, industry);
  if (costCodes !== undefined)
    onlyKeys(value.costReport, [...costCodes, "other"], `statements.costReport（${industry}）`);
  onlyKeys(value.sga, [...SGA_ITEMS.map((i) => i.code), "other"], "statements.sga");
}

function policies(value: unknown): void {
  list(value, "insurancePolicies").forEach((item, i) => {
    const where = `insurancePolicies の${i + 1}件目`;
    const policy = onlyKeys(item, ["type", "sums", "valuation", "marketValueRatio"], where);
    if (!(POLICY_TYPES as readonly unknown[]).includes(policy.type))
      throw invalid(
        `${where}の保険の種類「${String(policy.type)}」はありません。${POLICY_TYPES.join("、")}のいずれかです。`
      );
    onlyKeys(policy.sums, INSURED_CATEGORIES, `${where}の sums`);
    if (
      policy.valuation !== undefined &&
      !(VALUATIONS as readonly unknown[]).includes(policy.valuation)
    )
      throw invalid(
        `${where}の valuation は ${VALUATIONS.join(" か ")} です（「${String(policy.valuation)}」）。`
      );
  });
}

function collateral(value: unknown): void {
  const lines = list(value, "collateral");
  if (lines.length > COLLATERAL_LINES)
    throw invalid(
      `collateral（担保）は${COLLATERAL_LINES}行までです（表 参考.2-4：土地・建物・有価証券・その他）。${lines.length}行あります。`
    );
  lines.forEach((item, i) =>
    onlyKeys(item, ["label", "appraisal", "seniorLiens"], `collateral の${i + 1}行目`)
  );
}

/**
 * 上級 参考.3 (1)(2) as the workbook lays it out: 中核事業 ① and ②, then ③ その他事業, which is
 * suspended and has no recovery cost of its own.
 */
const DEPARTMENT_LINES = 3;

function departments(value: unknown): void {
  if (value === undefined) return;
  const given = onlyKeys(value, ["departments", "common"], "advanced.departments");
  const lines = list(given.departments, "advanced.departments.departments");
  if (lines.length > DEPARTMENT_LINES)
    throw invalid(
      `部門は${DEPARTMENT_LINES}つまでです（中核事業①・②とその他事業③）。${lines.length}部門あります。`
    );
  lines.forEach((line, i) => {
    const d = onlyKeys(
      line,
      [
        "name",
        "sales",
        "variable",
        "allocableFixed",
        "allocableDepreciation",
        "assetRecoveryCost",
        "stopDays",
        "suspended",
      ],
      `advanced.departments の${i + 1}番目の部門`
    );
    if (i === DEPARTMENT_LINES - 1 && d.suspended !== true && Number(d.assetRecoveryCost) > 0)
      throw invalid(
        "3番目の部門はその他事業（休止）として扱うため、資産の復旧費用は持てません。suspended: true にするか、復旧する部門を①・②に入れてください。"
      );
  });
}

/** What every scenario needs (docs/scenario-format.md: "required"). */
const REQUIRED = ["hazard", "building", "assets", "funds", "existingAnnualRepayment"] as const;

/** The file's content as a scenario, or a Japanese error naming what it cannot use. */
export function scenarioFromJson(value: unknown): ScenarioInput {
  if (!isObject(value)) throw invalid("シナリオファイルは { … } の形で書いてください。");
  const file = onlyKeys(value, TOP, "シナリオファイル");
  for (const key of REQUIRED)
    if (file[key] === undefined)
      throw invalid(
        `「${key}」がありません。docs/scenario-format.md の必須の項目を入れてください。`
      );
  if (file.statements === undefined && file.annual === undefined)
    throw invalid(
      "「statements」（損益計算書）か「annual」（年間の数値）のどちらかを入れてください。"
    );
  onlyKeys(file.company, ["name", "date"], "company");
  statements(file.statements);
  onlyKeys(file.annual, ["sales", "variable", "fixed", "depreciation"], "annual");
  onlyKeys(file.building, ["structure", "era", "owned"], "building");
  onlyKeys(file.assets, ASSET_CLASSES, "assets（資産の科目）");
  onlyKeys(file.recoveryCosts, ASSET_CLASSES, "recoveryCosts（資産の科目）");
  onlyKeys(file.recoveryDays, RECOVERY_RESOURCES, "recoveryDays（資源）");
  onlyKeys(file.essential, RECOVERY_RESOURCES, "essential（資源）");
  onlyKeys(file.countermeasures, Object.keys(NO_COUNTERMEASURES), "countermeasures");
  onlyKeys(file.funds, ["cash", "insurance", "assetSale", "ownerSupport"], "funds");
  policies(file.insurancePolicies);
  onlyKeys(file.profitInsurance, ["limit", "indemnityMonths"], "profitInsurance");
  collateral(file.collateral);
  const cashflow = onlyKeys(
    file.cashflow,
    ["months", "rates", "recoverySchedule", "funding", "collectionLagMonths", "paymentLagMonths"],
    "cashflow"
  );
  onlyKeys(cashflow.funding, FUNDING_SOURCES, "cashflow.funding");
  const prevention = onlyKeys(file.prevention, ["cost", "loan", "countermeasures"], "prevention");
  onlyKeys(
    prevention.countermeasures,
    Object.keys(NO_COUNTERMEASURES),
    "prevention.countermeasures"
  );
  const advanced = onlyKeys(file.advanced, ["hazardMatrix", "departments", "twoSites"], "advanced");
  departments(advanced.departments);
  // unknown coefficients and values outside their ranges, with the message the functions give
  if (file.coefficients !== undefined) {
    if (!isObject(file.coefficients)) throw invalid("coefficients は { … } の形で書いてください。");
    withOverrides(file.coefficients);
  }
  return file as unknown as ScenarioInput;
}
