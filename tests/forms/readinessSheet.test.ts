import { READINESS_CHECKLIST } from "../../src/forms/readinessChecklist";
import { readinessSheet } from "../../src/forms/readinessSheet";
import { tallyReadiness } from "../../src/model/checklists";
import { MemoryWorkbook } from "../../src/engine/memory";
import { loadIntoHyperFormula } from "../helpers/hyperformula";

function answered(yesCount: number) {
  const wb = new MemoryWorkbook();
  const def = { sheets: [readinessSheet()] };
  wb.build(def);
  const answers: string[] = [];
  READINESS_CHECKLIST.forEach((g, gi) =>
    g.questions.forEach((_, qi) => {
      const a = answers.length < yesCount ? "はい" : answers.length % 2 === 0 ? "いいえ" : "不明";
      answers.push(a);
      wb.set(`Readiness_Q${gi + 1}_${qi + 1}`, a);
    })
  );
  return { wb, def, answers };
}

describe("BCP取組状況チェック sheet (guideline §1.3)", () => {
  it("transcribes 20 questions in 5 groups of 4", () => {
    expect(READINESS_CHECKLIST.map((g) => g.group)).toEqual([
      "人的資源",
      "物的資源(モノ)",
      "物的資源(金)",
      "物的資源(情報)",
      "体制等",
    ]);
    expect(READINESS_CHECKLIST.every((g) => g.questions.length === 4)).toBe(true);
  });

  it.each([
    [5, "早急な取組が必要"],
    [6, "改善の余地が大きい"],
    [15, "改善の余地が大きい"],
    [16, "取組が進んでいる"],
  ])("%d はい → %s, tallied per group like the model", (count, verdict) => {
    const { wb, answers } = answered(count);
    expect(wb.number("Readiness_YesTotal")).toBe(count);
    expect(wb.get("Readiness_Verdict")).toBe(verdict);
    const model = tallyReadiness(answers);
    model.groups.forEach((g, i) => expect(wb.number(`Readiness_Yes${i + 1}`)).toBe(g.yes));
  });

  it("gives the same tally in HyperFormula", () => {
    const { def, answers } = answered(12);
    const inputs = Object.fromEntries(
      READINESS_CHECKLIST.flatMap((g, gi) =>
        g.questions.map((_, qi) => `Readiness_Q${gi + 1}_${qi + 1}`)
      ).map((n, i) => [n, answers[i] as string])
    );
    const hf = loadIntoHyperFormula(def, inputs);
    expect(hf.get("Readiness_YesTotal")).toBe(12);
    expect(hf.get("Readiness_Verdict")).toBe("改善の余地が大きい");
  });
});

describe("the English readiness sheet", () => {
  it.each([
    [5, "Act now"],
    [6, "Much room for improvement"],
    [15, "Much room for improvement"],
    [16, "Well advanced"],
  ])("%d Yes → %s", (count, verdict) => {
    const wb = new MemoryWorkbook();
    wb.build({ sheets: [readinessSheet(undefined, "en")] });
    let n = 0;
    READINESS_CHECKLIST.forEach((g, gi) =>
      g.questions.forEach((_, qi) => {
        wb.set(`Readiness_Q${gi + 1}_${qi + 1}`, n < count ? "Yes" : "No");
        n += 1;
      })
    );
    expect(wb.number("Readiness_YesTotal")).toBe(count);
    expect(wb.get("Readiness_Verdict")).toBe(verdict);
  });
});
