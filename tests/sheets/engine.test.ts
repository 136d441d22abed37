import { readFileSync } from "fs";
import { join } from "path";
import { DetailedCellError } from "hyperformula";
import type { ScenarioInput } from "../../src/model/scenario";
import { courseWorkbook, rowOfLabel } from "../../src/sheets/course";
import { MemoryWorkbook } from "../../src/engine/memory";
import { inputsFor, scenarioInputs, statementInputs } from "../../src/usecases/scenarioInputs";
import { GUIDELINE_TWO_SITES, TABLE_1_3 } from "../fixtures/guideline";
import { loadIntoHyperFormula } from "../helpers/hyperformula";
import { typeEach } from "../helpers/inputs";
import type { DefinedName } from "../../src/sheets/names";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

describe("the 上級 workbook in HyperFormula (a real formula engine) with the guideline's inputs", () => {
  const def = courseWorkbook("上級", "製造業");
  const inputs = {
    ...statementInputs(TABLE_1_3),
    Hazard: "火災",
    BuildingStructure: 2,
    BuildingEra: 1,
    RD_Building: 30,
    ...Object.fromEntries(
      [
        "Power",
        "Water",
        "Gas",
        "BuildingEquipment",
        "Machinery",
        "Tools",
        "Structures",
        "Vehicles",
        "Data",
      ].map((k) => [`ES_${k}`, 0])
    ),
    Collateral1_Appraisal: 30000,
    Collateral1_Liens: 10000,
    TS_Sales: 12000,
    TS_Variable: 7920,
    TS_Fixed: 3480,
    TS_Depreciation: 300,
    // 表 参考.3-7's seven months only: months 8-12 are left blank and read as recovered
    // (guideline line 7479: 100 % from the 8th month)
    TS_OwnRates: GUIDELINE_TWO_SITES.ownRates,
    TS_Months: GUIDELINE_TWO_SITES.months,
    TS_AlternateRates: GUIDELINE_TWO_SITES.alternateRates,
    TS_Expenses: GUIDELINE_TWO_SITES.alternateExpenses ?? [],
    TS_Overtime: GUIDELINE_TWO_SITES.overtime ?? [],
    TS_Equipment: GUIDELINE_TWO_SITES.equipment ?? [],
  };
  const loaded = loadIntoHyperFormula(def, inputs);

  it("表 参考.1-3: a 30-day stop worsens cash flow by B = 95 (営業利益 206)", () => {
    expect(loaded.get("OperatingProfitDirect")).toBe(206);
    expect(loaded.get("ReopenDays")).toBe(30);
    expect(Math.round(loaded.get("CashflowWorseningB") as number)).toBe(95);
  });

  // guideline lines 7262-7278: a month's stop loses 104 on the P/L but 95 in cash
  it("上級 表 参考.1-3 on its own sheet: a month stopped is △104 in profit, △95 in cash", () => {
    expect(Math.round(loaded.get("Impact_StopMonthLoss") as number)).toBe(-104);
    expect(Math.round(loaded.get("Impact_StopMonthCash") as number)).toBe(-95);
  });

  it("表 参考.2-5: 担保価値 20 百万円 → 借入可能金額の上限 80 百万円", () => {
    expect(loaded.get("CollateralValue")).toBe(20000);
    expect(loaded.get("CollateralLimit")).toBe(80000);
  });

  it("表 参考.3-7: monthly balances −265, −181, −11 ×4, +29 and the peak 640 in month 6 (printed 641, SPEC §6)", () => {
    const sheet = def.sheets.find((s) => s.key === "advanced.twoSites");
    const sheetId = loaded.hf.getSheetId(sheet?.name ?? "") as number;
    const row = (label: string) => rowOfLabel(sheet as never, label) - 1;
    const values = (label: string) =>
      Array.from({ length: 7 }, (_, i) =>
        loaded.hf.getCellValue({ sheet: sheetId, col: i + 1, row: row(label) })
      );
    expect(values("月次資金収支")).toEqual([-265, -181, -11, -11, -11, -11, 29]);
    expect(values("資金不足総計")).toEqual([-265, -446, -607, -618, -629, -640, -611]);
    expect(loaded.get("TwoSitePeakShortage")).toBe(640);
    expect(loaded.get("TwoSitePeakMonth")).toBe(6);
  });

  // guideline lines 7540-7563: 表 参考.3-8 and 3-9 over the seven months
  it("表 参考.3-8 / 3-9: 差引損益 350 without the fire, △636 after it; ①+② △611", () => {
    expect(loaded.get("TS_NetNormal")).toBeCloseTo(350, 9);
    expect(loaded.get("TS_NetActual")).toBeCloseTo(-636, 9);
    expect(loaded.get("TS_PeriodCashflow")).toBeCloseTo(-611, 9);
  });
});

describe("HyperFormula and the in-memory workbook agree on every named cell", () => {
  it.each(["製造業", "卸・小売業", "建設業"] as const)(
    "中級・%s with the example inputs",
    (industry) => {
      const def = courseWorkbook("中級", industry);
      const input: ScenarioInput =
        industry === "製造業"
          ? example
          : {
              ...example,
              statements:
                industry === "卸・小売業"
                  ? {
                      industry,
                      sales: 300000,
                      openingGoods: 20000,
                      purchases: 210000,
                      closingGoods: 25000,
                      sga: { shipping: 5000, officerPay: 20000, rent: 6000, depreciation: 2000 },
                    }
                  : {
                      industry,
                      sales: 400000,
                      laborDirectlyEmployed: true,
                      costReport: {
                        mainMaterials: 120000,
                        directLabor: 60000,
                        outsourcing: 90000,
                        depreciation: 8000,
                        fuel: 6000,
                      },
                      sga: { officerPay: 25000, depreciation: 1500 },
                    },
            };
      const inputs = inputsFor(def, scenarioInputs(input));
      const hf = loadIntoHyperFormula(def, inputs);
      const memory = new MemoryWorkbook();
      memory.build(def);
      typeEach(memory, inputs);
      const differences: string[] = [];
      for (const name of hf.names) {
        const a = hf.get(name);
        const b = memory.get(name as DefinedName);
        if (a instanceof DetailedCellError) {
          differences.push(`${name}: HyperFormula ${a.value} ${a.message}`);
        } else if (typeof a === "number" && typeof b === "number") {
          if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a)))
            differences.push(`${name}: ${a} vs ${b}`);
        } else if ((a ?? null) !== (b ?? null) && !(a === null && b === "")) {
          differences.push(`${name}: ${String(a)} vs ${JSON.stringify(b)}`);
        }
      }
      expect(differences).toEqual([]);
    }
  );
});
