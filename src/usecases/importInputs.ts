/**
 * An import → the workbook: the input cells it fills (by defined name), each with where its
 * value came from, and the 取込記録 sheet that keeps that record in the workbook. Every line of
 * the industry's forms is filled, a line the books do not have with 0, so that no figure typed
 * before stays beside the imported ones unnoticed.
 */
import type { ImportResult } from "../accounting/importFiles";
import { type LineKey, type StatementLine, linesOf } from "../accounting/lines";
import { groupedYen } from "../accounting/format";
import { thousands } from "../accounting/table";
import type { MappedLine } from "../accounting/mapping";
import { ASSET_KEY, COST_LINE_NAMES, type DefinedName, isWorkbookName } from "../sheets/names";
import { SheetBuilder } from "../sheets/builder";
import { formatIsoDate } from "../sheets/dates";
import type { DateStyle } from "../forms/spec";
import type { InputValues, SheetDef } from "../sheets/types";
import { ERA_LABELS } from "../model/building";
import type { MemoryWorkbook } from "../engine/memory";
import type { Layout } from "../engine/snapshot";
import { cellsOfRange, parseA1 } from "../sheets/address";
import type { ImportedInput } from "../validation/imported";
import { replacementFactorKey } from "../model/parameters";

export interface ImportRecord {
  name: DefinedName;
  label: string;
  value: number;
  /** the files, lines and amounts the value came from */
  origin: string;
}

const STATEMENT_NAMES: Readonly<Record<StatementLine, DefinedName>> = {
  sales: "Sales",
  openingFinishedGoods: "FG_Opening",
  closingFinishedGoods: "FG_Closing",
  materialsOpening: "Mat_Opening",
  materialsPurchases: "Mat_Purchases",
  materialsClosing: "Mat_Closing",
  openingWip: "WIP_Opening",
  closingWip: "WIP_Closing",
  openingGoods: "Goods_Opening",
  purchases: "Goods_Purchases",
  closingGoods: "Goods_Closing",
  nonOperatingIncome: "NonOpIncome",
  nonOperatingExpenses: "NonOpExpense",
  extraordinaryGains: "ExtraGain",
  extraordinaryLosses: "ExtraLoss",
  incomeTaxes: "IncomeTax",
};

function nameOf(key: LineKey, construction: boolean): DefinedName {
  const [group, code] = key.split(".") as [string, string | undefined];
  if (group === "sga") return COST_LINE_NAMES.SGA.line(code as never);
  if (group === "costReport")
    return (construction ? COST_LINE_NAMES.CC : COST_LINE_NAMES.MC).line(code as never);
  return STATEMENT_NAMES[key as StatementLine];
}

/** A file as origins name it: its name without the folders (the record lists the full paths). */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function originOf(sources: readonly MappedLine[]): string {
  return sources
    .map((s) => `${fileName(s.file)} ${s.line.row}行目「${s.line.label}」${groupedYen(s.amount)}`)
    .join("、");
}

