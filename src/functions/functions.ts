/**
 * The BCP custom functions. The JSDoc below is the English metadata (functions.json is generated
 * from it); the Japanese names and descriptions come from the catalogue (functions-ja.json).
 * Each function only hands its arguments to the catalogue.
 */

import { runForExcel } from "./excelBridge";

/**
 * Peak ground velocity (cm/s) for a seismic intensity (Midorikawa, Fujimoto and Muramatsu 1999).
 * @customfunction SEISMIC_PGV
 * @helpurl https://localhost:3000/help/functions.html#SEISMIC_PGV
 * @param shindo Intensity class "5弱" to "7", or an instrumental intensity from 4.5 to 7.0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Peak ground velocity in cm/s.
 */
export function seismicPgv(shindo: any, coefficients?: any[][]): number {
  return runForExcel("SEISMIC_PGV", [shindo, coefficients]);
}

/**
 * Probability that a building collapses completely at the given intensity.
 * @customfunction COLLAPSE_RATE
 * @helpurl https://localhost:3000/help/functions.html#COLLAPSE_RATE
 * @param structure Structure code: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code: 1 built 1981 or later, 2 1971-80, 3 1961-70, 4 1951-60, 5 1950 or earlier.
 * @param shindo Intensity class "5弱" to "7", or an instrumental intensity from 4.5 to 7.0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Probability of total collapse (0 to 1).
 */
export function collapseRate(
  structure: number,
  era: number,
  shindo: any,
  coefficients?: any[][]
): number {
  return runForExcel("COLLAPSE_RATE", [structure, era, shindo, coefficients]);
}

/**
 * Probability that a building half-collapses (total-or-half collapse minus total collapse).
 * @customfunction HALF_COLLAPSE_RATE
 * @helpurl https://localhost:3000/help/functions.html#HALF_COLLAPSE_RATE
 * @param structure Structure code: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code: 1 built 1981 or later, 2 1971-80, 3 1961-70, 4 1951-60, 5 1950 or earlier.
 * @param shindo Intensity class "5弱" to "7", or an instrumental intensity from 4.5 to 7.0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Probability of half collapse (0 to 1).
 */
export function halfCollapseRate(
  structure: number,
  era: number,
  shindo: any,
  coefficients?: any[][]
): number {
  return runForExcel("HALF_COLLAPSE_RATE", [structure, era, shindo, coefficients]);
}

/**
 * Share of a building's replacement cost lost to the hazard.
 * @customfunction BUILDING_DAMAGE_RATE
 * @helpurl https://localhost:3000/help/functions.html#BUILDING_DAMAGE_RATE
 * @param structure Structure code: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code: 1 built 1981 or later, 2 1971-80, 3 1961-70, 4 1951-60, 5 1950 or earlier.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param [retrofitted] 1 if the building has seismic retrofitting (rated as built 1981 or later). Default 0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Damage rate (0 to 1).
 */
export function buildingDamageRate(
  structure: number,
  era: number,
  hazard: any,
  retrofitted?: any,
  coefficients?: any[][]
): number {
  return runForExcel("BUILDING_DAMAGE_RATE", [structure, era, hazard, retrofitted, coefficients]);
}

/**
 * Damage status of the building: 全壊 (total), 半壊 (half), 一部損壊 (partial) or 被害なし (none).
 * @customfunction DAMAGE_STATUS
 * @helpurl https://localhost:3000/help/functions.html#DAMAGE_STATUS
 * @param structure Structure code: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code: 1 built 1981 or later, 2 1971-80, 3 1961-70, 4 1951-60, 5 1950 or earlier.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param [retrofitted] 1 if the building has seismic retrofitting. Default 0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns The status label.
 */
export function damageStatus(
  structure: number,
  era: number,
  hazard: any,
  retrofitted?: any,
  coefficients?: any[][]
): string {
  return runForExcel("DAMAGE_STATUS", [structure, era, hazard, retrofitted, coefficients]);
}

