/**
 * Width of text in Excel's column-width units (digits of the default font): East Asian characters
 * take about two. Used to keep text inside the printed columns (split notes, wrap long cells).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
export const WIDE_CHAR_UNITS = 2.1;
export const DEFAULT_COLUMN_WIDTH = 8.43;

export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? WIDE_CHAR_UNITS : 1;
  return units;
}

/** Punctuation a Japanese line may not start with (禁則): it stays at the end of the line before. */
const NO_LINE_START = /[、。，．・：；？！ー）」』】〉》〕]/;

/**
 * Splits text into lines of at most `width` units. Japanese breaks between characters, but not
 * before closing punctuation; text with spaces (English) breaks between words, a word longer than
 * the line alone being cut.
 */
export function splitToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let units = 0;
  for (const ch of text) {
    const u = WIDE.test(ch) ? WIDE_CHAR_UNITS : 1;
    if (units + u > width && line !== "" && !NO_LINE_START.test(ch) && ch !== " ") {
      const space = line.lastIndexOf(" ");
      if (space > 0 && !WIDE.test(ch)) {
        // carry the word begun on this line over to the next
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
        units = textUnits(line);
      } else {
        lines.push(line);
        line = "";
        units = 0;
      }
    }
    if (line === "" && ch === " ") continue;
    line += ch;
    units += u;
  }
  if (line !== "") lines.push(line);
  return lines;
}
