import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import type { ScenarioInput } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import { VALIDATION_SHEET } from "../../src/validation/sheet";
import { exportDefinition } from "../../src/usecases/export";
import { scenarioInputs } from "../../src/usecases/scenarioInputs";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
const REQUEST = { course: "中級" as const, courseLabel: "中級コース・製造業", today: "2026-11-22" };

async function written(lender: boolean, inputs = scenarioInputs(example)) {
  const course = courseWorkbook("中級", "製造業");
  const { def, validation } = exportDefinition(course, evaluatedWorkbook(course, inputs), {
    ...REQUEST,
    lender,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await writeXlsx(def, { inputs: lender ? {} : inputs })) as unknown as ArrayBuffer
  );
  return { wb, validation };
}

describe("written workbooks carry the check", () => {
  it("a 検証結果 sheet with the date, the status and every finding", async () => {
    const { wb, validation } = await written(false);
    const sheet = wb.getWorksheet(VALIDATION_SHEET) as ExcelJS.Worksheet;
    const text: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    expect(text).toEqual(expect.arrayContaining(["2026-11-22", "警告あり", "9 / 9"]));
    for (const f of validation.findings) expect(text).toContain(f.message);
  });

  it("empty required inputs are highlighted by conditional formatting", async () => {
    const { wb } = await written(false, {});
    const ws = wb.getWorksheet("中級_損益") as ExcelJS.Worksheet;
    const rules = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    const sales = rules.find((r) => r.rules[0]?.formulae[0]?.startsWith("LEN(C"));
    expect(sales?.rules[0]?.style.fill.bgColor.argb).toBe("FFF4CCCC");
  });

  it("the lender copy includes the 検証結果 and states its status on the summary", async () => {
    const { wb } = await written(true);
    expect(wb.worksheets.map((w) => w.name)).toContain(VALIDATION_SHEET);
    const summary: string[] = [];
    wb.getWorksheet("金融機関提出用サマリー")?.eachRow((row) =>
      row.eachCell((c) => summary.push(String(c.value)))
    );
    expect(summary).toContain(
      "警告あり（エラー 0件・警告 3件、必須入力 9/9、既定値のまま 130項目）"
    );
  });
});
