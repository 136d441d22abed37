/**
 * A hand-written fake of the part of the Excel JavaScript API the adapters use, for tests and
 * benchmarks without Excel. It keeps a small workbook model (sheets, cells, names, formats),
 * counts round trips (context.sync) and proxy operations, and insists, as Office.js does, that
 * a property is loaded and synced before it is read.
 */
import { NameMap } from "../../src/engine/names";
import { a1, parseA1 } from "../../src/sheets/address";
import { calculate, excelSpelling } from "./fakeCalculation";

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string; // without "="
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  /** edges with a border: EdgeTop, EdgeLeft… (InsideVertical lands on the cells' left edges) */
  borders?: Record<string, { style: string; color: string }>;
  wrap?: boolean;
  verticalAlignment?: string;
  locked?: boolean;
  /** the named style applied */
  style?: string;
  validation?: unknown;
  /** the conditional formats over the cell, in the order added: a fill or a font colour */
  conditionals?: { formula: string; fill?: string; font?: string }[];
}

/** What a cell has of formatting (Excel's Normal style has none of it). */
const FORMAT_KEYS = [
  "numberFormat",
  "fill",
  "bold",
  "fontSize",
  "fontColor",
  "borders",
  "wrap",
  "verticalAlignment",
  "locked",
  "style",
] as const satisfies readonly (keyof FakeCell)[];

/** Days from Excel's day 0 (1899-12-30) to a date. */
function dateSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * What Excel makes of text entered into a cell that is not formatted as text ("@"), as it does
 * with what a user types: numbers (with thousands separators or a percent sign), dates written
 * y-m-d or y/m/d, and TRUE/FALSE become values of those kinds; other text stays text.
 */
export function enteredAs(
  text: string,
  numberFormat: string | undefined
): string | number | boolean {
  if (numberFormat === "@") return text;
  const t = text.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?(%?)$/i.exec(t);
  if (number !== null && /\d/.test(t)) {
    const value = Number(t.replace(/[,%]/g, ""));
    return number[5] === "%" ? value / 100 : value;
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date !== null) return dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  return text;
}

export const FAKE_EXCEL_ENUMS = {
  DataValidationOperator: { between: "Between" },
  PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
  ChartType: { lineMarkers: "LineMarkers" },
  ConditionalFormatType: { custom: "Custom" },
  ChartSeriesBy: { columns: "Columns" },
  ProtectionSelectionMode: { normal: "Normal" },
  ClearApplyTo: { all: "All" },
  BuiltInStyle: { normal: "Normal" },
  CalculationType: { full: "Full" },
};

/** Installs the enum values adapters read from the Excel global. */
export function installExcelEnums(): void {
  const g = globalThis as unknown as { Excel?: Record<string, unknown> };
  g.Excel = { ...(g.Excel ?? {}), ...FAKE_EXCEL_ENUMS };
}

class Pending {
  private loaded = false;
  private requested = false;

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** Asks for properties ("formulas,values"); every property is there after the sync. */
  load(properties?: string): this {
    void properties;
    this.requested = true;
    this.ctx.track(this);
    return this;
  }

  settle(): void {
    if (this.requested) this.loaded = true;
  }

