/**
 * The check says what is there and what is not: no all-clear without sheets, only typed inputs
 * count as filled, verdicts wait for their inputs, parts left out on purpose are not errors,
 * findings name their field, the diagnosis comes before the forms, and the bank's copy says when
 * it is unfinished (and is not made of an empty workbook).
 */
import { MemoryHost } from "../../src/engine/memoryHost";
import { MemoryWorkbook } from "../../src/engine/memory";
import { ModelError } from "../../src/model/errors";
import { checkDefinition } from "../../src/usecases/check";
import { exportDefinition } from "../../src/usecases/export";
import { makeLenderCopy } from "../../src/usecases/lenderCopy";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import {
  type WorkbookChoice,
  workbookDefinition,
  workbookLayout,
} from "../../src/usecases/workbookChoice";
import { validateWorkbook } from "../../src/validation/rules";
import { LENDER_SUMMARY_SHEET } from "../../src/sheets/lenderSummary";
import { example } from "../helpers/excelFake";

const TODAY = "2026-12-02";
const COURSE: WorkbookChoice = { course: "中級", industry: "製造業", forms: [] };

function built(choice: WorkbookChoice, filled: boolean) {
  const def = workbookDefinition(choice);
  const memory = new MemoryWorkbook();
  memory.build(def);
  if (filled) memory.fill(inputsFor(def, scenarioInputs(example)));
  return { def, memory };
}

describe("the check of a workbook without the diagnosis", () => {
  it("says there are no sheets instead of an all-clear", async () => {
    const { result } = await checkDefinition(new MemoryHost(), workbookLayout(COURSE), TODAY);
    expect(result.status).toBe("エラーあり");
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "no-sheets", severity: "エラー" }),
    ]);
    expect(result.findings[0]?.message).toContain("財務診断のシートがありません");
  });

  it("counts only what was typed as filled, and the defaults as defaults", () => {
    const { def, memory } = built(COURSE, false);
    const result = validateWorkbook(def, memory, TODAY);
    expect(result.requiredFilled).toBe(0);
    expect(result.requiredTotal).toBe(9);
    expect(result.defaultsKept).toBeGreaterThan(100);
    expect(result.status).toBe("エラーあり");
  });
});

describe("verdicts and optional parts", () => {
  it("a verdict whose input is missing says 未入力, not a judgement", () => {
    const { memory } = built(COURSE, true);
    memory.set("Cash", 0);
    memory.set("Sales", null);
    expect(memory.get("CashHoldingVerdict")).toMatch(/^未入力/);
    memory.set("Cash", null);
    expect(memory.get("FundingVerdict")).toBe("未入力（現金・預金）");
  });

  it("no 事前対策 plan, a rented building and no insurance are not errors", () => {
    const { def, memory } = built(COURSE, true);
    memory.set("PreventionCostF", null);
    memory.set("PreventionLoanG", null);
    memory.set("BuildingOwned", 0);
    memory.set("Asset_Building", null);
    for (let i = 1; i <= 4; i++) memory.set(`Ins_Held${i}` as "Ins_Held1", 0);
    const result = validateWorkbook(def, memory, TODAY);
    expect(result.findings.filter((f) => f.severity === "エラー")).toEqual([]);
    expect(memory.get("PreventionVerdict")).toBe("事前対策の計画なし");
    expect(result.findings.find((f) => f.rule === "insurance")?.severity).toBe("情報");
  });
});

describe("findings", () => {
  it("name the field by its label (a table's by column and line), the diagnosis's first", () => {
    const choice: WorkbookChoice = { ...COURSE, forms: ["all"] };
    const { def, memory } = built(choice, true);
    memory.set("Sales", null);
    const result = validateWorkbook(def, memory, TODAY);
    for (const f of result.findings) expect(f.message).not.toMatch(/「[A-Z]{1,3}\d+」/);
    expect(result.findings[0]).toMatchObject({ rule: "required", sheet: "中級_損益" });
    const isForm = (sheet: string) =>
      def.sheets.find((x) => x.name === sheet)?.key.startsWith("forms.") === true;
    const formFirst = result.findings.findIndex((f) => isForm(f.sheet));
    const modelLast = result.findings.map((f) => !isForm(f.sheet)).lastIndexOf(true);
    expect(modelLast).toBeLessThan(formFirst);
    // a required first line of a table: its column's header and the line
    expect(result.findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/（1行目）」が空欄です/)])
    );
  });
});

describe("the bank's copy", () => {
  it("of an unfinished diagnosis says 未完成 on its summary", () => {
    const { def, memory } = built(COURSE, true);
    memory.set("ExistingRepayment", null);
    const { def: copy } = exportDefinition(def, memory, {
      course: "中級",
      courseLabel: "中級コース・製造業",
      today: TODAY,
      lender: true,
    });
    const summary = copy.sheets.find((s) => s.name === LENDER_SUMMARY_SHEET);
    const texts = summary?.cells.map((c) => c.value) ?? [];
    expect(texts).toContain("【未完成】BCP 財務診断 金融機関提出用サマリー");
    expect(
      texts.some((t) => typeof t === "string" && t.startsWith("未完成：点検でエラーが 1件"))
    ).toBe(true);
  });

  it("of an empty workbook is refused with a message", async () => {
    const host = new MemoryHost();
    await host.build(workbookLayout(COURSE));
    const refused = await makeLenderCopy(host, COURSE, TODAY).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ModelError);
    expect((refused as ModelError).message).toContain("金融機関提出用コピーは作れません");
  });
});
