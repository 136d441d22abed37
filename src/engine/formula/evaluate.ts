/**
 * Evaluates formulas of the sheet definitions against a workbook: the in-memory workbook uses it
 * to show figures without Excel, and the .xlsx writer to store cached values. BCP functions run
 * through the same catalogue as the Excel custom functions.
 */
import type { Arg, Cell } from "../../functions/arguments";
import { evaluateFunction } from "../../functions/catalogue";
import { errorCodeOf } from "../../functions/errorCodes";
import { ModelError } from "../../model/errors";
import type { Parameters } from "../../model/parameters";
import { columnLetter, parseA1 } from "../../sheets/address";
import type { CellValue } from "../../sheets/types";
import { type Ast, parseFormula } from "./parse";

export type ErrorCode = "#VALUE!" | "#N/A" | "#REF!" | "#NAME?" | "#DIV/0!" | "#NUM!";
export interface FormulaError {
  error: ErrorCode;
  message?: string;
}
export type Scalar = number | string | boolean | null;
export type Value = Scalar | FormulaError | Matrix;
export interface Matrix {
  matrix: (Scalar | FormulaError)[][];
}

export interface StoredCell {
  value?: CellValue | null;
  formula?: string;
  /**
   * What the workbook showed for the formula when it was read (Excel's own result): taken as the
   * cell's value, as Excel's cached value is, until an input changes.
   */
  shown?: Scalar | FormulaError;
  /**
   * An input read from a workbook that links to the user's own sheet: the formula it holds there
   * (its value is what the link brought), kept so that what the cell held can be put back.
   */
  link?: string;
}

export interface FormulaHost {
  cell(sheet: string, ref: string): StoredCell | undefined;
  /** a defined name's sheet and A1 reference (a cell or a range) */
  resolveName(name: string): { sheet: string; ref: string } | undefined;
  params: Parameters;
}

export function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && "error" in v;
}

function isMatrix(v: Value): v is Matrix {
  return typeof v === "object" && v !== null && "matrix" in v;
}

const err = (error: ErrorCode, message?: string): FormulaError =>
  message ? { error, message } : { error };