  protected need(what: string): void {
    if (!this.loaded)
      throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

export class FakeSheetModel {
  readonly cells = new Map<string, FakeCell>();
  protected = false;
  freezeRows = 0;
  freezeColumns = 0;
  printArea: string | null = null;
  charts: { title: string; name: string; source: string; anchor?: string; end?: string }[] = [];
  /** column widths in points, by 0-based column */
  columnWidths: Record<number, number> = {};
  tables: { ref: string; name: string; style: string }[] = [];
  /** first rows of new pages */
  pageBreaks: string[] = [];
  zoom: unknown = null;
  printTitleRows: string | null = null;
  /** the page header and footer texts (HeaderFooter.centerHeader …) */
  headerFooter: Record<string, string> = {};

  constructor(public name: string) {}

  cell(ref: string): FakeCell {
    let c = this.cells.get(ref);
    if (c === undefined) {
      c = {};
      this.cells.set(ref, c);
    }
    return c;
  }
}

/** Where a name of a deleted sheet points, as Excel shows it ("=#REF!$C$4"). */
export const DELETED_SHEET = "#REF!";

export class FakeWorkbookModel {
  readonly sheets: FakeSheetModel[] = [];
  readonly styles = new Map<string, FakeStyle>();
  readonly names = new NameMap<{ sheet: string; ref: string }>();
  /** bumped on every change, so that results are calculated again */
  version = 0;
  private calculated: { version: number; value: (sheet: string, ref: string) => unknown } | null =
    null;

  touch(): void {
    this.version += 1;
  }

  /** What Excel shows in a cell: its constant, or its formula's result (calculated as Excel would). */
  shown(sheet: string, ref: string): unknown {
    const cell = this.sheet(sheet)?.cells.get(ref);
    if (cell?.formula === undefined) return cell?.value ?? "";
    if (this.calculated?.version !== this.version)
      this.calculated = { version: this.version, value: calculate(this) };
    return this.calculated.value(sheet, ref);
  }

  /**
   * What deleting a sheet does in Excel: the sheet goes, and every name on it now points at
   * "#REF!" (it stays defined).
   */
  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`no sheet ${name}`);
    this.sheets.splice(index, 1);
    for (const place of this.names.values()) if (place.sheet === name) place.sheet = DELETED_SHEET;
    this.touch();
  }

  /**
   * What inserting rows does in Excel (Insert > Table Rows Above inside a table, or whole rows):
   * cells from `at` down move down by `count`; a name or table over a range that spans `at` grows,
   * one below it moves; references in formulas follow their cells.
   */
  insertRows(sheetName: string, at: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
    const moved = new Map<string, FakeCell>();
    for (const [ref, cell] of sheet.cells) {
      const p = parseA1(ref);
      moved.set(p.row >= at ? a1(p.column, p.row + count) : ref, cell);
    }
    sheet.cells.clear();
    for (const [ref, cell] of moved) sheet.cells.set(ref, cell);
    const shiftRange = (ref: string) => shiftedRange(ref, at, count);
    for (const place of this.names.values())
      if (place.sheet === sheetName) place.ref = shiftRange(place.ref);
    for (const table of sheet.tables) table.ref = shiftRange(table.ref);
    for (const s of this.sheets)
      for (const cell of s.cells.values())
        if (cell.formula !== undefined)
          cell.formula = shiftedFormula(cell.formula, s.name, sheetName, at, count);
    this.touch();
  }

  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** What renaming a sheet in Excel does: names follow the sheet. */
  rename(from: string, to: string): void {
    const s = this.sheet(from);
    if (s === undefined) throw new Error(`no sheet ${from}`);
    s.name = to;
    for (const place of this.names.values()) if (place.sheet === from) place.sheet = to;
    this.touch();
  }

  /** What a user typing in Excel does: set a value or formula in a cell. */
  type(sheet: string, ref: string, content: string | number): void {
    const s = this.sheet(sheet);
    if (s === undefined) throw new Error(`no sheet ${sheet}`);
    if (s.protected && s.cell(ref).locked !== false) throw new Error(`${sheet}!${ref} is locked`);
    const c = s.cell(ref);
    if (typeof content === "string" && content.startsWith("=")) {
      c.formula = excelSpelling(content.slice(1));
      delete c.value;
    } else {
      c.value = typeof content === "string" ? enteredAs(content, c.numberFormat) : content;
      delete c.formula;
    }
    this.touch();
  }

  typeByName(name: string, content: string | number): void {
    const place = this.names.get(name);
    if (place === undefined) throw new Error(`no name ${name}`);
    this.type(place.sheet, place.ref, content);
  }
}

/** A range after rows were inserted at `at`: below it moves, across it grows. */
function shiftedRange(ref: string, at: number, count: number): string {
  const [from, to] = ref.split(":") as [string, string | undefined];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  const top = a.row >= at ? a.row + count : a.row;
  const bottom = b.row >= at ? b.row + count : b.row;
  return to === undefined ? a1(a.column, top) : `${a1(a.column, top)}:${a1(b.column, bottom)}`;
}

/**
 * A formula after rows were inserted on `sheet` at `at`: its references to that sheet (without a
 * sheet name when the formula is on it) follow their cells. String literals are left alone.
 */
