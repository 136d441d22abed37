/**
 * A trial balance (残高試算表) export read into account lines: the layout recognised from its
 * header, the statement of each line (a section column, a heading line or a mark on the name),
 * the display unit of the title line, and the balance as the file gives it. Nothing is guessed
 * silently: an unreadable amount, a missing column or an account listed twice is an error naming
 * the line.
 */
import { parseAmount } from "./amount";
import { type AccountName, accountKey, accountName } from "./accountName";
import type { TextEncoding } from "./decode";
import { ImportFileError } from "./errors";
import {
  ACCOUNT_HEADERS,
  GENERIC,
  LAYOUTS,
  type LayoutId,
  SECTION_HEADERS,
  SUB_ACCOUNT_HEADERS,
  type TrialBalanceLayout,
  layoutById,
} from "./layouts";
import { UNITS, type Unit, cellKey, columnOf, headerRowOf, unitOf } from "./table";
import { type Statement, statementNamed } from "./statements";

/** A balance as shown (on the account's own side), or as separate debit and credit balances. */
export type Balance = { shown: number } | { debit: number; credit: number };

export interface AccountLine {
  /** the line of the file, from 1 */
  row: number;
  /** the account as the file writes it */
  label: string;
  account: AccountName;
  statement?: Statement;
  /** in yen */
  balance: Balance;
}

export interface TrialBalanceRead {
  file: string;
  encoding: TextEncoding;
  layout: TrialBalanceLayout;
  /** the display unit of the file (円, 千円 or 百万円) */
  unit: Unit;
  lines: AccountLine[];
}

function detectLayout(header: readonly string[], above: readonly string[][]): TrialBalanceLayout {
  const title = above.flat().join(" ");
  return (
    LAYOUTS.find(
      (l) =>
        l.marks.length > 0 &&
        l.marks.every((m) => header.includes(m)) &&
        (l.title === undefined || title.includes(l.title))
    ) ?? GENERIC
  );
}

function chooseLayout(
  file: string,
  header: readonly string[],
  above: readonly string[][],
  wanted: LayoutId | undefined
): TrialBalanceLayout {
  const found = detectLayout(header, above);
  if (wanted === undefined || wanted === found.id || wanted === "generic") return found;
  const expected = layoutById(wanted) as TrialBalanceLayout;
  if (found.id !== "generic")
    throw new ImportFileError(
      `「${file}」は${found.label}の形式です（選んだのは${expected.label}）。選び直すか、自動判定のまま読み込んでください。`
    );
  const missing = expected.marks.filter((m) => !header.includes(m));
  throw new ImportFileError(
    `「${file}」は${expected.label}の形式ではありません（見出しに「${missing.join("」「")}」がありません）。書き出した画面と形式を確かめてください。`
  );
}

interface Columns {
  account: number;
  balance: number;
  debit: number;
  credit: number;
  section: number;
  sub: number;
}

function columnsOf(file: string, header: readonly string[], layout: TrialBalanceLayout): Columns {
  const cols: Columns = {
    account: columnOf(header, ACCOUNT_HEADERS),
    balance: columnOf(header, layout.balance),
    debit: columnOf(header, layout.debit ?? []),
    credit: columnOf(header, layout.credit ?? []),
    section: columnOf(header, SECTION_HEADERS),
    sub: columnOf(header, SUB_ACCOUNT_HEADERS),
  };
  if (cols.balance < 0 && (cols.debit < 0 || cols.credit < 0))
    throw new ImportFileError(
      `「${file}」に残高の列がありません（見出しに「${layout.balance.slice(0, 3).join("」「")}」か「借方残高」「貸方残高」が必要です）。残高試算表を書き出してください。`
    );
  return cols;
}

function amountAt(file: string, row: string[], col: number, line: number): number {
  const cell = row[col] ?? "";
  if (cell.trim() === "") return 0;
  const value = parseAmount(cell);
  if (value === undefined)
    throw new ImportFileError(`「${file}」${line}行目の金額「${cell}」が数として読めません。`);
  return value;
}

/** A file without a header: every line an account and an amount. */
function headerless(rows: string[][]): boolean {
  const filled = rows.filter((r) => r.length > 0);
  return (
    filled.length > 0 &&
    filled.every((r) => r.length >= 2 && parseAmount(r[1] as string) !== undefined)
  );
}

function scaled(balance: Balance, factor: number): Balance {
  return "shown" in balance
    ? { shown: balance.shown * factor }
    : { debit: balance.debit * factor, credit: balance.credit * factor };
}

