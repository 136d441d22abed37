/**
 * 上級 参考.3 (1)(2): recovery cost of a company split into 中核事業①, 中核事業② and その他事業③.
 * Costs a department can carry itself stay with it; common 売上原価 fixed costs and the SG&A are
 * allocated by sales ratio (表 参考.3-2 … 3-5). A suspended department (③) only has B.
 */
import { invalid } from "../errors";
import type { Parameters } from "../parameters";
import { requireAmount, requireDays } from "../guards";

export interface DepartmentInput {
  name: string;
  sales: number;
  variable: number; // 変動費 (売上原価)
  allocableFixed: number; // 部門別に配賦可能な固定費
  allocableDepreciation: number; // その内の減価償却費
  /** 資産の復旧費用 A of the department; 0 for a suspended one */
  assetRecoveryCost: number;
  /** days the department is stopped (its own N) */
  stopDays: number;
  /** その他事業: 事業を休止する (only B counts) */
  suspended?: boolean;
}

export interface CommonCosts {
  fixed: number; // 部門別に配賦不能な固定費 (売上原価)
  fixedDepreciation: number;
  sgaVariable: number;
  sgaFixed: number;
  sgaDepreciation: number;
}

export interface DepartmentResult {
  name: string;
  salesShare: number;
  sales: number;
  variable: number;
  fixed: number;
  depreciation: number;
  operatingProfit: number;
  /** 表 参考.3-5: 月次資金収支 of a one-month stop (negative) */
  oneMonthStopBalance: number;
  assetRecoveryCost: number; // A
  cashflowWorsening: number; // B
  recoveryTotal: number; // C
}

export interface DepartmentsResult {
  departments: DepartmentResult[];
  recoveryTotal: number; // C① + C② + C③
}

export function departmentRecovery(
  departments: readonly DepartmentInput[],
  common: CommonCosts,
  params: Parameters
): DepartmentsResult {
  if (departments.length === 0) throw invalid("部門が1つもありません。");
  const totalSales = departments.reduce(
    (s, d) => s + requireAmount(d.sales, `${d.name} 売上高`),
    0
  );
  if (totalSales <= 0) throw invalid("部門の売上高の合計が0のため、売上高比で配賦できません。");
  const commonFixed = requireAmount(common.fixed, "配賦不能な固定費");
  const commonDep = requireAmount(common.fixedDepreciation, "配賦不能な固定費の内 減価償却費");
  const sgaVariable = requireAmount(common.sgaVariable, "一般管理費・販売費 変動費");
  const sgaFixed = requireAmount(common.sgaFixed, "一般管理費・販売費 固定費");
  const sgaDep = requireAmount(common.sgaDepreciation, "一般管理費・販売費 減価償却費");
  if (commonDep > commonFixed || sgaDep > sgaFixed) {
    throw invalid("減価償却費が固定費を超えています。減価償却費は固定費の内数です。");
  }
  const results = departments.map((d) => {
    const share = d.sales / totalSales;
    const ownFixed = requireAmount(d.allocableFixed, `${d.name} 配賦可能な固定費`);
    const ownDep = requireAmount(
      d.allocableDepreciation,
      `${d.name} 配賦可能な固定費の内 減価償却費`
    );
    if (ownDep > ownFixed) throw invalid(`${d.name}の減価償却費が固定費を超えています。`);
    const variable = requireAmount(d.variable, `${d.name} 変動費`) + sgaVariable * share;
    const fixed = ownFixed + (commonFixed + sgaFixed) * share;
    const depreciation = ownDep + (commonDep + sgaDep) * share;
    const monthlyCashFixed = (fixed - depreciation) / 12;
    const days = requireDays(d.stopDays, `${d.name} 停止日数`);
    const assetRecoveryCost = d.suspended
      ? 0
      : requireAmount(d.assetRecoveryCost, `${d.name} 資産の復旧費用`);
    const cashflowWorsening = (monthlyCashFixed * days) / params.DaysPerMonth;
    return {
      name: d.name,
      salesShare: share,
      sales: d.sales,
      variable,
      fixed,
      depreciation,
      operatingProfit: d.sales - variable - fixed,
      oneMonthStopBalance: -monthlyCashFixed,
      assetRecoveryCost,
      cashflowWorsening,
      recoveryTotal: assetRecoveryCost + cashflowWorsening,
    };
  });
  return { departments: results, recoveryTotal: results.reduce((s, r) => s + r.recoveryTotal, 0) };
}
