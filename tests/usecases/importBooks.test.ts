/**
 * The import as the pane runs it, on the in-memory workbook: the preview writes nothing, the
 * apply fills the inputs with the 取込記録 and 勘定科目対応 sheets, the check then tells imported
 * values from values typed over, and the undo puts the previous values back. Accounts the
 * mapping does not know are assigned in the preview and kept on the mapping sheet; a row of that
 * sheet changed by the user is what the next import uses.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { ImportFile } from "../../src/accounting/importFiles";
import { MemoryHost } from "../../src/engine/memoryHost";
import {
  type ImportPreview,
  applyImport,
  previewImport,
  undoImport,
} from "../../src/usecases/importBooks";
import { MAPPING_SHEET, mappingRowsOf } from "../../src/usecases/accountMapping";
import { IMPORT_RECORD_SHEET } from "../../src/usecases/importInputs";
import { checkDefinition } from "../../src/usecases/check";
import { type WorkbookChoice, workbookLayout } from "../../src/usecases/workbookChoice";
import type { DefinedName } from "../../src/sheets/names";
import { EXAMPLE, bookLines, sjis, yayoiText } from "../helpers/books";

const BOOKS = join(__dirname, "../../examples/books");
const CHOICE: WorkbookChoice = { course: "中級", industry: "製造業", forms: [] };
const TODAY = "2026-12-02";
const SALES = EXAMPLE.statements?.sales as number; // 480,000 千円

const exampleFiles = (): ImportFile[] =>
  ["残高試算表.csv", "固定資産台帳.csv"].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(BOOKS, name))),
  }));

async function builtHost(): Promise<MemoryHost> {
  const host = new MemoryHost();
  await host.build(workbookLayout(CHOICE));
  return host;
}

/** Every cell the workbook holds, to see that a step wrote nothing. */
const contents = (host: MemoryHost) =>
  JSON.stringify(
    [...host.memory.sheets].map(([sheet, cells]) => [
      sheet,
      [...cells].map(([ref, c]) => [ref, c.value ?? null, c.formula ?? null]),
    ])
  );

const value = (host: MemoryHost, name: DefinedName) => host.memory.get(name);

describe("the import from the pane", () => {
  it("previews the example company's books without writing anything", async () => {
    const host = await builtHost();
    host.memory.set("Sales", 123);
    const before = contents(host);
    const preview = await previewImport(host, CHOICE, exampleFiles());
    expect(contents(host)).toBe(before);
    expect(preview.ready).toBe(true);
    expect(preview.mappingSheetNew).toBe(true);
    const sales = preview.inputs.find((i) => i.name === "Sales");
    // examples/scenario-manufacturing.json: 売上高 480,000 千円, now 123 in the workbook
    expect(sales).toMatchObject({ value: SALES, current: 123 });
    expect(sales?.origin).toContain("残高試算表.csv");
    // every input previewed is a cell of the chosen course (the 基本 course's 手元資金 is not)
    expect(preview.inputs.some((i) => i.name === "Basic_Cash")).toBe(false);
    expect(preview.inputs.some((i) => i.name === "Cash")).toBe(true);
    expect(preview.result.books?.totals.every((t) => t.agrees)).toBe(true);
  });

  it("applies: fills the inputs, records where each came from and adds the mapping sheet", async () => {
    const host = await builtHost();
    const preview = await previewImport(host, CHOICE, exampleFiles());
    await applyImport(host, CHOICE, preview, TODAY);
    expect(value(host, "Sales")).toBe(SALES);
    expect(value(host, "Asset_Building")).toBe(EXAMPLE.assets?.建物);
    expect(host.memory.sheets.has(IMPORT_RECORD_SHEET)).toBe(true);
    const rows = mappingRowsOf(host.memory);
    expect(rows.find((r) => r.account === "役員報酬")).toMatchObject({
      statement: "損益計算書",
      choice: "販管費 役員給与手当：固定費",
    });
    const { result } = await checkDefinition(host, workbookLayout(CHOICE), TODAY);
    expect(result.imported).toEqual({
      imported: preview.inputs.length,
      typedOver: 0,
      leftEmpty: expect.any(Number),
    });
    expect(result.findings.filter((f) => f.rule === "imported")).toEqual([]);
  });

  it("lets the check tell a value typed over from an imported one, and a changed factor", async () => {
    const host = await builtHost();
    await applyImport(host, CHOICE, await previewImport(host, CHOICE, exampleFiles()), TODAY);
    host.memory.set("Sales", 1_200_000);
    host.memory.set("ReplacementFactor_Building", 1.3);
    const { result } = await checkDefinition(host, workbookLayout(CHOICE), TODAY);
    const found = result.findings.filter((f) => f.rule === "imported");
    expect(found.map((f) => [f.severity, f.ref === host.memory.place("Sales")?.ref])).toEqual([
      ["情報", true],
      ["警告", false],
    ]);
    expect(found[0]?.message).toContain("480,000 を入れた後、1,200,000 に書き換えられています");
    expect(found[1]?.message).toContain("1 から 1.3 に変わりました");
    expect(result.imported?.typedOver).toBe(2);
  });

  it("takes the 係数 sheet's replacement-cost factor for the ledger's classes", async () => {
    const host = await builtHost();
    host.memory.set("ReplacementFactor_Machinery", 1.5);
    const preview = await previewImport(host, CHOICE, exampleFiles());
    const machinery = preview.inputs.find((i) => i.name === "Asset_Machinery");
    expect(machinery?.value).toBe((EXAMPLE.assets?.機械及び装置 as number) * 1.5);
    expect(machinery?.origin).toContain("× 再調達係数 1.5");
  });

  it("undoes: the previous values come back, a formula as a formula, and the check stops comparing", async () => {
    const host = await builtHost();
    host.memory.set("Sales", 999);
    const place = host.memory.place("NonOpIncome")!;
    host.memory.typeIn(place.sheet, place.ref, "=1+1");
    const undo = await applyImport(
      host,
      CHOICE,
      await previewImport(host, CHOICE, exampleFiles()),
      TODAY
    );
    expect(value(host, "Sales")).toBe(SALES);
    await undoImport(host, CHOICE, undo, "2026-12-03");
    expect(value(host, "Sales")).toBe(999);
    expect(host.memory.held("NonOpIncome")).toBe("=1+1");
    expect(value(host, "NonOpIncome")).toBe(2);
    const { result } = await checkDefinition(host, workbookLayout(CHOICE), TODAY);
    expect(result.imported).toBeUndefined();
  });
});

