/**
 * Funding of the recovery (中級 参考.2, 基本 参考.3/4): 手元資金 D1, 復旧費用総額 C = A + B,
 * 新規借入必要額 E, 返済原資 and 新規借入可能金額 e (表 参考.2-3), and the collateral limit
 * (表 参考.2-4 / 2-5, historical loan terms kept as parameters).
 */
import { invalid } from "./errors";
import type { Parameters } from "./parameters";
import { requireAmount, requireSignedAmount } from "./guards";

/** 表 参考.3-1 (基本) / 2-1 (中級) 手元資金の状況 */
export interface HandFunds {
  cash: number; // 現金・預金
  insurance: number; // 損害保険金
  assetSale: number; // 会社資産売却
  ownerSupport: number; // 経営者から支援
}

/** D1 = 現金・預金 + 損害保険金 + 会社資産売却 + 経営者から支援 */
export function handFundsTotal(funds: HandFunds): number {
  return (
    requireAmount(funds.cash, "現金・預金") +
    requireAmount(funds.insurance, "損害保険金") +
    requireAmount(funds.assetSale, "会社資産売却") +
    requireAmount(funds.ownerSupport, "経営者から支援")
  );
}

/** C = A + B (表 参考.1-24) */
export function recoveryCostTotal(assetRecoveryCost: number, cashflowWorsening: number): number {
  return (
    requireAmount(assetRecoveryCost, "資産の復旧費用 (A)") +
    requireAmount(cashflowWorsening, "キャッシュフローの悪化額 (B)")
  );
}

/** E = C − D1 when C exceeds D1, else 0 (表 参考.2-2) */
export function borrowingNeed(recoveryTotal: number, handFunds: number): number {
  const c = requireAmount(recoveryTotal, "復旧費用総額 (C)");
  const d1 = requireAmount(handFunds, "手元資金 (D1)");
  return Math.max(0, c - d1);
}

export interface RepaymentInput {
  netIncomeAfterTax: number; // 税引後当期純利益 (may be negative)
  annualDepreciation: number; // 年間減価償却金額
  existingAnnualRepayment: number; // 既往借入金年間約定返済額
}

export interface RepaymentCapacity {
  repaymentSource: number; // III 返済原資合計 (I + II)
  annualCapacity: number; // V 新規借入金返済原資（年間）(III − IV)
  /** e = V × 返済年数, never below 0: no new loan can be repaid from a negative V */
  borrowingCapacity: number;
  years: number;
}

/** 表 参考.2-3 返済原資の計算 */
export function repaymentCapacity(
  input: RepaymentInput,
  params: Parameters,
  years = params.RepaymentYears
): RepaymentCapacity {
  const netIncome = requireSignedAmount(input.netIncomeAfterTax, "税引後当期純利益");
  const depreciation = requireAmount(input.annualDepreciation, "年間減価償却金額");
  const existing = requireAmount(input.existingAnnualRepayment, "既往借入金年間約定返済額");
  if (!(Number.isFinite(years) && years > 0 && years <= 50)) {
    throw invalid(`返済年数は0より大きく50以下の数値で入力してください（${years}）。`);
  }
  const repaymentSource = netIncome + depreciation;
  const annualCapacity = repaymentSource - existing;
  return {
    repaymentSource,
    annualCapacity,
    borrowingCapacity: Math.max(0, annualCapacity) * years,
    years,
  };
}

/**
 * All new borrowing the bank weighs: E for the recovery plus G, the loan for the countermeasures
 * (中級 参考.4, line 7187: a prevention loan needs the repayment source and collateral checked).
 */
export function totalBorrowing(need: number, preventionLoan: number): number {
  return (
    requireAmount(need, "新規借入必要額 (E)") +
    requireAmount(preventionLoan, "災害防止対策資金借入金額 (G)")
  );
}

export interface RepaymentVerdict {
  repayable: boolean; // e ≥ E (+ G)
  shortfall: number; // E − e when positive
  /** extra annual repayment source needed over the repayment period to close the shortfall */
  profitImprovementPerYear: number;
}

/** `need` is E, or E + G when the countermeasures are borrowed for (totalBorrowing). */
export function repaymentVerdict(need: number, capacity: RepaymentCapacity): RepaymentVerdict {
  const e = requireAmount(need, "新規借入の合計 (E + G)");
  const shortfall = Math.max(0, e - capacity.borrowingCapacity);
  return {
    repayable: shortfall === 0,
    shortfall,
    profitImprovementPerYear: shortfall / capacity.years,
  };
}

/** 表 参考.2-4 担保の状況: one line per collateral item. */
export interface CollateralItem {
  label: string; // 土地, 建物, 有価証券, その他
  appraisal: number; // 担保評価額 I
  seniorLiens: number; // 先順位担保権 II
}

/** 担保価値 (I − II) of every line and their sum; a line cannot be worth less than nothing. */
export function collateralValue(items: readonly CollateralItem[]): {
  lines: number[];
  total: number;
} {
  const lines = items.map((item) => {
    const appraisal = requireAmount(item.appraisal, `${item.label} 担保評価額`);
    const liens = requireAmount(item.seniorLiens, `${item.label} 先順位担保権`);
    return Math.max(0, appraisal - liens);
  });
  return { lines, total: lines.reduce((a, b) => a + b, 0) };
}

/**
 * 表 参考.2-5: limit = value × 4 while value × 3 ≤ 80 百万円, else value + 80 百万円; at most
 * 150 百万円 per company. Amounts in 千円.
 */
export function collateralLimit(value: number, params: Parameters): number {
  const v = requireAmount(value, "担保価値");
  const limit =
    v * params.CollateralExemptionMultiplier <= params.CollateralExemptionCap
      ? v * params.CollateralLoanMultiplier
      : v + params.CollateralExemptionCap;
  return Math.min(limit, params.CollateralLoanCap);
}

export type FundingCase = "自力で賄える" | "借入が必要";

export interface FundingResult {
  handFunds: number; // D1
  recoveryTotal: number; // C
  borrowingNeed: number; // E
  fundingCase: FundingCase;
  /** D2 = D1 + E (表 参考.2-2) */
  fundsWithBorrowing: number;
}

export function fundingPosition(recoveryTotal: number, funds: HandFunds): FundingResult {
  const d1 = handFundsTotal(funds);
  const need = borrowingNeed(recoveryTotal, d1);
  return {
    handFunds: d1,
    recoveryTotal,
    borrowingNeed: need,
    fundingCase: need > 0 ? "借入が必要" : "自力で賄える",
    fundsWithBorrowing: d1 + need,
  };
}

/** 月商1ヶ月分 rule (基本 参考.4 (2)①): cash should cover this many months of sales. */
export function cashHoldingCheck(
  cash: number,
  annualSales: number,
  params: Parameters
): { required: number; sufficient: boolean } {
  const required = (requireAmount(annualSales, "年間売上高") / 12) * params.CashHoldingMonths;
  return { required, sufficient: requireAmount(cash, "現金・預金") >= required };
}
