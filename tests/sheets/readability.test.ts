/**
 * #17: printed text readable — 11 pt cells at a print scale that keeps them at 8 pt or more.
 * Columns are narrowed to fit the page at a readable scale (text wraps inside them) and the
 * summary's chart sits below its figures. The workbook's sheets still printed smaller are those
 * with a column per month or per item of an entity (the cash-flow table and the per-entity
 * forms), listed here so that no other sheet slips below; the copies print those as bands and
 * cards (tests/usecases/printCards.test.ts, printBands.test.ts).
 */
import { printLayout } from "../../src/sheets/print";
import { workbookDefinition } from "../../src/usecases/workbookChoice";

const FONT_POINTS = 11;
const STILL_WIDE = new Set([
  "中級_資金繰り",
  "様式11_主要組織",
  "様式12-2_従業員個別",
  "様式15_主要顧客",
  "様式17-2_供給者",
]);

describe("print scale and effective text size", () => {
  it.each(["ja", "en"] as const)(
    "every other sheet prints its text at 8 pt or more (%s)",
    (locale) => {
      const def = workbookDefinition({
        course: "上級",
        industry: "製造業",
        forms: ["all"],
        locale,
      });
      const small = def.sheets
        .filter((s) => !s.fitOnePage && !STILL_WIDE.has(s.name))
        .map((s) => ({ sheet: s.name, points: (printLayout(s).scale * FONT_POINTS) / 100 }))
        .filter((x) => x.points < 8);
      expect(small).toEqual([]);
    }
  );

  it("the summary's chart is printed, below the figures", () => {
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });
    const summary = def.sheets.find((s) => s.key === "summary");
    expect(summary?.chart?.anchor.startsWith("A")).toBe(true);
    expect((printLayout(summary as never).scale * FONT_POINTS) / 100).toBeGreaterThanOrEqual(8);
  });
});