/**
 * Share of an asset class's replacement cost lost to the hazard.
 * @customfunction DAMAGE_RATE
 * @helpurl https://localhost:3000/help/functions.html#DAMAGE_RATE
 * @param assetClass 建物, 建物附属設備, 機械及び装置, 工具・器具・備品, 構築物, 車両及び運搬具 or 棚卸資産.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param structure Structure code of the building: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code of the building: 1 built 1981 or later … 5 1950 or earlier.
 * @param [protectedShare] Share (0 to 1) anchored or fixed against quakes, or raised or sealed against floods. Default 0.
 * @param [retrofitted] 1 if the building has seismic retrofitting. Default 0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Damage rate (0 to 1).
 */
export function damageRate(
  assetClass: string,
  hazard: any,
  structure: number,
  era: number,
  protectedShare?: any,
  retrofitted?: any,
  coefficients?: any[][]
): number {
  return runForExcel("DAMAGE_RATE", [
    assetClass,
    hazard,
    structure,
    era,
    protectedShare,
    retrofitted,
    coefficients,
  ]);
}

/**
 * Damage amount (thousand yen) of an asset from its replacement cost.
 * @customfunction DAMAGE
 * @helpurl https://localhost:3000/help/functions.html#DAMAGE
 * @param amount Replacement cost in thousand yen.
 * @param assetClass 建物, 建物附属設備, 機械及び装置, 工具・器具・備品, 構築物, 車両及び運搬具 or 棚卸資産.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param structure Structure code of the building: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code of the building: 1 built 1981 or later … 5 1950 or earlier.
 * @param [protectedShare] Share (0 to 1) anchored or fixed against quakes, or raised or sealed against floods. Default 0.
 * @param [retrofitted] 1 if the building has seismic retrofitting. Default 0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Damage in thousand yen.
 */
export function damage(
  amount: number,
  assetClass: string,
  hazard: any,
  structure: number,
  era: number,
  protectedShare?: any,
  retrofitted?: any,
  coefficients?: any[][]
): number {
  return runForExcel("DAMAGE", [
    amount,
    assetClass,
    hazard,
    structure,
    era,
    protectedShare,
    retrofitted,
    coefficients,
  ]);
}

/**
 * Days until electricity, water or gas is restored (the guideline's halved Mie Prefecture values).
 * @customfunction LIFELINE_DAYS
 * @helpurl https://localhost:3000/help/functions.html#LIFELINE_DAYS
 * @param lifeline 電気, 水道 or ガス.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Days.
 */
export function lifelineDays(lifeline: string, hazard: any, coefficients?: any[][]): number {
  return runForExcel("LIFELINE_DAYS", [lifeline, hazard, coefficients]);
}

/**
 * Reference recovery days of a resource of table 1-17 for the hazard.
 * @customfunction REFERENCE_RECOVERY_DAYS
 * @helpurl https://localhost:3000/help/functions.html#REFERENCE_RECOVERY_DAYS
 * @param resource 電気, 水道, 都市ガス, 建物, 建物附属設備, 機械及び装置, 工具・器具・備品, 構築物, 車両及び運搬具 or データ等の情報の消失.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param structure Structure code of the building: 1 wood, 2 RC/SRC, 3 steel, 4 light steel.
 * @param era Construction era code of the building: 1 built 1981 or later … 5 1950 or earlier.
 * @param [retrofitted] 1 if the building has seismic retrofitting. Default 0.
 * @param [dataBackup] 1 if important data is backed up, so none is lost. Default 0.
 * @param [protectedShare] Share (0 to 1) of machinery or tools anchored, fixed or protected; data loss uses the tools share. Default 0.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Whole days.
 */
export function referenceRecoveryDays(
  resource: string,
  hazard: any,
  structure: number,
  era: number,
  retrofitted?: any,
  dataBackup?: any,
  protectedShare?: any,
  coefficients?: any[][]
): number {
  return runForExcel("REFERENCE_RECOVERY_DAYS", [
    resource,
    hazard,
    structure,
    era,
    retrofitted,
    dataBackup,
    protectedShare,
    coefficients,
  ]);
}

/**
 * Predicted days until business reopens: the longest recovery among the resources essential to it.
 * @customfunction REOPEN_DAYS
 * @helpurl https://localhost:3000/help/functions.html#REOPEN_DAYS
 * @param daysRange Your recovery days per resource; a blank cell uses the reference days.
 * @param essentialRange 1 for resources essential to reopening, 0 or blank otherwise.
 * @param [referenceRange] Reference recovery days per resource.
 * @returns Days.
 */
