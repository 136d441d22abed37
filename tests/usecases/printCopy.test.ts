/**
 * The BCP to print and file (--print, 印刷・保管用コピー): every sheet of the workbook, the personal
 * forms included, as values — no formulas, no input colours or lists, no input legend — and
 * without the 検証結果, which is a working aid; LibreOffice prints it as it is.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { mainAsync } from "../../src/cli/main";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import type { ScenarioInput } from "../../src/model/scenario";
import { exportDefinition } from "../../src/usecases/export";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { VALIDATION_SHEET } from "../../src/validation/sheet";
import { convert } from "../helpers/libreoffice";

const EXAMPLE = join(__dirname, "../../examples/scenario-manufacturing.json");
const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as ScenarioInput;

describe("the copy to print and file", () => {
  const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["01", "02", "04"] });
  const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(example)));
  const copy = exportDefinition(def, memory, {
    course: "中級",
    courseLabel: "中級コース・製造業",
    today: "2026-12-01",
    lender: false,
    print: true,
  });
  let wb: ExcelJS.Workbook;
  let file: string;

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), "bcp-print-")), "bcp.xlsx");
    writeFileSync(file, await writeXlsx(copy.def, { memory: copy.memory }));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it("holds every sheet of the workbook, the employees' card too, and no 検証結果", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(def.sheets.map((s) => s.name));
    expect(wb.worksheets.map((w) => w.name)).not.toContain(VALIDATION_SHEET);
  });

  it("is values only, without input colours, lists or the input legend", () => {
    const found: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
          if (cell.formula) found.push(`formula ${ws.name}!${cell.address}`);
          if (fill?.fgColor?.argb === "FFFFF2CC")
            found.push(`input colour ${ws.name}!${cell.address}`);
          if (cell.dataValidation?.type) found.push(`list ${ws.name}!${cell.address}`);
          if (String(cell.value ?? "").includes("黄色のセル")) found.push(`legend ${ws.name}`);
        })
      )
    );
    expect(found).toEqual([]);
    expect(copy.memory.number("RecoveryTotalC")).toBeCloseTo(memory.number("RecoveryTotalC"), 6);
  });

  it("leaves out what guides the filling in: the 要求度 and purpose lines, where a figure comes from", () => {
    const texts = (sheets: { cells: { value?: unknown }[] }[]) =>
      sheets.flatMap((s) => s.cells.map((c) => String(c.value ?? "")));
    const inWorkbook = texts(def.sheets);
    expect(inWorkbook.some((t) => t.startsWith("要求度："))).toBe(true);
    expect(inWorkbook).toContain("サマリー の値");
    const inCopy = texts(copy.def.sheets);
    expect(inCopy.some((t) => t.startsWith("要求度："))).toBe(false);
    expect(inCopy).not.toContain("サマリー の値");
    // the form's own fields and the company stay
    expect(inCopy).toContain("株式会社サンプル精工");
  });

  it("prints through LibreOffice with the company on the pages and none of the workbook's aids", () => {
    const text = execFileSync("pdftotext", [convert(file, "pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("株式会社サンプル精工");
    expect(text).not.toContain("黄色のセル");
    expect(text).not.toContain("検証結果（入力の完全性と整合性の点検）");
  });
});

describe("bcp-calc workbook --print", () => {
  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await mainAsync(["workbook", ...args], {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
    });
    return { code, text: lines.join("\n") };
  };

  it("writes the copy to print and file", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "bcp-print-cli-")), "bcp.xlsx");
    const { code, text } = await run("--input", EXAMPLE, "--print", "--out", out);
    expect(code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({ print: true, lender: false });
    expect(JSON.parse(text).sheets).not.toContain(VALIDATION_SHEET);
  });

  it("refuses --print with --lender, in Japanese, exit code 2", async () => {
    const { code, text } = await run("--print", "--lender", "--out", "/tmp/never.xlsx");
    expect(code).toBe(2);
    expect(text).toContain("--lender と --print は一緒に使えません");
  });
});
