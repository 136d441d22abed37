/**
 * The bytes of an exported file as text. Japanese accounting software writes CSV in Shift_JIS
 * (CP932) or UTF-8, with or without a byte-order mark (freee offers both, 仕訳帳 help page); the
 * encoding is detected, and a file that is not text at all (a PDF or .xlsx renamed .csv) is named
 * for what it is.
 */
/* global TextDecoder */ // in every browser the pane runs in, and in Node
import { ImportFileError } from "./errors";

export type TextEncoding = "UTF-8" | "UTF-8 (BOM)" | "Shift_JIS";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Signatures of files that are often renamed .csv by mistake. */
const NOT_CSV: { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "PDF" }, // %PDF
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "Excel（.xlsx）などの圧縮ファイル" }, // PK zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "古い Excel（.xls）" }, // OLE compound file
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a CSV file's bytes, or says why the file cannot be a CSV export. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0d || b === 0x0a))
    throw new ImportFileError(`「${file}」は空です。会計ソフトから書き出し直してください。`);
  const signature = NOT_CSV.find((s) => startsWith(bytes, s.bytes));
  if (signature !== undefined)
    throw new ImportFileError(
      `「${file}」は CSV ではなく${signature.what}です。会計ソフトの書き出しで「CSV」を選んでください。`
    );
  if (bytes.includes(0))
    throw new ImportFileError(
      `「${file}」は文字のファイルではありません。会計ソフトから CSV で書き出したファイルを選んでください。`
    );
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode("utf-8", bytes.subarray(3));
    if (text !== undefined) return { text, encoding: "UTF-8 (BOM)" };
  }
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "UTF-8" };
  const sjis = tryDecode("shift_jis", bytes);
  if (sjis !== undefined) return { text: sjis, encoding: "Shift_JIS" };
  throw new ImportFileError(
    `「${file}」の文字コードが読めません（Shift_JIS でも UTF-8 でもありません）。会計ソフトの書き出しで文字コードを Shift_JIS か UTF-8 にしてください。`
  );
}
