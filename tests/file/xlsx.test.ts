import { CHART_SIZE } from "../../src/sheets/print";
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { type ScenarioInput, evaluateScenario } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import { NUMBER_FORMATS } from "../../src/sheets/types";
import { scenarioInputs } from "../../src/usecases/scenarioInputs";
import { LIVE_FIGURES_NOTE, evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import type { SheetDef } from "../../src/sheets/types";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

async function reopen(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function named(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = wb.definedNames.getRanges(name).ranges;
  const [sheet, ref] = (ranges[0] as string).split("!") as [string, string];
  return wb
    .getWorksheet(sheet.replace(/^'|'$/g, ""))
    ?.getCell(ref.replace(/\$/g, "")) as ExcelJS.Cell;
}

describe(".xlsx written by the file adapter, reopened", () => {
  let wb: ExcelJS.Workbook;
  const model = evaluateScenario({ ...example, cashflow: { ...example.cashflow, months: 24 } });

  beforeAll(async () => {
    wb = await reopen(
      await writeXlsx(courseWorkbook("中級", "製造業"), { inputs: scenarioInputs(example) })
    );
  });

  it("has the course's sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "サマリー",
      "中級_損益",
      "中級_直接原価",
      "中級_被害と復旧",
      "中級_復旧費用",
      "中級_資金調達",
      "中級_資金繰り",
      "中級_事前対策",
      "係数",
    ]);
  });

  it("says on its first sheet, outside the printed area, that the figures are cached until the add-in calculates", () => {
    const first = wb.worksheets[0] as ExcelJS.Worksheet;
    const texts: string[] = [];
    first.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(LIVE_FIGURES_NOTE[0]);
    const printArea = String(first.pageSetup.printArea);
    const noteColumn = first.getRow(1).cellCount;
    expect(printArea).not.toContain(first.getRow(1).getCell(noteColumn).address);
    expect(wb.calcProperties.fullCalcOnLoad).not.toBe(true);
  });

  it("stores formulas with cached values equal to the model's figures", () => {
    const c = named(wb, "RecoveryTotalC");
    expect(c.formula).toBe("AssetRecoveryA+CashflowWorseningB");
    expect(c.result).toBeCloseTo(model.C, 4);
    // stored the way Excel saves a JavaScript custom function, so that Excel binds it to the add-in
    expect(named(wb, "CashflowWorseningB").formula).toBe(
      "_xldudf_BCP_STOP_CASHFLOW(FixedAnnual,DepreciationAnnual,ReopenDays,Coefficients)"
    );
    expect(named(wb, "CashflowWorseningB").result).toBeCloseTo(model.B, 4);
    expect(named(wb, "BorrowingNeedE").result).toBeCloseTo(model.E, 4);
    expect(named(wb, "PeakShortage").result).toBeCloseTo(model.peakShortage, 4);
  });

  it("keeps the typed inputs, unlocked and styled; formulas locked; sheets protected", () => {
    const sales = named(wb, "Sales");
    expect(sales.value).toBe(480000);
    expect(sales.protection?.locked).toBe(false);
    expect((sales.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC"); // the same input style as in Excel
    expect(sales.numFmt).toBe(NUMBER_FORMATS.amount);
    expect(named(wb, "RecoveryTotalC").protection?.locked).not.toBe(false);
    for (const ws of wb.worksheets) {
      expect(
        (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
      ).toBe(true);
    }
  });

  it("carries validation lists for code inputs", () => {
    expect(named(wb, "Hazard").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"5弱,5強,6弱,6強,7,床上浸水,床下浸水,火災"'],
    });
    expect(named(wb, "BuildingStructure").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1,2,3,4"'],
    });
    expect(named(wb, "CM_Retrofit").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1,0"'],
    });
  });

  it("prints on A4 with a print area", () => {
    const ws = wb.getWorksheet("中級_資金繰り") as ExcelJS.Worksheet;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printArea).toMatch(/^A1:/);
  });
});

describe("writing from an evaluation already made (the export evaluates once)", () => {
  it("caches its figures, holds its inputs as typed or cleared, and writes a values-only sheet it lacks as defined", async () => {
    const def = courseWorkbook("中級", "製造業");
    const memory = evaluatedWorkbook(def, scenarioInputs(example));
    memory.set("ES_Power", ""); // a default the user cleared
    const values: SheetDef = {
      key: "test.memo",
      name: "メモ",
      columnWidths: [20],
      cells: [{ ref: "A1", role: "label", value: "値だけのシート" }],
    };
    const file = await reopen(await writeXlsx({ sheets: [...def.sheets, values] }, { memory }));
    expect(named(file, "Sales").value).toBe(480000);
    expect(named(file, "ES_Power").value).toBeNull();
    expect(named(file, "ES_Water").value).toBe(1);
    expect(named(file, "RecoveryTotalC").result).toBeCloseTo(memory.number("RecoveryTotalC"), 6);
    expect(file.getWorksheet("メモ")?.getCell("A1").value).toBe("値だけのシート");
  });
});

describe("the サマリー chart in the file", () => {
  it("is a picture at the chart's place (ExcelJS cannot write native charts)", async () => {
    const wb = await reopen(
      await writeXlsx(courseWorkbook("中級", "製造業"), { inputs: scenarioInputs(example) })
    );
    const summary = wb.getWorksheet("サマリー") as ExcelJS.Worksheet;
    const images = summary.getImages();
    expect(images).toHaveLength(1);
    const media = wb.model.media as unknown as { extension: string; buffer: Buffer }[];
    const png = media[0]?.buffer as Buffer;
    expect(media[0]?.extension).toBe("png");
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.readUInt32BE(16)).toBe(CHART_SIZE.width); // IHDR width
  });
});
