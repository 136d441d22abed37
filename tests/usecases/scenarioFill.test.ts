/**
 * A scenario file fills every course, not only 中級: the 基本 course's own estimate, the 上級
 * hazard matrix (表 参考.2-1) and departments (参考.3 (1)(2)); and the count reported is the number
 * of cells actually typed.
 */
import { mkdtempSync } from "fs";
import { readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { mainAsync } from "../../src/cli/main";
import { MemoryWorkbook } from "../../src/engine/memory";
import { ASSET_CLASSES } from "../../src/model/damage";
import { INDUSTRIES } from "../../src/model/industries";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { scenarioFromJson } from "../../src/model/scenarioFile";
import { RECOVERY_TABLES } from "../../src/sheets/recoveryTables";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { validateWorkbook } from "../../src/validation/rules";

const EXAMPLE_FILE = join(__dirname, "../../examples/scenario-manufacturing.json");
const example = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as ScenarioInput;
const model = evaluateScenario(example);

function filled(course: "基本" | "上級") {
  const def = workbookDefinition({ course, industry: "製造業", forms: [] });
  const wb = new MemoryWorkbook();
  wb.build(def);
  const typed = wb.fill(inputsFor(def, scenarioInputs(example)));
  return { def, wb, typed };
}

describe("表 参考.1-1 … 1-3 rows and the 中級 asset classes", () => {
  it.each(INDUSTRIES)("%s: for either 損害の程度 every class feeds exactly one row", (industry) => {
    for (const severity of ["全壊", "半壊"]) {
      const classes = RECOVERY_TABLES[industry].rows
        .filter((r) => r.severity === null || r.severity === severity)
        .flatMap((r) => r.classes);
      expect([...classes].sort()).toEqual([...ASSET_CLASSES].sort());
    }
  });
});

describe("the 基本 course filled from the example", () => {
  const { def, wb, typed } = filled("基本");

  it("tells the same story as the model: A, the longest recovery (N), B, C and D1", () => {
    expect(wb.get("Basic_Severity")).toBe("半壊"); // 6強 on the example's building: 半壊
    expect(wb.number("Basic_AssetsA")).toBeCloseTo(model.A, 6);
    expect(wb.number("Basic_LongestDays")).toBe(model.N);
    expect(wb.number("Basic_InterruptionB")).toBeCloseTo(model.B, 6);
    expect(wb.number("Basic_RecoveryC")).toBeCloseTo(model.C, 6);
    expect(wb.number("Basic_HandFundsD1")).toBe(model.D1);
    expect(wb.get("Basic_Hazard")).toBe("6強");
  });

  it("leaves no required cell empty, and counts the cells it typed", () => {
    const check = validateWorkbook(def, wb, "2026-12-01");
    expect(check.requiredFilled).toBe(check.requiredTotal);
    // 会社名, 診断日, 程度, 4 rows × (days, cost) of 半壊 less inventory's days, 3 P/L figures,
    // 4 policies, 3 sums, 新価/時価, 利益保険 (limit, months), hazard, 4 funds
    expect(typed).toBe(2 + 1 + 7 + 3 + 4 + 3 + 1 + 2 + 1 + 4);
  });

  it("the 利益保険 (表 参考.2-2) pays nothing for the earthquake: all of B stays uninsured", () => {
    expect(wb.number("Basic_ProfitInsurance")).toBe(0);
    expect(wb.number("Basic_UninsuredB")).toBeCloseTo(model.insurance.profit.uninsuredB, 6);
  });
});

describe("the 上級 course filled from the example", () => {
  const { wb } = filled("上級");

  it("rates the hazard matrix as the model does (表 参考.2-1)", () => {
    const quake = model.advanced.hazardMatrix?.find((h) => h.name === "地震");
    expect(quake?.score).toBe(6); // 中 2 × 大 3
    expect(wb.number("HazardScore_4")).toBe(quake?.score);
    expect(wb.get("HazardDecision_4")).toBe(quake?.decision);
    expect(wb.number("HazardScore_1")).toBe(0); // 落雷 not rated
  });

  it("gives the departments' C① + C② + C③ of the model (表 参考.3-1)", () => {
    const total = model.advanced.departments?.recoveryTotal ?? NaN;
    expect(wb.number("DeptTotal_RecoveryC")).toBeCloseTo(total, 6);
    expect(wb.number("Dept1_WorseningB")).toBeCloseTo(
      model.advanced.departments?.departments[0]?.cashflowWorsening ?? NaN,
      6
    );
  });
});

describe("departments the workbook cannot hold are refused by the scenario too", () => {
  const given = example.advanced?.departments;
  const line = given?.departments[0];
  const withLines = (departments: unknown[]) =>
    scenarioFromJson({ ...example, advanced: { departments: { ...given, departments } } });

  it("a fourth department", () => {
    expect(() => withLines([line, line, line, line])).toThrow("3つまで");
  });

  it("a third department that is not suspended and has a recovery cost", () => {
    expect(() => withLines([line, line, line])).toThrow("その他事業（休止）");
    expect(() => withLines([line, line, { ...line, suspended: true }])).not.toThrow();
  });
});

describe("bcp-calc workbook --input", () => {
  it("reports the cells it filled, not the names it had", async () => {
    const lines: string[] = [];
    const out = join(mkdtempSync(join(tmpdir(), "bcp-fill-")), "basic.xlsx");
    const code = await mainAsync(
      ["workbook", "--course", "基本", "--input", EXAMPLE_FILE, "--out", out],
      { out: (t) => lines.push(t), err: (t) => lines.push(t) }
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines.join("\n")).inputsFilled).toBe(filled("基本").typed);
  });
});
