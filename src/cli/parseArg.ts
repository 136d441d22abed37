/** Turns a command-line word into the value Excel would pass for a cell or range. */
import type { Arg, Cell } from "../functions/arguments";
import { invalid } from "../model/errors";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function cellOf(value: unknown): Cell {
  if (
    value === null ||
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  )
    return value;
  throw invalid("範囲の中には数値・文字列・真偽値・null だけを書いてください。");
}

/** "" → blank, 12.5 → number, TRUE/FALSE → boolean, [..] → range (a flat list is one row). */
export function parseArg(word: string): Arg {
  const text = word.trim();
  if (text === "") return null;
  if (text.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw invalid(`範囲「${word}」を JSON の配列として読めません。例: [1,2,3] や [[1,2],[3,4]]`);
    }
    if (!Array.isArray(parsed)) throw invalid(`範囲「${word}」は配列で書いてください。`);
    const rows = parsed.every((r) => Array.isArray(r)) ? (parsed as unknown[][]) : [parsed];
    return rows.map((row) => row.map(cellOf));
  }
  if (NUMBER.test(text)) return Number(text);
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  return word;
}
