import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { CONTENTS_SHEET } from "../../src/forms/contents";
import { pagesOf, printLayout } from "../../src/sheets/print";
import { NUMBER_FORMATS, type SheetDef } from "../../src/sheets/types";

function contentsRows(sheet: SheetDef): { sheet: string; page: number }[] {
  const byRow = new Map<string, { sheet?: string; page?: number }>();
  for (const c of sheet.cells) {
    const row = c.ref.replace(/^[A-Z]+/, "");
    const entry = byRow.get(row) ?? {};
    if (c.ref.startsWith("B") && c.role === "label") entry.sheet = String(c.value);
    if (c.ref.startsWith("C") && c.role === "formula") entry.page = Number(c.formula);
    byRow.set(row, entry);
  }
  return [...byRow.values()]
    .filter((e) => e.sheet !== undefined && e.page !== undefined)
    .map((e) => ({ sheet: e.sheet as string, page: e.page as number }));
}

describe("様式01 BCP表紙・目次", () => {
  it("comes first and lists every other sheet built, once, with its first page", () => {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01", "06", "09", "18", "自己診断"],
    });
    const [cover, ...rest] = def.sheets;
    expect(cover?.name).toBe(CONTENTS_SHEET);
    const rows = contentsRows(cover as SheetDef);
    expect(rows.map((r) => r.sheet).sort()).toEqual(rest.map((s) => s.name).sort());
    // pages follow the tab order: the cover is page 1
    let page = 2;
    for (const sheet of rest) {
      expect(rows.find((r) => r.sheet === sheet.name)?.page).toBe(page);
      page += pagesOf(sheet);
    }
  });

  it("puts each sheet under the guideline's heading", () => {
    const def = workbookDefinition({
      course: "基本",
      industry: "卸・小売業",
      forms: ["01", "02", "10", "15", "19", "取組状況"],
    });
    const cover = def.sheets[0] as SheetDef;
    const headingRow = (text: string) =>
      Number(cover.cells.find((c) => c.value === text)?.ref.replace(/^[A-Z]+/, ""));
    const sheetRow = (name: string) =>
      Number(cover.cells.find((c) => c.value === name)?.ref.replace(/^[A-Z]+/, ""));
    expect(sheetRow("様式02_基本方針")).toBe(headingRow("1. 基本方針"));
    expect(sheetRow("様式10_避難計画")).toBe(headingRow("(2) 避難"));
    expect(sheetRow("様式15_主要顧客")).toBe(headingRow("(3) 情報連絡"));
    expect(sheetRow("様式19_災害対応用具")).toBe(headingRow("(4) 資源"));
    expect(sheetRow("チェック_取組状況")).toBe(headingRow("6. 自己診断結果"));
    // the course's sheets are the 財務診断
    expect(sheetRow(def.sheets[1]?.name as string)).toBe(headingRow("4. 財務診断と事前対策計画"));
  });

  it("lists only what was built: the forms alone have no diagnosis sheets", () => {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01", "03"],
      formsOnly: true,
    });
    expect(def.sheets.map((s) => s.name)).toEqual([CONTENTS_SHEET, "様式03_策定運用体制"]);
    expect(contentsRows(def.sheets[0] as SheetDef)).toEqual([
      { sheet: "様式03_策定運用体制", page: 2 },
    ]);
  });

  it.each([
    ["和暦", NUMBER_FORMATS.dateWareki],
    ["西暦", NUMBER_FORMATS.dateSeireki],
  ] as const)("shows the dates in %s", (dateStyle, format) => {
    const def = workbookDefinition({
      course: "中級",
      industry: "製造業",
      forms: ["01"],
      formsOnly: true,
      dateStyle,
    });
    const written = def.sheets[0]?.cells.find((c) => c.name === "Form01_Written");
    expect(written).toMatchObject({ role: "input", required: true });
    expect(NUMBER_FORMATS[written?.format as keyof typeof NUMBER_FORMATS]).toBe(format);
  });

  it("takes the company name from the diagnosis when the course is built", () => {
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["01"] });
    expect(def.sheets[0]?.cells.find((c) => c.name === "Form01_Company")).toMatchObject({
      role: "formula",
    });
  });
});

