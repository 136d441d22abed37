/**
 * Argument checks shared by every model function. They turn anything that would otherwise give
 * a silently wrong figure (text, NaN, negative amounts, out-of-range rates) into a ModelError
 * whose message names the argument in Japanese.
 */
import { invalid, missing } from "./errors";

function describe(value: unknown): string {
  if (typeof value === "string") return `文字列「${value}」`;
  if (typeof value === "boolean") return `論理値 ${value ? "TRUE" : "FALSE"}`;
  if (value === null || value === undefined) return "空欄";
  if (typeof value === "number") return String(value);
  return "数値以外の値";
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A finite number. Text, booleans and blanks are rejected. */
export function requireNumber(value: unknown, label: string): number {
  if (isBlank(value)) throw missing(`${label}が空欄です。数値を入力してください。`);
  if (typeof value !== "number") {
    throw invalid(`${label}には数値を入力してください（${describe(value)}は使えません）。`);
  }
  if (!Number.isFinite(value)) throw invalid(`${label}が有限の数値ではありません。`);
  return value;
}

/** A money amount in 千円, zero or more. */
export function requireAmount(value: unknown, label: string): number {
  const n = requireNumber(value, label);
  if (n < 0) throw invalid(`${label}は0以上の金額（千円）で入力してください（${n}）。`);
  return n;
}

/** Like requireAmount, but a blank counts as zero (optional table rows). */
export function optionalAmount(value: unknown, label: string): number {
  return isBlank(value) ? 0 : requireAmount(value, label);
}

/** A signed amount in 千円 (profits, balances). */
export function requireSignedAmount(value: unknown, label: string): number {
  return requireNumber(value, label);
}

/**
 * The highest 稼働率 accepted (前提（本ツール）): after a stop, a plant may run above its normal
 * output to clear the backlog (表 参考.3-3 続き heads months 7-12 「稼働率 100%以上」). Twice the
 * normal output bounds that and still catches a percentage typed as a whole number (80 for 80 %).
 */
export const MAX_OPERATING_RATE = 2;

/** A 稼働率: 0 (stopped) to MAX_OPERATING_RATE, 1 being normal output. */
export function requireOperatingRate(value: unknown, label: string): number {
  const n = requireNumber(value, label);
  if (n < 0 || n > MAX_OPERATING_RATE) {
    throw invalid(
      `${label}は0〜${MAX_OPERATING_RATE}（0%〜${MAX_OPERATING_RATE * 100}%、平常は1）の範囲で入力してください（${n}）。`
    );
  }
  return n;
}

/** A rate or share as a fraction between 0 and 1. */
export function requireRate(value: unknown, label: string): number {
  const n = requireNumber(value, label);
  if (n < 0 || n > 1) {
    throw invalid(`${label}は0〜1（0%〜100%）の範囲で入力してください（${n}）。`);
  }
  return n;
}

export function optionalRate(value: unknown, label: string, fallback = 0): number {
  return isBlank(value) ? fallback : requireRate(value, label);
}

/** A non-negative number of days. */
export function requireDays(value: unknown, label: string): number {
  const n = requireNumber(value, label);
  if (n < 0) throw invalid(`${label}は0以上の日数で入力してください（${n}）。`);
  return n;
}

/** A whole number between min and max inclusive. */
export function requireInteger(value: unknown, label: string, min: number, max: number): number {
  const n = requireNumber(value, label);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw invalid(`${label}は${min}〜${max}の整数で入力してください（${n}）。`);
  }
  return n;
}

/** A 1/0 flag; TRUE/FALSE are accepted too. */
export function requireFlag(value: unknown, label: string): boolean {
  if (typeof value === "boolean") return value;
  const n = requireNumber(value, label);
  if (n !== 0 && n !== 1)
    throw invalid(`${label}は1（はい）か0（いいえ）で入力してください（${n}）。`);
  return n === 1;
}

export function optionalFlag(value: unknown, label: string, fallback = false): boolean {
  return isBlank(value) ? fallback : requireFlag(value, label);
}

/** One of a fixed list of codes (exact match after trimming). */
export function requireCode<T extends string>(
  value: unknown,
  label: string,
  codes: readonly T[]
): T {
  if (isBlank(value))
    throw missing(`${label}が空欄です。${codes.join("、")}のいずれかを指定してください。`);
  const text = typeof value === "string" ? value.trim() : String(value);
  const found = codes.find((code) => code === text);
  if (found === undefined) {
    throw invalid(
      `${label}「${text}」は使えません。${codes.join("、")}のいずれかを指定してください。`
    );
  }
  return found;
}

/** A list of non-negative amounts (a row or column of cells). Blanks count as zero. */
export function requireAmountList(values: readonly unknown[], label: string): number[] {
  return values.map((v, i) => optionalAmount(v, `${label}（${i + 1}番目）`));
}

/**
 * A table's entry for a key the user gave, from the table's own keys only: "constructor" or
 * "toString" is not an entry of any table here.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
