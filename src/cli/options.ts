/**
 * The options of a command, read against what the command takes: an option it does not take is
 * an error naming the nearest one it does (a misspelt --imput is never ignored), as is a word
 * the command has no place for.
 */
import { UsageError } from "./failures";

export interface OptionSpec {
  /** options followed by a value (--out FILE) */
  values: readonly string[];
  /** options on their own (--force) */
  flags: readonly string[];
  /** how many plain words the command takes (a file name) */
  positional: number;
}

export interface Options {
  values: ReadonlyMap<string, string>;
  flags: ReadonlySet<string>;
  positional: readonly string[];
}

/** Edit distance, to name the option the user most likely meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      previous = keep;
    }
  }
  return row[b.length] as number;
}

function nearest(word: string, known: readonly string[]): string | undefined {
  return [...known].sort((x, y) => distance(word, x) - distance(word, y))[0];
}

export function readOptions(command: string, args: readonly string[], spec: OptionSpec): Options {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  const known = [...spec.values, ...spec.flags];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (spec.values.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(`${command}：${arg} の後に値がありません（例：${arg} …）。`);
      values.set(arg, value);
      i += 1;
    } else if (spec.flags.includes(arg)) {
      flags.add(arg);
    } else if (arg.startsWith("-")) {
      const guess = nearest(arg, known);
      throw new UsageError(
        `${command}：オプション「${arg}」はありません。${guess ? `もしかして ${guess} ですか？` : ""}使えるもの：${known.join(" ")}`
      );
    } else if (positional.length < spec.positional) {
      positional.push(arg);
    } else {
      throw new UsageError(
        `${command}：「${arg}」の置き場所がありません。オプションの名前か値を確かめてください。`
      );
    }
  }
  return { values, flags, positional };
}

/** A value of a fixed list, or a usage error naming the list. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(
      `${option} の「${value}」は使えません。${allowed.join("、")}のいずれかです。`
    );
  return value as T;
}