export function reopenDays(
  daysRange: any[][],
  essentialRange: any[][],
  referenceRange?: any[][]
): number {
  return runForExcel("REOPEN_DAYS", [daysRange, essentialRange, referenceRange]);
}

/**
 * Cash-flow worsening B of a stop of some days: (fixed costs − depreciation) / 12 × days / 30.
 * @customfunction STOP_CASHFLOW
 * @helpurl https://localhost:3000/help/functions.html#STOP_CASHFLOW
 * @param annualFixed Annual fixed costs including depreciation, thousand yen.
 * @param annualDepreciation Annual depreciation, thousand yen.
 * @param days Days the business is stopped.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns B in thousand yen (positive).
 */
export function stopCashflow(
  annualFixed: number,
  annualDepreciation: number,
  days: number,
  coefficients?: any[][]
): number {
  return runForExcel("STOP_CASHFLOW", [annualFixed, annualDepreciation, days, coefficients]);
}

/**
 * Monthly cash balance at an operating rate r: r × (sales − variable costs) / 12 − (fixed − depreciation) / 12.
 * @customfunction MONTHLY_BALANCE
 * @helpurl https://localhost:3000/help/functions.html#MONTHLY_BALANCE
 * @param annualSales Annual sales, thousand yen.
 * @param annualVariable Annual variable costs, thousand yen.
 * @param annualFixed Annual fixed costs including depreciation, thousand yen.
 * @param annualDepreciation Annual depreciation, thousand yen.
 * @param rate Operating rate from 0 to 1.
 * @returns Monthly balance in thousand yen.
 */
export function monthlyBalance(
  annualSales: number,
  annualVariable: number,
  annualFixed: number,
  annualDepreciation: number,
  rate: number
): number {
  return runForExcel("MONTHLY_BALANCE", [
    annualSales,
    annualVariable,
    annualFixed,
    annualDepreciation,
    rate,
  ]);
}

/**
 * Monthly cash-flow table (tables 3-3 and 3-4), one column per month. Rows: rate, revenue, variable costs, fixed costs, spending subtotal, operating balance, recovery costs, monthly balance, cumulative balance, the five funding rows, overall balance.
 * @customfunction CASHFLOW_TABLE
 * @helpurl https://localhost:3000/help/functions.html#CASHFLOW_TABLE
 * @param annualSales Annual sales, thousand yen.
 * @param annualVariable Annual variable costs, thousand yen.
 * @param annualFixed Annual fixed costs including depreciation, thousand yen.
 * @param annualDepreciation Annual depreciation, thousand yen.
 * @param ratesRange Operating rate per month (0 to 1); its length sets the number of months.
 * @param recoveryCostRange Recovery costs paid per month.
 * @param [fundingRange] Five rows by months: cash drawdown, new borrowing, insurance, asset sales, owner support.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns The table, spilled.
 */
export function cashflowTable(
  annualSales: number,
  annualVariable: number,
  annualFixed: number,
  annualDepreciation: number,
  ratesRange: any[][],
  recoveryCostRange: any[][],
  fundingRange?: any[][],
  coefficients?: any[][]
): any[][] {
  return runForExcel("CASHFLOW_TABLE", [
    annualSales,
    annualVariable,
    annualFixed,
    annualDepreciation,
    ratesRange,
    recoveryCostRange,
    fundingRange,
    coefficients,
  ]);
}

/**
 * Largest shortage in a cumulative cash-flow row, as a positive amount; 0 when it never goes short.
 * @customfunction PEAK_SHORTAGE
 * @helpurl https://localhost:3000/help/functions.html#PEAK_SHORTAGE
 * @param cumulativeRange Cumulative cash balance per month.
 * @returns Shortage in thousand yen.
 */
export function peakShortage(cumulativeRange: any[][]): number {
  return runForExcel("PEAK_SHORTAGE", [cumulativeRange]);
}

/**
 * Month (counted from 1) of the largest shortage in a cumulative row; 0 when it never goes short.
 * @customfunction PEAK_MONTH
 * @helpurl https://localhost:3000/help/functions.html#PEAK_MONTH
 * @param cumulativeRange Cumulative cash balance per month.
 * @returns Month number.
 */
