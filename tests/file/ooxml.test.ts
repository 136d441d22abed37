/**
 * Every kind of file the project writes opens in Excel without repair: the course, every form in
 * both languages, the lender copy, the empty template (checks in tests/helpers/ooxml.ts).
 */
import { writeXlsx } from "../../src/file/xlsx";
import { evaluatedWorkbook } from "../../src/file/xlsx";
import type { ScenarioInput } from "../../src/model/scenario";
import { exportDefinition } from "../../src/usecases/export";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { type WorkbookChoice, workbookDefinition } from "../../src/usecases/workbookChoice";
import exampleJson from "../../examples/scenario-manufacturing.json";
import { ooxmlProblems } from "../helpers/ooxml";

const EXAMPLE = exampleJson as unknown as ScenarioInput;

async function written(choice: WorkbookChoice, options: { example?: boolean; lender?: boolean }) {
  const def = workbookDefinition(choice);
  const inputs = options.example ? inputsFor(def, scenarioInputs(EXAMPLE)) : {};
  const exported = exportDefinition(def, evaluatedWorkbook(def, inputs), {
    course: choice.course,
    courseLabel: choice.course,
    today: "2026-12-01",
    lender: options.lender === true,
  });
  return writeXlsx(exported.def, { inputs: options.lender ? {} : inputs });
}

describe("files Excel opens without repair", () => {
  it.each([
    [
      "中級 with every form and the example company",
      { course: "中級", industry: "製造業", forms: ["all"] },
      { example: true },
    ],
    [
      "its lender copy",
      { course: "中級", industry: "製造業", forms: ["all"] },
      { example: true, lender: true },
    ],
    ["上級, 建設業, empty", { course: "上級", industry: "建設業", forms: [] }, {}],
    [
      "基本 with the forms in English",
      { course: "基本", industry: "卸・小売業", forms: ["all"], locale: "en" },
      {},
    ],
  ] as const)("%s", async (_label, choice, options) => {
    expect(await ooxmlProblems(await written(choice as WorkbookChoice, options))).toEqual([]);
  });
});

describe("the checks find what Excel repairs", () => {
  it("a one-cell picture anchor with editAs, repeated priorities, a break past the last column, a relative print area", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S", { pageSetup: { printArea: "A1:C9" } });
    ws.getCell("A1").value = 1;
    for (const ref of ["A1", "A2"])
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: "expression", priority: 1, formulae: ["TRUE"], style: {} }],
      });
    ws.getRow(5).addPageBreak();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
      "base64"
    );
    ws.addImage(wb.addImage({ buffer: png, extension: "png" } as never), {
      tl: { col: 1, row: 1 },
      ext: { width: 10, height: 10 },
    });
    // one rule per cell down A4:A10: ExcelJS joins them from "A10" first, then again from "A4"
    for (let row = 4; row <= 10; row++)
      ws.getCell(`A${row}`).dataValidation = { type: "list", formulae: ['"1,0"'] };
    const problems = await ooxmlProblems(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(problems).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet1.xml: 1:10 under two validation rules",
        "xl/drawings/drawing1.xml: oneCellAnchor with editAs",
        "xl/worksheets/sheet1.xml: 1 repeated cfRule priorities",
        "xl/worksheets/sheet1.xml: rowBreaks max 16838",
        "workbook.xml: print area 'S'!$A1:$C9 is not absolute",
      ])
    );
  });
});
