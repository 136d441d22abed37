/**
 * Renders a 様式 (FormSpec) into a sheet definition: header with the form's number, title and
 * 要求度 for the course, then its sections. Inputs are named Form<no>_<key>; tables get one
 * defined name per column over their rows and are marked as Excel tables; rows inserted inside a
 * table widen those names.
 */
import { a1 } from "../sheets/address";
import {
  AMOUNT,
  INPUT_LEGEND,
  INPUT_LEGEND_EN,
  type InputOptions,
  SheetBuilder,
} from "../sheets/builder";
import type { DefinedName } from "../sheets/names";
import type { NumberFormatKey, SheetDef, Validation } from "../sheets/types";
import { requirementLine, requirementOf } from "./requirement";
import {
  CHECK,
  CHECK_MARK,
  type Column,
  type Field,
  type FieldKind,
  type FormSpec,
  type Locale,
  type RenderOptions,
  type Section,
  type Text,
  YES_NO,
} from "./spec";

/**
 * The names' prefix of a form or of its copy: "06" → Form06, "12-1" → Form12_1, "入門3" → Intro3,
 * 様式06's second copy → Form06c2.
 */
export function formPrefix(no: string, copy = 1): `Form${string}` | `Intro${string}` {
  const own = no.startsWith("入門") ? `Intro${no.slice(2)}` : `Form${no.replace("-", "_")}`;
  return copy > 1 ? (`${own}c${copy}` as `Form${string}`) : (own as `Form${string}`);
}

export function formSheetKey(no: string, copy = 1): string {
  return `forms.${formPrefix(no, copy)}`;
}

/** The key of the form a sheet is, or is a copy of. */
export const formOfKey = (key: string): string => key.replace(/c\d+$/, "");

// Rows inserted inside a table widen the names and totals over its columns; rows typed below it
// would not, hence the advice.
const LEGEND: Text = {
  ja: "黄色のセルが記入欄です。表の行が足りないときは、表の中で右クリックし［挿入］→［テーブルの行（上）］で増やします。",
  en: "Yellow cells are for your entries. To add rows to a table, right-click inside it and choose Insert > Table Rows Above.",
};
const SHOWN_FROM: Text = { ja: "{sheet} の値", en: "from {sheet}" };

function format(kind: FieldKind | undefined, o: RenderOptions): NumberFormatKey {
  switch (kind) {
    case "amount":
      return "amount";
    case "million":
      return "amountDecimal";
    case "number":
      return "general";
    case "level":
      return "integer";
    case "date":
      return o.locale === "en" ? "dateIso" : o.dateStyle === "和暦" ? "dateWareki" : "dateSeireki";
    default:
      return "text";
  }
}

function validation(
  kind: FieldKind | undefined,
  list: readonly Text[] | undefined,
  locale: Locale
): Validation | undefined {
  if (list !== undefined) return { type: "list", values: list.map((v) => v[locale]) };
  if (kind === "amount" || kind === "million") return AMOUNT;
  if (kind === "level") return { type: "whole", min: 1, max: 3 };
  return undefined;
}

function inputOptions(
  f: Pick<Field, "kind" | "list" | "value">,
  o: RenderOptions,
  required: boolean,
  name?: DefinedName
): InputOptions {
  const v = validation(f.kind, f.list, o.locale);
  return {
    format: format(f.kind, o),
    ...(name !== undefined ? { name } : {}),
    ...(v !== undefined ? { validation: v } : {}),
    ...(required ? { required: true } : {}),
    ...(f.value !== undefined ? { value: f.value[o.locale] } : {}),
  };
}

/** Table columns beyond the form's own widths get their own width or a readable default. */
const TABLE_COLUMN_WIDTH = 14;
/** columns of each side of a folded card: label, entry, and a narrow gap down the fold */
const CARD_SIDE_COLUMNS = 3;

