/**
 * Formulas in one canonical spelling, so that a formula the add-in wrote compares equal to what
 * Excel gives back: Excel upper-cases function names and references, drops the quotes around a
 * sheet name that does not need them (サマリー!A1), leaves out spaces, and stores a JavaScript
 * custom function in a file as _xldudf_BCP_NAME (OfficeDev/Excel-Custom-Functions #108).
 */
import { type Token, tokenize } from "./parse";

/** The file form of a BCP function (what Excel saves) and back. */
const STORED_BCP = /^_xldudf_BCP_/i;

function spell(token: Token, next: Token | undefined): string {
  switch (token.kind) {
    case "number":
      return String(token.value);
    case "string":
      return `"${token.value.replace(/"/g, '""')}"`;
    case "sheet":
      return `'${token.value.replace(/'/g, "''").toUpperCase()}'!`;
    case "op":
      return token.value;
    case "ident": {
      const called = next?.kind === "op" && next.value === "(";
      const name = called ? token.value.replace(STORED_BCP, "BCP.") : token.value;
      // Excel's names, functions and references are case-insensitive
      return name.toUpperCase();
    }
  }
}

/** The canonical spelling of a formula (with or without its "="); the text itself if unreadable. */
export function canonicalFormula(formula: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return text.trim();
  }
  return tokens.map((t, i) => spell(t, tokens[i + 1])).join("");
}

/** Whether two formulas are the same once both are spelled as Excel would give them back. */
export function sameFormula(a: string, b: string): boolean {
  return canonicalFormula(a) === canonicalFormula(b);
}

/** A formula as a file stores it for Excel: BCP functions under their saved name. */
export function storedFormula(formula: string): string {
  // string literals are passed over, only calls are renamed
  return formula.replace(/"(?:[^"]|"")*"|\bBCP\.([A-Z0-9_]+)\(/g, (match, id?: string) =>
    id === undefined ? match : `_xldudf_BCP_${id}(`
  );
}

/** Whether a formula holds a BCP function Excel has not bound to the add-in (still in file form). */
export function hasUnboundFunction(formula: string): boolean {
  return /\b_xldudf_/i.test(formula);
}
