/**
 * Files from the accountant's software → what the diagnosis can take from them. Each file is
 * decoded and recognised as a trial balance (残高試算表) or a fixed-asset ledger (固定資産台帳);
 * the trial balances are mapped and reconciled together (a 損益計算書 and a 製造原価報告書 may come
 * as separate files), the ledgers added up. Nothing here writes anything: the caller shows the
 * result, and fills a workbook or a scenario only when `problems` is empty and the user agrees.
 */
import type { Industry } from "../model/industries";
import { type BooksImport, assembleBooks, problems as booksProblems } from "./books";
import { type TextEncoding, decodeText } from "./decode";
import { ImportFileError } from "./errors";
import type { LayoutId } from "./layouts";
import {
  type LedgerClass,
  type LedgerImport,
  type LedgerRead,
  assembleLedger,
  isLedgerHeader,
  readLedger,
} from "./ledger";
import { type Assignment, mapAccounts } from "./mapping";
import { parseCsv } from "./csv";
import { headerRowOf } from "./table";
import { type TrialBalanceRead, lineKey, readTrialBalance } from "./trialBalance";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  industry: Industry;
  /** the trial-balance layout the user chose; undefined: recognised from the file */
  layout?: LayoutId;
  assignments?: ReadonlyMap<string, Assignment>;
  /** replacement-cost factors per ledger class (missing = 1) */
  factors?: Partial<Record<LedgerClass, number>>;
  /** 建設業: whether the workers are directly employed (表 参考.1-8 注1) */
  laborDirectlyEmployed?: boolean;
}

export interface FileRead {
  file: string;
  encoding: TextEncoding;
  kind: "残高試算表" | "固定資産台帳";
  /** the layout recognised (trial balances) */
  layout?: string;
  unit: string;
}

export interface ImportResult {
  files: FileRead[];
  books?: BooksImport;
  ledger?: LedgerImport;
}

function refuseSameAccountTwice(reads: readonly TrialBalanceRead[]): void {
  const seen = new Map<string, string>();
  for (const read of reads)
    for (const line of read.lines) {
      const key = lineKey(line);
      const other = seen.get(key);
      if (other !== undefined && other !== read.file)
        throw new ImportFileError(
          `科目「${line.label}」が「${other}」と「${read.file}」の両方にあります。同じ期間の試算表を2回選んでいないか確かめてください。`
        );
      seen.set(key, read.file);
    }
}

export function importFiles(files: readonly ImportFile[], options: ImportOptions): ImportResult {
  if (files.length === 0) throw new ImportFileError("取り込むファイルを選んでください。");
  const trialBalances: TrialBalanceRead[] = [];
  const ledgers: LedgerRead[] = [];
  const read: FileRead[] = [];
  for (const { name, bytes } of files) {
    const { text, encoding } = decodeText(bytes, name);
    const rows = parseCsv(text, name);
    if (headerRowOf(rows, isLedgerHeader) >= 0) {
      const ledger = readLedger(rows, encoding, name);
      ledgers.push(ledger);
      read.push({ file: name, encoding, kind: "固定資産台帳", unit: ledger.unit });
    } else {
      const tb = readTrialBalance(rows, encoding, name, options.layout);
      trialBalances.push(tb);
      read.push({
        file: name,
        encoding,
        kind: "残高試算表",
        layout: tb.layout.label,
        unit: tb.unit,
      });
    }
  }
  refuseSameAccountTwice(trialBalances);
  const books =
    trialBalances.length === 0
      ? undefined
      : assembleBooks(mapAccounts(trialBalances, options.industry, options.assignments), {
          ...(options.laborDirectlyEmployed !== undefined
            ? { laborDirectlyEmployed: options.laborDirectlyEmployed }
            : {}),
        });
  const ledger =
    ledgers.length === 0
      ? undefined
      : assembleLedger(
          ledgers.flatMap((l) => l.assets),
          options.factors
        );
  return {
    files: read,
    ...(books !== undefined ? { books } : {}),
    ...(ledger !== undefined ? { ledger } : {}),
  };
}

/** What must be settled before the import may fill anything (empty: ready). */
export function importProblems(result: ImportResult): string[] {
  return result.books === undefined ? [] : booksProblems(result.books);
}
