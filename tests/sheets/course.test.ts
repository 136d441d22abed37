import { readFileSync } from "fs";
import { join } from "path";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { COURSES, courseWorkbook } from "../../src/sheets/course";
import { ASSET_KEY } from "../../src/sheets/names";
import { INDUSTRIES } from "../../src/model/directCosting";
import { SHEET_NAME_MAX } from "../../src/sheets/types";
import { MemoryWorkbook } from "../../src/engine/memory";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { typeEach } from "../helpers/inputs";
import type { DefinedName } from "../../src/sheets/names";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

function filled(input: ScenarioInput) {
  const wb = new MemoryWorkbook();
  const def = courseWorkbook("中級", input.statements?.industry ?? "製造業");
  wb.build(def);
  typeEach(wb, inputsFor(def, scenarioInputs(input)));
  return wb;
}

describe("中級コース workbook evaluated in memory matches the model", () => {
  const wb = filled(example);
  const model = evaluateScenario({ ...example, cashflow: { ...example.cashflow, months: 24 } });

  it("has no error in any formula", () => {
    expect(wb.errors()).toEqual([]);
  });

  it.each([
    ["AssetRecoveryA", "A"],
    ["CashflowWorseningB", "B"],
    ["RecoveryTotalC", "C"],
    ["HandFunds_D1", "D1"],
    ["BorrowingNeedE", "E"],
    ["BorrowingCapacityE", "e"],
    ["ReopenDays", "N"],
    ["PeakShortage", "peakShortage"],
    ["PeakMonth", "peakMonth"],
  ] as const)("%s = model %s", (name, key) => {
    expect(wb.number(name)).toBeCloseTo(model[key] as number, 4);
  });

  it("collateral limit and the 事前対策 comparison", () => {
    expect(wb.number("CollateralLimit")).toBe(model.collateral?.limit);
    expect(wb.number("RecoveryTotal_C2")).toBeCloseTo(model.prevention?.withPlan ?? NaN, 4);
    expect(wb.get("PreventionVerdict")).toBe(model.prevention?.verdict);
  });

  it("per-asset damage and reference days", () => {
    for (const asset of model.core.assets) {
      const key = ASSET_KEY[asset.assetClass];
      expect(wb.number(`Damage_${key}`)).toBeCloseTo(asset.referenceDamage, 4);
      expect(wb.number(`RecoveryCost_${key}`)).toBeCloseTo(asset.recoveryCost, 4);
    }
  });
});

describe("course definitions", () => {
  it.each(COURSES.flatMap((c) => INDUSTRIES.map((i) => [c, i] as const)))(
    "%s・%s: sheet names are unique and short enough",
    (course, industry) => {
      const def = courseWorkbook(course, industry);
      const names = def.sheets.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      const defined = def.sheets.flatMap((s) =>
        s.cells.map((c) => c.name).filter((n): n is DefinedName => n !== undefined)
      );
      expect(new Set(defined).size).toBe(defined.length);
      // names Excel, LibreOffice and HyperFormula all accept: ASCII, not shaped like a cell address
      for (const n of defined) {
        expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(n).not.toMatch(/^[A-Za-z]+\d+$/);
        expect(n).not.toMatch(/^[rR]\d*[cC]\d*$/);
      }
    }
  );
});

describe("insurance in the 中級 workbook (表 参考.2-1 / 2-2)", () => {
  it("a fire under a 普通火災 policy: the claim, 臨時費用, 利益保険 and D1 match the model", () => {
    const fire: ScenarioInput = { ...example, hazard: "火災" };
    const wb = filled(fire);
    const model = evaluateScenario({ ...fire, cashflow: { ...fire.cashflow, months: 24 } });
    expect(model.insurance.status).toBe("補償対象");
    expect(wb.get("InsuranceStatus")).toBe("補償対象");
    expect(wb.number("InsuranceClaim")).toBeCloseTo(model.insurance.payout, 4);
    expect(wb.number("InsuranceEstimate")).toBeCloseTo(model.insurance.total, 4);
    // 利益保険 6 months against N = the fire's days, up to 40,000
    expect(model.insurance.profit.covered).toBe(true);
    expect(wb.number("ProfitInsuranceEstimate")).toBeCloseTo(model.insurance.profit.payout, 4);
    expect(wb.number("UninsuredB")).toBeCloseTo(model.insurance.profit.uninsuredB, 4);
    expect(wb.number("HandFunds_D1")).toBeCloseTo(model.D1, 4);
    expect(wb.number("BorrowingNeedE")).toBeCloseTo(model.E, 4);
  });

  // 注2 (line 6233): limited flood cover of the 店舗総合保険
  it("a flood under a 店舗総合保険: 限度内で補償, 70 % of the building loss counted", () => {
    const flood: ScenarioInput = {
      ...example,
      hazard: "床上浸水",
      insurancePolicies: [{ type: "店舗総合保険", sums: { 建物: 100000 } }],
    };
    const wb = filled(flood);
    const model = evaluateScenario({ ...flood, cashflow: { ...flood.cashflow, months: 24 } });
    expect(wb.get("InsuranceStatus")).toBe("限度内で補償");
    expect(model.insurance.payout).toBeGreaterThan(0);
    expect(wb.number("InsuranceEstimate")).toBeCloseTo(model.insurance.total, 4);
    // the 利益保険 follows only a full property cover
    expect(wb.number("ProfitInsuranceEstimate")).toBe(0);
  });

  it("an earthquake: the 利益保険 pays nothing and the whole B stays uninsured", () => {
    const wb = filled(example);
    expect(wb.number("ProfitInsuranceEstimate")).toBe(0);
    expect(wb.number("UninsuredB")).toBeCloseTo(wb.number("CashflowWorseningB"), 6);
  });
});

