/**
 * Parser for the formula subset the sheet definitions use (and that Excel, LibreOffice and
 * HyperFormula all read the same way): numbers, strings, cell and range references (optionally
 * on a quoted sheet), defined names, + − * / ^ &, comparisons, and function calls.
 */

export type Ast =
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "ref"; sheet?: string; ref: string }
  | { type: "range"; sheet?: string; from: string; to: string }
  | { type: "name"; name: string }
  | { type: "unary"; op: "-" | "+"; arg: Ast }
  | { type: "binary"; op: string; left: Ast; right: Ast }
  | { type: "call"; fn: string; args: Ast[] };

export type Token =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "sheet"; value: string }
  | { kind: "ident"; value: string }
  | { kind: "op"; value: string };

const CELL = /^\$?[A-Z]{1,3}\$?\d+$/;

export class FormulaSyntaxError extends Error {}

/** Text between the quote at `start` and its closing twin; a doubled quote stands for one. */
function readQuoted(text: string, start: number, what: string): { value: string; end: number } {
  const quote = text[start] as string;
  let value = "";
  let j = start + 1;
  for (;;) {
    if (j >= text.length) throw new FormulaSyntaxError(`unterminated ${what}: ${text}`);
    if (text[j] === quote) {
      if (text[j + 1] !== quote) return { value, end: j };
      value += quote;
      j += 2;
    } else {
      value += text[j];
      j += 1;
    }
  }
}

// sticky (y): matched where the tokenizer stands, without copying the rest of the text
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const WORD = /[\p{L}_$][\p{L}\p{N}_.$]*/uy;

/** Space, tab or line break (any other white space past ASCII). */
function isSpace(code: number, ch: string): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || (code > 127 && /\s/.test(ch));
}

/** What a name starts with: a letter of any script, "_" or "$". */
function startsWord(code: number, ch: string): boolean {
  const letter = (code | 32) >= 97 && (code | 32) <= 122;
  return letter || code === 95 || code === 36 || (code > 127 && /\p{L}/u.test(ch));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (isSpace(code, ch)) {
      i += 1;
    } else if ((code >= 48 && code <= 57) || code === 46) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) throw new FormulaSyntaxError(`bad number at ${i}: ${text}`);
      tokens.push({ kind: "number", value: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      const { value, end } = readQuoted(text, i, "string");
      tokens.push({ kind: "string", value });
      i = end + 1;
    } else if (ch === "'") {
      const { value, end } = readQuoted(text, i, "sheet name");
      if (text[end + 1] !== "!")
        throw new FormulaSyntaxError(`expected ! after sheet name: ${text}`);
      tokens.push({ kind: "sheet", value });
      i = end + 2;
    } else if (startsWord(code, ch)) {
      // names and sheet names may be Japanese: Excel writes サマリー!A1 without quotes
      WORD.lastIndex = i;
      const m = WORD.exec(text) as RegExpExecArray;
      i += m[0].length;
      if (text[i] === "!") {
        tokens.push({ kind: "sheet", value: m[0] });
        i += 1;
      } else {
        tokens.push({ kind: "ident", value: m[0] });
      }
    } else {
      const two = text.slice(i, i + 2);
      if (two === "<>" || two === "<=" || two === ">=") {
        tokens.push({ kind: "op", value: two });
        i += 2;
      } else if ("+-*/^&=<>(),:".includes(ch)) {
        tokens.push({ kind: "op", value: ch });
        i += 1;
      } else {
        throw new FormulaSyntaxError(`unexpected "${ch}" in ${text}`);
      }
    }
  }
  return tokens;
}

const BINARY_LEVELS: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

export function parseFormula(text: string): Ast {
  const tokens = tokenize(text.startsWith("=") ? text.slice(1) : text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (value: string) => {
    const t = peek();
    return t !== undefined && t.kind === "op" && t.value === value;
  };
  const expect = (value: string) => {
    if (!isOp(value)) throw new FormulaSyntaxError(`expected "${value}" in ${text}`);
    pos += 1;
  };

  function binary(level: number): Ast {
    if (level === BINARY_LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (
        t === undefined ||
        t.kind !== "op" ||
        !(BINARY_LEVELS[level] as readonly string[]).includes(t.value)
      )
        return left;
      pos += 1;
      left = { type: "binary", op: t.value, left, right: binary(level + 1) };
    }
  }

  function unary(): Ast {
    if (isOp("-") || isOp("+")) {
      const op = (peek() as { value: "-" | "+" }).value;
      pos += 1;
      return { type: "unary", op, arg: unary() };
    }
    return primary();
  }

  function reference(sheet: string | undefined): Ast {
    const t = peek();
    if (t === undefined || t.kind !== "ident" || !CELL.test(t.value.toUpperCase())) {
      throw new FormulaSyntaxError(`expected a cell after the sheet name in ${text}`);
    }
    pos += 1;
    const from = t.value.toUpperCase();
    if (isOp(":")) {
      pos += 1;
      const end = peek();
      if (end === undefined || end.kind !== "ident" || !CELL.test(end.value.toUpperCase())) {
        throw new FormulaSyntaxError(`bad range in ${text}`);
      }
      pos += 1;
      return { type: "range", sheet, from, to: end.value.toUpperCase() };
    }
    return { type: "ref", sheet, ref: from };
  }

  function primary(): Ast {
    const t = peek();
    if (t === undefined) throw new FormulaSyntaxError(`unexpected end of ${text}`);
    if (t.kind === "number") {
      pos += 1;
      return { type: "number", value: t.value };
    }
    if (t.kind === "string") {
      pos += 1;
      return { type: "string", value: t.value };
    }
    if (t.kind === "sheet") {
      pos += 1;
      return reference(t.value);
    }
    if (t.kind === "op" && t.value === "(") {
      pos += 1;
      const inner = binary(0);
      expect(")");
      return inner;
    }
    if (t.kind === "ident") {
      const next = tokens[pos + 1];
      if (next !== undefined && next.kind === "op" && next.value === "(") {
        pos += 2;
        const args: Ast[] = [];
        if (!isOp(")")) {
          for (;;) {
            args.push(binary(0));
            if (isOp(",")) {
              pos += 1;
              continue;
            }
            break;
          }
        }
        expect(")");
        return { type: "call", fn: t.value.toUpperCase(), args };
      }
      if (CELL.test(t.value.toUpperCase())) return reference(undefined);
      pos += 1;
      return { type: "name", name: t.value };
    }
    throw new FormulaSyntaxError(`unexpected "${t.value}" in ${text}`);
  }

  const ast = binary(0);
  if (pos !== tokens.length)
    throw new FormulaSyntaxError(`unexpected text after position ${pos} in ${text}`);
  return ast;
}
