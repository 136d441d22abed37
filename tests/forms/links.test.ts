import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { POLICY_TYPES } from "../../src/model/insurance";
import type { CellDef, WorkbookDef } from "../../src/sheets/types";
import { MemoryWorkbook } from "../../src/engine/memory";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { EXAMPLE } from "../../src/preview/previewWorkbook";
import { evaluateScenario } from "../../src/model/scenario";
import { loadIntoHyperFormula } from "../helpers/hyperformula";
import { policyNumber } from "../../src/sheets/names";

function cellNamed(def: WorkbookDef, name: string): CellDef[] {
  return def.sheets.flatMap((s) => s.cells.filter((c) => c.name === name));
}

function built(course: "基本" | "中級", forms: string[]) {
  const def = workbookDefinition({ course, industry: "製造業", forms });
  const wb = new MemoryWorkbook();
  wb.build(def);
  return { def, wb };
}

describe("fields the 様式 and the diagnosis share are one cell", () => {
  it("様式06 目標復旧時間 feeds the comparison with N; the course asks for it no more", () => {
    const { def, wb } = built("中級", ["06"]);
    const [course] = cellNamed(def, "TargetRecoveryDays");
    expect(course).toMatchObject({ role: "formula", formula: "Form06_TargetDays" });
    const inputs = def.sheets.flatMap((s) =>
      s.cells.filter((c) => c.role === "input" && /Target/.test(c.name ?? ""))
    );
    expect(inputs.map((c) => c.name)).toEqual(["Form06_TargetValue", "Form06_TargetUnit"]);
    wb.set("Form06_TargetValue", 2);
    wb.set("Form06_TargetUnit", "週間");
    expect(wb.number("TargetRecoveryDays")).toBe(14);
    wb.set("Form06_TargetUnit", "時間");
    wb.set("Form06_TargetValue", 48);
    expect(wb.number("TargetRecoveryDays")).toBe(2);
  });

  it("without 様式06 the course keeps its own 目標復旧時間 input", () => {
    const { def } = built("中級", ["09"]);
    expect(cellNamed(def, "TargetRecoveryDays")[0]?.role).toBe("input");
  });

  it("様式06 shows the model's B (中級: キャッシュフロー悪化額, 基本: 事業中断損失) instead of asking", () => {
    const intermediate = built("中級", ["06"]);
    expect(cellNamed(intermediate.def, "Form06_Loss")[0]).toMatchObject({
      role: "formula",
      formula: 'IF(CashflowWorseningB="","",CashflowWorseningB)',
    });
    const basic = built("基本", ["06"]);
    expect(cellNamed(basic.def, "Form06_Loss")[0]?.formula).toContain("Basic_InterruptionB");
    const alone = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["06"],
      formsOnly: true,
    });
    expect(cellNamed(alone, "Form06_Loss")[0]?.role).toBe("input");
  });

  it("様式09's checked projects are the 災害防止対策費用 F (百万円 → 千円)", () => {
    const { def, wb } = built("中級", ["09"]);
    expect(cellNamed(def, "PreventionCostF")[0]).toMatchObject({ role: "formula" });
    wb.set("Form09_Plan_Do", ["✓", null, "✓"]);
    wb.set("Form09_Plan_Funds", [12, 5, 3.5]);
    expect(wb.number("Form09_FundsMillion")).toBe(15.5);
    expect(wb.number("PreventionCostF")).toBe(15500);
  });

  it("様式18's policies give the 加入 flags and 保険金額 of the insurance check", () => {
    for (const course of ["基本", "中級"] as const) {
      const prefix = course === "基本" ? "Basic" : "Ins";
      const { def, wb } = built(course, ["18"]);
      expect(cellNamed(def, `${prefix}_Held1`)[0]?.role).toBe("formula");
      wb.set("Form18_Policies_Type", [POLICY_TYPES[1], POLICY_TYPES[1], POLICY_TYPES[2]]);
      wb.set("Form18_Policies_Scope", ["建物", "什器備品・機械設備等", "建物"]);
      wb.set("Form18_Policies_Limit", [30000, 8000, 5000]);
      expect(POLICY_TYPES.map((_, i) => wb.number(`${prefix}_Held${policyNumber(i)}`))).toEqual([
        0, 1, 1, 0,
      ]);
      expect(wb.number(`${prefix}_SumBuilding`)).toBe(35000);
      expect(wb.number(`${prefix}_SumEquipment`)).toBe(8000);
      expect(wb.number(`${prefix}_SumStock`)).toBe(0);
    }
  });

  it("the links evaluate the same in HyperFormula", () => {
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["09", "18"] });
    const hf = loadIntoHyperFormula(def, {
      Form09_Plan_Do: ["✓"],
      Form09_Plan_Funds: [2],
      Form18_Policies_Type: [POLICY_TYPES[0] as string],
      Form18_Policies_Scope: ["商品・製品等"],
      Form18_Policies_Limit: [700],
    });
    expect(hf.get("PreventionCostF")).toBe(2000);
    expect(hf.get("Ins_Held1")).toBe(1);
    expect(hf.get("Ins_SumStock")).toBe(700);
  });

  it("a scenario's figures move to the forms and the diagnosis comes out the same", () => {
    const plain = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });
    const linked = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["06", "09", "18"],
    });
    const inputs = scenarioInputs(EXAMPLE);
    const a = new MemoryWorkbook();
    a.build(plain);
    const b = new MemoryWorkbook();
    b.build(linked);
    for (const [wb, def] of [
      [a, plain],
      [b, linked],
    ] as const) {
      wb.fill(inputsFor(def, inputs));
    }
    const result = evaluateScenario(EXAMPLE);
    for (const name of [
      "TargetRecoveryDays",
      "RecoveryGap",
      "PreventionCostF",
      "InsuranceStatus",
      "InsuranceEstimate",
      "RecoveryTotalC",
      "PreventionVerdict",
    ] as const) {
      expect({ name, value: b.get(name) }).toEqual({ name, value: a.get(name) });
    }
    expect(b.number("RecoveryTotalC")).toBeCloseTo(result.C, 6);
    expect(b.number("TargetRecoveryDays")).toBe(result.targetRecoveryDays);
  });
});