/** The cells an import fills, with their origin (values in 千円, as the sheets take them). */
export function importRecords(result: ImportResult): ImportRecord[] {
  const out: ImportRecord[] = [];
  const { books, ledger } = result;
  if (books !== undefined) {
    const construction = books.industry === "建設業";
    const byKey = new Map(books.values.map((v) => [v.key, v]));
    for (const line of linesOf(books.industry)) {
      const value = byKey.get(line.key);
      out.push({
        name: nameOf(line.key, construction),
        label: line.label,
        value: value === undefined ? 0 : thousands(value.yen),
        origin: value === undefined ? "ファイルに科目なし（0）" : originOf(value.sources),
      });
    }
    // a total printed twice (当期製品製造原価 closes the cost report and opens the 売上原価) is
    // one input: both places are reconciled, and the record names both
    const totals = new Map<string, ImportRecord>();
    for (const t of books.totals) {
      const name = `Reported_${t.total}`;
      if (!isWorkbookName(name)) continue;
      const origin = originOf([t.source as MappedLine]);
      const seen = totals.get(name);
      if (seen !== undefined) seen.origin = `${seen.origin}、${origin}`;
      else
        totals.set(name, {
          name,
          label: `決算書の${t.label}`,
          value: thousands(t.printed),
          origin,
        });
    }
    out.push(...totals.values());
    if (books.cash !== undefined)
      for (const name of ["Cash", "Basic_Cash"] as const)
        out.push({
          name,
          label: "手元資金 現金・預金",
          value: thousands(books.cash.yen),
          origin: originOf(books.cash.sources),
        });
  }
  if (ledger !== undefined) {
    // the factor used stays on the 係数 sheet: changed later, the check says the assets are stale
    for (const c of ledger.classes)
      out.push({
        name: replacementFactorKey(c.assetClass) as DefinedName,
        label: `${c.assetClass} 再調達係数`,
        value: c.factor,
        origin: "取込で取得価額に掛けた係数（係数シート）",
      });
    for (const c of ledger.classes)
      out.push({
        name: `Asset_${ASSET_KEY[c.assetClass]}` as DefinedName,
        label: `${c.assetClass} 再調達価格`,
        value: c.replacement,
        origin: `${fileName(c.assets[0]?.file ?? "")} 取得価額 計${groupedYen(c.cost)}（${c.assets.length}件、簿価 計${groupedYen(c.book)}）× 再調達係数 ${c.factor}`,
      });
    if (ledger.oldestBuilding !== undefined) {
      const b = ledger.oldestBuilding;
      out.push({
        name: "BuildingEra",
        label: "建築年代コード",
        value: b.era,
        origin: `${fileName(b.asset.file)} ${b.asset.row}行目「${b.asset.name}」取得 ${b.year}年 → ${ERA_LABELS[b.era]}（取得年から。中古で買った建物は建築年を確かめてください）`,
      });
    }
  }
  return out;
}

export function recordInputs(records: readonly ImportRecord[]): InputValues {
  return Object.fromEntries(records.map((r) => [r.name, r.value]));
}

export const IMPORT_RECORD_SHEET = "取込記録";

/** Accounts and assets per row of the 入れなかったもの table: a row stays a few lines tall. */
const ITEMS_PER_ROW = 4;

/** What the import left out, by reason, its accounts listed a few to a row. */
function notTaken(s: SheetBuilder, result: ImportResult): void {
  const notUsed = result.books?.notUsed ?? [];
  const item = (label: string, file: string, row: number) =>
    `${label}（${fileName(file)} ${row}行目）`;
  const groups: [string, string[]][] = [
    [
      "小計・合計（モデルが科目から計算）",
      notUsed
        .filter((m) => m.target.kind === "computed")
        .map((m) => item(m.line.label, m.file, m.line.row)),
    ],
    [
      "貸借対照表の科目（診断で使わない）",
      notUsed
        .filter((m) => m.target.kind === "unused")
        .map((m) => item(m.line.label, m.file, m.line.row)),
    ],
    [
      "モデルの資産区分にない資産",
      (result.ledger?.notCounted ?? []).map((a) =>
        item(`${a.name}（${a.classLabel}）`, a.file, a.row)
      ),
    ],
  ];
  if (groups.every(([, items]) => items.length === 0)) return;
  s.skip();
  s.header(["入れなかったもの", "件数", "", "科目・資産（ファイル・行）"]);
  for (const [reason, items] of groups)
    for (let i = 0; i < items.length; i += ITEMS_PER_ROW) {
      if (i === 0) {
        s.label(0, reason);
        s.label(1, `${items.length}件`);
      }
      s.label(3, items.slice(i, i + ITEMS_PER_ROW).join("、"));
      s.row += 1;
    }
}

