/**
 * Checks of an .xlsx package for what makes Excel offer to repair a file: every part well-formed
 * and declared in [Content_Types].xml, and the constructs ECMA-376 restricts that the writers have
 * got wrong (drawing anchors, conditional-format priorities, page breaks, print areas, defined
 * names). Excel's own schemas are not available offline here, so the rules are written out below,
 * each from the part of ECMA-376 Part 1 (5th edition) it comes from.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: false,
});

/** Excel's grid: 1,048,576 rows and 16,384 columns (0-based indexes up to these less one). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN_INDEX = 16_383;
const CELL_LIKE = /^\$?[A-Za-z]{1,3}\$?\d+$/;

function all(node: unknown, key: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, key, out));
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) (Array.isArray(v) ? v : [v]).forEach((x) => out.push(x as Node));
      all(v, key, out);
    }
  }
  return out;
}

const columnNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cells of an area ("B5", "B5:D9") as "column:row" keys. */
function cellsOf(area: string): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(area);
  if (m === null) return [];
  const [left, top] = [columnNumber(m[1] as string), Number(m[2])];
  const [right, bottom] = m[3] === undefined ? [left, top] : [columnNumber(m[3]), Number(m[4])];
  const out: string[] = [];
  for (let c = left; c <= right; c++) for (let r = top; r <= bottom; r++) out.push(`${c}:${r}`);
  return out;
}

export async function ooxmlProblems(bytes: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
  const text = new Map<string, string>();
  for (const part of parts) {
    if (!/\.(xml|rels)$/.test(part)) continue;
    const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
    text.set(part, xml);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) problems.push(`${part}: not well-formed (${valid.err.msg})`);
  }

  // [Content_Types].xml (Part 2, 10.1.2.2): every part has a content type
  const types = parser.parse(text.get("[Content_Types].xml") ?? "") as Node;
  const defaults = new Set(all(types, "Default").map((d) => String(d["@Extension"]).toLowerCase()));
  const overrides = new Set(all(types, "Override").map((o) => String(o["@PartName"])));
  for (const part of parts) {
    const ext = part.split(".").pop()?.toLowerCase() ?? "";
    if (part !== "[Content_Types].xml" && !overrides.has(`/${part}`) && !defaults.has(ext))
      problems.push(`${part}: no content type`);
  }

  for (const [part, xml] of text) {
    const doc = parser.parse(xml) as Node;
    if (part.startsWith("xl/drawings/") && part.endsWith(".xml")) {
      // 20.5.2.24 oneCellAnchor has no editAs attribute (only twoCellAnchor has, 20.5.2.33)
      for (const anchor of all(doc, "xdr:oneCellAnchor"))
        if ("@editAs" in anchor) problems.push(`${part}: oneCellAnchor with editAs`);
      for (const anchor of all(doc, "xdr:twoCellAnchor"))
        for (const corner of ["xdr:from", "xdr:to"])
          if (!(corner in anchor)) problems.push(`${part}: twoCellAnchor without ${corner}`);
    }
    if (part.startsWith("xl/worksheets/sheet")) {
      // 18.3.1.32 dataValidation: one rule per cell; of two over the same cell LibreOffice keeps
      // only the first (ExcelJS writes such pairs from per-cell rules, exceljs #2820)
      const ruled = new Set<string>();
      for (const v of all(doc, "dataValidation"))
        for (const area of String(v["@sqref"]).split(" "))
          for (const cell of cellsOf(area)) {
            if (ruled.has(cell)) problems.push(`${part}: ${cell} under two validation rules`);
            ruled.add(cell);
          }
      // 18.3.1.10 cfRule priority: a positive number, unique within the sheet
      const priorities = all(doc, "cfRule").map((r) => Number(r["@priority"]));
      if (priorities.some((p) => !(Number.isInteger(p) && p >= 1)))
        problems.push(`${part}: a conditional-format rule without a positive priority`);
      if (new Set(priorities).size !== priorities.length)
        problems.push(
          `${part}: ${priorities.length - new Set(priorities).size} repeated cfRule priorities`
        );
      // 18.3.1.3 brk: a row break's id is a row, its max the last column index; the counts agree
      for (const [kind, idMax, spanMax] of [
        ["rowBreaks", MAX_ROW, MAX_COLUMN_INDEX],
        ["colBreaks", MAX_COLUMN_INDEX + 1, MAX_ROW - 1],
      ] as const) {
        for (const breaks of all(doc, kind)) {
          const brks = all(breaks, "brk");
          if (Number(breaks["@count"]) !== brks.length)
            problems.push(`${part}: ${kind} count ${String(breaks["@count"])} for ${brks.length}`);
          for (const brk of brks) {
            const id = Number(brk["@id"]);
            const max = Number(brk["@max"] ?? 0);
            if (!(id >= 1 && id <= idMax)) problems.push(`${part}: ${kind} id ${id}`);
            if (!(max >= 0 && max <= spanMax)) problems.push(`${part}: ${kind} max ${max}`);
          }
        }
      }
      for (const col of all(doc, "col"))
        if (!(Number(col["@width"]) > 0)) problems.push(`${part}: a column without a width`);
    }
    if (part === "xl/workbook.xml") {
      const sheets = all(doc, "sheet").length;
      const seen = new Set<string>();
      for (const name of all(doc, "definedName")) {
        const key = `${String(name["@name"]).toLowerCase()}@${String(name["@localSheetId"] ?? "")}`;
        // 18.2.5 names: unique per scope, compared case-insensitively, not a cell reference
        if (seen.has(key))
          problems.push(`workbook.xml: name ${String(name["@name"])} defined twice`);
        seen.add(key);
        if (CELL_LIKE.test(String(name["@name"])))
          problems.push(`workbook.xml: name ${String(name["@name"])} looks like a cell`);
        const local = name["@localSheetId"];
        if (local !== undefined && !(Number(local) >= 0 && Number(local) < sheets))
          problems.push(`workbook.xml: localSheetId ${String(local)}`);
        // 18.2.6: a print area is an absolute reference
        if (name["@name"] === "_xlnm.Print_Area") {
          const ref = String(name["#text"]).split("!").pop() as string;
          if (!/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/.test(ref))
            problems.push(`workbook.xml: print area ${String(name["#text"])} is not absolute`);
        }
      }
    }
  }
  return problems;
}
