/**
 * 様式01 BCP表紙・目次: the cover with the company, the dates of writing and revision, and a table
 * of contents that lists the sheets actually in the workbook under the guideline's six headings
 * (guideline lines 4280-4310), with the page each starts on when the workbook is printed in tab
 * order with the sheets' own print settings.
 */
import type { SheetBuilder } from "../sheets/builder";
import { pagesOf } from "../sheets/print";
import type { SheetDef } from "../sheets/types";
import { formOfKey, formSheetKey, renderForm } from "./render";
import { type FormSpec, type RenderOptions, type Text, entry, tx } from "./spec";

export const CONTENTS_SHEET = "様式01_表紙目次";

/** The guideline's 目次 headings and the sheets that belong under each (by sheet key). */
const HEADINGS: readonly { text: Text; keys: (key: string) => boolean }[] = [
  { text: tx("1. 基本方針", "1. Basic policy"), keys: (k) => is(k, ["02", "入門1"]) },
  {
    text: tx("2. BCPの運用体制", "2. Organisation"),
    keys: (k) => is(k, ["03", "05", "入門4", "入門5"]),
  },
  {
    text: tx("3. 中核事業と復旧目標", "3. Core business and recovery targets"),
    keys: (k) => is(k, ["06", "07", "入門2"]),
  },
  {
    text: tx("4. 財務診断と事前対策計画", "4. Financial diagnosis and preventive measures"),
    keys: (k) => !k.startsWith("forms.") || is(k, ["09", "入門3"]),
  },
  { text: tx("5. 緊急時におけるBCP発動", "5. Activating the BCP"), keys: () => false },
  { text: tx("(1) 発動フロー", "(1) Activation flow"), keys: () => false },
  { text: tx("(2) 避難", "(2) Evacuation"), keys: (k) => is(k, ["10"]) },
  {
    text: tx("(3) 情報連絡", "(3) Communication"),
    keys: (k) => is(k, ["04", "11", "12-1", "12-2", "12-3", "13", "14", "15"]),
  },
  {
    text: tx("(4) 資源", "(4) Resources"),
    keys: (k) => is(k, ["08", "16-1", "16-2", "16-3", "17-1", "17-2", "18", "19"]),
  },
  { text: tx("(5) 地域貢献", "(5) Community"), keys: (k) => is(k, ["20"]) },
  {
    text: tx("6. 自己診断結果", "6. Self-check results"),
    keys: (k) => k === "forms.readiness" || k === "forms.selfDiagnosis",
  },
];

function is(key: string, forms: readonly string[]): boolean {
  return forms.some((no) => formSheetKey(no) === formOfKey(key));
}

const WORDS = {
  ja: {
    contents: "目 次 構 成",
    header: ["目次", "様式類（シート）", "頁"],
    note: "頁は、ブックをシートの並び順に、各シートの印刷設定のまま印刷したときの開始頁です。",
  },
  en: {
    contents: "Contents",
    header: ["Section", "Sheet", "Page"],
    note: "Pages are where each sheet starts when the workbook is printed in tab order with each sheet's print settings.",
  },
} as const;

/** The cover's fields; the 目次 is added for the sheets of the workbook being built. */
export const FORM01: FormSpec = {
  no: "01",
  title: tx("BCP表紙・目次", "Cover and contents"),
  sheetName: CONTENTS_SHEET,
  purpose: tx(
    "BCPの表紙です。作成日と改訂日を記入します。目次はこのブックにあるシートから作られます。",
    "The cover of the BCP: enter when it was written and revised. The contents list the sheets of this workbook."
  ),
  columnWidths: [34, 40, 8],
  fitOnePage: true,
  sections: [
    { kind: "heading", text: tx("事業継続計画", "Business Continuity Plan") },
    {
      kind: "fields",
      fields: [
        { ...entry("Company", "会社名", "Company", true), shownFrom: ["CompanyName"] },
        { ...entry("Written", "作成日", "Written on", true), kind: "date" },
        { ...entry("Revised", "改訂日", "Revised on"), kind: "date" },
        { ...entry("Edition", "版（第何版）", "Edition"), kind: "number" },
        entry("Representative", "代表者", "Representative"),
      ],
    },
    // the record a filed BCP keeps of its revisions: when, which edition, what, approved by whom
    { kind: "heading", text: tx("改訂履歴", "Revision history") },
    {
      kind: "table",
      key: "Revisions",
      columns: [
        { key: "Date", label: tx("改訂日", "Date"), kind: "date", width: 34 },
        { key: "Edition", label: tx("版", "Edition"), kind: "number" },
        { key: "Content", label: tx("改訂内容", "What changed") },
        { key: "Approver", label: tx("承認者", "Approved by") },
      ],
      rows: 5,
    },
  ],
};

/** The 目次: each heading with the sheets under it and the page each starts on. */
function tableOfContents(
  s: SheetBuilder,
  options: RenderOptions,
  sheets: readonly SheetDef[],
  ownPage: number
) {
  const w = WORDS[options.locale];
  s.title(w.contents, null);
  s.header(w.header);
  const starts = new Map<string, number>();
  let page = ownPage + 1; // this sheet is one page
  for (const sheet of sheets) {
    starts.set(sheet.key, page);
    page += pagesOf(sheet);
  }
  for (const heading of HEADINGS) {
    const under = sheets.filter((sh) => heading.keys(sh.key));
    s.label(0, heading.text[options.locale]);
    if (under.length === 0) s.row += 1;
    under.forEach((sheet) => {
      s.label(1, sheet.name);
      s.formula(2, String(starts.get(sheet.key)), { format: "integer" });
      s.row += 1;
    });
  }
  s.note(w.note);
}

/**
 * The cover and contents for the given sheets (in workbook order, this sheet first). The contents
 * sheet is one page, page `ownPage` of the document (1 in the workbook; after the summary in the
 * lender copy); the others follow.
 */
export function contentsSheet(
  sheets: readonly SheetDef[],
  options: RenderOptions,
  ownPage = 1
): SheetDef {
  return renderForm(
    {
      ...FORM01,
      sections: [
        ...FORM01.sections,
        { kind: "custom", render: (s, o) => tableOfContents(s, o, sheets, ownPage) },
      ],
    },
    options
  );
}
