/**
 * The account mapping as rows a user reads and edits (the 勘定科目対応 sheet): the built-in table
 * of an industry with each target written as a choice text, and those rows read back as the
 * user's assignments. A choice text names the line as the diagnosis' sheets do, with the
 * 固定/変動 the guideline gives it, so the sheet shows the behaviour whatever line is chosen.
 */
import type { Industry } from "../model/industries";
import { type Target, builtInAccounts } from "./accounts";
import { accountKey, accountName, keyParts } from "./accountName";
import { type Assignment, assigned } from "./mapping";
import { FILE_TOTALS, type FileTotal, linesOf } from "./lines";
import { STATEMENTS, type Statement, statementNamed } from "./statements";

export interface MappingRow {
  /** undefined: the account in any statement */
  statement: Statement | undefined;
  account: string;
  /** the choice text of the row's target */
  choice: string;
}

export interface Choice {
  text: string;
  target: Target;
}

const NOT_USED = "使わない";

/** Totals only one industry's statements print. */
const OWN_TOTALS: Partial<Record<FileTotal, Industry>> = {
  COGM: "製造業",
  ManufacturingCost: "製造業",
  ConstructionCost: "建設業",
};

/** Every target a row may choose for an industry, in the order of the forms. */
export function choicesOf(industry: Industry): Choice[] {
  const lines = linesOf(industry);
  const totals = (Object.keys(FILE_TOTALS) as FileTotal[]).filter(
    (t) => !(t in OWN_TOTALS) || OWN_TOTALS[t as keyof typeof OWN_TOTALS] === industry
  );
  return [
    ...lines.map((l) => ({
      text: l.behaviour === undefined ? l.label : `${l.label}：${l.behaviour}`,
      target: { kind: "line", key: l.key } as Target,
    })),
    // contra accounts: only the lines they reduce in the built-in table
    ...lines
      .filter((l) => l.key === "sales" || l.key === "purchases")
      .map((l) => ({
        text: `${l.label}から差し引く`,
        target: { kind: "line", key: l.key, negate: true } as Target,
      })),
    ...totals.map((t) => ({
      text: `照合：決算書の${FILE_TOTALS[t]}`,
      target: { kind: "total", total: t } as Target,
    })),
    { text: "手元資金（現金・預金）", target: { kind: "cash" } },
    { text: "小計・合計（モデルが計算）", target: { kind: "computed" } },
    { text: NOT_USED, target: { kind: "unused" } },
  ];
}

const sameTarget = (a: Target, b: Target) => JSON.stringify(a) === JSON.stringify(b);

/** The choice text of a target, for an industry. */
export function choiceText(target: Target, industry: Industry): string {
  const found = choicesOf(industry).find((c) => sameTarget(c.target, target));
  if (found === undefined) throw new Error(`no choice for ${JSON.stringify(target)}`);
  return found.text;
}

/** The built-in table of an industry as sheet rows. */
export function builtInRows(industry: Industry): MappingRow[] {
  return builtInAccounts(industry).map((a) => ({
    statement: a.statement,
    account: a.name,
    choice: choiceText(a.target, industry),
  }));
}

/** A row as the sheet holds it: what the user may have typed in each column. */
export interface TypedRow {
  /** the sheet's row, for messages */
  row: number;
  statement: string;
  account: string;
  choice: string;
}

export interface ReadAssignments {
  assignments: Map<string, Target>;
  /** rows that could not be read, in Japanese, with their row */
  problems: string[];
}

const normal = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/**
 * The sheet's rows as assignments, keyed like the accounts of a file (the statement with the
 * name, see accountKey). A row without an account is skipped; one whose statement or choice is
 * not in the lists is reported, never guessed.
 */
export function assignmentsOf(rows: readonly TypedRow[], industry: Industry): ReadAssignments {
  const choices = new Map(choicesOf(industry).map((c) => [normal(c.text), c.target]));
  const assignments = new Map<string, Target>();
  const problems: string[] = [];
  for (const r of rows) {
    if (r.account.trim() === "") continue;
    // a blank statement: the account in whichever statement a file has it
    const statement = r.statement.trim() === "" ? undefined : statementNamed(r.statement);
    const target = choices.get(normal(r.choice));
    if (statement === undefined && r.statement.trim() !== "")
      problems.push(
        `${r.row}行目「${r.account}」の決算書「${r.statement}」が読めません（${STATEMENTS.join("・")}、または空欄）。`
      );
    else if (target === undefined)
      problems.push(`${r.row}行目「${r.account}」の入れる行「${r.choice}」が一覧にありません。`);
    else {
      const account = accountName(r.account);
      assignments.set(accountKey(account, statement ?? account.statementHint), target);
    }
  }
  return { assignments, problems };
}

/** Assignments made elsewhere (a mapping file) as sheet rows, after the built-in ones. */
export function assignmentRows(
  assignments: ReadonlyMap<string, Assignment>,
  industry: Industry
): MappingRow[] {
  return [...assignments].map(([key, choice]) => {
    const { statement, name } = keyParts(key);
    return { statement, account: name, choice: choiceText(assigned(choice), industry) };
  });
}
