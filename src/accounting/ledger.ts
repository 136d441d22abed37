/**
 * A fixed-asset ledger (固定資産台帳 / 固定資産一覧) export: each asset's class, acquisition date,
 * 取得価額 and 簿価, added up into the model's asset classes (表 参考.1-12). The model wants the
 * 再調達価格, which a ledger does not hold: 取得価額 is taken, times a replacement-cost factor per
 * class the user sets (1 unless changed), and the oldest building's year suggests the 建築年代.
 */
import { ASSET_CLASSES, type AssetClass } from "../model/damage";
import type { EraCode } from "../model/building";
import { parseAmount } from "./amount";
import type { TextEncoding } from "./decode";
import { ImportFileError } from "./errors";
import { UNITS, type Unit, cellKey, columnOf, headerRowOf, thousands, unitOf } from "./table";

/** The ledger's classes the diagnosis counts (棚卸資産 comes from the balance sheet, not here). */
export type LedgerClass = Exclude<AssetClass, "棚卸資産">;
export const LEDGER_CLASSES = ASSET_CLASSES.filter((c): c is LedgerClass => c !== "棚卸資産");

const CLASS_NAMES: Readonly<Record<string, LedgerClass>> = {
  建物: "建物",
  建物附属設備: "建物附属設備",
  附属設備: "建物附属設備",
  機械装置: "機械及び装置",
  機械及び装置: "機械及び装置",
  機械: "機械及び装置",
  工具器具備品: "工具・器具・備品",
  "工具・器具・備品": "工具・器具・備品",
  器具備品: "工具・器具・備品",
  工具器具: "工具・器具・備品",
  構築物: "構築物",
  車両運搬具: "車両及び運搬具",
  車両及び運搬具: "車両及び運搬具",
  車両: "車両及び運搬具",
};

const CLASS_HEADERS = ["勘定科目", "資産区分", "科目", "種類", "資産の種類", "区分"];
const NAME_HEADERS = ["資産名", "資産名称", "名称", "品名", "資産の名称"];
const DATE_HEADERS = ["取得日", "取得年月日", "取得年月", "事業供用日", "供用開始日", "取得年度"];
const COST_HEADERS = ["取得価額", "取得価格", "取得金額"];
const BOOK_HEADERS = ["期末簿価", "期末帳簿価額", "帳簿価額", "簿価", "未償却残高", "期末残高"];

export interface LedgerAsset {
  file: string;
  row: number;
  name: string;
  /** the class as the ledger writes it */
  classLabel: string;
  assetClass?: LedgerClass;
  acquiredYear?: number;
  /** yen */
  cost: number;
  book?: number;
}

export interface LedgerRead {
  file: string;
  encoding: TextEncoding;
  unit: Unit;
  assets: LedgerAsset[];
}

/** Whether a header row is a fixed-asset ledger's (it has a 取得価額 column). */
export function isLedgerHeader(keys: readonly string[]): boolean {
  return keys.some((k) => COST_HEADERS.includes(k));
}

const ERAS: Readonly<Record<string, number>> = { M: 1867, T: 1911, S: 1925, H: 1988, R: 2018 };
const ERA_KANJI: Readonly<Record<string, string>> = {
  明治: "M",
  大正: "T",
  昭和: "S",
  平成: "H",
  令和: "R",
};

/** The year of a date as ledgers write it: 2005/4/1, 2005-04-01, 2005年4月, H17/4/1, 平成17年4月1日. */
export function yearOf(cell: string): number | undefined {
  const s = cell.normalize("NFKC").trim();
  const western = /^(\d{4})(?:[/.\-年]|$)/.exec(s);
  if (western) return Number(western[1]);
  const japanese = /^(明治|大正|昭和|平成|令和|[MTSHR])\.?(\d{1,2}|元)[/.\-年]/i.exec(s);
  if (japanese) {
    const era = ERA_KANJI[japanese[1] as string] ?? (japanese[1] as string).toUpperCase();
    const base = ERAS[era];
    const n = japanese[2] === "元" ? 1 : Number(japanese[2]);
    return base === undefined ? undefined : base + n;
  }
  return undefined;
}

/** 表 参考.1-12 建築年代 of a year: 1981 and later is code 1 (新耐震基準), then by decade. */
export function eraOfYear(year: number): EraCode {
  if (year >= 1981) return 1;
  if (year >= 1971) return 2;
  if (year >= 1961) return 3;
  if (year >= 1951) return 4;
  return 5;
}

