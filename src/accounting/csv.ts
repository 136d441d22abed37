/**
 * CSV rows as the accounting exports write them: fields separated by commas (or tabs, which
 * 弥生会計 also offers), text in double quotes with "" for a quote inside, CRLF or LF line ends.
 */
import { groupedDigits } from "../model/numberText";
import { ImportFileError } from "./errors";

/** More lines than any trial balance or asset ledger of a small company has (a journal has). */
export const MAX_LINES = 20_000;

function delimiterOf(firstLines: string): "," | "\t" {
  const tabs = (firstLines.match(/\t/g) ?? []).length;
  const commas = (firstLines.match(/,/g) ?? []).length;
  return tabs > commas ? "\t" : ",";
}

/** The rows of a CSV text, each a list of trimmed fields; blank lines are kept as []. */
export function parseCsv(text: string, file: string): string[][] {
  const delimiter = delimiterOf(text.slice(0, 4000));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field.trim());
    rows.push(row.length === 1 && row[0] === "" ? [] : row);
    if (rows.length > MAX_LINES)
      throw new ImportFileError(
        `「${file}」は${groupedDigits(MAX_LINES)}行を超えています。残高試算表や固定資産台帳ではなく仕訳帳などのようです。集計表（残高試算表）を書き出してください。`
      );
    row = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(field.trim());
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
