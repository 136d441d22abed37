// Benchmark of the workbook builder: round trips (context.sync) and wall time to build each
// course through the Excel adapter against the counting fake of the Excel API, and the time to
// write each course to .xlsx with the example inputs. Run with `npm run bench` (it builds first).
/* global Excel */
import { readFileSync } from "fs";
import { join } from "path";
import { FakeRequestContext, installExcelEnums } from "../tests/helpers/fakeExcel";
import { INDUSTRIES } from "../src/model/directCosting";
import type { ScenarioInput } from "../src/model/scenario";
import { COURSES } from "../src/sheets/course";
import { courseWorkbook } from "../src/sheets/course";
import { buildInExcel } from "../src/excel/build";
import { excelHost } from "../src/excel/excelHost";
import { checkDefinition } from "../src/usecases/check";
import { writeXlsx } from "../src/file/xlsx";
import { inputsFor, scenarioInputs } from "../src/usecases/scenarioInputs";
import { workbookDefinition } from "../src/usecases/workbookChoice";
import { ROOT } from "./paths";

installExcelEnums();
const scenario = JSON.parse(
  readFileSync(join(ROOT, "examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
const asExcel = (ctx: FakeRequestContext) => ctx as unknown as Excel.RequestContext;
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

async function courses(): Promise<void> {
  console.log("course build through the Excel adapter (fake Excel API) and .xlsx export");
  console.log(
    `${"course".padEnd(18)}${"cells".padStart(7)}${"syncs".padStart(7)}${"ops".padStart(8)}${"build ms".padStart(10)}${"rebuild syncs".padStart(15)}${"check reads".padStart(13)}${"check ms".padStart(10)}${"xlsx ms".padStart(10)}`
  );
  for (const course of COURSES.filter((c) => c !== "基本")) {
    for (const industry of INDUSTRIES) {
      const def = courseWorkbook(course, industry);
      const cells = def.sheets.reduce((n, s) => n + s.cells.length, 0);
      const ctx = new FakeRequestContext();
      let t = process.hrtime.bigint();
      const first = await buildInExcel(asExcel(ctx), def);
      const buildMs = since(t);
      const again = await buildInExcel(asExcel(new FakeRequestContext(ctx.model)), def);
      t = process.hrtime.bigint();
      const check = await checkDefinition(
        excelHost(asExcel(new FakeRequestContext(ctx.model))),
        def,
        "2026-11-22"
      );
      const checkMs = since(t);
      const inputs = industry === "製造業" ? scenarioInputs(scenario) : {};
      t = process.hrtime.bigint();
      await writeXlsx(def, { inputs });
      const xlsxMs = since(t);
      console.log(
        `${`${course}・${industry}`.padEnd(16)}${String(cells).padStart(7)}${String(first.syncs).padStart(7)}${String(ctx.operations).padStart(8)}${buildMs.toFixed(1).padStart(10)}${String(again.syncs).padStart(15)}${String(check.reads).padStart(13)}${checkMs.toFixed(1).padStart(10)}${xlsxMs.toFixed(1).padStart(10)}`
      );
    }
  }
}

/** The course with every 様式 and checklist: the round trips stay three however many sheets. */
async function withForms(): Promise<void> {
  console.log("\n中級・製造業 with every form and checklist (--forms all)");
  console.log(
    `${"sheets".padStart(7)}${"cells".padStart(8)}${"syncs".padStart(7)}${"ops".padStart(8)}${"build ms".padStart(10)}${"xlsx ms".padStart(10)}`
  );
  const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["all"] });
  const cells = def.sheets.reduce((n, s) => n + s.cells.length, 0);
  const ctx = new FakeRequestContext();
  let t = process.hrtime.bigint();
  const built = await buildInExcel(asExcel(ctx), def);
  const buildMs = since(t);
  t = process.hrtime.bigint();
  await writeXlsx(def, { inputs: inputsFor(def, scenarioInputs(scenario)) });
  const xlsxMs = since(t);
  console.log(
    `${String(def.sheets.length).padStart(7)}${String(cells).padStart(8)}${String(built.syncs).padStart(7)}${String(ctx.operations).padStart(8)}${buildMs.toFixed(1).padStart(10)}${xlsxMs.toFixed(1).padStart(10)}`
  );
}

courses()
  .then(withForms)
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
