/**
 * Account lines → the model's input lines. Each account is looked up in the user's own
 * assignments first (the mapping sheet or the command line), then in the built-in table; what
 * neither knows is returned unassigned, never dropped. The amount is taken on the account's own
 * side: as the file shows it, or credit − debit for revenue, gains and closing stock.
 */
import type { Industry } from "../model/industries";
import { type Target, searchOrder, targetOf } from "./accounts";
import type { Statement } from "./statements";
import { CREDIT_LINES, type LineKey } from "./lines";
import { accountKey, accountName } from "./accountName";
import type { AccountLine, Balance, TrialBalanceRead } from "./trialBalance";

export interface SourceLine {
  file: string;
  line: AccountLine;
}

export interface MappedLine extends SourceLine {
  target: Target;
  /** the amount on the target's side, in yen */
  amount: number;
}

/** The user's choice for an account: a line, 使わない, or any target (the mapping sheet). */
export type Assignment = LineKey | "unused" | Target;

export interface Mapping {
  industry: Industry;
  mapped: MappedLine[];
  unassigned: SourceLine[];
}

/** Whether the account sits on the credit side: a contra account sits opposite its line. */
function creditSide(target: Target): boolean {
  if (target.kind === "line") return CREDIT_LINES.has(target.key) !== (target.negate === true);
  if (target.kind === "total")
    return target.total === "Sales" || target.total === "OperatingProfit";
  return false;
}

function amountOf(balance: Balance, target: Target): number {
  const value =
    "shown" in balance
      ? balance.shown
      : creditSide(target)
        ? balance.credit - balance.debit
        : balance.debit - balance.credit;
  return target.kind === "line" && target.negate ? -value : value;
}

/** The target a user's choice stands for. */
export function assigned(choice: Assignment): Target {
  if (typeof choice === "object") return choice;
  return choice === "unused" ? { kind: "unused" } : { kind: "line", key: choice };
}

/**
 * The user's own choice for a line: by its statement, or for a file that names none, in the
 * order the built-in table is searched (損益計算書, the cost report, 貸借対照表), then by name alone.
 */
function ownChoice(
  assignments: ReadonlyMap<string, Assignment>,
  line: AccountLine,
  industry: Industry
): Assignment | undefined {
  const statement = line.statement ?? line.account.statementHint;
  const order: (Statement | undefined)[] =
    statement !== undefined ? [statement] : searchOrder(industry);
  for (const s of order) {
    const own = assignments.get(accountKey(line.account, s));
    if (own !== undefined) return own;
  }
  return assignments.get(line.account.name);
}

/**
 * The key of an account as the user writes it in a mapping (「減価償却費(製)」, 「4110 特許使用料」):
 * read like a file's account name, so that the two meet.
 */
export function assignmentKeyOf(label: string): string {
  const account = accountName(label);
  return accountKey(account, account.statementHint);
}

export function mapAccounts(
  reads: readonly TrialBalanceRead[],
  industry: Industry,
  assignments: ReadonlyMap<string, Assignment> = new Map()
): Mapping {
  const mapped: MappedLine[] = [];
  const unassigned: SourceLine[] = [];
  for (const read of reads)
    for (const line of read.lines) {
      const own = ownChoice(assignments, line, industry);
      const target =
        own !== undefined
          ? assigned(own)
          : targetOf(line.account.name, line.statement ?? line.account.statementHint, industry);
      if (target === undefined) unassigned.push({ file: read.file, line });
      else mapped.push({ file: read.file, line, target, amount: amountOf(line.balance, target) });
    }
  return { industry, mapped, unassigned };
}
