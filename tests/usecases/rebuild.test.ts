/**
 * Building again repairs and follows the user's choice: a switch of industry, course or language
 * updates every sheet the user has not typed into (what the product wrote for the old choice is
 * not an edit), and a build that stopped half-way is completed by the next one.
 */
import { buildInExcel } from "../../src/excel/build";
import { MemoryHost } from "../../src/engine/memoryHost";
import {
  type WorkbookChoice,
  workbookDefinition,
  workbookLayout,
} from "../../src/usecases/workbookChoice";
import { FakeRequestContext, FakeWorkbookModel } from "../helpers/fakeExcel";
import { asExcel } from "../helpers/excelFake";

const MANUFACTURING: WorkbookChoice = { course: "中級", industry: "製造業", forms: ["06", "09"] };

/** Every cell of a sheet as its content, for comparing a rebuilt sheet with a fresh one. */
function contents(model: FakeWorkbookModel, sheet: string): Record<string, unknown> {
  const cells = model.sheet(sheet)?.cells ?? new Map();
  return Object.fromEntries(
    [...cells]
      .filter(([, c]) => c.formula !== undefined || (c.value ?? "") !== "")
      .map(([ref, c]) => [ref, c.formula ?? c.value])
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
  );
}

async function freshlyBuilt(choice: WorkbookChoice): Promise<FakeWorkbookModel> {
  const model = new FakeWorkbookModel();
  await buildInExcel(asExcel(new FakeRequestContext(model)), workbookLayout(choice));
  return model;
}

describe("switching the choice on an untouched workbook", () => {
  it.each([
    ["industry", { ...MANUFACTURING, industry: "建設業" }],
    ["language", { ...MANUFACTURING, locale: "en" }],
    ["course", { ...MANUFACTURING, course: "上級" }],
  ] as const)("of %s updates every sheet to what a fresh build has", async (_what, next) => {
    const model = await freshlyBuilt(MANUFACTURING);
    const { report } = await buildInExcel(
      asExcel(new FakeRequestContext(model)),
      workbookLayout(next as WorkbookChoice)
    );
    expect(report.skipped).toEqual([]);
    const fresh = await freshlyBuilt(next as WorkbookChoice);
    for (const sheet of workbookDefinition(next as WorkbookChoice).sheets)
      expect(`${sheet.name} ${JSON.stringify(contents(model, sheet.name))}`).toBe(
        `${sheet.name} ${JSON.stringify(contents(fresh, sheet.name))}`
      );
  });

  it("keeps a sheet the user typed a label into, and reports it", async () => {
    const model = await freshlyBuilt(MANUFACTURING);
    const sheet = model.sheet("中級_損益");
    if (sheet !== undefined) sheet.protected = false;
    model.type("中級_損益", "A1", "自社の損益（2025年度）");
    const { report } = await buildInExcel(
      asExcel(new FakeRequestContext(model)),
      workbookLayout({ ...MANUFACTURING, industry: "建設業" })
    );
    expect(report.skipped.map((s) => s.sheet)).toContain("中級_損益");
  });

  it("in memory too (the preview)", async () => {
    const host = new MemoryHost();
    await host.build(workbookLayout(MANUFACTURING));
    const report = await host.build(workbookLayout({ ...MANUFACTURING, industry: "卸・小売業" }));
    expect(report.skipped).toEqual([]);
  });
});

describe("a build that stopped half-way", () => {
  it("is completed by the next build: every style, validation, highlight, table, chart and protection", async () => {
    const model = new FakeWorkbookModel();
    const ctx = new FakeRequestContext(model);
    // the third request (the second of the writes) fails: Excel keeps what the first wrote
    let syncs = 0;
    const sync = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      syncs += 1;
      if (syncs === 3) ctx.failNextSync("GeneralException: the request stopped");
      return sync();
    };
    const choice: WorkbookChoice = { ...MANUFACTURING, forms: ["all"] };
    await expect(buildInExcel(asExcel(ctx), workbookLayout(choice))).rejects.toThrow(
      "GeneralException"
    );
    const { report } = await buildInExcel(
      asExcel(new FakeRequestContext(model)),
      workbookLayout(choice)
    );
    expect(report.skipped).toEqual([]);
    const fresh = await freshlyBuilt(choice);
    for (const sheet of workbookDefinition(choice).sheets) {
      const got = model.sheet(sheet.name);
      const want = fresh.sheet(sheet.name);
      expect(`${sheet.name} ${got?.protected}`).toBe(`${sheet.name} ${want?.protected}`);
      expect(`${sheet.name} ${got?.tables.length} ${got?.charts.length}`).toBe(
        `${sheet.name} ${want?.tables.length} ${want?.charts.length}`
      );
      for (const [ref, cell] of want?.cells ?? []) {
        const mine = got?.cells.get(ref);
        expect(
          `${sheet.name}!${ref} ${mine?.style} ${JSON.stringify(mine?.validation)} ${JSON.stringify(mine?.conditionals)}`
        ).toBe(
          `${sheet.name}!${ref} ${cell.style} ${JSON.stringify(cell.validation)} ${JSON.stringify(cell.conditionals)}`
        );
      }
    }
  });
});