function shiftedFormula(
  formula: string,
  on: string,
  sheet: string,
  at: number,
  count: number
): string {
  return formula.replace(
    /"(?:[^"]|"")*"|((?:'(?:[^']|'')+'|[^\s'"!(),=+\-*/&<>:^%]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])/g,
    (match, prefix: string | undefined, ref: string | undefined) => {
      if (ref === undefined) return match;
      const target =
        prefix === undefined ? on : prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'");
      if (target !== sheet) return match;
      const plain = ref.replace(/\$/g, "");
      const moved = shiftedRange(plain, at, count);
      // keep the $ signs where they were
      const dollars = ref.split(":").map((c) => ({ col: c.startsWith("$"), row: /\$\d/.test(c) }));
      const spelled = moved
        .split(":")
        .map((c, i) => {
          const d = dollars[i] ?? { col: false, row: false };
          const m = /^([A-Z]+)(\d+)$/.exec(c) as RegExpExecArray;
          return `${d.col ? "$" : ""}${m[1]}${d.row ? "$" : ""}${m[2]}`;
        })
        .join(":");
      return `${prefix ?? ""}${spelled}`;
    }
  );
}

function cellsOf(address: string): { refs: string[][] } {
  const [from, to] = address.split(":") as [string, string | undefined];
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  const refs: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(a1(c, r));
    refs.push(row);
  }
  return { refs };
}

