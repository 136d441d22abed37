/**
 * Every printed page says whose BCP it is, which sheet, the document's date and 「p / N」 — in the
 * .xlsx a company files or hands to a bank, as LibreOffice prints it, and in Excel's page layout.
 */
import { execFileSync } from "child_process";
import { readFileSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import type { ScenarioInput } from "../../src/model/scenario";
import { pageHeaderFooter } from "../../src/sheets/print";
import { exportDefinition } from "../../src/usecases/export";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { convert, pdfPages } from "../helpers/libreoffice";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

describe("page headers and footers", () => {
  it("the codes: company and date as text (an & doubled), the sheet's name and p / N as fields", () => {
    expect(pageHeaderFooter({ company: "A&B 商事", date: "令和8年12月1日" })).toEqual({
      leftHeader: "A&&B 商事",
      centerHeader: "&A",
      rightHeader: "令和8年12月1日",
      centerFooter: "&P / &N",
    });
  });

  it("on every page of the printed workbook: the company, the date in the workbook's style, p / N", async () => {
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });
    const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(example)));
    const out = exportDefinition(def, memory, {
      course: "中級",
      courseLabel: "中級コース・製造業",
      today: "2026-12-01",
      lender: false,
      dateStyle: "和暦",
    });
    const file = join(mkdtempSync(join(tmpdir(), "bcp-header-")), "course.xlsx");
    writeFileSync(file, await writeXlsx(out.def, { memory: out.memory }));
    const pdf = convert(file, "pdf");
    const pages = pdfPages(pdf);
    const perPage = Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
        encoding: "utf8",
      }).replace(/\s/g, "")
    );
    for (const text of perPage) {
      expect(text).toContain("株式会社サンプル精工");
      expect(text).toContain("令和8年12月1日");
    }
    // LibreOffice numbers pages sheet by sheet: each sheet starts again at 1
    expect(perPage.filter((t) => /1\/\d+/.test(t)).length).toBeGreaterThan(0);
    expect(perPage.every((t) => /\d+\/\d+/.test(t))).toBe(true);
  });
});

// #17: a continuation page opens with the column headers of the table it continues
describe("print titles", () => {
  it("the 係数 sheet's later pages repeat its table's header row, not the sheet's first title", async () => {
    const { courseWorkbook } = await import("../../src/sheets/course");
    const def = {
      sheets: courseWorkbook("中級", "製造業").sheets.filter((s) => s.key === "coefficients"),
    };
    expect(def.sheets).toHaveLength(1);
    const file = join(mkdtempSync(join(tmpdir(), "bcp-titles-")), "coefficients.xlsx");
    writeFileSync(file, await writeXlsx(def));
    const pdf = convert(file, "pdf");
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let p = 2; p <= pages; p++) {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"], {
        encoding: "utf8",
      });
      expect(text).toContain("既定値");
      expect(text).toContain("出典");
    }
  });
});
