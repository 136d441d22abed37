/**
 * The package's parts deflated again by Node's zlib: the same files (checked against the CRC-32s
 * the writer computed), smaller, and a workbook ExcelJS and the package checks read as before.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { deflateRawSync } from "zlib";
import { deflateEntries } from "../../src/file/zipContainer";
import { writeXlsxBytes } from "../../src/file/xlsx";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { ooxmlProblems } from "../helpers/ooxml";

const deflateRaw = (data: Uint8Array) => deflateRawSync(data, { level: 1 });

describe("a stored package deflated by another compressor", () => {
  it("keeps every part, name and order, and each part's CRC-32 still holds", async () => {
    const zip = new JSZip();
    const parts: Record<string, string> = {
      "[Content_Types].xml": "<Types/>".repeat(200),
      "xl/worksheets/sheet1.xml": "<row><c r='A1'/></row>".repeat(500),
      "docProps/app.xml": "勘定科目対応".repeat(50),
    };
    for (const [name, text] of Object.entries(parts)) zip.file(name, text);
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const packed = await deflateEntries(stored, deflateRaw);
    expect(packed.length).toBeLessThan(stored.length / 5);
    const back = await JSZip.loadAsync(packed, { checkCRC32: true });
    const files = Object.keys(back.files).filter((name) => !back.files[name]?.dir);
    expect(files).toEqual(Object.keys(parts));
    for (const [name, text] of Object.entries(parts))
      expect(await back.file(name)?.async("string")).toBe(text);
  });

  it("refuses a package whose parts are compressed already", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>".repeat(100));
    const deflated = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await expect(deflateEntries(deflated, deflateRaw)).rejects.toThrow("already compressed");
  });

  it("gives the workbook the command line writes: read back by ExcelJS, nothing Excel repairs", async () => {
    const def = workbookDefinition({ course: "中級", industry: "製造業", forms: [] });
    const bytes = await writeXlsxBytes(def, { deflateRaw });
    expect(await ooxmlProblems(bytes)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(def.sheets.map((s) => s.name));
  });
});
