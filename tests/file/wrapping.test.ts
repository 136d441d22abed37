/**
 * Text the user types after the build stays inside its cell on paper: every text input wraps
 * (set at build, since a protected sheet would not let the user turn it on) and its row keeps no
 * fixed height, so the row grows with the text; labels and figures are aligned to the top.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { MemoryWorkbook } from "../../src/engine/memory";
import { writeXlsx } from "../../src/file/xlsx";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { convert } from "../helpers/libreoffice";

const def = workbookDefinition({
  course: "中級",
  industry: "製造業",
  forms: ["02"],
  formsOnly: true,
});
const sheet = def.sheets.find((s) => s.key.startsWith("forms."));
const field = sheet?.cells.find(
  (c) => c.role === "input" && c.format === "text" && (c.value === undefined || c.value === "")
);
// a sentence far longer than its column, ending in a word to look for on the page
const TYPED =
  "当社は地域の製造業として、災害時にも主要取引先への供給を続けることを最優先とし、従業員の安全を確保したうえで重要業務を早期に再開します。最終確認語句";

describe("a sentence typed into a 様式 after the build", () => {
  it("the field is set to wrap and its row has no fixed height", () => {
    expect(field).toBeDefined();
    expect(field?.wrap).toBe(true);
    const row = Number(field?.ref.replace(/^[A-Z]+/, ""));
    expect(sheet?.rowHeights?.[row]).toBeUndefined();
  });

  it("prints whole through LibreOffice, and the file says wrap and top alignment", async () => {
    const memory = new MemoryWorkbook();
    memory.build(def);
    memory.setCell(sheet?.name ?? "", field?.ref ?? "", TYPED);
    const file = join(mkdtempSync(join(tmpdir(), "bcp-wrap-")), "form.xlsx");
    writeFileSync(file, await writeXlsx(def, { memory }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cell = wb.getWorksheet(sheet?.name ?? "")?.getCell(field?.ref ?? "");
    expect(cell?.alignment).toMatchObject({ wrapText: true, vertical: "top" });
    const text = execFileSync("pdftotext", [convert(file, "pdf"), "-"], { encoding: "utf8" });
    expect(text.replace(/\s/g, "")).toContain("最終確認語句");
  });
});