describe("accounts the mapping does not know", () => {
  // the example company's books with one expense under a name of its own
  const renamed = (): ImportFile[] => {
    const lines = bookLines(EXAMPLE.statements!, 47_380_000).map((l) =>
      l.account === "雑費" && l.statement === "損益計算書" ? { ...l, account: "特許使用料" } : l
    );
    return [{ name: "残高試算表.csv", bytes: sjis(yayoiText(lines)) }];
  };

  it("are listed for the user, and the preview is ready once each has a line", async () => {
    const host = await builtHost();
    const first = await previewImport(host, CHOICE, renamed());
    expect(first.unassigned.map((u) => u.line.label)).toEqual(["特許使用料"]);
    expect(first.ready).toBe(false);
    await expect(applyImport(host, CHOICE, first, TODAY)).rejects.toThrow("未割当の科目");
    const misc = first.choices.find((c) => c.text.startsWith("販管費 雑費"))!;
    const second = await previewImport(host, CHOICE, renamed(), [
      { statement: "損益計算書", account: "特許使用料", target: misc.target },
    ]);
    expect(second.ready).toBe(true);
    expect(second.inputs.find((i) => i.name === "SGA_misc")?.origin).toContain("特許使用料");
  });

  it("are kept on the mapping sheet, which the next import reads", async () => {
    const host = await builtHost();
    const first = await previewImport(host, CHOICE, renamed());
    const misc = first.choices.find((c) => c.text.startsWith("販管費 雑費"))!;
    const assigned = await previewImport(host, CHOICE, renamed(), [
      { statement: "損益計算書", account: "特許使用料", target: misc.target },
    ]);
    await applyImport(host, CHOICE, assigned, TODAY);
    expect(mappingRowsOf(host.memory).at(-1)).toMatchObject({
      statement: "損益計算書",
      account: "特許使用料",
      choice: misc.text,
    });
    const next = await previewImport(host, CHOICE, renamed());
    expect(next.unassigned).toEqual([]);
    expect(next.mappingSheetNew).toBe(false);
  });

  it("follow a row the user changed on the mapping sheet", async () => {
    const host = await builtHost();
    await applyImport(host, CHOICE, await previewImport(host, CHOICE, exampleFiles()), TODAY);
    // 広告宣伝費 moved to その他 by the user: the next import puts it there
    const row = mappingRowsOf(host.memory).find(
      (r) => r.account === "広告宣伝費" && r.statement === "損益計算書"
    )!;
    const other = (await previewImport(host, CHOICE, exampleFiles())).choices.find((c) =>
      c.text.startsWith("販管費 その他")
    )!;
    host.memory.setCell(MAPPING_SHEET, `C${row.row}`, other.text);
    const preview: ImportPreview = await previewImport(host, CHOICE, exampleFiles());
    expect(preview.inputs.find((i) => i.name === "SGA_other")?.origin).toContain("広告宣伝費");
    expect(preview.inputs.find((i) => i.name === "SGA_advertising")?.value).toBe(0);
  });

  it("a row of the mapping sheet that cannot be read stops the import with its row", async () => {
    const host = await builtHost();
    await applyImport(host, CHOICE, await previewImport(host, CHOICE, exampleFiles()), TODAY);
    const row = mappingRowsOf(host.memory)[3]!;
    host.memory.setCell(MAPPING_SHEET, `C${row.row}`, "どこか");
    const preview = await previewImport(host, CHOICE, exampleFiles());
    expect(preview.ready).toBe(false);
    expect(preview.problems[0]).toBe(
      `勘定科目対応シート ${row.row}行目「${row.account}」の入れる行「どこか」が一覧にありません。`
    );
  });
});
