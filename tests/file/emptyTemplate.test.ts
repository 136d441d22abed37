/**
 * An empty template is not a sea of errors: a figure whose inputs are missing (the functions
 * answer #N/A to a blank input, and every formula using it passes that on) prints blank — a
 * conditional format in the paper's colour, live in Excel and in the file — while the check names
 * what is missing. Bad input (#VALUE!) stays visible.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildInExcel } from "../../src/excel/build";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import { printDefinition } from "../../src/usecases/lenderDefinition";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { validateWorkbook } from "../../src/validation/rules";
import { asExcel } from "../helpers/excelFake";
import { FakeRequestContext } from "../helpers/fakeExcel";
import { convert } from "../helpers/libreoffice";

const def = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });

describe("an empty 中級 workbook", () => {
  it("has figures waiting for inputs (#N/A), and the check says which inputs", () => {
    const memory = evaluatedWorkbook(def, {});
    const waiting = memory.errors().filter((e) => e.error.error === "#N/A");
    expect(waiting.length).toBeGreaterThan(100);
    const check = validateWorkbook(def, memory, "2026-12-01");
    expect(
      check.findings.some((f) => f.rule === "required" && f.message.includes("建物構造"))
    ).toBe(true);
  });

  it("in the file: every cached error is #N/A, under a rule that prints it in white", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(def)) as unknown as ArrayBuffer);
    const errors: string[] = [];
    wb.eachSheet((ws) => {
      const rules = (
        ws as unknown as {
          conditionalFormattings: {
            ref: string;
            rules: { formulae?: string[]; style?: { font?: { color?: { argb?: string } } } }[];
          }[];
        }
      ).conditionalFormattings;
      const hiding = rules.find((r) => r.rules[0]?.formulae?.[0] === "ISNA(A1)");
      expect(hiding?.ref.startsWith("A1:")).toBe(true);
      expect(hiding?.rules[0]?.style?.font?.color?.argb).toBe("FFFFFFFF");
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const result = (cell.value as { result?: { error?: string } } | null)?.result;
          if (result?.error !== undefined && result.error !== "#N/A") errors.push(cell.address);
        })
      );
    });
    expect(errors).toEqual([]);
  });

  // the copy to print (values only) of a workbook still empty: LibreOffice shows no error value
  it("its copy to print shows no error value through LibreOffice", async () => {
    const memory = evaluatedWorkbook(def, {});
    const copy = printDefinition(def, memory);
    const file = join(mkdtempSync(join(tmpdir(), "bcp-empty-")), "empty.xlsx");
    writeFileSync(file, await writeXlsx(copy.def, { memory: copy.memory }));
    const text = execFileSync("pdftotext", [convert(file, "pdf"), "-"], { encoding: "utf8" });
    expect(text).not.toMatch(/#N\/A|#VALUE!|#NAME\?/);
    expect(text).toContain("資産の復旧費用"); // the sheets themselves are there
  });

  it("in Excel: each sheet gets the rule that shows #N/A in white", async () => {
    const ctx = new FakeRequestContext();
    await buildInExcel(asExcel(ctx), def);
    for (const sheet of def.sheets) {
      const a1 = ctx.model.sheet(sheet.name)?.cell("A1");
      expect(a1?.conditionals).toContainEqual({ formula: "=ISNA(A1)", font: "#FFFFFF" });
    }
  });
});