class FakeRange extends Pending {
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: FakeSheetModel,
    /** the address on its sheet, e.g. "B5:D5" */
    readonly ref: string
  ) {
    super(ctx);
  }

  /** As Excel gives it: with the sheet's name. */
  get address(): string {
    this.need("address");
    return `'${this.sheet.name.replace(/'/g, "''")}'!${this.ref}`;
  }

  get values(): unknown[][] {
    this.need("values");
    return cellsOf(this.ref).refs.map((row) =>
      row.map((ref) => this.ctx.model.shown(this.sheet.name, ref))
    );
  }

  private each(fn: (cell: FakeCell, row: number, column: number) => void): void {
    this.ctx.op();
    this.ctx.model.touch();
    cellsOf(this.ref).refs.forEach((line, r) =>
      line.forEach((ref, c) => fn(this.sheet.cell(ref), r, c))
    );
  }

  get formulas(): unknown[][] {
    this.need("formulas");
    return cellsOf(this.ref).refs.map((row) =>
      row.map((ref) => {
        const c = this.sheet.cells.get(ref);
        return c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "");
      })
    );
  }

  set formulas(v: unknown[][]) {
    this.each((c, r, col) => {
      const content = v[r]?.[col];
      // null leaves the cell as it is; "" empties it (learn.microsoft.com: blank and null values)
      if (content === null || content === undefined) return;
      if (content === "") {
        delete c.value;
        delete c.formula;
      } else if (typeof content === "string" && content.startsWith("=") && c.numberFormat !== "@") {
        c.formula = excelSpelling(content.slice(1));
        delete c.value;
      } else {
        c.value =
          typeof content === "string"
            ? enteredAs(content, c.numberFormat)
            : (content as number | boolean);
        delete c.formula;
      }
    });
  }

  set values(v: unknown[][]) {
    this.each((c, r, col) => {
      const content = v[r]?.[col];
      delete c.formula;
      if (content === "" || content === null || content === undefined) delete c.value;
      else
        c.value =
          typeof content === "string"
            ? enteredAs(content, c.numberFormat)
            : (content as number | boolean);
    });
  }

  set numberFormat(v: unknown[][]) {
    this.each((c, r, col) => (c.numberFormat = v[r]?.[col] as string));
  }

  set style(name: string) {
    if (name === "Normal") {
      // Excel's built-in Normal style: the formats a new cell has
      this.each((c) => {
        for (const key of FORMAT_KEYS) delete c[key];
      });
      return;
    }
    const style = this.ctx.model.styles.get(name);
    if (style === undefined) throw new Error(`ItemNotFound: style ${name}`);
    this.each((c) => style.applyTo(c));
  }

  get format() {
    const range = this;
    return {
      font: {
        set bold(b: boolean) {
          range.each((c) => (c.bold = b));
        },
        set size(size: number) {
          range.each((c) => (c.fontSize = size));
        },
        set color(color: string) {
          range.each((c) => (c.fontColor = color));
        },
      },
      fill: {
        set color(color: string) {
          range.each((c) => (c.fill = color));
        },
        clear() {
          range.each((c) => delete c.fill);
        },
      },
      borders: {
        getItem(edge: string) {
          const border = { style: "", color: "" };
          range.each((c) => (c.borders = { ...c.borders, [edge]: border }));
          return border;
        },
      },
      set verticalAlignment(v: string) {
        range.each((c) => (c.verticalAlignment = v));
      },
      protection: {
        set locked(l: boolean) {
          range.each((c) => (c.locked = l));
        },
      },
      set columnWidth(w: number) {
        range.ctx.op();
        range.sheet.columnWidths[parseA1(range.ref.split(":")[0] as string).column] = w;
      },
      set rowHeight(_h: number) {
        range.ctx.op();
      },
      set wrapText(w: boolean) {
        range.each((c) => (c.wrap = w));
      },
    };
  }

  get conditionalFormats() {
    const range = this;
    return {
      clearAll() {
        range.each((c) => delete c.conditionals);
      },
      add() {
        range.ctx.op();
        const cf: { formula: string; fill?: string; font?: string } = { formula: "" };
        range.each((c) => (c.conditionals = [...(c.conditionals ?? []), cf]));
        return {
          custom: {
            rule: {
              set formula(f: string) {
                cf.formula = f;
              },
            },
            format: {
              fill: {
                set color(color: string) {
                  cf.fill = color;
                },
              },
              font: {
                set color(color: string) {
                  cf.font = color;
                },
              },
            },
          },
        };
      },
    };
  }

  select(): void {
    this.ctx.op();
    this.ctx.selection = { sheet: this.sheet.name, ref: this.ref };
  }

  /** Clears the cells: content and formats ("All"). */
  clear(applyTo = "All"): void {
    if (applyTo !== "All") throw new Error(`the fake clears "All" only, not ${applyTo}`);
    this.ctx.op();
    this.ctx.model.touch();
    for (const row of cellsOf(this.ref).refs) for (const ref of row) this.sheet.cells.delete(ref);
  }

  /** A row of the range (0-based), as Office.js slices a large write. */
  getRow(index: number): FakeRange {
    const [from, to] = this.ref.split(":") as [string, string | undefined];
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    return new FakeRange(
      this.ctx,
      this.sheet,
      `${a1(a.column, a.row + index)}:${a1(b.column, a.row + index)}`
    );
  }

  /** The smallest range holding this one and another. */
  getBoundingRect(other: FakeRange): FakeRange {
    const corners = [...this.ref.split(":"), ...other.ref.split(":")].map((r) => parseA1(r));
    const top = Math.min(...corners.map((c) => c.row));
    const bottom = Math.max(...corners.map((c) => c.row));
    const left = Math.min(...corners.map((c) => c.column));
    const right = Math.max(...corners.map((c) => c.column));
    return new FakeRange(this.ctx, this.sheet, `${a1(left, top)}:${a1(right, bottom)}`);
  }

  /** Office.js's check before a large write: the array's size against the range's. */
  _ValidateArraySize(rows: number, columns: number): void {
    const [from, to] = this.ref.split(":") as [string, string | undefined];
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (rows !== b.row - a.row + 1 || columns !== b.column - a.column + 1)
      throw new Error(`InvalidArgument: ${rows}×${columns} values for ${this.ref}`);
  }

  untrack(): this {
    return this;
  }

  get dataValidation() {
    const range = this;
    return {
      clear() {
        range.each((c) => delete c.validation);
      },
      set rule(rule: unknown) {
        range.each((c) => (c.validation = rule));
      },
    };
  }
}

/** What a RangeAreas does: each setting applies to every area. */
class FakeRangeAreas {
  constructor(readonly areas: readonly FakeRange[]) {}

  /** Clears content and formats ("All"), or one of them. */
  clear(applyTo = "All"): void {
    for (const area of this.areas) area.clear(applyTo);
  }

  set style(name: string) {
    for (const area of this.areas) area.style = name;
  }

  get format() {
    const areas = this.areas;
    return {
      set rowHeight(h: number) {
        for (const area of areas) area.format.rowHeight = h;
      },
      set columnWidth(w: number) {
        for (const area of areas) area.format.columnWidth = w;
      },
    };
  }

