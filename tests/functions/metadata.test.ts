import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE } from "../../src/functions/catalogue";
import { renderHelpPage } from "../../src/functions/helpPage";
import {
  type FunctionsMetadata,
  japaneseMetadata,
  metadataMismatches,
  schemaProblems,
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

  it("names every function by its id in both languages and describes it in Japanese in functions-ja.json", () => {
    const japanese = japaneseMetadata(english);
    expect(english.functions.every((f) => f.name === f.id)).toBe(true);
    // the same names in every language, so formulas written by the add-in resolve in Japanese Excel
    expect(japanese.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name));
    const stop = japanese.functions.find((f) => f.id === "STOP_CASHFLOW");
    expect(stop?.description).toMatch(/^事業中断CF悪化額：/);
    expect(stop?.parameters[2]?.description).toBe("停止日数");
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
    expect(en).toContain(
      "=BCP.STOP_CASHFLOW(annualFixed, annualDepreciation, days, [coefficients])"
    );
    // the same formula in both languages, the Japanese title with it
    expect(ja).toContain(
      "=BCP.STOP_CASHFLOW(annualFixed, annualDepreciation, days, [coefficients])"
    );
    expect(ja).toContain("事業中断CF悪化額：");
    expect(ja).toContain('<html lang="ja">');
    expect(en).not.toMatch(/https?:\/\/(?!localhost)/); // no external resources
  });
});

describe("the metadata against the published custom-functions schema", () => {
  const built = (file: string) =>
    JSON.parse(readFileSync(join(__dirname, "../../dist/web", file), "utf8")) as FunctionsMetadata;

  it("functions.json and functions-ja.json conform", () => {
    expect(schemaProblems(built("functions.json"))).toEqual([]);
    expect(schemaProblems(built("functions-ja.json"))).toEqual([]);
  });

  it("a property the schema does not know, a bad type or dimensionality, a bad name are refused", () => {
    const good = built("functions.json");
    const first = good.functions[0] as FunctionsMetadata["functions"][number];
    const broken = {
      ...good,
      functions: [
        { ...first, name: "1ST", extra: true },
        {
          ...first,
          parameters: [{ name: "x", type: "date", dimensionality: "cube" }],
          options: { stream: "yes" },
        },
      ],
    };
    expect(schemaProblems(broken)).toEqual([
      'functions[0]: property "extra" is not allowed',
      'functions[0].name: "1ST" is not a valid function name',
      "functions[1].options.stream: must be a boolean",
      'functions[1].parameters[0].dimensionality: "cube" is not one of scalar, matrix',
      'functions[1].parameters[0].type: "date" is not one of any, string, number, boolean',
    ]);
    expect(schemaProblems([])).toEqual(["the metadata is not a JSON object"]);
  });
});
