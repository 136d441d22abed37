/** The fake Excel API as the adapters see it, and a course built and filled in it. */
/* global Excel */
import { readFileSync } from "fs";
import { join } from "path";
import type { ScenarioInput } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import { FakeRequestContext, FakeWorkbookModel, installExcelEnums } from "./fakeExcel";
import { buildInExcel } from "../../src/excel/build";
import { scenarioInputs } from "../../src/usecases/scenarioInputs";

installExcelEnums();

export const asExcel = (ctx: FakeRequestContext) => ctx as unknown as Excel.RequestContext;

export const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

/** The 中級・製造業 course built in a fake workbook, with the example's single-cell inputs typed. */
export async function builtAndFilled() {
  const model = new FakeWorkbookModel();
  const def = courseWorkbook("中級", "製造業");
  await buildInExcel(asExcel(new FakeRequestContext(model)), def);
  for (const [name, value] of Object.entries(scenarioInputs(example))) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    if (model.names.has(name)) model.typeByName(name, value);
  }
  return { model, def };
}