/** The workbook's record of an import: the files, the totals reconciled, each cell's origin. */
export function importRecordSheet(
  result: ImportResult,
  records: readonly ImportRecord[],
  today: string,
  dateStyle: DateStyle
): SheetDef {
  // amounts in yen, names and dates fit their columns, within a landscape page at a readable
  // size; the origins wrap in the last
  // a working record: the copies state its summary (the check's line), not the sheet
  const s = new SheetBuilder("import.record", IMPORT_RECORD_SHEET, RECORD_WIDTHS, {
    landscape: true,
    workingSheet: true,
  });
  s.title("取込記録（会計ソフトのファイルから入れた値と、その出どころ）", null);
  const line = (cells: string[]) => {
    cells.forEach((c, i) => s.label(i, c));
    s.row += 1;
  };
  line(["取込日", formatIsoDate(today, dateStyle)]);
  s.skip();
  // the long texts (paths, layouts, where a total is) go to the wide last column
  s.header(["種類", "文字コード", "単位", "ファイル（形式）"]);
  for (const f of result.files)
    line([
      f.kind,
      f.encoding,
      f.unit,
      f.layout === undefined ? f.file : `${f.file}（${f.layout}）`,
    ]);
  if (result.books !== undefined && result.books.totals.length > 0) {
    s.skip();
    s.header(["照合した合計", "ファイルの金額", "科目から計算", "結果（ファイルの行）"]);
    for (const t of result.books.totals)
      line([
        t.label,
        groupedYen(t.printed),
        groupedYen(t.computed),
        `${t.agrees ? "一致" : "不一致"}（${fileName(t.source.file)} ${t.source.line.row}行目）`,
      ]);
  }
  notTaken(s, result);
  // the long table last: the pages it runs over repeat its header
  s.skip();
  s.header(RECORD_COLUMNS);
  const header = s.row - 1;
  for (const r of records) line([r.label, r.name, String(r.value), r.origin]);
  recordTable(s, header, s.row - 1);
  return s.build();
}

const RECORD_TABLE = "ImportRecord";
const RECORD_WIDTHS = [22, 22, 18, 58];
const RECORD_COLUMNS = [
  "入力欄",
  "名前",
  "入れた値（千円）",
  "出どころ（ファイル・行・科目・金額）",
];

/** The inputs as an Excel table with a name per column the check reads. */
function recordTable(s: SheetBuilder, header: number, last: number): void {
  const bottom = Math.max(last, header + 1);
  s.addTable({ name: RECORD_TABLE, ref: `A${header}:D${bottom}`, columns: RECORD_COLUMNS });
  s.nameRange("ImportRecord_Name", `B${header + 1}:B${bottom}`);
  s.nameRange("ImportRecord_Value", `C${header + 1}:C${bottom}`);
}

/** Whether the workbook holds the record of an import (by the names its table defines). */
export function hasImportRecord(definedNames: ReadonlySet<string>): boolean {
  return definedNames.has("ImportRecord_Name");
}

/** The record sheet laid out for reading: its inputs table as long as the workbook's. */
export const importRecordLayout: Layout = (shape) => {
  const rows = Math.max(shape.tableRows[RECORD_TABLE] ?? 1, 1);
  const s = new SheetBuilder("import.record", IMPORT_RECORD_SHEET, RECORD_WIDTHS);
  s.header(RECORD_COLUMNS);
  const header = s.row - 1;
  for (let i = 0; i < rows; i++) {
    s.input(1, { format: "text" });
    s.input(2, { format: "text" });
    s.row += 1;
  }
  recordTable(s, header, s.row - 1);
  return { sheets: [s.build()] };
};

/** The inputs an import filled, with the values it wrote, as the workbook's record holds them. */
export function importedInputs(memory: MemoryWorkbook): ImportedInput[] {
  const place = memory.place("ImportRecord_Name");
  if (place === undefined) return [];
  const out: ImportedInput[] = [];
  for (const ref of cellsOfRange(place.ref)) {
    const { row } = parseA1(ref);
    const name = memory.value(place.sheet, ref);
    const value = Number(memory.value(place.sheet, `C${row}`));
    if (typeof name === "string" && isWorkbookName(name) && Number.isFinite(value))
      out.push({ name, value });
  }
  return out;
}
