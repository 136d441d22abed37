/**
 * A whole company scenario (中級 course inputs plus optional 上級 parts) evaluated end to end:
 * damage → recovery days N → A, B, C → funding D1, E, e → monthly cash flow and its peak
 * shortage → 事前対策 comparison. This is what the サマリー sheet and `bcp-calc scenario` show.
 */
import { type EraCode, type StructureCode, requireEra, requireStructure } from "./building";
import { stopCashflow } from "./businessInterruption";
import {
  type CashflowTable,
  type FundingSchedule,
  cashflowTable,
  recoveryInFirstMonth,
} from "./cashflowTable";
import {
  ASSET_CLASSES,
  type AssetClass,
  type Countermeasures,
  type DamageAssessment,
  type DamageContext,
  NO_COUNTERMEASURES,
  assessDamage,
} from "./damage";
import {
  type AnnualFigures,
  type DirectCostingResult,
  type FinancialStatements,
  directCosting,
  netIncomeAfterTax,
  requireAnnualFigures,
} from "./directCosting";
import { invalid, missing } from "./errors";
import {
  type CollateralItem,
  type FundingResult,
  type HandFunds,
  type RepaymentCapacity,
  type RepaymentVerdict,
  cashHoldingCheck,
  collateralLimit,
  collateralValue,
  fundingPosition,
  recoveryCostTotal,
  repaymentCapacity,
  repaymentVerdict,
  totalBorrowing,
} from "./funding";
import { type Hazard, hazardLabel, parseHazard } from "./hazard";
import {
  type InsuranceEstimate,
  type InsurancePolicy,
  estimateInsurance,
  insuredLosses,
} from "./insurance";
import {
  type ProfitInsuranceEstimate,
  type ProfitInsurancePolicy,
  profitInsurancePayout,
} from "./profitInsurance";
import { type Parameters, changedCoefficients, withOverrides } from "./parameters";
import { type PreventionResult, comparePrevention } from "./prevention";
import {
  RATED_BY,
  RECOVERY_RESOURCES,
  type RecoveryResource,
  referenceRecoveryDays,
  reopenDays,
} from "./recovery";
import {
  type DepartmentInput,
  type CommonCosts,
  type DepartmentsResult,
  departmentRecovery,
} from "./advanced/departments";
import { type HazardAssessment, type HazardEntry, assessHazards } from "./advanced/hazardMatrix";
import { type TwoSiteInput, type TwoSiteResult, twoSiteCashflow } from "./advanced/twoSites";
import { optionalAmount, requireAmount, requireFlag, requireRate } from "./guards";

export interface ScenarioInput {
  company?: { name?: string; date?: string };
  /** the statements to direct-cost, or the annual figures when already split */
  statements?: FinancialStatements;
  annual?: AnnualFigures;
  /** 税引後当期純利益, only without statements (with them it comes from the 損益計算書) */
  netIncomeAfterTax?: number;
  existingAnnualRepayment: number;
  hazard: string | number;
  building: { structure: number; era: number; owned: boolean | number };
  /** 表 参考.1-12 再調達価格 per asset class (missing classes count as 0) */
  assets: Partial<Record<AssetClass, number>>;
  countermeasures?: Partial<Countermeasures>;
  /** 表 参考.1-16 予想復旧費用; blank → the reference damage amount */
  recoveryCosts?: Partial<Record<AssetClass, number | null>>;
  /** 表 参考.1-17 復旧日数; blank → the reference days */
  recoveryDays?: Partial<Record<RecoveryResource, number | null>>;
  /** 表 参考.1-17 事業再開に不可欠 (1/0); default: every resource is essential */
  essential?: Partial<Record<RecoveryResource, number | boolean>>;
  /** 様式06 目標復旧時間 (days) */
  targetRecoveryDays?: number;
  funds: Partial<HandFunds>;
  insurancePolicies?: InsurancePolicy[];
  /** 利益保険 (表 参考.2-2): 支払限度額 and 約定てん補期間 */
  profitInsurance?: ProfitInsurancePolicy;
  collateral?: CollateralItem[];
  cashflow?: {
    months?: number;
    rates?: (number | null)[];
    /** 復旧費用 per month; default: all of A in month 1 */
    recoverySchedule?: (number | null)[];
    funding?: FundingSchedule;
    collectionLagMonths?: number;
    paymentLagMonths?: number;
  };
  /** countermeasures in place after the plan; none given: the plan changes none of 表 参考.1-13 */
  prevention?: { cost: number; loan?: number; countermeasures?: Partial<Countermeasures> };
  coefficients?: Record<string, number>;
  advanced?: {
    hazardMatrix?: Record<string, HazardEntry>;
    departments?: { departments: DepartmentInput[]; common: CommonCosts };
    twoSites?: TwoSiteInput;
  };
}