function columnWidths(form: FormSpec): number[] {
  const widths = [...form.columnWidths];
  for (const section of form.sections) {
    if (section.kind !== "table") continue;
    section.columns.forEach((c, i) => {
      if (widths[i] === undefined) widths[i] = c.width ?? TABLE_COLUMN_WIDTH;
    });
  }
  return widths;
}

class FormRenderer {
  readonly s: SheetBuilder;
  private readonly prefix: ReturnType<typeof formPrefix>;
  private readonly mandatory: boolean;

  constructor(
    private readonly form: FormSpec,
    private readonly o: RenderOptions
  ) {
    const copy = o.copy ?? 1;
    this.prefix = formPrefix(form.no, copy);
    this.mandatory = requirementOf(form.no, o.course) === "必須";
    const hasTable = form.sections.some((x) => x.kind === "table");
    this.s = new SheetBuilder(
      formSheetKey(form.no, copy),
      copy > 1 ? `${form.sheetName}(${copy})` : form.sheetName,
      columnWidths(form),
      {
        ...(form.landscape ? { landscape: true } : {}),
        ...(form.fitOnePage ? { fitOnePage: true } : {}),
        ...(hasTable ? { unprotected: true } : {}),
        ...(form.personalData ? { personalData: true } : {}),
      },
      hasTable ? LEGEND[o.locale] : o.locale === "ja" ? INPUT_LEGEND : INPUT_LEGEND_EN
    );
  }

  private t(text: Text): string {
    return text[this.o.locale];
  }

  render(): SheetDef {
    const { s, form, o } = this;
    const no = form.no.startsWith("入門") ? form.no.slice(2) : form.no;
    const copy = (o.copy ?? 1) > 1 ? (o.locale === "ja" ? `（${o.copy}）` : ` (${o.copy})`) : "";
    s.title(
      o.locale === "ja"
        ? `【様式${no}】${form.title.ja}${copy}`
        : `Form ${form.no.startsWith("入門") ? `I-${no}` : no}: ${form.title.en}${copy}`,
      null
    );
    s.hint(requirementLine(form.no, o.course, o.locale));
    s.hint(this.t(form.purpose));
    s.skip();
    if (form.foldedCard) this.foldedCard(form.sections);
    else for (const section of form.sections) this.section(section);
    return s.build();
  }

  /** The column a field's label goes in (a folded card's second side: the right half). */
  private at = 0;

  /**
   * A card's sides (the sections from each heading on) side by side, each in one half of a
   * portrait page: folded down the middle, one side on each face, then in half again for a pocket.
   */
  private foldedCard(sections: readonly Section[]): void {
    const sides: Section[][] = [];
    for (const x of sections)
      if (x.kind === "heading" || sides.length === 0) sides.push([x]);
      else sides[sides.length - 1]?.push(x);
    const top = this.s.row;
    let bottom = top;
    sides.forEach((side, i) => {
      this.s.row = top;
      this.at = i * CARD_SIDE_COLUMNS;
      for (const x of side) this.section(x);
      bottom = Math.max(bottom, this.s.row);
    });
    this.at = 0;
    this.s.row = bottom;
  }

  private section(x: Section): void {
    const { s } = this;
    switch (x.kind) {
      case "heading":
        s.title(this.t(x.text), null, this.at);
        return;
      case "note":
        s.note(this.t(x.text));
        return;
      case "fields":
        for (const f of x.fields) this.field(f);
        s.skip();
        return;
      case "table":
        // the user may ask for more rows than the form lays out, never fewer, and the workbook
        // may have more (rows inserted in the table)
        this.table(
          x.key,
          x.columns,
          Math.max(
            x.rows,
            this.o.tableRows ?? 0,
            this.o.rowsByTable?.[`${this.prefix}_${x.key}`] ?? 0
          ),
          x.items ?? []
        );
        return;
      case "checklist":
        this.checklist(x.key, x.items, x.blankRows, x.noteHeader);
        return;
      case "questions":
        x.questions.forEach((q, i) =>
          s.inputLine(
            this.t(q),
            inputOptions({ list: YES_NO }, this.o, false, `${this.prefix}_${x.key}${i + 1}`)
          )
        );
        s.skip();
        return;
      case "custom":
        x.render(s, this.o);
        return;
    }
  }

