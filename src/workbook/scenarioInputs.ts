/**
 * Scenario file → the input cells of the built workbook (by defined name), so that
 * `bcp-calc workbook --input` fills a course with a company's figures.
 */
import type { CostLines, FinancialStatements } from "../model/directCosting";
import type { CellValue } from "../sheets/types";

export type InputValues = Record<string, CellValue | null>;

function costInputs(prefix: string, lines: CostLines, out: InputValues): void {
  for (const [code, line] of Object.entries(lines)) {
    if (line === undefined) continue;
    if (typeof line === "number") {
      out[`${prefix}_${code}`] = line;
    } else {
      out[`${prefix}_${code}`] = line.amount;
      if (code === "other")
        out[`${prefix}_otherBehaviour`] = line.behaviour === "variable" ? "変動" : "固定";
    }
  }
}

export function statementInputs(s: FinancialStatements): InputValues {
  const out: InputValues = { Sales: s.sales };
  costInputs("SGA", s.sga, out);
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
      });
      costInputs("MC", s.costReport, out);
      break;
    case "卸・小売業":
      Object.assign(out, {
        Goods_Opening: s.openingGoods,
        Goods_Purchases: s.purchases,
        Goods_Closing: s.closingGoods,
      });
      break;
    case "建設業":
      out.LaborDirect = s.laborDirectlyEmployed ? 1 : 0;
      costInputs("CC", s.costReport, out);
      break;
  }
  return out;
}
