// Benchmark of the workbook builder: round trips (context.sync) and wall time to build each
// course through the Excel adapter against the counting fake of the Excel API, and the time to
// write each course to .xlsx with the example inputs. Run with `npm run bench` (it builds first).
const { readFileSync } = require("fs");
const { join } = require("path");
const { courseWorkbook } = require("../dist/sheets/course");
const { inputsFor, workbookDefinition } = require("../dist/forms/catalogue");
const { INDUSTRIES } = require("../dist/model/directCosting");
const { FakeRequestContext, installExcelEnums } = require("../dist/testing/fakeExcel");
const { buildInExcel } = require("../dist/workbook/office");
const { writeXlsx } = require("../dist/workbook/xlsx");
const { scenarioInputs } = require("../dist/workbook/scenarioInputs");
const { validateInExcel } = require("../dist/excel/validate");

installExcelEnums();
const scenario = JSON.parse(readFileSync(join(__dirname, "../examples/scenario-manufacturing.json"), "utf8"));

async function main() {
  console.log("course build through the Excel adapter (fake Excel API) and .xlsx export");
  console.log(
    `${"course".padEnd(18)}${"cells".padStart(7)}${"syncs".padStart(7)}${"ops".padStart(8)}${"build ms".padStart(10)}${"rebuild syncs".padStart(15)}${"check reads".padStart(13)}${"check ms".padStart(10)}${"xlsx ms".padStart(10)}`
  );
  for (const course of ["中級", "上級"]) {
    for (const industry of INDUSTRIES) {
      const def = courseWorkbook(course, industry);
      const cells = def.sheets.reduce((n, s) => n + s.cells.length, 0);
      const ctx = new FakeRequestContext();
      let t = process.hrtime.bigint();
      const first = await buildInExcel(ctx, def);
      const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
      const again = await buildInExcel(new FakeRequestContext(ctx.model), def);
      t = process.hrtime.bigint();
      const check = await validateInExcel(new FakeRequestContext(ctx.model), def, "2026-11-22");
      const checkMs = Number(process.hrtime.bigint() - t) / 1e6;
      const inputs = industry === "製造業" ? scenarioInputs(scenario) : {};
      t = process.hrtime.bigint();
      await writeXlsx(def, { inputs });
      const xlsxMs = Number(process.hrtime.bigint() - t) / 1e6;
      console.log(
        `${`${course}・${industry}`.padEnd(16)}${String(cells).padStart(7)}${String(first.syncs).padStart(7)}${String(ctx.operations).padStart(8)}${buildMs.toFixed(1).padStart(10)}${String(again.syncs).padStart(15)}${String(check.readSyncs).padStart(13)}${checkMs.toFixed(1).padStart(10)}${xlsxMs.toFixed(1).padStart(10)}`
      );
    }
  }
}

/** The course with every 様式 and checklist: the round trips stay three however many sheets. */
async function withForms() {
  console.log("\n中級・製造業 with every form and checklist (--forms all)");
  console.log(`${"sheets".padStart(7)}${"cells".padStart(8)}${"syncs".padStart(7)}${"ops".padStart(8)}${"build ms".padStart(10)}${"xlsx ms".padStart(10)}`);
  const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["all"] });
  const cells = def.sheets.reduce((n, s) => n + s.cells.length, 0);
  const ctx = new FakeRequestContext();
  let t = process.hrtime.bigint();
  const built = await buildInExcel(ctx, def);
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  await writeXlsx(def, { inputs: inputsFor(def, scenarioInputs(scenario)) });
  const xlsxMs = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(
    `${String(def.sheets.length).padStart(7)}${String(cells).padStart(8)}${String(built.syncs).padStart(7)}${String(ctx.operations).padStart(8)}${buildMs.toFixed(1).padStart(10)}${xlsxMs.toFixed(1).padStart(10)}`
  );
}

main()
  .then(withForms)
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
