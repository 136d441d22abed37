/**
 * A fixed-asset ledger (固定資産台帳 / 固定資産一覧) export: each asset's class, acquisition date,
 * 取得価額 and 簿価, added up into the model's asset classes (表 参考.1-12). The model wants the
 * 再調達価格, which a ledger does not hold: 取得価額 is taken, times a replacement-cost factor per
 * class the user sets (1 unless changed), and the oldest building's year suggests the 建築年代.
 */
import { ASSET_CLASSES, type AssetClass } from "../model/damage";
import type { EraCode } from "../model/building";
import { parseAmount } from "./amount";
import type { DecodedText, TextEncoding } from "./decode";
import { ImportFileError } from "./errors";
import { parseCsv } from "./csv";
import { UNITS, type Unit } from "./trialBalance";

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
export function isLedgerHeader(cells: readonly string[]): boolean {
  return cells.some((c) => COST_HEADERS.includes(c.normalize("NFKC").replace(/\s+/g, "")));
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

function column(header: readonly string[], names: readonly string[]): number {
  for (const n of names) {
    const i = header.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

export function readLedger(decoded: DecodedText, file: string): LedgerRead {
  const rows = parseCsv(decoded.text, file);
  const clean = (c: string) => c.normalize("NFKC").replace(/\s+/g, "");
  const headerAt = rows.slice(0, 15).findIndex((r) => isLedgerHeader(r));
  if (headerAt < 0)
    throw new ImportFileError(
      `「${file}」に「取得価額」の列がありません。固定資産台帳を CSV で書き出してください。`
    );
  const header = (rows[headerAt] as string[]).map(clean);
  const cols = {
    cls: column(header, CLASS_HEADERS),
    name: column(header, NAME_HEADERS),
    date: column(header, DATE_HEADERS),
    cost: column(header, COST_HEADERS),
    book: column(header, BOOK_HEADERS),
  };
  if (cols.cls < 0)
    throw new ImportFileError(
      `「${file}」に資産の種類の列がありません（見出しに「勘定科目」か「資産区分」が必要です）。`
    );
  const above = rows.slice(0, headerAt).flat().join(" ").normalize("NFKC");
  const unit: Unit = /百万円/.test(above) ? "百万円" : /千円/.test(above) ? "千円" : "円";
  const factor = UNITS[unit];
  const assets: LedgerAsset[] = [];
  rows.slice(headerAt + 1).forEach((row, i) => {
    const line = headerAt + 2 + i;
    const classLabel = (row[cols.cls] ?? "").trim();
    if (classLabel === "" || /^(合計|総合計|小計)/.test(clean(classLabel))) return;
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
    const assetClass = CLASS_NAMES[clean(classLabel)];
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
  return { file, encoding: decoded.encoding, unit, assets };
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

/** Adds a ledger up per class; `factors` are the replacement-cost factors (missing = 1). */
export function assembleLedger(
  read: LedgerRead,
  factors: Partial<Record<LedgerClass, number>> = {}
): LedgerImport {
  const classes = LEDGER_CLASSES.flatMap((assetClass) => {
    const assets = read.assets.filter((a) => a.assetClass === assetClass);
    if (assets.length === 0) return [];
    const cost = assets.reduce((s, a) => s + a.cost, 0);
    const factor = factors[assetClass] ?? 1;
    return [
      {
        assetClass,
        cost,
        book: assets.reduce((s, a) => s + (a.book ?? 0), 0),
        factor,
        replacement: Math.round(cost * factor) / 1000,
        assets,
      },
    ];
  });
  const buildings = read.assets.filter(
    (a) => a.assetClass === "建物" && a.acquiredYear !== undefined
  );
  const oldest = buildings.sort(
    (a, b) => (a.acquiredYear as number) - (b.acquiredYear as number)
  )[0];
  return {
    classes,
    notCounted: read.assets.filter((a) => a.assetClass === undefined),
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
