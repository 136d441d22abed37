/**
 * --lang en: the course sheets' own texts in English — titles, headers, labels, notes and units —
 * for every course and industry; sheet names, input codes and the texts formulas give stay as the
 * workbook needs them. The figures are the same whatever the language.
 */
import { COURSES, courseWorkbook } from "../../src/sheets/course";
import { INDUSTRIES } from "../../src/model/industries";
import { evaluatedWorkbook } from "../../src/file/xlsx";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { EXAMPLE } from "../helpers/books";

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const TEXT_ROLES = new Set(["title", "unit", "header", "label", "note"]);

describe("the course sheets in English", () => {
  it.each(COURSES.flatMap((c) => INDUSTRIES.map((i) => [c, i] as const)))(
    "%s %s: no Japanese left in the sheets' own texts",
    (course, industry) => {
      const left = courseWorkbook(course, industry, "en").sheets.flatMap((s) =>
        s.cells
          .filter((c) => TEXT_ROLES.has(c.role) && typeof c.value === "string")
          .filter((c) => JAPANESE.test(c.value as string))
          .map((c) => `${s.name}!${c.ref} ${String(c.value)}`)
      );
      expect(left).toEqual([]);
    }
  );

  it("keeps the sheet names, the names and the figures of the Japanese workbook", () => {
    const ja = courseWorkbook("上級", "製造業");
    const en = courseWorkbook("上級", "製造業", "en");
    expect(en.sheets.map((s) => s.name)).toEqual(ja.sheets.map((s) => s.name));
    const named = (def: typeof ja) =>
      def.sheets.flatMap((s) => s.cells.flatMap((c) => (c.name === undefined ? [] : [c.name])));
    expect(named(en)).toEqual(named(ja));
    const figures = (def: typeof ja) => {
      const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(EXAMPLE)));
      return ["RecoveryTotalC", "BorrowingNeedE", "PeakShortage", "ReopenDays"].map((n) =>
        memory.number(n as never)
      );
    };
    expect(figures(en)).toEqual(figures(ja));
  });

  it("writes the sheets in English sentences, not word by word", () => {
    const texts = courseWorkbook("中級", "製造業", "en").sheets.flatMap((s) =>
      s.cells.map((c) => c.value)
    );
    expect(texts).toContain("Ref. Table 1-24 Recovery cost total (C)");
    expect(texts).toContain("Cash-flow worsening (B)");
    expect(texts).toContain("Month 24");
  });

  it("gives its verdicts in English, and the same codes to the functions and comparisons", async () => {
    const def = courseWorkbook("中級", "製造業", "en");
    const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(EXAMPLE)));
    const verdicts = def.sheets
      .filter((s) => s.name === "中級_資金調達" || s.name === "サマリー")
      .flatMap((s) =>
        s.cells
          .filter((c) => c.formula !== undefined && c.format === "text")
          .map((c) => memory.value(s.name, c.ref))
      )
      .filter((v): v is string => typeof v === "string" && v !== "");
    expect(verdicts).toEqual(expect.arrayContaining(["Borrowing needed (C > D1)"]));
    expect(verdicts.some((v) => /months after the disaster/.test(v))).toBe(true);
    // a code the BCP functions take is not translated: the insurance still evaluates
    const ja = courseWorkbook("中級", "製造業");
    const jaMemory = evaluatedWorkbook(ja, inputsFor(ja, scenarioInputs(EXAMPLE)));
    for (const name of ["InsurancePayoutTotal", "RecoveryTotalC", "PeakMonth"] as const)
      if (memory.has(name as never))
        expect(memory.get(name as never)).toEqual(jaMemory.get(name as never));
  });

  it("counts days in English", () => {
    const formats = (language?: "en") =>
      courseWorkbook("中級", "製造業", language).sheets.flatMap((s) =>
        s.cells.map((c) => c.format)
      );
    expect(formats()).toContain("days");
    expect(formats("en")).not.toContain("days");
    expect(formats("en")).toContain("daysEn");
  });
});
