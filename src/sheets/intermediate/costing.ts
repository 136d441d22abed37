/**
 * 直接原価計算 (参考.4 表 参考.4-2 … 4-7): the variable / fixed split the cash-flow model runs on,
 * and its reconciliation with the 損益計算書.
 */
import {
  CONSTRUCTION_COST_ITEMS,
  type Industry,
  MANUFACTURING_COST_ITEMS,
} from "../../model/directCosting";
import { SheetBuilder } from "../builder";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

/** The figures of 表 参考.4-7, each also shown per month (`…Monthly`). */
type AnnualFigure =
  | "SalesAnnual"
  | "VariableAnnual"
  | "FixedAnnual"
  | "DepreciationAnnual"
  | "CashFixedAnnual"
  | "OperatingProfitDirect";

function variableItems(prefix: string, codes: readonly string[]): string {
  return codes.map((c) => `${prefix}_${c}`).join("+");
}

const otherIfVariable = (prefix: string) => `IF(${prefix}_otherBehaviour="変動",${prefix}_other,0)`;

/** ① ② ⑤ of the cost of sales, per industry. */
function costOfSales(industry: Industry): {
  variable: string;
  fixed: string;
  depreciation: string;
  ratio: string;
} {
  switch (industry) {
    case "製造業": {
      const codes = MANUFACTURING_COST_ITEMS.filter((d) => d.behaviour === "variable").map(
        (d) => d.code
      );
      return {
        ratio: "IF(MC_Total=0,1,MfgCOGM/MC_Total)",
        variable: `(Mat_Cost+${variableItems("MC", codes)}+${otherIfVariable("MC")})*CostRatio`,
        fixed: `(MC_Total-(Mat_Cost+${variableItems("MC", codes)}+${otherIfVariable("MC")}))*CostRatio`,
        depreciation: "MC_depreciation*CostRatio",
      };
    }
    case "卸・小売業":
      return { ratio: "1", variable: "PL_CostOfSales", fixed: "0", depreciation: "0" };
    case "建設業": {
      const codes = CONSTRUCTION_COST_ITEMS.filter((d) => d.behaviour === "variable").map(
        (d) => d.code
      );
      const variable = `${variableItems("CC", codes)}+IF(LaborDirect=0,CC_Labor,0)+${otherIfVariable("CC")}`;
      return {
        ratio: "1",
        variable,
        fixed: `CC_Total-(${variable})`,
        depreciation: "CC_depreciation",
      };
    }
  }
}

export function costingSheet(name: string, industry: Industry, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("intermediate.costing", name, [40, 16, 16, 30], { language });
  const cos = costOfSales(industry);
  s.title("表 参考.4-3 製造原価金額の修正・表 参考.4-5 一般管理費・販売費の作り換え");
  s.header(["科目", "金額", "", "備考"]);
  s.formulaLine("修正率（当期製品製造原価 ÷ 当期製造総費用）", cos.ratio, {
    name: "CostRatio",
    format: "decimal",
  });
  s.formulaLine("売上原価 変動費 ①", cos.variable, { name: "CoS_Variable" });
  s.formulaLine("売上原価 固定費 ②", cos.fixed, { name: "CoS_Fixed" });
  s.formulaLine("　内 減価償却費 ⑤", cos.depreciation, { name: "CoS_Depreciation" });
  s.formulaLine("一般管理費・販売費 変動費 ③", `SGA_shipping+${otherIfVariable("SGA")}`, {
    name: "SGA_Variable",
  });
  s.formulaLine("一般管理費・販売費 固定費 ④", "SGA_Total-SGA_Variable", { name: "SGA_Fixed" });
  s.formulaLine("　内 減価償却費 ⑥", "SGA_depreciation", { name: "SGA_DepreciationPart" });
  s.skip();
  s.title("表 参考.4-7 直接原価計算による損益計算書");
  s.header(["科目", "1年間", "1ヶ月（1/12）", "備考"]);
  const line = (label: string, formula: string, name: AnnualFigure) => {
    s.label(0, label);
    const ref = s.formula(1, formula, { name });
    s.formula(2, `${ref}/12`, { name: `${name}Monthly` });
    s.row += 1;
  };
  line("売上高", "Sales", "SalesAnnual");
  line("変動費計（① + ③）", "CoS_Variable+SGA_Variable", "VariableAnnual");
  line("固定費計（② + ④）", "CoS_Fixed+SGA_Fixed", "FixedAnnual");
  line("　内 減価償却費（⑤ + ⑥）", "CoS_Depreciation+SGA_DepreciationPart", "DepreciationAnnual");
  line("　現金ベース固定費", "FixedAnnual-DepreciationAnnual", "CashFixedAnnual");
  line("営業利益", "SalesAnnual-VariableAnnual-FixedAnnual", "OperatingProfitDirect");
  s.skip();
  s.title("損益計算書との照合", null);
  s.formulaLine("直接原価計算の営業利益", "OperatingProfitDirect");
  s.formulaLine("損益計算書の営業利益", "PL_OperatingProfit");
  s.formulaLine(
    "製品棚卸高の増減（期首 − 期末）",
    industry === "製造業" ? "FG_Opening-FG_Closing" : "0",
    { name: "InventoryEffect" }
  );
  s.formulaLine("説明できない差額", "OperatingProfitDirect-PL_OperatingProfit-InventoryEffect", {
    name: "ReconDifference",
  });
  s.formulaLine(
    "判定",
    'IF(ABS(ReconDifference)<=ReconciliationTolerance,"一致","不一致：損益計算書・原価報告書の入力を確認してください")',
    { name: "ReconStatus", format: "text" }
  );
  return s.build();
}
