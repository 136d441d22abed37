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
