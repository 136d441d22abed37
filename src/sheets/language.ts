/**
 * The language the course sheets are written in. Their texts are written in Japanese in the
 * sheet definitions; in English each is looked up in the table of src/sheets/english.ts (a text
 * not in it stays as it is, which tests/sheets/english.test.ts does not allow).
 */
import { englishText } from "./english";

export type SheetLanguage = "ja" | "en";

/** A text of the course sheets (written in Japanese) in the language. */
export function sheetText(language: SheetLanguage | undefined, text: string): string {
  return language === "en" ? englishText(text) : text;
}