export function peakMonth(cumulativeRange: any[][]): number {
  return runForExcel("PEAK_MONTH", [cumulativeRange]);
}

/**
 * New borrowing needed, E = C − D1, when the recovery total exceeds the funds on hand; otherwise 0.
 * @customfunction BORROWING_NEED
 * @helpurl https://localhost:3000/help/functions.html#BORROWING_NEED
 * @param C Recovery cost total C, thousand yen.
 * @param D1 Funds on hand D1, thousand yen.
 * @returns E in thousand yen.
 */
export function borrowingNeed(C: number, D1: number): number {
  return runForExcel("BORROWING_NEED", [C, D1]);
}

/**
 * New borrowing that can be repaid, e = (net income after tax + depreciation − existing annual repayment) × years.
 * @customfunction REPAYMENT_CAPACITY
 * @helpurl https://localhost:3000/help/functions.html#REPAYMENT_CAPACITY
 * @param netIncomeAfterTax Net income after tax, thousand yen (may be negative).
 * @param annualDepreciation Annual depreciation, thousand yen.
 * @param existingAnnualRepayment Annual repayment of existing loans, thousand yen.
 * @param [years] Repayment years; default from the coefficient sheet (8).
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns e in thousand yen (never negative).
 */
export function repaymentCapacity(
  netIncomeAfterTax: number,
  annualDepreciation: number,
  existingAnnualRepayment: number,
  years?: number,
  coefficients?: any[][]
): number {
  return runForExcel("REPAYMENT_CAPACITY", [
    netIncomeAfterTax,
    annualDepreciation,
    existingAnnualRepayment,
    years,
    coefficients,
  ]);
}

/**
 * Borrowing limit from the collateral value under the guideline's example disaster-loan terms (table 2-5).
 * @customfunction COLLATERAL_LIMIT
 * @helpurl https://localhost:3000/help/functions.html#COLLATERAL_LIMIT
 * @param collateralValue Collateral value: appraisal less senior liens, thousand yen.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Limit in thousand yen.
 */
export function collateralLimit(collateralValue: number, coefficients?: any[][]): number {
  return runForExcel("COLLATERAL_LIMIT", [collateralValue, coefficients]);
}

/**
 * Verdict of the 20-question BCP readiness check from its number of yes answers.
 * @customfunction CHECK_VERDICT
 * @helpurl https://localhost:3000/help/functions.html#CHECK_VERDICT
 * @param yesCount Number of yes answers, 0 to 20.
 * @returns The verdict.
 */
export function checkVerdict(yesCount: number): string {
  return runForExcel("CHECK_VERDICT", [yesCount]);
}

/**
 * Form 07 score of one bottleneck resource: criticality times the hazard's impact on it.
 * @customfunction IMPACT_SCORE
 * @helpurl https://localhost:3000/help/functions.html#IMPACT_SCORE
 * @param criticality Criticality of the resource, 1 to 3 (3: nothing can replace it).
 * @param impact Impact of the hazard on the resource, 1 to 3 (3: the target recovery time is missed).
 * @returns Score from 1 to 9.
 */
export function impactScore(criticality: number, impact: number): number {
  return runForExcel("IMPACT_SCORE", [criticality, impact]);
}

/**
 * Rank of a criticality and impact pair among the combinations that decide recovery (1 most severe, 0 none).
 * @customfunction IMPACT_RANK
 * @helpurl https://localhost:3000/help/functions.html#IMPACT_RANK
 * @param criticality Criticality of the resource, 1 to 3.
 * @param impact Impact of the hazard on the resource, 1 to 3.
 * @returns 1, 2, 3 or 0.
 */
export function impactRank(criticality: number, impact: number): number {
  return runForExcel("IMPACT_RANK", [criticality, impact]);
}

/**
 * Whether a fire-insurance policy type covers the hazard: ○ covered, △ with a rider or within limits, × not covered.
 * @customfunction INSURANCE_COVERAGE
 * @helpurl https://localhost:3000/help/functions.html#INSURANCE_COVERAGE
 * @param policyType 普通火災(一般物件), 普通火災(工場物件), 店舗総合保険 or オールリスク型.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns ○, △ or ×.
 */
