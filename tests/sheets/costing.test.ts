import { readFileSync } from "fs";
import { join } from "path";
import { type FinancialStatements, directCosting } from "../../src/model/directCosting";
import type { ScenarioInput } from "../../src/model/scenario";
import { coefficientSheet } from "../../src/sheets/coefficientSheet";
import { costingSheet } from "../../src/sheets/intermediate/costing";
import { statementsSheet } from "../../src/sheets/intermediate/statements";
import { MemoryWorkbook } from "../../src/engine/memory";
import { statementInputs } from "../../src/usecases/scenarioInputs";
import { TABLE_1_3 } from "../fixtures/guideline";
import { params } from "../helpers/params";
import { typeEach } from "../helpers/inputs";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

function costed(statements: FinancialStatements) {
  const wb = new MemoryWorkbook();
  wb.build({
    sheets: [
      coefficientSheet(),
      statementsSheet("損益", statements.industry),
      costingSheet("直接原価", statements.industry),
    ],
  });
  typeEach(wb, statementInputs(statements));
  return wb;
}

describe("直接原価計算 sheet formulas agree with the model", () => {
  it.each([
    ["表 参考.1-3 (製造業)", TABLE_1_3],
    ["examples/ 製造業 with WIP and finished goods", example.statements as FinancialStatements],
    [
      "卸・小売業",
      {
        industry: "卸・小売業",
        sales: 1200,
        openingGoods: 100,
        purchases: 800,
        closingGoods: 150,
        sga: {
          shipping: 30,
          rent: 120,
          depreciation: 12,
          other: { amount: 9, behaviour: "variable" },
        },
      },
    ],
    [
      "建設業 (labour not directly employed)",
      {
        industry: "建設業",
        sales: 3000,
        laborDirectlyEmployed: false,
        costReport: {
          mainMaterials: 900,
          directLabor: 600,
          welfare: 40,
          outsourcing: 500,
          depreciation: 50,
          fuel: 40,
          other: 7,
        },
        sga: { officerPay: 300 },
      },
    ],
  ] as [string, FinancialStatements][])("%s", (_label, statements) => {
    const wb = costed(statements);
    const model = directCosting(statements, params);
    expect(wb.errors()).toEqual([]);
    expect(wb.number("SalesAnnual")).toBeCloseTo(model.annual.sales, 6);
    expect(wb.number("VariableAnnual")).toBeCloseTo(model.annual.variable, 6);
    expect(wb.number("FixedAnnual")).toBeCloseTo(model.annual.fixed, 6);
    expect(wb.number("DepreciationAnnual")).toBeCloseTo(model.annual.depreciation, 6);
    expect(wb.number("OperatingProfitDirect")).toBeCloseTo(model.annual.operatingProfit, 6);
    expect(wb.number("PL_OperatingProfit")).toBeCloseTo(model.pl.operatingProfit, 6);
    expect(wb.number("ReconDifference")).toBeCloseTo(model.reconciliation.unexplained, 6);
    expect(wb.get("ReconStatus")).toBe("一致");
  });

  it("表 参考.1-3: 営業利益 206, 1ヶ月の固定費 104 (monthly figures of the sheet)", () => {
    const wb = costed(TABLE_1_3);
    expect(wb.number("OperatingProfitDirect")).toBe(206);
    expect(Math.round(wb.number("FixedAnnualMonthly"))).toBe(104);
    expect(Math.round(wb.number("CashFixedAnnualMonthly"))).toBe(95);
  });
});
