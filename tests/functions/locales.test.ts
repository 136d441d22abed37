/**
 * The formulas the add-in writes calculate whatever Excel's display language: every BCP function
 * they call has that very name in functions.json and in functions-ja.json (the ja-JP metadata).
 * Needs the production build in dist/web (npm test builds it first).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { FunctionsMetadata } from "../../src/functions/metadata";
import { INDUSTRIES } from "../../src/model/directCosting";
import { COURSES } from "../../src/sheets/course";
import { workbookDefinition } from "../../src/usecases/workbookChoice";

const WEB = join(__dirname, "../../dist/web");
const names = (file: string) =>
  new Set(
    (JSON.parse(readFileSync(join(WEB, file), "utf8")) as FunctionsMetadata).functions.map(
      (f) => f.name
    )
  );

describe("formula text in Japanese and English Excel", () => {
  const english = names("functions.json");
  const japanese = names("functions-ja.json");

  it("every BCP call of every sheet the add-in builds names a function of both locales", () => {
    const called = new Set<string>();
    for (const course of COURSES)
      for (const industry of INDUSTRIES)
        for (const locale of ["ja", "en"] as const) {
          const def = workbookDefinition({ course, industry, forms: ["all"], locale });
          for (const sheet of def.sheets)
            for (const cell of sheet.cells)
              for (const m of cell.formula?.matchAll(/\bBCP\.([A-Za-z0-9_.]+)\(/g) ?? [])
                called.add(m[1] as string);
        }
    expect(called.size).toBeGreaterThan(10);
    expect([...called].filter((n) => !english.has(n))).toEqual([]);
    expect([...called].filter((n) => !japanese.has(n))).toEqual([]);
  });
});
