/**
 * Scenario file → the input cells of the built workbook (by defined name), so that
 * `bcp-calc workbook --input` fills a course with a company's figures.
 */
import { ASSET_CLASSES, type Countermeasures } from "../model/damage";
import { FUNDING_SOURCES } from "../model/cashflowTable";
import {
  CONSTRUCTION_COST_ITEMS,
  type CostItemDef,
  type CostLines,
  type FinancialStatements,
  MANUFACTURING_COST_ITEMS,
  SGA_ITEMS,
} from "../model/directCosting";
import { INSURED_CATEGORIES, type InsuredCategory, POLICY_TYPES } from "../model/insurance";
import { isCoefficientKey } from "../model/parameters";
import { RECOVERY_RESOURCES } from "../model/recovery";
import { HAZARD_TYPES, type HazardEntry } from "../model/advanced/hazardMatrix";
import { ownEntry } from "../model/guards";
import { type ScenarioInput, type ScenarioResult, evaluateScenario } from "../model/scenario";
import type { Industry } from "../model/industries";
import { RECOVERY_TABLES } from "../sheets/recoveryTables";
import {
  ASSET_KEY,
  COST_LINE_NAMES,
  COUNTERMEASURE_INPUTS,
  type CostLineNames,
  type CountermeasureName,
  type DefinedName,
  RESOURCE_KEY,
  collateralNumber,
  departmentName,
  isPlanned,
  plannedName,
  policyNumber,
} from "../sheets/names";
import { carriedValue, namedCells } from "../sheets/carry";
import type { CellValue, InputValue, InputValues, WorkbookDef } from "../sheets/types";

function costInputs<C extends string>(
  items: readonly CostItemDef<C>[],
  names: CostLineNames<C>,
  lines: CostLines,
  out: InputValues
): void {
  for (const item of items) {
    const line = lines[item.code];
    if (line === undefined) continue;
    if (typeof line === "number") {
      out[names.line(item.code)] = line;
      continue;
    }
    out[names.line(item.code)] = line.amount;
    if (item.behaviour === "choose")
      out[names.behaviour] = line.behaviour === "variable" ? "変動" : "固定";
  }
}

export function statementInputs(s: FinancialStatements): InputValues {
  const out: InputValues = { Sales: s.sales };
  // the 損益計算書 below 営業利益, which makes the 税引後当期純利益 the repayment check uses
  const below = {
    NonOpIncome: s.nonOperatingIncome,
    NonOpExpense: s.nonOperatingExpenses,
    ExtraGain: s.extraordinaryGains,
    ExtraLoss: s.extraordinaryLosses,
    IncomeTax: s.incomeTaxes,
  } as const;
  for (const [name, value] of Object.entries(below) as [keyof typeof below, number | undefined][])
    if (value !== undefined) out[name] = value;
  costInputs(SGA_ITEMS, COST_LINE_NAMES.SGA, s.sga, out);
  switch (s.industry) {
    case "製造業":
      Object.assign(out, {
        FG_Opening: s.openingFinishedGoods,
        FG_Closing: s.closingFinishedGoods,
        Mat_Opening: s.materialsOpening,
        Mat_Purchases: s.materialsPurchases,
        Mat_Closing: s.materialsClosing,
        WIP_Opening: s.openingWip,
        WIP_Closing: s.closingWip,
      } satisfies InputValues);
      costInputs(MANUFACTURING_COST_ITEMS, COST_LINE_NAMES.MC, s.costReport, out);
      break;
    case "卸・小売業":
      Object.assign(out, {
        Goods_Opening: s.openingGoods,
        Goods_Purchases: s.purchases,
        Goods_Closing: s.closingGoods,
      } satisfies InputValues);
      break;
    case "建設業":
      out.LaborDirect = s.laborDirectlyEmployed ? 1 : 0;
      costInputs(CONSTRUCTION_COST_ITEMS, COST_LINE_NAMES.CC, s.costReport, out);
      break;
  }
  return out;
}

const COUNTERMEASURE_NAMES: Readonly<Record<keyof Countermeasures, CountermeasureName>> = {
  fireExtinguishers: COUNTERMEASURE_INPUTS.extinguishers,
  dataBackup: COUNTERMEASURE_INPUTS.dataBackup,
  sprinklers: COUNTERMEASURE_INPUTS.sprinklers,
  retrofitted: COUNTERMEASURE_INPUTS.retrofit,
  machineryAnchoredShare: COUNTERMEASURE_INPUTS.machineryAnchored,
  machineryFloodShare: COUNTERMEASURE_INPUTS.machineryFlood,
  toolsFixedShare: COUNTERMEASURE_INPUTS.toolsFixed,
  inventoryFallShare: COUNTERMEASURE_INPUTS.inventoryFall,
  inventoryRaisedShare: COUNTERMEASURE_INPUTS.inventoryRaised,
};

