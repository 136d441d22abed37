import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import { LENDER_SUMMARY_SHEET, lenderDefinition } from "../../src/usecases/lenderDefinition";
import { validateWorkbook } from "../../src/validation/rules";
import { scenarioInputs } from "../../src/usecases/scenarioInputs";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import { convert, pdfPages } from "../helpers/libreoffice";

jest.setTimeout(1_200_000);

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
const model = evaluateScenario({ ...example, cashflow: { ...example.cashflow, months: 24 } });
const OPTIONS = {
  course: "中級" as const,
  courseLabel: "中級コース・製造業",
  createdOn: "2026-11-22",
  checkStatus: "問題なし",
};

async function lenderFile(include?: string[]): Promise<string> {
  const def = courseWorkbook("中級", "製造業");
  const memory = evaluatedWorkbook(def, scenarioInputs(example));
  const lender = lenderDefinition(def, memory, { ...OPTIONS, include });
  const file = join(mkdtempSync(join(tmpdir(), "bcp-lender-")), "lender.xlsx");
  writeFileSync(file, await writeXlsx(lender.def));
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function namedValue(wb: ExcelJS.Workbook, name: string): unknown {
  const [sheet, ref] = (wb.definedNames.getRanges(name).ranges[0] as string).split("!") as [
    string,
    string,
  ];
  const cell = wb.getWorksheet(sheet.replace(/^'|'$/g, ""))?.getCell(ref.replace(/\$/g, ""));
  const v = cell?.value as unknown;
  return v !== null && typeof v === "object" && "result" in (v as object)
    ? (v as { result: unknown }).result
    : v;
}

const HEADLINES: [string, number][] = [
  ["AssetRecoveryA", model.A],
  ["CashflowWorseningB", model.B],
  ["RecoveryTotalC", model.C],
  ["HandFunds_D1", model.D1],
  ["BorrowingNeedE", model.E],
  ["BorrowingCapacityE", model.e],
  ["ReopenDays", model.N],
  ["PeakShortage", model.peakShortage],
];

describe("the lender copy", () => {
  let file: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    file = await lenderFile();
    wb = await open(file);
  });

  it("opens on the 金融機関提出用サマリー, followed by the course's sheets", () => {
    expect(wb.worksheets[0]?.name).toBe(LENDER_SUMMARY_SHEET);
    expect(wb.worksheets.map((w) => w.name)).toContain("中級_資金繰り");
  });

  it("holds no BCP formula and no name of the add-in", () => {
    const bcp: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula && /BCP\./i.test(cell.formula)) bcp.push(`${ws.name}!${cell.address}`);
        })
      )
    );
    expect(bcp).toEqual([]);
    const names = wb.definedNames.model.map((n: { name: string }) => n.name);
    expect(names.filter((n: string) => n.startsWith("BCPSHEET_"))).toEqual([]);
    expect(names).toContain("RecoveryTotalC");
  });

  it("is a document: every figure a value, no formula, inputs without their input look", () => {
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(`${ws.name}!${cell.address}`);
        })
      )
    );
    expect(formulas).toEqual([]);
    expect(namedValue(wb, "RecoveryTotalC")).toBeCloseTo(model.C, 4);
    const [sheet, ref] = (wb.definedNames.getRanges("Sales").ranges[0] as string).split("!") as [
      string,
      string,
    ];
    const sales = wb.getWorksheet(sheet.replace(/^'|'$/g, ""))?.getCell(ref.replace(/\$/g, ""));
    expect(sales?.value).toBe(example.statements?.sales);
    const fill = sales?.fill as { fgColor?: { argb?: string } } | undefined;
    expect(fill?.fgColor?.argb ?? "").not.toBe("FFFFF2CC"); // the input yellow
  });

  it("writes 震度 in full, dates in the workbook's style, and says what it was made from", () => {
    const texts: string[] = [];
    wb.getWorksheet(LENDER_SUMMARY_SHEET)?.eachRow((row) =>
      row.eachCell((cell) => texts.push(String(cell.value)))
    );
    expect(texts).toContain("地震 震度6強");
    const legends: string[] = [];
    wb.eachSheet((ws) => legends.push(String(ws.getCell("A1").value)));
    expect(legends.filter((t) => t.includes("黄色のセル"))).toEqual([]);
    expect(texts).toContain("令和8年11月22日");
    expect(texts.join("")).toContain(
      "中級コース・製造業 の BCP 財務診断ブックから 令和8年11月22日 に作成"
    );
  });

  it("recalculated by LibreOffice without the add-in: no error anywhere, the model's headline figures", async () => {
    const recalculated = await open(convert(file, "xlsx"));
    const errors: string[] = [];
    recalculated.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as unknown;
          const result =
            v !== null && typeof v === "object" && "result" in (v as object)
              ? (v as { result: unknown }).result
              : v;
          if (result !== null && typeof result === "object" && "error" in (result as object))
            errors.push(`${ws.name}!${cell.address}`);
          if (typeof result === "string" && /^#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!)/.test(result))
            errors.push(`${ws.name}!${cell.address}`);
        })
      )
    );
    expect(errors).toEqual([]);
    for (const [name, expected] of HEADLINES)
      expect(namedValue(recalculated, name)).toBeCloseTo(expected, 3);
  });

  it("its summary prints on one A4 page", async () => {
    const summaryOnly = await lenderFile([]);
    expect(pdfPages(convert(summaryOnly, "pdf"))).toBe(1);
  });
});