export interface AssetLine {
  assetClass: AssetClass;
  replacementCost: number;
  damageRate: number;
  referenceDamage: number;
  recoveryCost: number; // the user's figure or the reference damage
  referenceDays: number | null;
}

export interface RecoveryLine {
  resource: RecoveryResource;
  referenceDays: number;
  days: number;
  essential: boolean;
}

export interface CoreFigures {
  damage: DamageAssessment;
  assets: AssetLine[];
  recovery: RecoveryLine[];
  reopenDays: number; // N
  limitingResource: RecoveryResource | null;
  assetRecoveryCost: number; // A
  cashflowWorsening: number; // B
  recoveryTotal: number; // C
}

export interface ScenarioResult {
  company: { name: string; date: string };
  hazard: string;
  annual: AnnualFigures;
  costing: DirectCostingResult | null;
  core: CoreFigures;
  A: number;
  B: number;
  C: number;
  D1: number;
  E: number;
  e: number;
  N: number;
  targetRecoveryDays: number | null;
  /** N − 目標復旧時間; positive means the target is missed */
  recoveryGap: number | null;
  funding: FundingResult;
  /** G: the loan for the countermeasures, 0 without one */
  preventionLoan: number;
  /** E + G: what the repayment and collateral checks weigh */
  totalBorrowing: number;
  repayment: RepaymentCapacity & RepaymentVerdict;
  /** covers: the collateral limit reaches E + G */
  collateral: { value: number; limit: number; covers: boolean } | null;
  insurance: InsuranceEstimate & {
    /** 利益保険 against B */
    profit: ProfitInsuranceEstimate;
    /** D1's 損害保険金: typed, or the property claim with 臨時費用 plus the 利益保険 payout */
    usedInD1: number;
    source: "入力値" | "推定" | "なし";
  };
  cashHolding: { required: number; sufficient: boolean };
  cashflow: CashflowTable;
  peakShortage: number;
  peakMonth: number | null;
  prevention: PreventionResult | null;
  changedCoefficients: { key: string; labelJa: string; default: number; value: number }[];
  advanced: {
    hazardMatrix?: HazardAssessment[];
    departments?: DepartmentsResult;
    twoSites?: TwoSiteResult;
  };
}

function annualFigures(
  input: ScenarioInput,
  params: Parameters
): { annual: AnnualFigures; costing: DirectCostingResult | null } {
  if (input.statements !== undefined) {
    const costing = directCosting(input.statements, params);
    return { annual: costing.annual, costing };
  }
  if (input.annual !== undefined)
    return { annual: requireAnnualFigures(input.annual), costing: null };
  throw missing("損益計算書（statements）か、直接原価計算の年間数値（annual）を入力してください。");
}

/** 税引後当期純利益: the 損益計算書's when there are statements (one source for e), else as given. */
function netIncomeOf(
  input: ScenarioInput,
  costing: DirectCostingResult | null,
  params: Parameters
): number {
  if (input.statements === undefined || costing === null) {
    if (input.netIncomeAfterTax === undefined)
      throw missing(
        "損益計算書（statements）がないときは、税引後当期純利益（netIncomeAfterTax）を入れてください。"
      );
    return input.netIncomeAfterTax;
  }
  const fromStatements = netIncomeAfterTax(input.statements, costing);
  if (
    input.netIncomeAfterTax !== undefined &&
    Math.abs(input.netIncomeAfterTax - fromStatements) > params.ReconciliationTolerance
  )
    throw invalid(
      `netIncomeAfterTax（${input.netIncomeAfterTax}）が損益計算書からの税引後当期純利益（${Math.round(fromStatements)}）と違います。返済原資は損益計算書の数値で計算するので、営業外損益・特別損益・法人税等を statements に入れ、netIncomeAfterTax は外してください。`
    );
  return fromStatements;
}

function countermeasuresOf(partial: Partial<Countermeasures> | undefined): Countermeasures {
  const cm = { ...NO_COUNTERMEASURES, ...(partial ?? {}) };
  const share = (v: number, label: string) => requireRate(v, label);
  return {
    fireExtinguishers: requireFlag(cm.fireExtinguishers, "消火器と火災報知機"),
    dataBackup: requireFlag(cm.dataBackup, "データのバックアップ"),
    sprinklers: requireFlag(cm.sprinklers, "自動スプリンクラー"),
    retrofitted: requireFlag(cm.retrofitted, "耐震補強"),
    machineryAnchoredShare: share(cm.machineryAnchoredShare, "機械及び装置 転倒防止の割合"),
    machineryFloodShare: share(cm.machineryFloodShare, "機械及び装置 浸水対策の割合"),
    toolsFixedShare: share(cm.toolsFixedShare, "器具及び備品 転倒・落下防止の割合"),
    inventoryFallShare: share(cm.inventoryFallShare, "在庫 転倒・落下防止の割合"),
    inventoryRaisedShare: share(cm.inventoryRaisedShare, "在庫 高所保管の割合"),
  };
}