const flagOrShare = (v: unknown): CellValue =>
  typeof v === "boolean" ? (v ? 1 : 0) : (v as number);

/** One input per key of a list the file gives values for (assets, resources). */
function byKey<K extends string>(
  keys: readonly K[],
  values: Partial<Record<K, number | boolean | null | undefined>> | undefined,
  name: (key: K) => DefinedName,
  out: InputValues
): void {
  for (const key of keys) {
    const value = values?.[key];
    if (value !== undefined) out[name(key)] = value === null ? null : flagOrShare(value);
  }
}

/**
 * Every input a scenario file fills, of every course (a workbook takes the names it has:
 * inputsFor). Monthly schedules the file leaves out keep the sheet's defaults. `result` is the
 * scenario evaluated, for the 基本 cells, when the caller has it already.
 */
export function scenarioInputs(
  input: ScenarioInput,
  result: ScenarioResult = evaluateScenario(input)
): InputValues {
  const out: InputValues = input.statements === undefined ? {} : statementInputs(input.statements);
  Object.assign(out, {
    CompanyName: input.company?.name ?? "",
    DiagnosisDate: input.company?.date ?? "",
    ExistingRepayment: input.existingAnnualRepayment,
    Hazard: input.hazard,
    BuildingStructure: input.building.structure,
    BuildingEra: input.building.era,
    BuildingOwned: flagOrShare(input.building.owned),
    Cash: input.funds.cash ?? 0,
    AssetSale: input.funds.assetSale ?? 0,
    OwnerSupport: input.funds.ownerSupport ?? 0,
  });
  if (input.targetRecoveryDays !== undefined) out.TargetRecoveryDays = input.targetRecoveryDays;
  // a typed 損害保険金 replaces the sheet's estimate from the policies
  if (input.funds.insurance !== undefined) out.InsuranceProceeds = input.funds.insurance;
  insuranceInputs(input, INSURANCE_CELLS.intermediate, out);
  byKey(ASSET_CLASSES, input.assets, (a) => `Asset_${ASSET_KEY[a]}`, out);
  byKey(ASSET_CLASSES, input.recoveryCosts, (a) => `RC_${ASSET_KEY[a]}`, out);
  byKey(RECOVERY_RESOURCES, input.recoveryDays, (r) => `RD_${RESOURCE_KEY[r]}`, out);
  byKey(RECOVERY_RESOURCES, input.essential, (r) => `ES_${RESOURCE_KEY[r]}`, out);
  for (const [key, name] of Object.entries(COUNTERMEASURE_NAMES) as [
    keyof Countermeasures,
    CountermeasureName,
  ][]) {
    const value = input.countermeasures?.[key];
    if (value !== undefined) out[name] = flagOrShare(value);
    const planned = input.prevention?.countermeasures?.[key];
    // the plan sheet asks again only for the countermeasures that change a figure
    if (input.prevention !== undefined && isPlanned(name))
      out[plannedName(name)] = flagOrShare(planned ?? value ?? 0);
  }
  if (input.prevention !== undefined) {
    out.PreventionCostF = input.prevention.cost;
    out.PreventionLoanG = input.prevention.loan ?? 0;
  }
  (input.collateral ?? []).slice(0, 4).forEach((item, i) => {
    out[`Collateral${collateralNumber(i)}_Appraisal`] = item.appraisal;
    out[`Collateral${collateralNumber(i)}_Liens`] = item.seniorLiens;
  });
  for (const [key, value] of Object.entries(input.coefficients ?? {}))
    if (isCoefficientKey(key)) out[key] = value;
  const cf = input.cashflow;
  if (cf?.collectionLagMonths !== undefined) out.CollectionLagMonths = cf.collectionLagMonths;
  if (cf?.paymentLagMonths !== undefined) out.PaymentLagMonths = cf.paymentLagMonths;
  if (cf?.rates !== undefined) out.CF_Rates = cf.rates;
  // a given schedule replaces the default (all of A in month 1); its blanks are months without costs
  if (cf?.recoverySchedule !== undefined)
    out.CF_RecoveryCosts = cf.recoverySchedule.map((v) => v ?? 0);
  for (const source of FUNDING_SOURCES) {
    const values = cf?.funding?.[source];
    if (values !== undefined) out[`CF_Funding_${source}`] = values.map((v) => v ?? null);
  }
  const twoSites = input.advanced?.twoSites;
  if (twoSites !== undefined) {
    out.TS_Months = twoSites.months;
    out.TS_OwnRates = twoSites.ownRates;
    out.TS_AlternateRates = twoSites.alternateRates;
    if (twoSites.alternateExpenses) out.TS_Expenses = twoSites.alternateExpenses;
    if (twoSites.overtime) out.TS_Overtime = twoSites.overtime;
    if (twoSites.equipment) out.TS_Equipment = twoSites.equipment;
  }
  const site = twoSites?.site;
  if (site !== undefined) {
    Object.assign(out, {
      TS_Sales: site.sales,
      TS_Variable: site.variable,
      TS_Fixed: site.fixed,
      TS_Depreciation: site.depreciation,
    });
  }
  const advanced = input.advanced;
  if (advanced?.hazardMatrix !== undefined)
    Object.assign(out, hazardMatrixInputs(advanced.hazardMatrix));
  if (advanced?.departments !== undefined)
    Object.assign(out, departmentInputs(advanced.departments));
  // the 基本 course's cells (names only the 基本 sheets have)
  Object.assign(out, basicInputs(input, result));
  return out;
}