  get dataValidation() {
    const areas = this.areas;
    return {
      clear() {
        for (const area of areas) area.dataValidation.clear();
      },
      set rule(rule: unknown) {
        for (const area of areas) area.dataValidation.rule = rule;
      },
    };
  }
}

class FakeWorksheet {
  constructor(
    private readonly ctx: FakeRequestContext,
    readonly model: FakeSheetModel
  ) {}

  get name(): string {
    return this.model.name;
  }

  set position(index: number) {
    this.ctx.op();
    const sheets = this.ctx.model.sheets;
    sheets.splice(sheets.indexOf(this.model), 1);
    sheets.splice(index, 0, this.model);
  }

  readonly isNullObject = false;

  load(): this {
    return this;
  }

  delete(): void {
    this.ctx.op();
    this.ctx.model.deleteSheet(this.model.name);
  }

  /** The range from the first to the last cell used (with a value or formula when valuesOnly). */
  getUsedRange(valuesOnly = false): FakeRange {
    this.ctx.op();
    const refs = [...this.model.cells]
      .filter(([, c]) => !valuesOnly || c.formula !== undefined || (c.value ?? "") !== "")
      .map(([ref]) => parseA1(ref));
    if (refs.length === 0) return new FakeRange(this.ctx, this.model, "A1");
    const top = Math.min(...refs.map((p) => p.row));
    const bottom = Math.max(...refs.map((p) => p.row));
    const left = Math.min(...refs.map((p) => p.column));
    const right = Math.max(...refs.map((p) => p.column));
    return new FakeRange(this.ctx, this.model, `${a1(left, top)}:${a1(right, bottom)}`);
  }

  activate(): void {
    this.ctx.op();
    this.ctx.selection = { sheet: this.model.name, ref: this.ctx.selection?.ref ?? "A1" };
  }

  getRange(address: string): FakeRange {
    this.ctx.op();
    return new FakeRange(this.ctx, this.model, address);
  }

  /** Several ranges at once ("A1:B2,D5"), as one RangeAreas. */
  getRanges(address: string): FakeRangeAreas {
    this.ctx.op();
    return new FakeRangeAreas(
      address.split(",").map((ref) => new FakeRange(this.ctx, this.model, ref.trim()))
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.getRange(`${a1(column, row + 1)}:${a1(column + columns - 1, row + rows)}`);
  }

  get protection() {
    const model = this.model;
    const ctx = this.ctx;
    return {
      protect: () => {
        ctx.op();
        model.protected = true;
      },
      unprotect: () => {
        ctx.op();
        model.protected = false;
      },
    };
  }

  get freezePanes() {
    return {
      freezeRows: (n: number) => {
        this.ctx.op();
        this.model.freezeRows = n;
      },
      freezeColumns: (n: number) => {
        this.ctx.op();
        this.model.freezeColumns = n;
      },
    };
  }

  get pageLayout() {
    const model = this.model;
    const ctx = this.ctx;
    return {
      setPrintArea(address: string) {
        ctx.op();
        model.printArea = address;
      },
      set orientation(_o: string) {
        ctx.op();
      },
      set zoom(z: unknown) {
        ctx.op();
        model.zoom = z;
      },
      setPrintTitleRows(rows: string) {
        ctx.op();
        model.printTitleRows = rows;
      },
      // Excel.HeaderFooterGroup.defaultForAllPages (ExcelApi 1.9): the texts set, by position
      headersFooters: {
        defaultForAllPages: new Proxy(model.headerFooter, {
          set(target, prop, value) {
            ctx.op();
            (target as Record<string, unknown>)[String(prop)] = value;
            return true;
          },
        }),
      },
    };
  }

  get horizontalPageBreaks() {
    return {
      add: (range: FakeRange) => {
        this.ctx.op();
        if (this.model.pageBreaks.includes(range.ref))
          throw new Error(`InvalidOperation: a page break is already at ${range.ref}`);
        this.model.pageBreaks.push(range.ref);
      },
      removePageBreaks: () => {
        this.ctx.op();
        this.model.pageBreaks = [];
      },
    };
  }

  get tables() {
    return {
      add: (ref: string) => {
        this.ctx.op();
        if (this.model.tables.some((t) => t.ref === ref))
          throw new Error(`InvalidOperation: a table is already at ${ref}`);
        const table = { ref, name: "", style: "" };
        this.model.tables.push(table);
        return {
          set name(n: string) {
            table.name = n;
          },
          set style(st: string) {
            table.style = st;
          },
          set showBandedRows(_b: boolean) {},
        };
      },
    };
  }

  get charts() {
    return {
      load: () =>
        new FakeCollection(this.ctx, () => this.model.charts.map((c) => ({ name: c.name }))).load(),
      add: (_type: string, source: FakeRange) => {
        this.ctx.op();
        const chart: {
          title: string;
          name: string;
          source: string;
          anchor?: string;
          end?: string;
        } = {
          title: "",
          name: "",
          source: source.ref,
        };
        this.model.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          set name(n: string) {
            chart.name = n;
          },
          setPosition: (anchor: string, end?: string) => {
            this.ctx.op();
            chart.anchor = anchor;
            chart.end = end;
          },
        };
      },
    };
  }
}

