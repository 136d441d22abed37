/**
 * A small language for the BCP 様式: a form is a list of sections (fields, tables with one row per
 * entry, check lists, questions), each label in Japanese and English. `render.ts` turns a form
 * into a sheet definition for the chosen course, language and date style.
 */
import type { SheetBuilder } from "../sheets/builder";
import type { DefinedName } from "../sheets/names";
import type { Course } from "../sheets/course";

export type Locale = "ja" | "en";
export interface Text {
  ja: string;
  en: string;
}
export const tx = (ja: string, en: string): Text => ({ ja, en });

export type DateStyle = "和暦" | "西暦";

/** The most rows a repeating table may be laid out with (one request stays under 1 MB). */
export const TABLE_ROWS_MAX = 1000;

export interface RenderOptions {
  course: Course;
  locale: Locale;
  dateStyle: DateStyle;
  /** named cells of the sheets built before this one (course, earlier forms): name → sheet */
  sources: ReadonlyMap<DefinedName, string>;
  /** rows laid out in each repeating table, when more than the form's own (1 … TABLE_ROWS_MAX) */
  tableRows?: number;
  /** rows a table has in the workbook, by table name, when the user inserted some */
  rowsByTable?: Readonly<Record<string, number>>;
  /** which copy of a form repeated per core business, site or employee (2, 3 …; 1 the form) */
  copy?: number;
}

/** text, an amount in 千円, a plain number, a date, or a choice from a list */
export type FieldKind = "text" | "amount" | "million" | "number" | "date" | "level";

export interface Field {
  /** ASCII key; the cell is named Form<no>_<key> */
  key: string;
  label: Text;
  kind?: FieldKind;
  list?: readonly Text[];
  required?: boolean;
  /** default content the user may type over */
  value?: Text;
  /**
   * A figure the 財務診断モデル or an earlier form holds: when that sheet is built too, the cell
   * shows the first of these names that exists instead of asking for it again.
   */
  shownFrom?: readonly DefinedName[];
}

export interface Column {
  key: string;
  label: Text;
  kind?: FieldKind;
  list?: readonly Text[];
  width?: number;
  required?: boolean;
  /** a computed column: the formula for one row, given the addresses of that row's cells */
  formula?: (cells: Readonly<Record<string, string>>) => string;
}

export type Section =
  | { kind: "heading"; text: Text }
  | { kind: "note"; text: Text }
  | { kind: "fields"; fields: readonly Field[] }
  | {
      kind: "table";
      /** ASCII key of the table */
      key: string;
      columns: readonly Column[];
      /** rows laid out (the user adds more by extending the table) */
      rows: number;
      /** first-column entries printed in the guideline (the user may change them) */
      items?: readonly Text[];
    }
  | {
      kind: "checklist";
      key: string;
      items: readonly Text[];
      /** empty rows for the company's own items */
      blankRows: number;
      /** a note column beside each item */
      noteHeader?: Text;
    }
  | { kind: "questions"; key: string; questions: readonly Text[] }
  | { kind: "custom"; render: (s: SheetBuilder, options: RenderOptions) => void };

export interface FormSpec {
  /** "01" … "20", "12-1"; "入門1" … "入門5" */
  no: string;
  title: Text;
  /** sheet tab name (Japanese; kept in both languages so formulas and links stay the same) */
  sheetName: string;
  /** what the form is for, in the product's words */
  purpose: Text;
  sections: readonly Section[];
  columnWidths: readonly number[];
  landscape?: boolean;
  /** print on one page (the cover) */
  fitOnePage?: boolean;
  /** holds employees' private contacts (left out of the lender copy) */
  personalData?: boolean;
  /**
   * a card whose sides (from each heading) sit side by side on a portrait page, to fold into a
   * pocket card (様式04); the column widths are those of one side, label and entry, and a gap
   */
  foldedCard?: boolean;
}

/** A labelled entry (a field or a table column), required or not. */
export function entry(key: string, ja: string, en: string, required = false): Field & Column {
  return { key, label: tx(ja, en), ...(required ? { required: true } : {}) };
}

/** A formula counting the cells among `refs` (not necessarily adjacent) that hold `word`. */
export function countOf(refs: readonly string[], word: string): string {
  return refs.length === 0 ? "0" : `SUM(${refs.map((r) => `IF(${r}="${word}",1,0)`).join(",")})`;
}

export const YES_NO: readonly Text[] = [tx("はい", "Yes"), tx("いいえ", "No")];
/** The mark of a ticked line (check lists, 様式09's 実施), the same in both languages. */
export const CHECK_MARK = "✓";
export const CHECK: readonly Text[] = [tx(CHECK_MARK, CHECK_MARK)];

/**
 * The forms a BCP holds once per employee (04), core business (06), hazard (07) or site (10): the
 * user may have several copies of each.
 */
export const REPEATABLE: readonly string[] = ["04", "06", "07", "10"];

/** The most copies of a repeated form a workbook may have. */
export const COPIES_MAX = 20;