describe("表 参考.1-9: the company's own estimate instead of the reference values", () => {
  it("A and N come from the own-estimate table, lifelines included in N", () => {
    const wb = filled(example);
    const def = courseWorkbook("中級", "製造業");
    const sheet = def.sheets.find((s) => s.key === "intermediate.damage");
    if (sheet === undefined) throw new Error("no damage sheet");
    const title = sheet.cells.find(
      (c) => c.value === "表 参考.1-9 資産の復旧費用の算定（製造業のケース）"
    );
    const first = Number(title?.ref.slice(1)) + 3; // title, unit, header
    wb.setCell(sheet.name, `C${first}`, 20); // 建物 全壊 20 days
    wb.setCell(sheet.name, `D${first}`, 100000);
    wb.setCell(sheet.name, `C${first + 2}`, 10); // 機械（建物全壊）
    wb.setCell(sheet.name, `D${first + 2}`, 40000);
    wb.setCell(sheet.name, `D${first + 1}`, 999); // a 半壊 row: not counted
    wb.set("AssetMethod", "自社の見積り");
    expect(wb.number("OwnEstimateA")).toBe(140000);
    expect(wb.number("AssetRecoveryA")).toBe(140000);
    expect(wb.number("ReopenDays")).toBe(30); // 震度6強: ガス 30 days exceeds the 20-day building
    expect(wb.number("RecoveryTotalC")).toBeCloseTo(140000 + wb.number("CashflowWorseningB"), 9);
  });
});

describe("monthly schedules of a scenario reach the cash-flow sheet through range names", () => {
  it("rates, recovery schedule and funding rows give the model's table", () => {
    const scheduled: ScenarioInput = {
      ...example,
      cashflow: {
        months: 24,
        rates: [0, 0.3, 0.6, null, 1],
        recoverySchedule: [60000, 40000, null, 21844.823969],
        funding: { cashDrawdown: [45000], newBorrowing: [null, 80000] },
      },
    };
    const wb = filled(scheduled);
    const model = evaluateScenario(scheduled);
    expect(wb.number("PeakShortage")).toBeCloseTo(model.peakShortage, 4);
    expect(wb.number("PeakMonth")).toBe(model.peakMonth);
    expect(wb.number("Cumulative_M12")).toBeCloseTo(model.cashflow.rows[11]?.cumulative ?? NaN, 4);
  });
});

describe("collection and payment lags in the cash-flow sheet", () => {
  it.each([
    [1, 0],
    [0, 1],
    [2, 1],
    [3, 3],
  ])(
    "collection %d / payment %d months: the sheet's table is the model's",
    (collection, payment) => {
      const lagged: ScenarioInput = {
        ...example,
        cashflow: {
          ...example.cashflow,
          months: 24,
          collectionLagMonths: collection,
          paymentLagMonths: payment,
        },
      };
      const wb = filled(lagged);
      const model = evaluateScenario(lagged);
      expect(wb.number("PeakShortage")).toBeCloseTo(model.peakShortage, 4);
      expect(wb.number("PeakMonth")).toBe(model.peakMonth);
      expect(wb.number("Cumulative_M12")).toBeCloseTo(
        model.cashflow.rows[11]?.cumulative ?? NaN,
        4
      );
    }
  );
});

// 表 参考.1-21 … 1-23 (guideline lines 6817, 6827, 6837) head the normal column 「1ヶ月（通常ベース）」;
// the sheet compares the stopped period with the same period of normal operation and says so
describe("the 通常ベース column of 表 参考.1-18 … 1-23", () => {
  const sheet = courseWorkbook("中級", "製造業").sheets.find(
    (s) => s.key === "intermediate.interruption"
  );
  const texts = (sheet?.cells ?? []).map((c) => String(c.value ?? ""));

  it("is headed with the period it covers", () => {
    expect(texts).toContain("1ヶ月×10/30（通常ベース）");
    expect(texts).toContain("1ヶ月×N/30（通常ベース）");
    expect(texts).not.toContain("通常ベース");
  });

  it("and a note tells how it differs from the guideline's heading", () => {
    const all = texts.join(""); // a long note is split over rows
    expect(all).toContain("表 参考.1-21〜1-23");
    expect(all).toContain("停止したのと同じ期間");
  });
});