/** Reads the rows of a fixed-asset ledger export. */
export function readLedger(rows: string[][], encoding: TextEncoding, file: string): LedgerRead {
  const headerAt = headerRowOf(rows, isLedgerHeader);
  if (headerAt < 0)
    throw new ImportFileError(
      `「${file}」に「取得価額」の列がありません。固定資産台帳を CSV で書き出してください。`
    );
  const header = (rows[headerAt] as string[]).map(cellKey);
  const cols = {
    cls: columnOf(header, CLASS_HEADERS),
    name: columnOf(header, NAME_HEADERS),
    date: columnOf(header, DATE_HEADERS),
    cost: columnOf(header, COST_HEADERS),
    book: columnOf(header, BOOK_HEADERS),
  };
  if (cols.cls < 0)
    throw new ImportFileError(
      `「${file}」に資産の種類の列がありません（見出しに「勘定科目」か「資産区分」が必要です）。`
    );
  const unit = unitOf(rows.slice(0, headerAt));
  const factor = UNITS[unit];
  const assets: LedgerAsset[] = [];
  rows.slice(headerAt + 1).forEach((row, i) => {
    const line = headerAt + 2 + i;
    const classLabel = (row[cols.cls] ?? "").trim();
    if (classLabel === "" || /^(合計|総合計|小計)/.test(cellKey(classLabel))) return;
    const amount = (col: number, what: string): number | undefined => {
      const cell = (row[col] ?? "").trim();
      if (col < 0 || cell === "") return undefined;
      const v = parseAmount(cell);
      if (v === undefined)
        throw new ImportFileError(
          `「${file}」${line}行目の${what}「${cell}」が数として読めません。`
        );
      return v * factor;
    };
    const cost = amount(cols.cost, "取得価額") ?? 0;
    const book = amount(cols.book, "簿価");
    const assetClass = CLASS_NAMES[cellKey(classLabel)];
    const acquiredYear = cols.date >= 0 ? yearOf(row[cols.date] ?? "") : undefined;
    assets.push({
      file,
      row: line,
      name: cols.name >= 0 ? (row[cols.name] ?? "").trim() : classLabel,
      classLabel,
      ...(assetClass !== undefined ? { assetClass } : {}),
      ...(acquiredYear !== undefined ? { acquiredYear } : {}),
      cost,
      ...(book !== undefined ? { book } : {}),
    });
  });
  if (assets.length === 0) throw new ImportFileError(`「${file}」に資産の行がありません。`);
  return { file, encoding, unit, assets };
}

export interface LedgerClassTotal {
  assetClass: LedgerClass;
  /** yen */
  cost: number;
  book: number;
  factor: number;
  /** 取得価額 × factor, in 千円: the 再調達価格 filled */
  replacement: number;
  assets: LedgerAsset[];
}

export interface LedgerImport {
  classes: LedgerClassTotal[];
  /** assets of classes the model does not count (土地, ソフトウェア …) */
  notCounted: LedgerAsset[];
  /** the oldest building's year and the 建築年代 it suggests */
  oldestBuilding?: { year: number; era: EraCode; asset: LedgerAsset };
}

/** Adds ledgers' assets up per class; `factors` are the replacement-cost factors (missing = 1). */
export function assembleLedger(
  assets: readonly LedgerAsset[],
  factors: Partial<Record<LedgerClass, number>> = {}
): LedgerImport {
  const classes = LEDGER_CLASSES.flatMap((assetClass) => {
    const own = assets.filter((a) => a.assetClass === assetClass);
    if (own.length === 0) return [];
    const cost = own.reduce((s, a) => s + a.cost, 0);
    const factor = factors[assetClass] ?? 1;
    return [
      {
        assetClass,
        cost,
        book: own.reduce((s, a) => s + (a.book ?? 0), 0),
        factor,
        replacement: thousands(cost * factor),
        assets: own,
      },
    ];
  });
  const buildings = assets.filter((a) => a.assetClass === "建物" && a.acquiredYear !== undefined);
  const oldest = buildings.sort(
    (a, b) => (a.acquiredYear as number) - (b.acquiredYear as number)
  )[0];
  return {
    classes,
    notCounted: assets.filter((a) => a.assetClass === undefined),
    ...(oldest !== undefined
      ? {
          oldestBuilding: {
            year: oldest.acquiredYear as number,
            era: eraOfYear(oldest.acquiredYear as number),
            asset: oldest,
          },
        }
      : {}),
  };
}