/**
 * The 基本 course from a scenario: its own estimate of recovery by asset (表 参考.1-1 … 1-3) is
 * filled with the 中級 model's figures for the rows of the building's 損害の程度, so that both
 * courses tell the same story; the rest are the company's figures as the file gives them.
 */
export function basicInputs(input: ScenarioInput, result: ScenarioResult): InputValues {
  const status = result.core.damage.buildingStatus;
  const severity = status === "全壊" ? "全壊" : "半壊";
  const industry: Industry = input.statements?.industry ?? "製造業";
  const line = (c: string) => result.core.assets.find((a) => a.assetClass === c);
  const rows = RECOVERY_TABLES[industry].rows.map((row) => {
    if (row.severity !== null && row.severity !== severity) return { days: null, cost: null };
    const lines = row.classes.map(line);
    const days = lines.map((l) => l?.referenceDays ?? null).filter((d) => d !== null);
    const cost = lines.reduce((s, l) => s + (l?.recoveryCost ?? 0), 0);
    return { days: days.length === 0 ? null : Math.max(...days), cost };
  });
  const out: InputValues = {
    Basic_Severity: severity,
    Basic_RecoveryDays: rows.map((r) => r.days),
    Basic_RecoveryCosts: rows.map((r) => r.cost),
    Basic_Sales: result.annual.sales,
    Basic_Fixed: result.annual.fixed,
    Basic_Depreciation: result.annual.depreciation,
    Basic_Hazard: result.hazard.replace(/^地震 震度/, ""),
    Basic_Cash: input.funds.cash ?? 0,
    Basic_Insurance: result.insurance.usedInD1,
    Basic_AssetSale: input.funds.assetSale ?? 0,
    Basic_OwnerSupport: input.funds.ownerSupport ?? 0,
  };
  insuranceInputs(input, INSURANCE_CELLS.basic, out);
  return out;
}

/** Where a course asks for the company's insurance (表 参考.2-1 / 2-2): the 基本 and 中級 sheets. */
interface InsuranceCells {
  held: (i: number) => DefinedName;
  sums: Readonly<Record<InsuredCategory, DefinedName>>;
  valuation: DefinedName;
  /** 時価 ÷ 新価, where the course asks it */
  marketRatio?: DefinedName;
  profitLimit: DefinedName;
  profitMonths: DefinedName;
}

const INSURANCE_CELLS: Readonly<Record<"basic" | "intermediate", InsuranceCells>> = {
  basic: {
    held: (i) => `Basic_Held${policyNumber(i)}`,
    sums: {
      建物: "Basic_SumBuilding",
      "什器備品・機械設備等": "Basic_SumEquipment",
      "商品・製品等": "Basic_SumStock",
    },
    valuation: "Basic_Valuation",
    profitLimit: "Basic_ProfitLimit",
    profitMonths: "Basic_ProfitMonths",
  },
  intermediate: {
    held: (i) => `Ins_Held${policyNumber(i)}`,
    sums: {
      建物: "Ins_SumBuilding",
      "什器備品・機械設備等": "Ins_SumEquipment",
      "商品・製品等": "Ins_SumStock",
    },
    valuation: "Ins_Valuation",
    marketRatio: "Ins_MarketRatio",
    profitLimit: "ProfitIns_Limit",
    profitMonths: "ProfitIns_Months",
  },
};

/**
 * The types held, one set of sums (the policies' added up) and one 新価 / 時価 basis, as
 * 表 参考.2-1 records the company's fire insurance, and the 利益保険 of 表 参考.2-2.
 */
