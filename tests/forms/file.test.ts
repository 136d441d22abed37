/**
 * The forms in a written .xlsx: Excel tables, protection, the lender copy, and LibreOffice
 * opening them without the add-in (recalculated, printed).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { EXAMPLE } from "../../src/preview/previewWorkbook";
import { pagesOf } from "../../src/sheets/print";
import type { WorkbookDef } from "../../src/sheets/types";
import { exportDefinition } from "../../src/usecases/export";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { convert, pdfPages } from "../helpers/libreoffice";

jest.setTimeout(1_200_000);

const dir = mkdtempSync(join(tmpdir(), "bcp-forms-"));

/** Writes the exported workbook; returns the file and the definition written (with 検証結果). */
async function written(
  def: WorkbookDef,
  inputs = {},
  lender = false
): Promise<{ file: string; def: WorkbookDef }> {
  const memory = evaluatedWorkbook(def, inputs);
  const { def: out } = exportDefinition(def, memory, {
    course: "中級",
    courseLabel: "中級コース・製造業",
    today: "2026-11-22",
    lender,
  });
  const file = join(dir, `${lender ? "lender" : "book"}-${def.sheets.length}.xlsx`);
  writeFileSync(file, await writeXlsx(out, { inputs: lender ? {} : inputs }));
  return { file, def: out };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function protectedSheet(ws: ExcelJS.Worksheet): boolean {
  return (
    (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true
  );
}

const all = workbookDefinition({ course: "中級", industry: "製造業", forms: ["all"] });
const inputs = inputsFor(all, scenarioInputs(EXAMPLE));

describe("the course with every form, as a file", () => {
  let file: string;
  let def: WorkbookDef;
  beforeAll(async () => {
    ({ file, def } = await written(all, inputs));
  });

  it("marks the per-entry forms as Excel tables and leaves those sheets unprotected", async () => {
    const wb = await open(file);
    const contacts = wb.getWorksheet("様式11_主要組織") as ExcelJS.Worksheet;
    const tables = contacts.getTables() as unknown as { table?: { name: string }; name?: string }[];
    const names = tables.map((t) => t.table?.name ?? t.name);
    expect(names).toEqual(["Form11_Orgs"]);
    expect(protectedSheet(contacts)).toBe(false);
    expect(protectedSheet(wb.getWorksheet("中級_被害と復旧") as ExcelJS.Worksheet)).toBe(true);
  });

  it("its lender copy recalculated by LibreOffice: no error in any form, the shared figures as the model gives them", async () => {
    const recalculated = await open(convert((await written(all, inputs, true)).file, "xlsx"));
    const errors: string[] = [];
    recalculated.eachSheet((ws) => {
      if (!/^(様式|入門|チェック)/.test(ws.name)) return;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { error?: string; result?: { error?: string } } | null;
          if (v !== null && typeof v === "object" && ("error" in v || v.result?.error))
            errors.push(`${ws.name}!${cell.address}`);
        })
      );
    });
    expect(errors).toEqual([]);
    const value = (name: string) => {
      const [sheet, ref] = (recalculated.definedNames.getRanges(name).ranges[0] as string).split(
        "!"
      ) as [string, string];
      const v = recalculated
        .getWorksheet(sheet.replace(/^'|'$/g, ""))
        ?.getCell(ref.replace(/\$/g, "")).value;
      return typeof v === "object" && v !== null && "result" in v ? v.result : v;
    };
    expect(value("TargetRecoveryDays")).toBe(EXAMPLE.targetRecoveryDays);
    expect(value("Form06_TargetDays")).toBe(EXAMPLE.targetRecoveryDays);
    expect(value("PreventionCostF")).toBe(EXAMPLE.prevention?.cost);
  });

  it("prints on as many pages as the 目次 counts (plus the 検証結果 sheet at the end)", () => {
    expect(def.sheets.length).toBe(all.sheets.length + 1);
    const expected = def.sheets.reduce((n, s) => n + pagesOf(s), 0);
    expect(pdfPages(convert(file, "pdf"))).toBe(expected);
  });
});

describe("the lender copy with forms", () => {
  it("leaves out the sheets with employees' private contacts", async () => {
    const wb = await open((await written(all, inputs, true)).file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain("様式06_中核事業");
    expect(names).toContain("様式18_保険");
    for (const personal of [
      "様式04_携帯カード",
      "様式12-1_従業員一覧",
      "様式12-2_従業員個別",
      "様式12-3_従業員基本",
    ])
      expect(names).not.toContain(personal);
  });
});

describe("dates in 和暦", () => {
  it("the cover prints the date in the current era", async () => {
    const cover = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01"],
      formsOnly: true,
      dateStyle: "和暦",
    });
    const serial = (Date.UTC(2026, 10, 22) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const file = join(dir, "cover.xlsx");
    writeFileSync(file, await writeXlsx(cover, { inputs: { Form01_Written: serial } }));
    const text = execFileSync("pdftotext", [convert(file, "pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("令和8年11月22日");
  });
});

describe("the English forms, printed", () => {
  it("print on as many pages as counted", async () => {
    const en = workbookDefinition({
      course: "基本",
      industry: "建設業",
      forms: ["all"],
      locale: "en",
      dateStyle: "西暦",
      formsOnly: true,
    });
    const file = join(dir, "forms-en.xlsx");
    writeFileSync(file, await writeXlsx(en));
    expect(pdfPages(convert(file, "pdf"))).toBe(en.sheets.reduce((n, s) => n + pagesOf(s), 0));
  });
});
