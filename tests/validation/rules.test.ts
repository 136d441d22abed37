import { readFileSync } from "fs";
import { join } from "path";
import type { ScenarioInput } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { validateWorkbook } from "../../src/validation/rules";
import { MemoryWorkbook } from "../../src/engine/memory";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { typeEach } from "../helpers/inputs";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
const TODAY = "2026-11-22";

function workbook(input: ScenarioInput = example, course: "中級" | "上級" = "中級") {
  const def = courseWorkbook(course, input.statements?.industry ?? "製造業");
  const wb = new MemoryWorkbook();
  wb.build(def);
  typeEach(wb, inputsFor(def, scenarioInputs(input)));
  return { def, wb };
}

function check(wb: MemoryWorkbook, def = courseWorkbook("中級", "製造業")) {
  return validateWorkbook(def, wb, TODAY);
}

function where(name: string, wb: MemoryWorkbook) {
  return wb.names.get(name);
}

describe("a complete example", () => {
  it("has no error; its warnings are the example's real weaknesses", () => {
    const { def, wb } = workbook();
    const result = validateWorkbook(def, wb, TODAY);
    expect(result.findings.filter((f) => f.severity === "エラー")).toEqual([]);
    expect(result.requiredFilled).toBe(result.requiredTotal);
    // the example's funding plan runs dry in its first year: a weakness the bank should see
    expect(result.findings.map((f) => f.rule).sort()).toEqual([
      "funding-runs-dry",
      "insurance",
      "target",
    ]);
    expect(result.status).toBe("警告あり");
  });
});

describe("the cash-flow tables against their sources", () => {
  it("a funding plan that runs dry: the month and the amount, in the check and on the summary", () => {
    const { def, wb } = workbook();
    const f = check(wb, def).findings.find((x) => x.rule === "funding-runs-dry");
    const month = wb.number("FundingPlanShortageMonth");
    const shortage = wb.number("FundingPlanShortage");
    expect(month).toBeGreaterThan(0);
    expect(f).toMatchObject({ severity: "警告", ...where("FundingPlanShortage", wb) });
    expect(f?.message).toContain(
      `${month}ヶ月目に △${Math.round(shortage).toLocaleString("ja-JP")} 千円まで不足します`
    );
    const summary = wb.sheets.get("サマリー") as Map<string, unknown>;
    const line = [...summary.keys()].find(
      (ref) => wb.value("サマリー", ref) === "資金調達後の最大不足額"
    );
    const row = line?.slice(1);
    expect(wb.value("サマリー", `B${row}`)).toBeCloseTo(shortage, 6);
    expect(wb.value("サマリー", `D${row}`)).toBe(`${month}ヶ月目に不足（資金計画の見直しが必要）`);
  });

  it("a recovery schedule that does not add up to A", () => {
    const { def, wb } = workbook();
    const a = wb.number("AssetRecoveryA");
    wb.set("CF_RecoveryCosts", [50, 0]);
    const f = check(wb, def).findings.find((x) => x.rule === "recovery-schedule");
    expect(f?.message).toContain(
      `（50 千円）が資産の復旧費用 (A)（${Math.round(a).toLocaleString("ja-JP")} 千円）と合いません`
    );
  });

  it("the first-month table is month 1 of the monthly table, lags and all", () => {
    const { def, wb } = workbook();
    wb.set("CollectionLagMonths", 1);
    wb.set("CF_Funding_insurance", [20000]);
    expect(wb.number("FirstMonthBalance")).toBeCloseTo(
      wb.value("中級_資金繰り", where("CF_Balances", wb)?.ref.split(":")[0] ?? "") as number,
      6
    );
    expect(check(wb, def).findings.find((x) => x.rule === "first-month")).toBeUndefined();
    // a 旬 rate typed apart from month 1's: the check says the two no longer agree
    wb.set("FM_Rates", [0.5, 0.5, 0.5]);
    expect(check(wb, def).findings.find((x) => x.rule === "first-month")).toMatchObject({
      severity: "警告",
      ...where("FirstMonthBalance", wb),
    });
  });
});

