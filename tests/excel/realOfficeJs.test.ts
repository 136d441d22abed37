/**
 * The add-in's Excel code through the real Office.js library (tests/helpers/officeJs.ts): the
 * requests are Microsoft's serialization of what the code asks for, played against the fake
 * workbook. Every property set exists, every enum value is allowed, every array fits its range,
 * and each request stays within Excel on the web's limit. The sizes are written to
 * artifacts/office-requests.json.
 */
/* global Excel */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { buildInExcel } from "../../src/excel/build";
import { readWorkbookCoefficients } from "../../src/excel/coefficients";
import { excelHost } from "../../src/excel/excelHost";
import { checkDefinition, checkWorkbook } from "../../src/usecases/check";
import { makeLenderCopy } from "../../src/usecases/lenderCopy";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import {
  type WorkbookChoice,
  workbookDefinition,
  workbookLayout,
} from "../../src/usecases/workbookChoice";
import { applyImport, previewImport, undoImport } from "../../src/usecases/importBooks";
import { FakeRequestContext, FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel, example } from "../helpers/excelFake";
import { RealExcelSession, officeJs } from "../helpers/officeJs";

/**
 * Excel on the web refuses a request body over 5 MB (the whole batch fails); the add-in keeps
 * every request under 1 MB.
 */
const REQUEST_LIMIT = 1024 * 1024;

const sizes: Record<string, number[]> = {};

beforeAll(() => {
  // the code under test reads enums and Excel.createWorkbook from the global Excel
  (globalThis as unknown as { Excel: unknown }).Excel = officeJs().Excel;
});