describe("adding the forms to a course the user has filled in", () => {
  it("moves the typed 目標復旧時間, F and policies to the forms; nothing is lost or skipped", () => {
    const wb = new MemoryWorkbook();
    wb.build(workbookDefinition({ course: "中級", industry: "製造業", forms: [] }));
    wb.set("TargetRecoveryDays", 45);
    wb.set("PreventionCostF", 12000);
    wb.set("Ins_Held2", 1);
    wb.set("Ins_Held3", 0);
    wb.set("Ins_SumBuilding", 30000);
    const report = wb.build(
      workbookDefinition({ course: "中級", industry: "製造業", forms: ["06", "09", "18"] })
    );
    expect(report.skipped).toEqual([]);
    expect(report.carried).toHaveLength(3); // 目標復旧時間, F, 保険金額 建物 (the flag is a fixed value)
    expect(wb.get("Form06_TargetValue")).toBe(45);
    expect(wb.get("Form06_TargetUnit")).toBe("日");
    expect(wb.number("TargetRecoveryDays")).toBe(45);
    expect(wb.number("PreventionCostF")).toBe(12000);
    expect(POLICY_TYPES.map((_, i) => wb.number(`Ins_Held${policyNumber(i)}`))).toEqual([
      0, 1, 0, 0,
    ]);
    expect(wb.number("Ins_SumBuilding")).toBe(30000);
    // building again changes nothing
    const again = wb.build(
      workbookDefinition({ course: "中級", industry: "製造業", forms: ["06", "09", "18"] })
    );
    expect(again.skipped).toEqual([]);
    expect(wb.number("TargetRecoveryDays")).toBe(45);
  });

  it("does not overwrite what the form already holds", () => {
    const wb = new MemoryWorkbook();
    wb.build(
      workbookDefinition({ course: "中級", industry: "製造業", forms: ["06"], formsOnly: true })
    );
    wb.set("Form06_TargetValue", 3);
    wb.set("Form06_TargetUnit", "週間");
    wb.build(workbookDefinition({ course: "中級", industry: "製造業", forms: [] }));
    wb.set("TargetRecoveryDays", 45);
    wb.set("Form06_Loss", 9000); // typed while the form stood alone
    const report = wb.build(
      workbookDefinition({ course: "中級", industry: "製造業", forms: ["06"] })
    );
    expect(report.skipped).toEqual([]);
    expect(wb.number("TargetRecoveryDays")).toBe(21);
    // and says which typed values gave way
    expect(report.dropped).toEqual([
      {
        cell: expect.stringMatching(/^中級_被害と復旧!E\d+$/),
        value: 45,
        keptIn: expect.stringMatching(/^様式06_中核事業!B\d+$/),
      },
      {
        cell: expect.stringMatching(/^様式06_中核事業!B\d+$/),
        value: 9000,
        keptIn: '=IF(CashflowWorseningB="","",CashflowWorseningB)',
      },
    ]);
  });
});

describe("a form shows what an earlier form holds", () => {
  it("様式07's 中核事業 is 様式06's, named beside it", () => {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["06", "07"],
      formsOnly: true,
    });
    const [cell] = cellNamed(def, "Form07_Business");
    expect(cell).toMatchObject({
      role: "formula",
      formula: 'IF(Form06_Business="","",Form06_Business)',
    });
    const form07 = def.sheets.find((s) => s.name === "様式07_影響度評価");
    const row = cell?.ref.slice(1);
    expect(form07?.cells.find((c) => c.ref === `C${row}`)?.value).toBe("様式06_中核事業 の値");
    const wb = new MemoryWorkbook();
    wb.build(def);
    wb.set("Form06_Business", "精密部品の製造");
    expect(wb.get("Form07_Business")).toBe("精密部品の製造");
  });
});