describe("each rule on a deliberately broken workbook", () => {
  it("an empty required input: エラー at its cell, with progress", () => {
    const { def, wb } = workbook();
    wb.set("Sales", null);
    const r = check(wb, def);
    const f = r.findings.find((x) => x.rule === "required");
    expect(f).toMatchObject({ severity: "エラー", ...where("Sales", wb) });
    expect(f?.message).toBe("必須の入力「売上高」が空欄です。値を入力してください。");
    expect(r.requiredFilled).toBe(r.requiredTotal - 1);
  });

  it("text in an amount cell, a negative amount, a code outside its list, a rate above 100 %", () => {
    const { def, wb } = workbook();
    wb.set("Asset_Machinery", "十五万");
    wb.set("Asset_Tools", -20);
    wb.set("BuildingStructure", 7);
    wb.set("CM_ToolsFixed", 1.5);
    const found = check(wb, def).findings.filter((f) => f.rule === "range");
    const message = (name: string) => found.find((f) => f.ref === where(name, wb)?.ref)?.message;
    expect(found).toHaveLength(4);
    expect(message("Asset_Machinery")).toContain("数値以外（「十五万」）");
    expect(message("Asset_Tools")).toContain("マイナス");
    expect(message("BuildingStructure")).toContain("1、2、3、4から選んでください");
    expect(message("CM_ToolsFixed")).toContain("0%〜100%");
  });

  it("a 診断日 in the future", () => {
    const { def, wb } = workbook();
    wb.set("DiagnosisDate", "2027-01-05");
    expect(check(wb, def).findings.find((f) => f.rule === "date")?.message).toContain("今日より後");
    wb.set("DiagnosisDate", "来月");
    expect(check(wb, def).findings.find((f) => f.rule === "date")?.message).toContain(
      "日付として読めません"
    );
  });

  it("totals of the 決算書 that the breakdowns do not add up to (tolerance 1 千円)", () => {
    const { def, wb } = workbook();
    const cogs = wb.number("PL_CostOfSales");
    wb.set("Reported_CostOfSales", cogs + 0.8); // within tolerance
    wb.set("Reported_SGA", wb.number("SGA_Total") + 500);
    wb.set("Reported_COGM", wb.number("MfgCOGM") - 2);
    wb.set("Reported_Depreciation", 16000 + 3000); // the example's 製造原価 and 販管費 depreciation: matches
    const found = check(wb, def).findings.filter((f) => f.rule === "reconciliation");
    expect(found.map((f) => f.ref)).toEqual([
      where("Reported_COGM", wb)?.ref,
      where("Reported_SGA", wb)?.ref,
    ]);
    expect(found[1]?.message).toContain("一般管理費および販売費 計");
  });

  it("plausibility: cash under a month of sales, E above e, no borrowing planned, a changed coefficient", () => {
    const { def, wb } = workbook({
      ...example,
      cashflow: { ...example.cashflow, funding: { cashDrawdown: [45000] } },
    });
    wb.set("Cash", 1000);
    wb.set("ExistingRepayment", 40000);
    wb.set("RepaymentYears", 5);
    const rules = check(wb, def).findings.map((f) => `${f.severity}:${f.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "警告:cash",
        "警告:repayment",
        "警告:funding-plan",
        "情報:coefficient",
      ])
    );
  });

  // 中級 参考.4, line 7187: a loan for the countermeasures needs the repayment source and the
  // collateral checked
  it("a prevention loan G: e against E + G, and the collateral limit against E + G", () => {
    const { def, wb } = workbook();
    expect(check(wb, def).findings.map((f) => f.rule)).not.toContain("repayment");
    const E = wb.number("BorrowingNeedE");
    const e = wb.number("BorrowingCapacityE");
    wb.set("PreventionLoanG", 200_000);
    expect(wb.number("TotalBorrowingEG")).toBeCloseTo(E + 200_000, 6);
    expect(wb.get("RepaymentVerdict")).toBe("全額の返済は困難（e < E + G）");
    expect(wb.number("RepaymentShortfall")).toBeCloseTo(E + 200_000 - e, 6);
    expect(wb.get("CollateralVerdict")).toBe("担保の上限を超える（上限 < E + G）");
    const findings = check(wb, def).findings;
    expect(findings.find((f) => f.rule === "repayment")?.message).toContain("(E + G)");
    expect(findings.find((f) => f.rule === "collateral")).toMatchObject({
      severity: "警告",
      ...where("CollateralLimit", wb),
    });
  });

  it("no funding-plan warning once new borrowing is scheduled (the example borrows in month 2)", () => {
    const { def, wb } = workbook();
    expect(check(wb, def).findings.map((f) => f.rule)).not.toContain("funding-plan");
  });

  it("insurance that does not cover the hazard", () => {
    const { def, wb } = workbook({ ...example, hazard: "床上浸水" });
    const f = check(wb, def).findings.find((x) => x.rule === "insurance");
    expect(f).toMatchObject({ severity: "警告", ...where("InsuranceStatus", wb) });
  });

  it("a headline figure that cannot be calculated", () => {
    const { def, wb } = workbook();
    wb.set("Hazard", "台風");
    const found = check(wb, def).findings;
    expect(
      found.find((f) => f.rule === "range" && f.ref === where("Hazard", wb)?.ref)
    ).toBeDefined();
    expect(found.filter((f) => f.rule === "formula").length).toBeGreaterThan(0);
  });
});

describe("the 様式 alongside the course", () => {
  function withForms() {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["07", "09", "18"],
    });
    const wb = new MemoryWorkbook();
    wb.build(def);
    typeEach(wb, inputsFor(def, scenarioInputs(example)));
    return { def, wb };
  }

  it("required form fields are listed but do not hold back the model's plausibility checks", () => {
    const { def, wb } = withForms();
    const result = validateWorkbook(def, wb, TODAY);
    const form18 = result.findings.filter(
      (f) => f.sheet === "様式18_保険" && f.rule === "required"
    );
    expect(form18.map((f) => f.message)).toContain(
      "必須の入力「保険代理店名」が空欄です。値を入力してください。"
    );
    // the example misses its 目標復旧時間 by some days: the plausibility warning is still there
    expect(result.findings.some((f) => /目標復旧時間を/.test(f.message))).toBe(true);
  });

  it("warns about form lines that cannot reach the diagnosis", () => {
    const { def, wb } = withForms();
    wb.set("Form09_Plan_Do", ["✓", null, "✓"]);
    wb.set("Form09_Plan_Funds", [5, null, null]);
    wb.set("Form07_Resources_Criticality", [3]);
    const lines = validateWorkbook(def, wb, TODAY).findings.filter((f) => f.rule === "form-line");
    const form09 = wb.names.get("Form09_Plan_Funds")?.ref.split(":")[0] as string;
    const third = `E${Number(form09.slice(1)) + 2}`;
    expect(lines.map((f) => `${f.sheet}!${f.ref}`)).toEqual([
      `様式09_投資計画!${third}`,
      expect.stringMatching(/^様式07_影響度評価!C\d+$/),
    ]);
    expect(lines[0]?.severity).toBe("警告");
  });
});

describe("the cover's dates", () => {
  const serial = (iso: string) =>
    (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  function cover(written: unknown, revised?: unknown) {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01"],
      formsOnly: true,
    });
    const wb = new MemoryWorkbook();
    wb.build(def);
    wb.set("Form01_Written", written as number);
    if (revised !== undefined) wb.set("Form01_Revised", revised as number);
    return validateWorkbook(def, wb, TODAY).findings.filter((f) => f.rule === "date");
  }

  it("accepts a past date and a later revision", () => {
    expect(cover(serial("2026-04-01"), serial("2026-10-01"))).toEqual([]);
  });

  it("refuses text, a future date, and warns of a revision before the writing", () => {
    expect(cover("令和8年")[0]?.message).toBe(
      "作成日「令和8年」を日付として読めません。日付で入力してください。"
    );
    expect(cover(serial("2027-01-01"))[0]?.message).toBe("作成日（2027-01-01）が今日より後です。");
    const early = cover(serial("2026-04-01"), serial("2026-03-01"));
    expect(early.map((f) => [f.severity, f.message])).toEqual([
      ["警告", "改訂日（2026-03-01）が作成日（2026-04-01）より前です。"],
    ]);
  });
});