function insuranceInputs(input: ScenarioInput, cells: InsuranceCells, out: InputValues): void {
  const policies = input.insurancePolicies ?? [];
  POLICY_TYPES.forEach(
    (type, i) => (out[cells.held(i)] = policies.some((p) => p.type === type) ? 1 : 0)
  );
  for (const category of INSURED_CATEGORIES)
    out[cells.sums[category]] = policies.reduce((s, p) => s + (p.sums[category] ?? 0), 0);
  // one basis for the company's fire insurance (scenarioFile refuses mixed ones)
  const basis = policies[0];
  out[cells.valuation] = basis?.valuation ?? "新価";
  if (cells.marketRatio !== undefined && basis?.valuation === "時価")
    out[cells.marketRatio] = basis.marketValueRatio ?? 1;
  if (input.profitInsurance !== undefined) {
    out[cells.profitLimit] = input.profitInsurance.limit;
    out[cells.profitMonths] = input.profitInsurance.indemnityMonths;
  }
}

/** 上級 表 参考.2-1: each hazard's ratings and losses, in the sheet's order of hazards. */
function hazardMatrixInputs(matrix: NonNullable<ScenarioInput["advanced"]>["hazardMatrix"]) {
  const column = (pick: (e: HazardEntry) => CellValue | undefined) =>
    HAZARD_TYPES.map(({ name }) => {
      const entry = ownEntry(matrix ?? {}, name);
      return entry === undefined ? null : (pick(entry) ?? null);
    });
  return {
    HM_Likelihood: column((e) => e.likelihood),
    HM_AssetImpact: column((e) => e.assetImpact),
    HM_AssetLoss: column((e) => e.assetLoss),
    HM_InterruptionImpact: column((e) => e.interruptionImpact),
    HM_InterruptionLoss: column((e) => e.interruptionLoss),
    HM_DecisionInput: column((e) => e.decision ?? undefined),
  };
}

/** 上級 参考.3 (1)(2): the three departments' figures and the costs none of them carries. */
function departmentInputs(
  given: NonNullable<NonNullable<ScenarioInput["advanced"]>["departments"]>
): InputValues {
  const out: InputValues = {
    Common_Fixed: given.common.fixed,
    Common_Depreciation: given.common.fixedDepreciation,
    Common_SgaVariable: given.common.sgaVariable,
    Common_SgaFixed: given.common.sgaFixed,
    Common_SgaDepreciation: given.common.sgaDepreciation,
  };
  given.departments.slice(0, 3).forEach((d, i) => {
    out[departmentName(i, "Sales")] = d.sales;
    out[departmentName(i, "Variable")] = d.variable;
    out[departmentName(i, "Fixed")] = d.allocableFixed;
    out[departmentName(i, "Depreciation")] = d.allocableDepreciation;
    out[departmentName(i, "StopDays")] = d.stopDays;
    // the sheet's third department is the suspended one: it has no recovery cost (nor has any
    // suspended department in the model)
    if (i < 2) out[departmentName(i, "AssetsA")] = d.suspended ? 0 : d.assetRecoveryCost;
  });
  return out;
}

/**
 * Scenario inputs for a definition: only those its sheets have (a 中級 book has no 基本 cells);
 * those addressed to course cells that a form now feeds move to the form's cells, as the cells'
 * `carry` says.
 */
export function inputsFor(def: WorkbookDef, inputs: InputValues): InputValues {
  const defined = new Set(
    def.sheets.flatMap((s) => [
      ...s.cells.flatMap((c) => (c.name === undefined ? [] : [c.name])),
      ...(s.rangeNames ?? []).map((r) => r.name),
    ])
  );
  const out: InputValues = Object.fromEntries(
    Object.entries(inputs).filter(([name]) => defined.has(name as DefinedName))
  );
  const ranges = new Map<DefinedName, (InputValue | null)[]>();
  for (const cell of def.sheets.flatMap((s) => s.cells)) {
    if (cell.carry === undefined || cell.name === undefined) continue;
    const typed = inputs[cell.name];
    delete out[cell.name];
    if (typed === undefined || typed === null || Array.isArray(typed)) continue;
    for (const target of cell.carry) {
      const value = carriedValue(target, typed as CellValue);
      if (value === undefined) continue;
      if (target.index === undefined) {
        out[target.name] = value;
        continue;
      }
      let list = ranges.get(target.name);
      if (list === undefined) {
        list = Array<InputValue | null>(namedCells(def, target.name)?.refs.length ?? 0).fill(null);
        ranges.set(target.name, list);
      }
      list[target.index] = value;
    }
  }
  for (const [name, list] of ranges) out[name] = list as InputValue;
  return out;
}
