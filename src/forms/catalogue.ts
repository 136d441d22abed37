/** The 様式 and checklists that can be added to a workbook, by the name used on the command line. */
import { invalid } from "../model/errors";
import type { SheetDef } from "../sheets/types";
import { readinessSheet } from "./readinessSheet";

export const FORMS: Readonly<Record<string, () => SheetDef>> = {
  取組状況: () => readinessSheet(),
};

/** "all" or a comma-separated list of form names. */
export function formSheets(list: string): SheetDef[] {
  const names =
    list === "all"
      ? Object.keys(FORMS)
      : list
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
  return names.map((name) => {
    const make = FORMS[name];
    if (make === undefined)
      throw invalid(
        `様式・チェックリスト「${name}」はありません。使えるもの：${Object.keys(FORMS).join("、")}、all`
      );
    return make();
  });
}