export function insuranceCoverage(policyType: string, hazard: any, coefficients?: any[][]): string {
  return runForExcel("INSURANCE_COVERAGE", [policyType, hazard, coefficients]);
}

/**
 * How the fire insurance held covers the hazard, each △ of 表 参考.2-1 read by its note.
 * @customfunction INSURANCE_STATUS
 * @helpurl https://localhost:3000/help/functions.html#INSURANCE_STATUS
 * @param policiesHeld Four 1/0 cells: 普通火災(一般物件), 普通火災(工場物件), 店舗総合保険, オールリスク型.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns 補償対象, 限度内で補償, 補償対象外 or 保険なし.
 */
export function insuranceStatus(
  policiesHeld: any[][],
  hazard: any,
  coefficients?: any[][]
): string {
  return runForExcel("INSURANCE_STATUS", [policiesHeld, hazard, coefficients]);
}

/**
 * Estimated fire-insurance claim for the hazard, by the notes of 表 参考.2-1 and the policy's 新価 or 時価 basis; an item gives an expense cover instead.
 * @customfunction INSURANCE_PAYOUT
 * @helpurl https://localhost:3000/help/functions.html#INSURANCE_PAYOUT
 * @param policiesHeld Four 1/0 cells: 普通火災(一般物件), 普通火災(工場物件), 店舗総合保険, オールリスク型.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param losses Three cells of losses in thousand yen: 建物, 什器備品・機械設備等, 商品・製品等.
 * @param sumsInsured Three cells of sums insured in thousand yen, in the same order.
 * @param [marketValueRatio] For a 時価 policy, 時価 divided by 新価 (0 to 1); blank for 新価.
 * @param [item] 保険金 (default), 臨時費用, 残存物片付費用, 修理付帯費用, 地震火災費用 or 受取額計.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Amount in thousand yen.
 */
export function insurancePayout(
  policiesHeld: any[][],
  hazard: any,
  losses: any[][],
  sumsInsured: any[][],
  marketValueRatio?: any,
  item?: any,
  coefficients?: any[][]
): number {
  return runForExcel("INSURANCE_PAYOUT", [
    policiesHeld,
    hazard,
    losses,
    sumsInsured,
    marketValueRatio,
    item,
    coefficients,
  ]);
}

/**
 * Estimated business-interruption insurance payout: B for the days of the stop within the indemnity period, up to the limit.
 * @customfunction PROFIT_INSURANCE
 * @helpurl https://localhost:3000/help/functions.html#PROFIT_INSURANCE
 * @param limit Limit of the policy in thousand yen.
 * @param indemnityMonths Indemnity period in months.
 * @param hazard "5弱" to "7", an instrumental intensity 4.5 to 7.0, "床上浸水", "床下浸水" or "火災".
 * @param propertyCovered 1 if the fire insurance fully covers the hazard, else 0.
 * @param B Cash-flow worsening B in thousand yen.
 * @param N Days until business reopens.
 * @param [coefficients] The 係数 sheet's value column (the name Coefficients). The sheets the add-in builds pass it, so a changed coefficient recalculates them; omitted, the defaults are used (or those applied with 係数を反映).
 * @returns Amount in thousand yen.
 */
export function profitInsurance(
  limit: number,
  indemnityMonths: number,
  hazard: any,
  propertyCovered: any,
  B: number,
  N: number,
  coefficients?: any[][]
): number {
  return runForExcel("PROFIT_INSURANCE", [
    limit,
    indemnityMonths,
    hazard,
    propertyCovered,
    B,
    N,
    coefficients,
  ]);
}

/**
 * Compares the recovery total without a countermeasure plan (C1) with the plan's cost plus the total with it (H2 = F + C2).
 * @customfunction PREVENTION_VERDICT
 * @helpurl https://localhost:3000/help/functions.html#PREVENTION_VERDICT
 * @param C1 Recovery cost total without the plan, thousand yen.
 * @param C2 Recovery cost total with the plan, thousand yen.
 * @param F Cost of the plan, thousand yen.
 * @returns The verdict.
 */
export function preventionVerdict(C1: number, C2: number, F: number): string {
  return runForExcel("PREVENTION_VERDICT", [C1, C2, F]);
}