afterAll(() => {
  const dir = join(__dirname, "../../artifacts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "office-requests.json"), JSON.stringify(sizes, null, 2));
});

function expectClean(session: RealExcelSession, label: string): void {
  sizes[label] = session.requests.map((r) => r.bytes);
  expect(session.problems).toEqual([]);
  expect(session.largestRequest).toBeLessThan(REQUEST_LIMIT);
}

/** A fresh workbook with a course built in it through the real library, and its example inputs. */
async function built(choice: WorkbookChoice, label: string) {
  const model = new FakeWorkbookModel();
  const def = workbookDefinition(choice);
  const session = new RealExcelSession(model);
  const { report, syncs } = await buildInExcel(session.context, def);
  expectClean(session, label);
  for (const [name, value] of Object.entries(inputsFor(def, scenarioInputs(example))))
    if ((typeof value === "string" || typeof value === "number") && model.names.has(name))
      model.typeByName(name, value);
  return { model, def, report, syncs, session };
}

describe("the Excel code through the real Office.js library", () => {
  it.each([
    ["中級・製造業", { course: "中級", industry: "製造業", forms: [] }],
    ["上級・建設業", { course: "上級", industry: "建設業", forms: [] }],
    [
      "基本・卸・小売業 with every form",
      { course: "基本", industry: "卸・小売業", forms: ["all"] },
    ],
    [
      "中級・製造業 with every form in English",
      { course: "中級", industry: "製造業", forms: ["all"], locale: "en" },
    ],
  ] as const)("builds %s: well-formed requests the library accepts", async (label, choice) => {
    const { report, model, def, session } = await built(choice as WorkbookChoice, `build ${label}`);
    // one request reads the workbook, the writes follow in as few as fit under the limit
    const written = session.requests.slice(1).reduce((n, r) => n + r.bytes, 0);
    expect(session.requests.length).toBeLessThanOrEqual(2 + Math.floor(written / (600 * 1024)));
    expect(report.created).toEqual(def.sheets.map((s) => s.name));
    expect(model.sheets.map((s) => s.name)).toEqual(def.sheets.map((s) => s.name));
  });

  it("builds every form with 100 and 1,000 rows per table, no request over 1 MB, a few bytes per added cell", async () => {
    const sizeOf = async (tableRows: number) => {
      const choice = { course: "中級", industry: "製造業", forms: ["all"], tableRows } as const;
      const def = workbookDefinition(choice);
      const session = new RealExcelSession(new FakeWorkbookModel());
      await buildInExcel(session.context, def);
      expectClean(session, `build with every form, ${tableRows} rows per table`);
      return {
        bytes: session.requests.reduce((n, r) => n + r.bytes, 0),
        cells: def.sheets.reduce((n, sheet) => n + sheet.cells.length, 0),
      };
    };
    const hundred = await sizeOf(100);
    const thousand = await sizeOf(1000);
    expect(thousand.cells).toBeGreaterThan(hundred.cells * 5);
    // each cell a table gains costs its share of a formula array and nothing else
    const perAddedCell = (thousand.bytes - hundred.bytes) / (thousand.cells - hundred.cells);
    expect(perAddedCell).toBeLessThan(120);
    sizes["bytes per added table cell"] = [Math.round(perAddedCell)];
  });

  it("rebuilds, checks and selects through it, reading the course in one request", async () => {
    const choice = { course: "中級", industry: "製造業", forms: ["all"] } as const;
    const { model, def } = await built(choice, "build for the check");
    const again = new RealExcelSession(model);
    const rebuilt = await buildInExcel(again.context, def);
    expectClean(again, "rebuild");
    expect(rebuilt.report.skipped).toEqual([]);

    const check = new RealExcelSession(model);
    const { result, reads } = await checkDefinition(excelHost(check.context), def, "2026-12-01");
    expectClean(check, "check read");
    expect(reads).toBe(1);
    // the same findings as through the fake alone
    const direct = await checkDefinition(
      excelHost(asExcel(new FakeRequestContext(model))),
      def,
      "2026-12-01"
    );
    expect(result).toEqual(direct.result);
    // the diagnosis's nine required inputs are typed (the forms' are not); the rest keep defaults
    expect(result.requiredFilled).toBeGreaterThanOrEqual(9);
    expect(result.defaultsKept).toBeGreaterThan(100);

    const write = new RealExcelSession(model);
    await checkWorkbook(excelHost(write.context), choice, "2026-12-01");
    expectClean(write, "check with the 検証結果 sheet");
    expect(model.sheet("検証結果")).toBeDefined();
    const select = new RealExcelSession(model);
    await excelHost(select.context).select("中級_損益", "C5");
    expectClean(select, "select");
  });

  it("makes the lender copy from what it reads, opening it as a new workbook", async () => {
    const { model } = await built(
      { course: "中級", industry: "卸・小売業", forms: [] },
      "build for the copy"
    );
    const opened: string[] = [];
    const excel = officeJs().Excel as { createWorkbook?: (b: string) => Promise<void> };
    excel.createWorkbook = async (base64) => {
      opened.push(base64);
    };
    const session = new RealExcelSession(model);
    const copy = await makeLenderCopy(
      excelHost(session.context),
      { course: "中級", industry: "卸・小売業", forms: [] },
      "2026-12-01"
    );
    expectClean(session, "lender copy read");
    expect(copy.sheets[0]).toBe("金融機関提出用サマリー");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(opened[0] as string, "base64") as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(copy.sheets.length);
  });

  it("reads the coefficients through it", async () => {
    const { model } = await built(
      { course: "中級", industry: "製造業", forms: [] },
      "build for coefficients"
    );
    model.typeByName("RepaymentYears", 10);
    const session = new RealExcelSession(model);
    const result = await readWorkbookCoefficients(session.context);
    expectClean(session, "coefficients");
    expect(result.params.RepaymentYears).toBe(10);
    expect(result.problems).toEqual([]);
  });
});

describe("the import from the accountant's books through it", () => {
  const choice = { course: "中級", industry: "製造業", forms: [] } as const;
  const files = ["残高試算表.csv", "固定資産台帳.csv"].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(__dirname, "../../examples/books", name))),
  }));
  const shown = (model: FakeWorkbookModel, name: string) => {
    const place = model.names.get(name)!;
    return model.shown(place.sheet, place.ref);
  };

  it("previews without a write, applies, is checked from its record and undone", async () => {
    const { model } = await built(choice, "build for the import");
    model.typeByName("Sales", 100);
    model.typeByName("NonOpIncome", "=1+1"); // linked to a figure of the user's own
    const version = model.version;
    const session = new RealExcelSession(model);
    const host = excelHost(session.context);
    const preview = await previewImport(host, choice, files);
    expect(model.version).toBe(version);
    expect(preview.ready).toBe(true);

    const undo = await applyImport(host, choice, preview, "2026-12-02");
    expectClean(session, "import");
    expect(shown(model, "Sales")).toBe(480_000);
    expect(model.sheet("取込記録")).toBeDefined();
    expect(model.sheet("勘定科目対応")).toBeDefined();
    // a second import replaces both sheets, their names with them
    await applyImport(host, choice, await previewImport(host, choice, files), "2026-12-02");
    expectClean(session, "import again");

    model.typeByName("Sales", 500_000);
    const check = new RealExcelSession(model);
    const { result, reads } = await checkDefinition(
      excelHost(check.context),
      workbookLayout(choice),
      "2026-12-02"
    );
    expectClean(check, "check with an import record");
    // the course, then the record the workbook's names show it has
    expect(reads).toBe(2);
    expect(result.imported?.typedOver).toBe(1);
    expect(result.findings.filter((f) => f.rule === "imported")).toHaveLength(1);

    await undoImport(host, choice, undo, "2026-12-03");
    expectClean(session, "undo");
    expect(shown(model, "Sales")).toBe(100);
    const linked = model.names.get("NonOpIncome")!;
    expect(model.sheet(linked.sheet)?.cells.get(linked.ref)?.formula).toBe("1+1");
    const after = await checkDefinition(host, workbookLayout(choice), "2026-12-03");
    expect(after.result.imported).toBeUndefined();
    expect(after.reads).toBe(1);
  });
});

describe("what the harness catches", () => {
  it("a property Office.js does not have, an enum value it does not allow, an array that does not fit", async () => {
    const session = new RealExcelSession(new FakeWorkbookModel());
    const sheet = session.context.workbook.worksheets.add("S");
    const range = sheet.getRange("A1:B2");
    // writing through a proxy only: nothing is read before a sync
    // eslint-disable-next-line office-addins/call-sync-before-read
    (range.format as unknown as { fillColour: string }).fillColour = "#FFFFFF";
    range.format.verticalAlignment = "Middle" as Excel.VerticalAlignment;
    range.formulas = [[1, 2]];
    sheet.getRange("A1").format.borders.getItem("EdgeTopp" as Excel.BorderIndex);
    await session.context.sync().catch(() => undefined);
    expect(session.problems).toEqual([
      "RangeFormat.fillColour does not exist in Office.js",
      'RangeFormat.verticalAlignment = "Middle" is not one of its values',
      'RangeBorderCollection.getItem(…"EdgeTopp"…) is not one of its values',
      "Formulas of A1:B2: a 1-row array for 2×2 cells",
    ]);
  });
});
