/**
 * The per-entity forms as the copies print them: a card per organisation, employee, customer or
 * supplier, portrait, readable, never split across pages, while the workbook keeps its table.
 * Checked in LibreOffice's PDF as well.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evaluatedWorkbook, writeXlsx } from "../../src/file/xlsx";
import { printLayout } from "../../src/sheets/print";
import { parseA1 } from "../../src/sheets/address";
import type { SheetDef } from "../../src/sheets/types";
import { printsAsCards, withCards } from "../../src/usecases/printCards";
import { exportDefinition } from "../../src/usecases/export";
import { contentsFor, workbookDefinition } from "../../src/usecases/workbookChoice";
import { convert } from "../helpers/libreoffice";

const CHOICE = { course: "上級", industry: "製造業", forms: ["all"] } as const;
const FONT_POINTS = 11;

const texts = (def: SheetDef) => def.cells.map((c) => c.value);

describe("a wide per-entity form printed as cards", () => {
  const def = workbookDefinition(CHOICE);
  const orgs = def.sheets.find((s) => s.name === "様式11_主要組織") as SheetDef;
  const memory = evaluatedWorkbook(def, {
    Form11_Orgs_Name: ["○○信用金庫 本店", "△△電力 営業所"],
    Form11_Orgs_Kind: ["金融機関", "電力"],
  } as never);

  it("gives each entity a card of its columns, label beside value, on portrait pages", () => {
    const cards = withCards(orgs, memory);
    expect(cards.landscape).toBeFalsy();
    expect(cards.tables).toBeUndefined();
    expect(texts(cards)).toContain("〔1〕 金融機関　○○信用金庫 本店");
    expect(texts(cards)).toContain("〔2〕 電力　△△電力 営業所");
    expect(texts(cards)).not.toContain("〔3〕");
    // every column header of the table is a label of each card
    const table = orgs.tables?.[0];
    for (const header of table?.columns ?? [])
      expect(texts(cards).filter((t) => t === header)).toHaveLength(2);
    expect(cards.keepTogether).toHaveLength(2);
  });

  it("prints at 8 pt or more and breaks a page only between cards", () => {
    for (const sheet of def.sheets.filter(printsAsCards)) {
      const cards = withCards(sheet, memory);
      const layout = printLayout(cards);
      expect((layout.scale * FONT_POINTS) / 100).toBeGreaterThanOrEqual(8);
      for (const after of layout.breaks)
        for (const [from, to] of cards.keepTogether ?? [])
          expect(after >= from && after < to).toBe(false);
    }
  });

  it("leaves blank cards to fill in by hand when the table is empty, and other sheets as they are", () => {
    const empty = evaluatedWorkbook(def, {});
    expect(texts(withCards(orgs, empty))).toEqual(
      expect.arrayContaining(["〔1〕", "〔2〕", "〔3〕"])
    );
    const policy = def.sheets.find((s) => s.name === "様式02_基本方針") as SheetDef;
    expect(withCards(policy, empty)).toBe(policy);
  });

  it("keeps the workbook's table: the course still has it, only the copy prints cards", () => {
    expect(orgs.tables?.[0]?.columns.length).toBeGreaterThan(8);
    expect(def.sheets.filter(printsAsCards).map((s) => s.name)).toEqual([
      "様式11_主要組織",
      "様式12-2_従業員個別",
      "様式15_主要顧客",
      "様式17-2_供給者",
    ]);
  });

  it("comes out of LibreOffice as cards, on the pages the copy's 目次 gives", async () => {
    const copy = exportDefinition(def, memory, {
      course: "上級",
      courseLabel: "上級コース・製造業",
      today: "2026-12-02",
      lender: false,
      print: true,
      contents: contentsFor(CHOICE),
    });
    // the cards open with the copy's own legend, not the workbook's input legend and marker
    const cards = copy.def.sheets.find((s) => s.name === "様式11_主要組織") as SheetDef;
    const legend = cards.cells.find((c) => c.ref === "A1");
    expect(String(legend?.value)).toContain("印刷・保管用の写し");
    expect(legend?.name).toBeUndefined();
    expect(cards.cells.some((c) => String(c.value).includes("黄色のセル"))).toBe(false);
    const file = join(mkdtempSync(join(tmpdir(), "bcp-cards-")), "bcp.xlsx");
    writeFileSync(file, await writeXlsx(copy.def, { memory: copy.memory }));
    const pages = execFileSync("pdftotext", ["-layout", convert(file, "pdf"), "-"], {
      encoding: "utf8",
    })
      .split("\f")
      .map((p) => p.replace(/[\s\u3000]+/g, " "));
    const onPage = (text: string) => pages.findIndex((p) => p.includes(text)) + 1;
    expect(onPage("〔2〕 電力 △△電力 営業所")).toBeGreaterThan(0);
    // the 目次 of the copy says where 様式11 starts, and that is where its title prints
    const cover = copy.def.sheets[0] as SheetDef;
    const row = cover.cells.find((c) => c.value === "様式11_主要組織");
    const page = cover.cells.find((c) => c.ref === `C${parseA1(row?.ref ?? "B1").row}`)?.value;
    expect(onPage("【様式11】主要組織の連絡先")).toBe(Number(page));
  });
});