describe("pages of a sheet (A4, 0.88 of the printable height at the sheet's scale)", () => {
  const sheet = (rows: number, extra: Partial<SheetDef> = {}): SheetDef => ({
    key: "k",
    name: "n",
    columnWidths: [],
    cells: [{ ref: `A${rows}`, role: "label", value: "x" }],
    ...extra,
  });

  it("one narrow column at 100 %: 40 rows of 15 pt fit a portrait page", () => {
    expect(printLayout(sheet(40))).toEqual({ scale: 100, breaks: [], pages: 1, titleRow: null });
    expect(printLayout(sheet(41))).toEqual({ scale: 100, breaks: [40], pages: 2, titleRow: null });
    expect(pagesOf(sheet(26, { landscape: true }))).toBe(2);
  });

  it("taller rows take more room; with no table running on, nothing repeats", () => {
    const tall = sheet(40, { rowHeights: { 10: 60 } });
    expect(pagesOf(tall)).toBe(2);
    expect(printLayout(sheet(79)).breaks).toEqual([40]);
  });

  // #17: a continuation page repeats the column headers of its own table, not the sheet's first
  // title
  it("a table that runs on to the next page repeats its header row there", () => {
    const long = sheet(79, {
      cells: [
        { ref: "A2", role: "title", value: "表 参考.1-1" },
        { ref: "A3", role: "header", value: "科目" },
        { ref: "A10", role: "title", value: "表 参考.1-3" },
        { ref: "A11", role: "header", value: "科目" },
        { ref: "A79", role: "label", value: "x" },
      ],
    });
    const layout = printLayout(long);
    expect(layout.titleRow).toBe(11);
    // rows 41-79 and the repeated header fill the second page exactly
    expect(layout.breaks).toEqual([40]);
  });

  it("breaks inside two different tables repeat nothing (one row range per sheet)", () => {
    const cells: SheetDef["cells"] = [
      { ref: "A2", role: "title", value: "一" },
      { ref: "A3", role: "header", value: "h" },
      { ref: "A45", role: "title", value: "二" },
      { ref: "A46", role: "header", value: "h" },
      { ref: "A120", role: "label", value: "x" },
    ];
    const layout = printLayout(sheet(120, { cells }));
    expect(layout.breaks.length).toBe(2);
    expect(layout.titleRow).toBeNull();
  });

  it("wide sheets print smaller and so fit more rows", () => {
    const wide = sheet(60, { columnWidths: [100, 100] });
    wide.cells.push({ ref: "B1", role: "label", value: "y" });
    const layout = printLayout(wide);
    expect(layout.scale).toBeLessThan(40);
    expect(layout.pages).toBe(1);
  });

  it("a sheet fitted to one page is one page whatever its length", () => {
    expect(pagesOf(sheet(200, { fitOnePage: true }))).toBe(1);
  });
});

// #17: a cover a company files: who represents it, and the record of its revisions
describe("様式01 as a cover", () => {
  const def = workbookDefinition({ course: "中級", industry: "製造業", forms: ["01", "02"] });
  const cover = def.sheets.find((s) => s.name === CONTENTS_SHEET) as SheetDef;
  const texts = cover.cells.map((c) => String(c.value ?? ""));

  it("asks for the company, the dates, the edition and the 代表者", () => {
    for (const label of ["会社名", "作成日", "改訂日", "版（第何版）", "代表者"])
      expect(texts).toContain(label);
    expect(cover.cells.find((c) => c.name === "Form01_Representative")?.role).toBe("input");
  });

  it("keeps a 改訂履歴 table: date, edition, what changed, approved by", () => {
    expect(texts).toContain("改訂履歴");
    for (const header of ["改訂日", "版", "改訂内容", "承認者"]) expect(texts).toContain(header);
    expect(cover.tables?.map((t) => t.name)).toContain("Form01_Revisions");
  });
});
