/**
 * The workbook's record of an import, as it prints: a landscape page at a readable size, the
 * long table of inputs last so that every page it runs over repeats its header row, and the
 * 検証結果 laid out for the same landscape page.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importFiles } from "../../src/accounting/importFiles";
import { importRecordSheet, importRecords } from "../../src/usecases/importInputs";
import { printLayout, readableWidths } from "../../src/sheets/print";
import { validationSheet } from "../../src/validation/sheet";

const BOOKS = join(__dirname, "../../examples/books");

describe("the 取込記録 sheet", () => {
  const files = ["残高試算表.csv", "固定資産台帳.csv"].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(BOOKS, name))),
  }));
  const result = importFiles(files, { industry: "製造業" });
  const records = importRecords(result);
  const def = importRecordSheet(result, records, "2026-12-02", "和暦");

  it("keeps its columns as laid out for a landscape page", () => {
    expect(def.landscape).toBe(true);
    expect(def.columnWidths).toEqual(readableWidths([22, 22, 18, 58], true));
    expect(def.columnWidths).toEqual([22, 22, 18, 58]);
  });

  it("repeats the inputs' header on every page the inputs run over", () => {
    const layout = printLayout(def);
    const inputsHeader = def.cells.find((c) => c.role === "header" && c.value === "入力欄");
    expect(layout.pages).toBeGreaterThan(1);
    expect(layout.scale).toBeGreaterThanOrEqual(80);
    expect(layout.titleRow).toBe(Number(inputsHeader?.ref.slice(1)));
    expect(layout.breaks.every((b) => b >= (layout.titleRow as number))).toBe(true);
  });

  it("writes the import date in the chosen style and one row per input", () => {
    const text = (ref: string) => def.cells.find((c) => c.ref === ref)?.value;
    expect(text("B3")).toBe("令和8年12月2日");
    expect(
      importRecordSheet(result, records, "2026-12-02", "西暦").cells.find((c) => c.ref === "B3")
        ?.value
    ).toBe("2026年12月2日");
    const names = def.cells.filter(
      (c) => c.ref.startsWith("B") && records.some((r) => r.name === c.value)
    );
    expect(names).toHaveLength(records.length);
  });
});

describe("the 検証結果 sheet", () => {
  it("fits its columns to the landscape page it prints on", () => {
    const def = validationSheet({
      findings: [],
      requiredFilled: 0,
      requiredTotal: 0,
      defaultsKept: 0,
      checkedOn: "2026-12-02",
      status: "問題なし",
    });
    expect(def.landscape).toBe(true);
    expect(def.columnWidths).toEqual(readableWidths([8, 20, 8, 90], true));
  });
});