/** What getItemOrNullObject returns for a missing sheet: loading anything from it fails the sync. */
class FakeNullWorksheet {
  readonly isNullObject = true;

  constructor(private readonly ctx: FakeRequestContext) {}

  load(): this {
    return this;
  }

  getRange(): { load: () => void } {
    this.ctx.failNextSync("ItemNotFound: the worksheet does not exist");
    return { load: () => undefined };
  }

  getUsedRange(): { load: () => void } {
    return this.getRange();
  }
}

class FakeCollection<T> extends Pending {
  constructor(
    ctx: FakeRequestContext,
    private readonly list: () => T[]
  ) {
    super(ctx);
  }

  get items(): T[] {
    this.need("items");
    return this.list();
  }

  /** The item at a position of the loaded list (how Office.js addresses a loaded item). */
  getItemAt(index: number): T | undefined {
    return this.list()[index];
  }
}

/** workbook.names: one collection per context, loaded in place as in Office.js. */
class FakeNames extends FakeCollection<{
  name: string;
  type: string;
  formula: string;
  getRange(): FakeRange;
}> {
  constructor(private readonly context: FakeRequestContext) {
    super(context, () => [...context.model.names].map(([name]) => this.item(name)));
  }

  private item(name: string) {
    const context = this.context;
    const p = context.model.names.get(name) as { sheet: string; ref: string };
    const absolute = p.ref
      .split(":")
      .map((r) => r.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
      .join(":");
    return {
      name: context.model.names.spelled(name) ?? name,
      type: "Range",
      // as Excel spells it: quotes only where the sheet's name needs them
      formula:
        p.sheet === DELETED_SHEET
          ? `=${DELETED_SHEET}${absolute}`
          : `=${excelSpelling(`'${p.sheet.replace(/'/g, "''")}'!${absolute}`)}`,
      getRange: () => {
        const sheet = context.model.sheet(p.sheet);
        if (sheet === undefined) throw new Error(`InvalidReference: ${name}`);
        return new FakeRange(context, sheet, p.ref);
      },
      delete: () => {
        context.op();
        context.model.names.delete(name);
        context.model.touch();
      },
    };
  }

  getItem(name: string) {
    this.context.op();
    if (!this.context.model.names.has(name)) throw new Error(`ItemNotFound: ${name}`);
    return this.item(name);
  }

  /** A name for a range, or for a reference written as a formula ("='Sheet'!$B$5"). */
  add(name: string, reference: FakeRange | string): void {
    this.context.op();
    if (this.context.model.names.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.context.model.touch();
    if (typeof reference !== "string") {
      this.context.model.names.set(name, { sheet: reference.sheet.name, ref: reference.ref });
      return;
    }
    const m = /^=(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(reference);
    if (m === null) throw new Error(`InvalidArgument: ${reference}`);
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
    if (this.context.model.sheet(sheet) === undefined)
      throw new Error(`InvalidReference: ${reference}`);
    this.context.model.names.set(name, { sheet, ref: (m[3] as string).replace(/\$/g, "") });
  }
}

/** A named cell style of the workbook (what Range.style applies). */
export class FakeStyle {
  includeNumber = false;
  includeFont = false;
  includePatterns = false;
  includeBorder = false;
  includeAlignment = false;
  includeProtection = false;
  numberFormat = "General";
  wrapText = false;
  verticalAlignment = "Bottom";
  locked = true;
  readonly font: { bold: boolean; size?: number; color?: string } = { bold: false };
  fillColor: string | undefined = undefined;
  readonly edges: Record<string, { style: string; color: string }> = {};

  constructor(readonly name: string) {}

  get fill() {
    const style = this;
    return {
      set color(c: string) {
        style.fillColor = c;
      },
      clear() {
        style.fillColor = undefined;
      },
    };
  }

  get borders() {
    return {
      getItem: (edge: string) => {
        const border = this.edges[edge] ?? { style: "None", color: "" };
        this.edges[edge] = border;
        return border;
      },
    };
  }

  /** What the style does to a cell it is applied to. */
  applyTo(c: FakeCell): void {
    c.style = this.name;
    c.numberFormat = this.numberFormat;
    c.bold = this.font.bold;
    if (this.font.size !== undefined) c.fontSize = this.font.size;
    else delete c.fontSize;
    if (this.font.color !== undefined) c.fontColor = this.font.color;
    else delete c.fontColor;
    if (this.fillColor !== undefined) c.fill = this.fillColor;
    else delete c.fill;
    const drawn = Object.entries(this.edges).filter(([, b]) => b.style !== "None");
    if (drawn.length > 0) c.borders = Object.fromEntries(drawn);
    else delete c.borders;
    c.wrap = this.wrapText;
    c.verticalAlignment = this.verticalAlignment;
    c.locked = this.locked;
  }
}

export class FakeRequestContext {
  syncs = 0;
  operations = 0;
  selection: { sheet: string; ref: string } | null = null;
  /** an error the next sync reports (a sheet that is not there), as Excel fails a batch */
  failure: string | null = null;

  failNextSync(reason: string | null): void {
    this.failure = reason;
  }
  calculationSuspended = false;
  private readonly pending: Pending[] = [];

  readonly names: FakeNames;

  constructor(readonly model: FakeWorkbookModel = new FakeWorkbookModel()) {
    this.names = new FakeNames(this);
  }

  op(): void {
    this.operations += 1;
  }

  track(item: Pending): void {
    this.pending.push(item);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    if (this.failure !== null) {
      const reason = this.failure;
      this.failure = null;
      this.pending.splice(0);
      throw new Error(reason);
    }
    for (const p of this.pending.splice(0)) p.settle();
    this.calculationSuspended = false;
  }

  get workbook() {
    const ctx = this;
    const model = this.model;
    return {
      worksheets: {
        load: () =>
          new FakeCollection(ctx, () => model.sheets.map((s) => new FakeWorksheet(ctx, s))).load(),
        getItemAt: (index: number) => {
          const sheet = model.sheets[index];
          if (sheet === undefined) throw new Error(`ItemNotFound: sheet ${index}`);
          return new FakeWorksheet(ctx, sheet);
        },
        add: (name: string) => {
          ctx.op();
          if (model.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          const sheet = new FakeSheetModel(name);
          model.sheets.push(sheet);
          return new FakeWorksheet(ctx, sheet);
        },
        getItemOrNullObject: (name: string) => {
          ctx.op();
          const sheet = model.sheet(name);
          if (sheet === undefined) return new FakeNullWorksheet(ctx);
          return new FakeWorksheet(ctx, sheet);
        },
        getItem: (name: string) => {
          ctx.op();
          const sheet = model.sheet(name);
          if (sheet === undefined) throw new Error(`ItemNotFound: ${name}`);
          return new FakeWorksheet(ctx, sheet);
        },
      },
      names: this.names,
      tables: {
        load: () =>
          new FakeCollection(ctx, () =>
            model.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ name: t.name })))
          ).load(),
      },
      styles: {
        load: () => new FakeCollection(ctx, () => [...model.styles.values()]).load(),
        add: (name: string) => {
          ctx.op();
          if (model.styles.has(name)) throw new Error(`ItemAlreadyExists: style ${name}`);
          model.styles.set(name, new FakeStyle(name));
        },
        getItem: (name: string) => {
          ctx.op();
          const style = model.styles.get(name);
          if (style === undefined) throw new Error(`ItemNotFound: style ${name}`);
          return style;
        },
      },
      application: { calculate: () => ctx.op() },
    };
  }

  get application() {
    return {
      suspendApiCalculationUntilNextSync: () => {
        this.op();
        this.calculationSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync: () => this.op(),
    };
  }
}
