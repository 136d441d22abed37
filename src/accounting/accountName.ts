/**
 * Account names as exports write them, made comparable: full-width letters and brackets folded
 * (NFKC), spaces and a leading account code dropped, and the marks software puts on 製造原価 and
 * 完成工事原価 accounts of the same name as a 販管費 one ("減価償却費(製)", "【製】修繕費") read as
 * the statement they point to.
 */
import { type Statement, statementNamed } from "./statements";

export interface AccountName {
  name: string;
  /** the statement a mark on the name points to */
  statementHint?: Statement;
}

const COST_MARKS: readonly { pattern: RegExp; statement: Statement }[] = [
  {
    pattern: /^(\(製(造)?\)|【製(造)?】|製\)|\[製(造)?\])|(\(製(造)?\)|【製(造)?】|\[製(造)?\])$/,
    statement: "製造原価報告書",
  },
  {
    pattern: /^(\(工事\)|【工事】|\(完\)|【完】)|(\(工事\)|【工事】|\(完\)|【完】)$/,
    statement: "完成工事原価報告書",
  },
];

export function accountName(raw: string): AccountName {
  let name = raw
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^\[?\d{2,6}\]?[:.)]?(?=\D)/, "");
  for (const mark of COST_MARKS)
    if (mark.pattern.test(name)) {
      name = name.replace(mark.pattern, "");
      return { name, statementHint: mark.statement };
    }
  return { name };
}

/** One account of one statement, as a key: the same name in two statements is two accounts. */
export function accountKey(account: AccountName, statement: Statement | undefined): string {
  return statement === undefined ? account.name : `${statement}:${account.name}`;
}

/** The statement and account name a key stands for (accountKey read back). */
export function keyParts(key: string): { statement: Statement | undefined; name: string } {
  const at = key.indexOf(":");
  const statement = at < 0 ? undefined : statementNamed(key.slice(0, at));
  return statement === undefined
    ? { statement, name: key }
    : { statement, name: key.slice(at + 1) };
}
