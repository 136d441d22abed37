import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "path";
import { CATALOGUE } from "../../src/functions/catalogue";
import { renderHelpPage } from "../../src/functions/helpPage";
import {
  type FunctionsMetadata,
  japaneseMetadata,
  metadataMismatches,
  withOrigin,
} from "../../src/functions/metadata";

let english: FunctionsMetadata;

beforeAll(async () => {
  // The same generation the webpack plugin runs: JSDoc of functions.ts → functions.json.
  const result = await generateCustomFunctionsMetadata(
    [join(__dirname, "../../src/functions/functions.ts")],
    true
  );
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as FunctionsMetadata;
});

describe("functions.json (from JSDoc) and functions-ja.json (from the catalogue)", () => {
  it("functions.ts and the catalogue describe the same functions and parameters", () => {
    expect(metadataMismatches(english)).toEqual([]);
    expect(english.functions.map((f) => f.id).sort()).toEqual(CATALOGUE.map((d) => d.id).sort());
  });

  it("list the same ids with the same parameters, types, shapes and optionality", () => {
    const japanese = japaneseMetadata(english);
    const shape = (m: FunctionsMetadata) =>
      m.functions.map((f) => ({
        id: f.id,
        result: f.result,
        parameters: f.parameters.map(({ name, type, dimensionality, optional }) => ({
          name,
          type,
          dimensionality,
          optional,
        })),
      }));
    expect(shape(japanese)).toEqual(shape(english));
  });

  it("give every function and parameter a description and a help URL in both locales", () => {
    const japanese = japaneseMetadata(english);
    for (const [meta, page] of [
      [english, "help/functions.html"],
      [japanese, "help/functions-ja.html"],
    ] as const) {
      for (const f of meta.functions) {
        expect(f.description?.length).toBeGreaterThan(0);
        expect(f.helpUrl).toBe(`https://localhost:3000/${page}#${f.id}`);
        for (const q of f.parameters) expect(q.description?.length).toBeGreaterThan(0);
      }
    }
  });

  it("names functions in Japanese in functions-ja.json and by their ids in functions.json", () => {
    const japanese = japaneseMetadata(english);
    expect(english.functions.every((f) => f.name === f.id)).toBe(true);
    expect(japanese.functions.find((f) => f.id === "STOP_CASHFLOW")?.name).toBe("事業中断CF悪化額");
  });

  it("refuses to localize when a parameter is renamed in one source only", () => {
    const broken: FunctionsMetadata = {
      ...english,
      functions: english.functions.map((f) =>
        f.id === "DAMAGE"
          ? { ...f, parameters: f.parameters.map((q, i) => (i === 0 ? { ...q, name: "cost" } : q)) }
          : f
      ),
    };
    expect(metadataMismatches(broken)[0]).toContain("DAMAGE: parameters (cost");
    expect(() => japaneseMetadata(broken)).toThrow("disagree");
  });

  it("moves help URLs to a deployed origin", () => {
    const moved = withOrigin(english, "https://localhost:3000", "https://bcp.example.jp");
    expect(moved.functions[0]?.helpUrl).toMatch(
      /^https:\/\/bcp\.example\.jp\/help\/functions\.html#/
    );
  });
});

describe("help pages", () => {
  it("have one section per function with its syntax, in each language", () => {
    const en = renderHelpPage(english, "en");
    const ja = renderHelpPage(japaneseMetadata(english), "ja");
    for (const def of CATALOGUE) {
      expect(en).toContain(`id="${def.id}"`);
      expect(ja).toContain(`id="${def.id}"`);
    }
    expect(en).toContain("=BCP.STOP_CASHFLOW(annualFixed, annualDepreciation, days)");
    expect(ja).toContain("=BCP.事業中断CF悪化額(annualFixed, annualDepreciation, days)");
    expect(ja).toContain('<html lang="ja">');
    expect(en).not.toMatch(/https?:\/\/(?!localhost)/); // no external resources
  });
});
