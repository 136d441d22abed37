/**
 * 検証結果: the findings of the completeness and consistency check as a sheet, with its date and
 * overall status, so that the workbook (and the lender copy) shows how complete it is.
 */
import type { ImportSummary } from "./imported";
import type { ValidationResult } from "./rules";
import { SheetBuilder } from "../sheets/builder";
import type { SheetDef } from "../sheets/types";

export const VALIDATION_SHEET = "検証結果";
export const VALIDATION_SHEET_KEY = "validation";

/** The import's share of the inputs, in one line. */
export function importedText(s: ImportSummary): string {
  return `取込で入れた入力欄 ${s.imported}（そのまま ${s.imported - s.typedOver}・書き換え ${s.typedOver}）・取込で埋まらず空欄の必須入力 ${s.leftEmpty}`;
}

export function validationSheet(result: ValidationResult): SheetDef {
  // landscape from the start: the columns are fitted to the page the sheet prints on
  const s = new SheetBuilder(VALIDATION_SHEET_KEY, VALIDATION_SHEET, [8, 20, 8, 90], {
    landscape: true,
  });
  s.title("検証結果（入力の完全性と整合性の点検）", null);
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  const line = (label: string, value: string) => {
    s.label(0, label);
    s.label(1, value);
    s.row += 1;
  };
  line("点検日", result.checkedOn);
  line("判定", result.status);
  line("必須入力", `${result.requiredFilled} / ${result.requiredTotal}`);
  line("既定値のまま", `${result.defaultsKept}項目（シートの既定値を使っています）`);
  line("件数", `エラー ${count("エラー")}・警告 ${count("警告")}・情報 ${count("情報")}`);
  if (result.imported !== undefined) line("会計ファイルからの取込", importedText(result.imported));
  s.skip();
  s.header(["区分", "シート", "セル", "内容と対応"]);
  if (result.findings.length === 0) {
    s.label(3, "指摘はありません。");
    s.row += 1;
  }
  for (const f of result.findings) {
    s.label(0, f.severity);
    s.label(1, f.sheet);
    s.label(2, f.ref);
    s.label(3, f.message);
    s.row += 1;
  }
  return s.build();
}