describe("the completeness check behind the summary", () => {
  it("lists empty required inputs of an empty workbook and none of the example", () => {
    const def = courseWorkbook("中級", "製造業");
    const empty = validateWorkbook(def, evaluatedWorkbook(def), "2026-11-22");
    expect(empty.requiredTotal - empty.requiredFilled).toBeGreaterThan(5);
    const full = validateWorkbook(
      def,
      evaluatedWorkbook(def, scenarioInputs(example)),
      "2026-11-22"
    );
    expect(full.findings.filter((f) => f.rule === "required")).toEqual([]);
  });
});

// #17: the copy's 目次 lists its own sheets (not the employees' forms it leaves out) with the
// pages they print on — checked against LibreOffice's PDF, where each page's header names its sheet
describe("the lender copy's 目次", () => {
  it("lists exactly the copy's sheets, each with the page it starts on", async () => {
    const { mkdtempSync: tmp, writeFileSync: write } = await import("fs");
    const { execFileSync } = await import("child_process");
    const { exportDefinition } = await import("../../src/usecases/export");
    const { contentsFor, workbookDefinition } = await import("../../src/usecases/workbookChoice");
    const { inputsFor } = await import("../../src/usecases/scenarioInputs");
    const choice = {
      course: "中級" as const,
      industry: "製造業" as const,
      forms: ["01", "02", "04", "06"],
    };
    const def = workbookDefinition(choice);
    const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(example)));
    const copy = exportDefinition(def, memory, {
      course: "中級",
      courseLabel: "中級コース・製造業",
      today: "2026-12-01",
      lender: true,
      contents: contentsFor(choice),
    });
    const names = copy.def.sheets.map((s) => s.name);
    expect(names).not.toContain("様式04_従業員連絡先");
    const contents = copy.def.sheets.find((s) => s.name === "様式01_表紙目次");
    const listed = new Map<string, number>();
    for (const cell of contents?.cells ?? []) {
      if (!cell.ref.startsWith("B") || typeof cell.value !== "string") continue;
      const page = contents?.cells.find((c) => c.ref === `C${cell.ref.slice(1)}`)?.value;
      if (typeof page === "number") listed.set(cell.value, page);
    }
    // every sheet after the summary and the cover (grouped under the guideline's headings)
    expect([...listed.keys()].sort()).toEqual(names.slice(2).sort());
    const file = join(tmp(join(tmpdir(), "bcp-toc-")), "lender.xlsx");
    write(file, await writeXlsx(copy.def, { memory: copy.memory }));
    const pdf = convert(file, "pdf");
    const pages = pdfPages(pdf);
    // the page's first line: the header (company, sheet name, date), its parts apart
    const headerOf = (page: number) =>
      (
        execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], {
          encoding: "utf8",
        })
          .split("\n")
          .find((line) => line.trim() !== "") ?? ""
      )
        .trim()
        .split(/\s{2,}/);
    const firstPage = new Map<string, number>();
    for (let p = 1; p <= pages; p++) {
      const text = headerOf(p);
      for (const name of names)
        if (!firstPage.has(name) && text.includes(name)) firstPage.set(name, p);
    }
    const actual = names.slice(2).map((name) => `${name} p.${firstPage.get(name)}`);
    const claimed = names.slice(2).map((name) => `${name} p.${listed.get(name)}`);
    expect(claimed).toEqual(actual);
  });
});