  private field(f: Field): void {
    const { s, at } = this;
    const shown = f.shownFrom?.find((n) => this.o.sources.has(n));
    s.label(at, this.t(f.label));
    if (shown !== undefined) {
      // same label as the input it replaces, so adding the source later is not an edit
      s.formula(at + 1, `IF(${shown}="","",${shown})`, {
        name: `${this.prefix}_${f.key}`,
        format: format(f.kind, this.o),
        carry: [],
      });
      // where the figure comes from, beside it (a folded card has no room for it)
      if (!this.form.foldedCard) {
        const from = this.t(SHOWN_FROM).replace("{sheet}", this.o.sources.get(shown) as string);
        s.label(at + 2, from, true);
      }
    } else
      s.input(
        at + 1,
        inputOptions(f, this.o, this.mandatory && f.required === true, `${this.prefix}_${f.key}`)
      );
    s.row += 1;
  }

  private table(key: string, columns: readonly Column[], rows: number, items: readonly Text[]) {
    const { s, o } = this;
    const headerRow = s.row;
    s.header(columns.map((c) => this.t(c.label)));
    const first = s.row;
    for (let r = 0; r < rows; r++) {
      const refs = Object.fromEntries(columns.map((c, ci) => [c.key, a1(ci, s.row)]));
      columns.forEach((c, ci) => {
        if (c.formula !== undefined) {
          s.formula(ci, c.formula(refs), { format: format(c.kind, o) });
          return;
        }
        const item = ci === 0 ? items[r] : undefined;
        // the first row of a required column is required: the form needs at least one entry
        const required = this.mandatory && c.required === true && r === 0;
        s.input(ci, inputOptions({ ...c, ...(item ? { value: item } : {}) }, o, required));
      });
      s.row += 1;
    }
    const last = s.row - 1;
    const name = `${this.prefix}_${key}` as const;
    columns.forEach((c, ci) => s.nameRange(`${name}_${c.key}`, `${a1(ci, first)}:${a1(ci, last)}`));
    s.addTable({
      name,
      ref: `${a1(0, headerRow)}:${a1(columns.length - 1, last)}`,
      columns: columns.map((c) => this.t(c.label)),
    });
    s.skip();
  }

  private checklist(key: string, items: readonly Text[], blankRows: number, noteHeader?: Text) {
    const { s, o } = this;
    const note = noteHeader !== undefined;
    s.header([
      o.locale === "ja" ? "チェック" : "Check",
      o.locale === "ja" ? "項目" : "Item",
      ...(note ? [this.t(noteHeader)] : []),
    ]);
    const first = s.row;
    const line = (item: Text | undefined) => {
      s.input(0, inputOptions({ list: CHECK }, o, false));
      if (item === undefined) s.input(1, { format: "text" });
      else s.label(1, this.t(item));
      if (note) s.input(2, { format: "text" });
      s.row += 1;
    };
    items.forEach((item) => line(item));
    for (let i = 0; i < blankRows; i++) line(undefined);
    const checks = `${this.prefix}_${key}_Check` as const;
    s.nameRange(checks, `A${first}:A${s.row - 1}`);
    s.formulaLine(
      o.locale === "ja" ? "チェックした項目数" : "Items checked",
      `COUNTIF(${checks},"${CHECK_MARK}")`,
      {
        name: `${this.prefix}_${key}_Count`,
        format: "integer",
      }
    );
    s.skip();
  }
}

export function renderForm(form: FormSpec, options: RenderOptions): SheetDef {
  return new FormRenderer(form, options).render();
}