function assetAmounts(assets: ScenarioInput["assets"]): Record<AssetClass, number> {
  const unknown = Object.keys(assets).filter(
    (k) => !(ASSET_CLASSES as readonly string[]).includes(k)
  );
  if (unknown.length > 0)
    throw invalid(
      `資産の科目「${unknown.join("、")}」はありません。${ASSET_CLASSES.join("、")}を使ってください。`
    );
  return Object.fromEntries(
    ASSET_CLASSES.map((c) => [c, optionalAmount(assets[c], `${c} 再調達価格`)])
  ) as Record<AssetClass, number>;
}

// the resource that recovers each asset (データ消失 is not an asset of its own)
const ASSET_RESOURCE = new Map(
  (Object.entries(RATED_BY) as [RecoveryResource, AssetClass][])
    .filter(([resource, asset]) => resource === asset)
    .map(([resource, asset]) => [asset, resource])
);

/** Damage, recovery days and A, B, C for one set of countermeasures. */
export function coreFigures(
  input: ScenarioInput,
  annual: AnnualFigures,
  hazard: Hazard,
  countermeasures: Countermeasures,
  params: Parameters
): CoreFigures {
  const structure: StructureCode = requireStructure(input.building.structure);
  const era: EraCode = requireEra(input.building.era);
  const owned = requireFlag(input.building.owned, "建物 保有(1)・賃貸(0)");
  const ctx: DamageContext = { hazard, structure, era, countermeasures, params };
  const damage = assessDamage(assetAmounts(input.assets), ctx, owned);
  const recovery = RECOVERY_RESOURCES.map((resource) => {
    const referenceDays = referenceRecoveryDays(resource, ctx);
    const own = input.recoveryDays?.[resource];
    const flag = input.essential?.[resource];
    return {
      resource,
      referenceDays,
      days: own === null || own === undefined ? referenceDays : own,
      essential: flag === undefined ? true : requireFlag(flag, `${resource} 事業再開に不可欠`),
      own,
    };
  });
  const reopen = reopenDays(
    recovery.map((r) => ({
      label: r.resource,
      days: r.own,
      reference: r.referenceDays,
      essential: r.essential,
    }))
  );
  const assets = damage.assets.map((d) => {
    const own = input.recoveryCosts?.[d.assetClass];
    const resource = ASSET_RESOURCE.get(d.assetClass);
    return {
      assetClass: d.assetClass,
      replacementCost: d.replacementCost,
      damageRate: d.rate,
      referenceDamage: d.damage,
      recoveryCost:
        own === null || own === undefined
          ? d.damage
          : requireAmount(own, `${d.assetClass} 予想復旧費用`),
      referenceDays:
        resource === undefined
          ? null
          : (recovery.find((r) => r.resource === resource)?.referenceDays ?? null),
    };
  });
  const A = assets.reduce((s, a) => s + a.recoveryCost, 0);
  const B = stopCashflow(annual.fixed, annual.depreciation, reopen.days, params);
  return {
    damage,
    assets,
    recovery: recovery.map(({ resource, referenceDays, days, essential }) => ({
      resource,
      referenceDays,
      days,
      essential,
    })),
    reopenDays: reopen.days,
    limitingResource:
      reopen.limitingRow >= 0 ? (RECOVERY_RESOURCES[reopen.limitingRow] ?? null) : null,
    assetRecoveryCost: A,
    cashflowWorsening: B,
    recoveryTotal: recoveryCostTotal(A, B),
  };
}

function insuranceFor(
  input: ScenarioInput,
  hazard: Hazard,
  core: CoreFigures,
  params: Parameters
): ScenarioResult["insurance"] {
  const estimate = estimateInsurance(
    hazard,
    input.insurancePolicies ?? [],
    insuredLosses(core.damage.assets),
    params
  );
  const profit = profitInsurancePayout(
    input.profitInsurance,
    estimate.peril,
    estimate.status === "補償対象",
    core.cashflowWorsening,
    core.reopenDays,
    params
  );
  const base = { ...estimate, profit };
  if (input.funds.insurance !== undefined)
    return {
      ...base,
      usedInD1: requireAmount(input.funds.insurance, "損害保険金"),
      source: "入力値",
    };
  if ((input.insurancePolicies ?? []).length > 0 || input.profitInsurance !== undefined)
    return { ...base, usedInD1: estimate.total + profit.payout, source: "推定" };
  return { ...base, usedInD1: 0, source: "なし" };
}

