/**
 * The files a command reads and writes: a scenario read with the place of any JSON mistake
 * (line and column), and an output that never replaces the input, replaces an existing file only
 * when asked (--force), and is written whole or not at all.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { promisify } from "util";
import { deflateRaw as zlibDeflateRaw } from "zlib";
import { ModelError } from "../model/errors";
import type { ScenarioInput } from "../model/scenario";
import { scenarioFromJson } from "../model/scenarioFile";
import { InputFileError, UsageError } from "./failures";

/** Line and column (from 1) of a character position in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const deflateRawAsync = promisify(zlibDeflateRaw);

/**
 * Node's own deflate for the files written: the same format, several times the speed, and on
 * zlib's threads, so a file's parts are packed side by side.
 */
export function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return deflateRawAsync(data, { level: 1 });
}

/** The bytes of an input file, or why it cannot be read. */
export function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputFileError(
      code === "ENOENT"
        ? `ファイル「${file}」が見つかりません。名前と場所を確かめてください。`
        : `ファイル「${file}」を読めません（${code ?? (e as Error).message}）。`
    );
  }
}

/** The JSON of a file, or where and why it is not JSON. */
export function readJson(file: string): unknown {
  const text = Buffer.from(readBytes(file)).toString("utf8");
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const position = /position (\d+)/.exec((e as Error).message)?.[1];
    const at = lineAndColumn(text, position === undefined ? text.length : Number(position));
    throw new InputFileError(
      text.trim() === ""
        ? `ファイル「${file}」が空です。シナリオを JSON で書いてください（examples/ に例があります）。`
        : `ファイル「${file}」の${at.line}行${at.column}文字目が JSON として読めません。括弧・カンマ・引用符を確かめてください。`
    );
  }
}

/** A scenario file: JSON, then the format's checks, each message naming the file. */
export function readScenario(file: string): ScenarioInput {
  const json = readJson(file);
  try {
    return scenarioFromJson(json);
  } catch (e) {
    if (e instanceof ModelError)
      throw new InputFileError(`シナリオファイル「${file}」：${e.message}`);
    throw e;
  }
}

/**
 * Writes the output whole or not at all (a file beside it, then renamed over it), never over an
 * input, and over an existing file only with --force.
 */
export function writeOutput(
  out: string,
  bytes: Uint8Array,
  options: { force: boolean; inputs: readonly string[] }
): void {
  const target = resolve(out);
  if (options.inputs.some((input) => resolve(input) === target))
    throw new UsageError(
      `出力先「${out}」は読み込むファイルと同じです。別の名前を --out に指定してください。`
    );
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError(
      `出力先のフォルダ「${dirname(out)}」がありません。先に作るか、別の場所を指定してください。`
    );
  if (existsSync(target) && !options.force)
    throw new UsageError(
      `「${out}」はすでにあります。置き換えるときは --force を付けてください（元のファイルは残したまま別名で書くこともできます）。`
    );
  const partial = join(folder, `.${basename(target)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    throw new UsageError(
      `「${out}」に書き込めません（${(e as { code?: string }).code ?? (e as Error).message}）。`
    );
  }
}