function toNumber(v: Scalar | FormulaError): number | FormulaError {
  if (isError(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== "" ? n : err("#VALUE!");
}

function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Scalar | FormulaError): boolean | FormulaError {
  if (isError(v)) return v;
  if (typeof v === "string") return v === "" ? false : err("#VALUE!");
  return Boolean(v);
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  // Excel: blank equals "" and 0; numbers sort before text, text before booleans
  const norm = (v: Scalar, other: Scalar): Scalar =>
    v === null ? (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0) : v;
  const x = norm(a, b);
  const y = norm(b, a);
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === "string" && typeof y === "string")
    c = x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  else c = (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

export class FormulaEvaluator {
  private readonly memo = new Map<string, Scalar | FormulaError>();
  private readonly active = new Set<string>();
  private readonly parsed = new Map<string, Ast>();

  constructor(private readonly host: FormulaHost) {}

  /** The value of one cell: its constant, or its formula evaluated. */
  cellValue(sheet: string, ref: string): Scalar | FormulaError {
    const at = ref.includes("$") ? ref.replace(/\$/g, "") : ref;
    const key = `${sheet}!${at}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const cell = this.host.cell(sheet, at);
    if (cell === undefined) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (cell.shown !== undefined) return cell.shown;
    if (this.active.has(key)) return err("#REF!", `循環参照: ${key}`);
    this.active.add(key);
    let result: Scalar | FormulaError;
    try {
      const value = this.evaluate(this.ast(cell.formula), sheet);
      result = isMatrix(value) ? (value.matrix[0]?.[0] ?? null) : value;
    } catch (e) {
      result = err("#VALUE!", (e as Error).message);
    } finally {
      this.active.delete(key);
    }
    this.memo.set(key, result);
    return result;
  }

  private ast(formula: string): Ast {
    let ast = this.parsed.get(formula);
    if (ast === undefined) {
      ast = parseFormula(formula);
      this.parsed.set(formula, ast);
    }
    return ast;
  }

  private rangeValues(sheet: string, from: string, to: string): Matrix {
    const a = parseA1(from);
    const b = parseA1(to);
    const rows: (Scalar | FormulaError)[][] = [];
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      const row: (Scalar | FormulaError)[] = [];
      for (let c = Math.min(a.column, b.column); c <= Math.max(a.column, b.column); c++) {
        row.push(this.cellValue(sheet, `${columnLetter(c)}${r}`));
      }
      rows.push(row);
    }
    return { matrix: rows };
  }

  private resolve(ref: string, sheet: string): Value {
    const [from, to] = ref.split(":") as [string, string | undefined];
    return to === undefined ? this.cellValue(sheet, from) : this.rangeValues(sheet, from, to);
  }

  evaluate(ast: Ast, sheet: string): Value {
    switch (ast.type) {
      case "number":
        return ast.value;
      case "string":
        return ast.value;
      case "ref":
        return this.cellValue(ast.sheet ?? sheet, ast.ref);
      case "range":
        return this.rangeValues(ast.sheet ?? sheet, ast.from, ast.to);
      case "name": {
        const target = this.host.resolveName(ast.name);
        if (target === undefined) return err("#NAME?", `名前「${ast.name}」がありません`);
        return this.resolve(target.ref, target.sheet);
      }
      case "unary": {
        const v = this.scalar(this.evaluate(ast.arg, sheet));
        const n = toNumber(v);
        if (isError(n)) return n;
        return ast.op === "-" ? -n : n;
      }
      case "binary":
        return this.binary(
          ast.op,
          this.scalar(this.evaluate(ast.left, sheet)),
          this.scalar(this.evaluate(ast.right, sheet))
        );
      case "call":
        return this.call(ast.fn, ast.args, sheet);
    }
  }

  private scalar(v: Value): Scalar | FormulaError {
    if (!isMatrix(v)) return v;
    return v.matrix.length === 1 && v.matrix[0]?.length === 1
      ? (v.matrix[0][0] ?? null)
      : err("#VALUE!");
  }

  private binary(op: string, a: Scalar | FormulaError, b: Scalar | FormulaError): Value {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "&") return toText(a) + toText(b);
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, a, b);
    const x = toNumber(a);
    const y = toNumber(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      case "/":
        return y === 0 ? err("#DIV/0!") : x / y;
      case "^":
        return Math.pow(x, y);
      default:
        return err("#VALUE!", `演算子 ${op}`);
    }
  }

  private numbers(args: Ast[], sheet: string): number[] | FormulaError {
    const out: number[] = [];
    for (const arg of args) {
      const v = this.evaluate(arg, sheet);
      if (isMatrix(v)) {
        for (const cell of v.matrix.flat()) {
          if (isError(cell)) return cell;
          if (typeof cell === "number") out.push(cell); // text and blanks in ranges are skipped
        }
      } else {
        const n = toNumber(v);
        if (isError(n)) return n;
        out.push(n);
      }
    }
    return out;
  }

  /** COUNT: the numbers among the arguments; errors, text and blanks are not counted, as in Excel. */
  private count(args: Ast[], sheet: string): number {
    let n = 0;
    for (const arg of args) {
      const v = this.evaluate(arg, sheet);
      const cells = isMatrix(v) ? v.matrix.flat() : [v];
      for (const cell of cells) if (typeof cell === "number") n += 1;
    }
    return n;
  }

  private call(fn: string, args: Ast[], sheet: string): Value {
    const arg = (i: number) =>
      args[i] === undefined ? null : this.scalar(this.evaluate(args[i] as Ast, sheet));
    switch (fn) {
      case "SUM":
      case "MAX":
      case "MIN": {
        const ns = this.numbers(args, sheet);
        if (isError(ns)) return ns;
        if (fn === "SUM") return ns.reduce((s, n) => s + n, 0);
        if (ns.length === 0) return 0;
        return fn === "MAX" ? Math.max(...ns) : Math.min(...ns);
      }
      case "IF": {
        const c = truthy(arg(0));
        if (isError(c)) return c;
        return c
          ? this.evaluate(args[1] as Ast, sheet)
          : args[2] === undefined
            ? false
            : this.evaluate(args[2], sheet);
      }
      case "AND":
      case "OR": {
        const flags = args.map((_, i) => truthy(arg(i)));
        const bad = flags.find(isError);
        if (bad !== undefined) return bad;
        return fn === "AND" ? flags.every(Boolean) : flags.some(Boolean);
      }
      case "NOT": {
        const c = truthy(arg(0));
        return isError(c) ? c : !c;
      }
      case "TRUE":
        return true;
      case "FALSE":
        return false;
      case "ABS": {
        const n = toNumber(arg(0));
        return isError(n) ? n : Math.abs(n);
      }
      case "ROUND": {
        const n = toNumber(arg(0));
        const d = toNumber(arg(1));
        if (isError(n)) return n;
        if (isError(d)) return d;
        const f = Math.pow(10, d);
        return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
      }
      case "COUNT":
        return this.count(args, sheet);
      case "ISBLANK":
        return arg(0) === null;
      case "ISNUMBER":
        return typeof arg(0) === "number";
      case "COUNTIF":
      case "SUMIF":
        return this.conditional(fn, args, sheet);
      case "INDEX":
        return this.index(args, sheet);
      default:
        if (fn.startsWith("BCP.")) return this.bcp(fn.slice(4), args, sheet);
        return err("#NAME?", `関数 ${fn} はこの計算では使えません`);
    }
  }

  /** INDEX(range, row, [column]); a one-row range counts its single index along the row, as Excel does. */
  private index(args: Ast[], sheet: string): Value {
    const range = this.evaluate(args[0] as Ast, sheet);
    if (isError(range)) return range;
    const matrix = isMatrix(range) ? range.matrix : [[range]];
    const first = toNumber(this.scalar(this.evaluate(args[1] as Ast, sheet)));
    if (isError(first)) return first;
    let row = first;
    let column = 1;
    if (args[2] !== undefined) {
      const second = toNumber(this.scalar(this.evaluate(args[2], sheet)));
      if (isError(second)) return second;
      column = second;
    } else if (matrix.length === 1) {
      row = 1;
      column = first;
    }
    const cell = matrix[row - 1]?.[column - 1];
    return cell === undefined
      ? err("#REF!", `INDEX の位置（${row}, ${column}）が範囲の外です`)
      : cell;
  }

  /** COUNTIF / SUMIF with an equality criterion (text compared without case, as Excel does). */
  private conditional(fn: string, args: Ast[], sheet: string): Value {
    const range = this.evaluate(args[0] as Ast, sheet);
    const criterion = this.scalar(this.evaluate(args[1] as Ast, sheet));
    if (isError(criterion)) return criterion;
    const cells = isMatrix(range) ? range.matrix.flat() : [range];
    const sumRange = args[2] === undefined ? range : this.evaluate(args[2], sheet);
    const addends = isMatrix(sumRange) ? sumRange.matrix.flat() : [sumRange];
    const key = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
    let count = 0;
    let sum = 0;
    cells.forEach((cell, i) => {
      if (isError(cell) || key(cell) !== key(criterion) || cell === null) return;
      count += 1;
      const addend = addends[i];
      if (typeof addend === "number") sum += addend;
    });
    return fn === "COUNTIF" ? count : sum;
  }

  private bcp(id: string, args: Ast[], sheet: string): Value {
    const values: Arg[] = [];
    for (const a of args) {
      const v = this.evaluate(a, sheet);
      if (isMatrix(v)) {
        const bad = v.matrix.flat().find(isError);
        if (bad !== undefined) return bad;
        values.push(v.matrix as Cell[][]);
      } else {
        if (isError(v)) return v;
        values.push(v);
      }
    }
    try {
      const result = evaluateFunction(id, values, this.host.params);
      return Array.isArray(result) ? { matrix: result } : result;
    } catch (e) {
      if (e instanceof ModelError) return err(errorCodeOf(e), e.message);
      throw e;
    }
  }
}