export function evaluateScenario(input: ScenarioInput): ScenarioResult {
  const params = withOverrides(input.coefficients ?? {});
  const hazard = parseHazard(input.hazard, params);
  const { annual, costing } = annualFigures(input, params);
  const countermeasures = countermeasuresOf(input.countermeasures);
  const core = coreFigures(input, annual, hazard, countermeasures, params);
  const insurance = insuranceFor(input, hazard, core, params);
  const funds: HandFunds = {
    cash: optionalAmount(input.funds.cash, "現金・預金"),
    insurance: insurance.usedInD1,
    assetSale: optionalAmount(input.funds.assetSale, "会社資産売却"),
    ownerSupport: optionalAmount(input.funds.ownerSupport, "経営者から支援"),
  };
  const funding = fundingPosition(core.recoveryTotal, funds);
  const capacity = repaymentCapacity(
    {
      netIncomeAfterTax: netIncomeOf(input, costing, params),
      annualDepreciation: annual.depreciation,
      existingAnnualRepayment: input.existingAnnualRepayment,
    },
    params
  );
  const months = input.cashflow?.months ?? 12;
  const table = cashflowTable(
    {
      annual,
      months,
      reopenDays: core.reopenDays,
      rates: input.cashflow?.rates,
      recoveryCosts:
        input.cashflow?.recoverySchedule ?? recoveryInFirstMonth(core.assetRecoveryCost, months),
      funding: input.cashflow?.funding,
      collectionLagMonths: input.cashflow?.collectionLagMonths,
      paymentLagMonths: input.cashflow?.paymentLagMonths,
    },
    params
  );
  const preventionLoan = optionalAmount(input.prevention?.loan, "災害防止対策資金借入金額 (G)");
  const borrowing = totalBorrowing(funding.borrowingNeed, preventionLoan);
  const collateral =
    input.collateral === undefined
      ? null
      : (() => {
          const value = collateralValue(input.collateral).total;
          const limit = collateralLimit(value, params);
          return { value, limit, covers: limit >= borrowing };
        })();
  const prevention =
    input.prevention === undefined
      ? null
      : comparePrevention(
          core.recoveryTotal,
          coreFigures(
            input,
            annual,
            hazard,
            countermeasuresOf({ ...countermeasures, ...(input.prevention.countermeasures ?? {}) }),
            params
          ).recoveryTotal,
          input.prevention.cost
        );
  const target = input.targetRecoveryDays;
  return {
    company: { name: input.company?.name ?? "", date: input.company?.date ?? "" },
    hazard: hazardLabel(hazard),
    annual,
    costing,
    core,
    A: core.assetRecoveryCost,
    B: core.cashflowWorsening,
    C: core.recoveryTotal,
    D1: funding.handFunds,
    E: funding.borrowingNeed,
    e: capacity.borrowingCapacity,
    N: core.reopenDays,
    targetRecoveryDays: target ?? null,
    recoveryGap:
      target === undefined ? null : core.reopenDays - requireAmount(target, "目標復旧時間（日）"),
    funding,
    preventionLoan,
    totalBorrowing: borrowing,
    repayment: { ...capacity, ...repaymentVerdict(borrowing, capacity) },
    collateral,
    insurance,
    cashHolding: cashHoldingCheck(funds.cash, annual.sales, params),
    cashflow: table,
    peakShortage: table.peakShortage,
    peakMonth: table.peakPeriod,
    prevention,
    changedCoefficients: changedCoefficients(params).map(({ info, value }) => ({
      key: info.key,
      labelJa: info.labelJa,
      default: info.value,
      value,
    })),
    advanced: advancedParts(input, params),
  };
}

function advancedParts(input: ScenarioInput, params: Parameters): ScenarioResult["advanced"] {
  const adv = input.advanced ?? {};
  const out: ScenarioResult["advanced"] = {};
  if (adv.hazardMatrix) out.hazardMatrix = assessHazards(adv.hazardMatrix, params);
  if (adv.departments)
    out.departments = departmentRecovery(
      adv.departments.departments,
      adv.departments.common,
      params
    );
  if (adv.twoSites) out.twoSites = twoSiteCashflow(adv.twoSites);
  return out;
}
