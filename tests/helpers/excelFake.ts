/** The fake Excel API as the adapters see it, and a course built and filled in it. */
/* global Excel */
import { readFileSync } from "fs";
import { join } from "path";
import type { ScenarioInput } from "../../src/model/scenario";
import { courseWorkbook } from "../../src/sheets/course";
import {
  FakeRequestContext,
  type FakeSheetModel,
  FakeWorkbookModel,
  installExcelEnums,
} from "./fakeExcel";
import { buildInExcel } from "../../src/excel/build";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { type WorkbookChoice, workbookDefinition } from "../../src/usecases/workbookChoice";
import { cellsOfRange } from "../../src/sheets/address";
import type { InputValues } from "../../src/sheets/types";

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

/** Types inputs into a fake workbook by name, a list into its named range (skipping its nulls). */
export function typeInputs(model: FakeWorkbookModel, inputs: InputValues): void {
  for (const [name, value] of Object.entries(inputs)) {
    const place = model.names.get(name);
    if (place === undefined || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    cellsOfRange(place.ref).forEach((ref, i) => {
      const v = values[i];
      if (i >= values.length || v === null || v === undefined) return;
      const sheet = model.sheet(place.sheet) as FakeSheetModel;
      const locked = sheet.protected;
      sheet.protected = false; // a form's cells are typed as the user would
      model.type(place.sheet, ref, v as string | number);
      sheet.protected = locked;
    });
  }
}

/** A workbook choice built in a fake workbook with the example company's inputs typed. */
export async function builtWithExample(choice: WorkbookChoice) {
  const model = new FakeWorkbookModel();
  const def = workbookDefinition(choice);
  await buildInExcel(asExcel(new FakeRequestContext(model)), def);
  const inputs = inputsFor(def, scenarioInputs(example));
  typeInputs(model, inputs);
  return { model, def, inputs };
}