/**
 * Sub-account lines (補助科目) break an account down: dropped where the account's own line is
 * there, added up where it is not.
 */
/** The account a line is of: its name in its statement (the file's, or the name's mark). */
export const lineKey = (l: AccountLine): string =>
  accountKey(l.account, l.statement ?? l.account.statementHint);

function withoutBreakdowns(lines: (AccountLine & { sub: boolean })[]): AccountLine[] {
  const totals = new Set(lines.filter((l) => !l.sub).map(lineKey));
  const out: AccountLine[] = [];
  const summed = new Map<string, AccountLine>();
  for (const { sub, ...line } of lines) {
    if (!sub) out.push(line);
    else if (!totals.has(lineKey(line))) {
      const seen = summed.get(lineKey(line));
      if (seen === undefined) {
        summed.set(lineKey(line), line);
        out.push(line);
      } else seen.balance = added(seen.balance, line.balance);
    }
  }
  return out;
}

function added(a: Balance, b: Balance): Balance {
  if ("shown" in a && "shown" in b) return { shown: a.shown + b.shown };
  if ("debit" in a && "debit" in b)
    return { debit: a.debit + b.debit, credit: a.credit + b.credit };
  return a;
}

function refuseDuplicates(file: string, lines: readonly AccountLine[]): void {
  const seen = new Map<string, AccountLine>();
  for (const line of lines) {
    const key = lineKey(line);
    const first = seen.get(key);
    if (first !== undefined)
      throw new ImportFileError(
        `「${file}」の${first.row}行目と${line.row}行目に同じ科目「${line.label}」があります。どちらかを消すか、科目名を分けて書き出してください。`
      );
    seen.set(key, line);
  }
}

/** Whether a header row is a trial balance's (it has a 勘定科目 column). */
export function isTrialBalanceHeader(keys: readonly string[]): boolean {
  return keys.some((k) => (ACCOUNT_HEADERS as readonly string[]).includes(k));
}

/** Reads the rows of a trial-balance export; `wanted` is the layout the user chose, if any. */
export function readTrialBalance(
  rows: string[][],
  encoding: TextEncoding,
  file: string,
  wanted?: LayoutId
): TrialBalanceRead {
  const headerAt = headerRowOf(rows, isTrialBalanceHeader);
  let header: string[];
  let body: string[][];
  let above: string[][];
  if (headerAt >= 0) {
    header = (rows[headerAt] as string[]).map(cellKey);
    body = rows.slice(headerAt + 1);
    above = rows.slice(0, headerAt);
  } else if (headerless(rows)) {
    header = ["勘定科目", "金額"];
    body = rows;
    above = [];
  } else
    throw new ImportFileError(
      `「${file}」に「勘定科目」の見出しがありません。会計ソフトの残高試算表を CSV で書き出すか、1列目に勘定科目、2列目に金額を書いてください。`
    );
  const layout = chooseLayout(file, header, above, wanted);
  const cols = columnsOf(file, header, layout);
  const unit = unitOf([...above, header]);
  const firstRow = headerAt >= 0 ? headerAt + 2 : 1;
  let current: Statement | undefined = statementNamed(above.flat().join(""));
  const lines: (AccountLine & { sub: boolean })[] = [];
  body.forEach((row, i) => {
    const line = firstRow + i;
    const label = (row[cols.account] ?? "").trim();
    if (label === "") return;
    const heading = statementNamed(label);
    const empty = [cols.balance, cols.debit, cols.credit].every((c) => c < 0 || !row[c]?.trim());
    if (heading !== undefined && empty) {
      current = heading;
      return;
    }
    const statement =
      cols.section >= 0 ? (statementNamed(row[cols.section] ?? "") ?? current) : current;
    const balance: Balance =
      cols.balance >= 0
        ? { shown: amountAt(file, row, cols.balance, line) }
        : {
            debit: amountAt(file, row, cols.debit, line),
            credit: amountAt(file, row, cols.credit, line),
          };
    lines.push({
      row: line,
      label,
      account: accountName(label),
      ...(statement !== undefined ? { statement } : {}),
      balance: scaled(balance, UNITS[unit]),
      sub: cols.sub >= 0 && (row[cols.sub] ?? "").trim() !== "",
    });
  });
  const accounts = withoutBreakdowns(lines);
  if (accounts.length === 0)
    throw new ImportFileError(
      `「${file}」に科目の行がありません。期間と書き出し方を確かめてください。`
    );
  refuseDuplicates(file, accounts);
  return { file, encoding, layout, unit, lines: accounts };
}
