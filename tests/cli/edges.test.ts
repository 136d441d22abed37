/**
 * The command line at its edges: every mistake is a Japanese answer with the exit code of its
 * kind (1 calculation, 2 usage, 3 input file), never a stack trace; misspelt options are named;
 * nothing the user made is overwritten, and a failed write leaves no file behind.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT, mainAsync } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/scenario-manufacturing.json");
const example = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await mainAsync(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), "bcp-edges-"));
}

function file(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A failure as the user sees it: its kind and a Japanese line, no stack trace. */
function expectAnswer(r: { code: number; err: string }, code: number, text: string | RegExp) {
  expect(r.code).toBe(code);
  expect(r.err).toMatch(text);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err).not.toMatch(/TypeError|ENOENT|Cannot read/);
}

const without = (key: string) =>
  Object.fromEntries(Object.entries(example).filter(([k]) => k !== key));

describe("files that are not scenarios", () => {
  it.each([
    ["empty", "", /が空です/],
    ["null", "null", /シナリオファイルは \{ … \} の形/],
    ["an array", "[1,2]", /シナリオファイルは \{ … \} の形/],
    ["a string", '"6強"', /シナリオファイルは \{ … \} の形/],
    [
      "broken JSON",
      '{\n  "hazard": "6強",\n  "building": {\n}',
      /4行2文字目が JSON として読めません/,
    ],
    ["without building", JSON.stringify(without("building")), /「building」がありません/],
    ["without funds", JSON.stringify(without("funds")), /「funds」がありません/],
    [
      "an unknown industry",
      JSON.stringify({ ...example, statements: { industry: "漁業" } }),
      /業種（industry）「漁業」はありません/,
    ],
    [
      "a prevention plan without countermeasures",
      JSON.stringify({ ...example, prevention: { cost: 0 } }),
      null,
    ],
  ])("%s: both commands answer the same, as an input file problem", async (name, text, message) => {
    const dir = folder();
    const input = file(dir, `${name.replace(/\s/g, "-")}.json`, text);
    const scenario = await run("scenario", input);
    const workbook = await run("workbook", "--input", input, "--out", join(dir, "out.xlsx"));
    if (message === null) {
      // a valid file after all: both accept it
      expect([scenario.code, workbook.code]).toEqual([0, 0]);
      return;
    }
    expectAnswer(scenario, EXIT.inputFile, message);
    expect(workbook.err).toBe(scenario.err);
    expect(workbook.code).toBe(EXIT.inputFile);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("more monthly figures than the workbook's 24 months: a clear answer from workbook", async () => {
    const dir = folder();
    const rates = Array.from({ length: 30 }, () => 1);
    const input = file(
      dir,
      "long.json",
      JSON.stringify({ ...example, cashflow: { ...(example.cashflow as object), rates } })
    );
    const r = await run("workbook", "--input", input, "--out", join(dir, "out.xlsx"));
    expectAnswer(r, EXIT.calculation, /表は24期間です/);
  });
});

describe("the command line itself", () => {
  it.each([
    [["workbook", "--imput", EXAMPLE, "--out", "x.xlsx"], "もしかして --input ですか"],
    [["workbook", "--cource", "中級", "--out", "x.xlsx"], "もしかして --course ですか"],
    [["scenario", EXAMPLE, "--ful"], "もしかして --full ですか"],
    [["scenario", EXAMPLE, "extra.json"], "「extra.json」の置き場所がありません"],
    [["workbook", "--out"], "--out の後に値がありません"],
    [["frobnicate"], "コマンド「frobnicate」はありません"],
  ])("%j is a usage error naming what was meant", async (argv, text) => {
    expectAnswer(await run(...argv), EXIT.usage, text);
  });
});

describe("the output file", () => {
  it("never replaces the input, needs --force to replace a file, and needs its folder", async () => {
    const dir = folder();
    const input = file(dir, "s.json", readFileSync(EXAMPLE, "utf8"));
    const same = await run("workbook", "--input", input, "--out", input);
    expectAnswer(same, EXIT.usage, /読み込むファイルと同じです/);
    expect(readFileSync(input, "utf8")).toBe(readFileSync(EXAMPLE, "utf8"));

    const filled = file(dir, "filled.xlsx", "the user's own workbook");
    expectAnswer(
      await run("workbook", "--input", input, "--out", filled),
      EXIT.usage,
      /すでにあります。置き換えるときは --force/
    );
    expect(readFileSync(filled, "utf8")).toBe("the user's own workbook");
    expect((await run("workbook", "--input", input, "--out", filled, "--force")).code).toBe(0);
    expect(readFileSync(filled).subarray(0, 2).toString()).toBe("PK");

    expectAnswer(
      await run("workbook", "--out", join(dir, "no-such-folder", "x.xlsx")),
      EXIT.usage,
      /出力先のフォルダ「.*no-such-folder」がありません/
    );
  });

  it("is not left half-written when the command fails", async () => {
    const dir = folder();
    const bad = file(dir, "bad.json", JSON.stringify({ ...example, hazard: "8" }));
    const r = await run("workbook", "--input", bad, "--out", join(dir, "out.xlsx"));
    expect(r.code).toBe(EXIT.calculation);
    expect(readdirSync(dir)).toEqual(["bad.json"]);
  });
});

describe("results and lookups", () => {
  it("a result too large for JSON is an error, not null", async () => {
    const r = await run("fn", "DAMAGE", "1e308", "建物", "6強", "1", "1");
    if (r.code === 0) expect(r.out).not.toContain("null");
    else expectAnswer(r, EXIT.calculation, /数値の範囲を超えました/);
  });

  it("the name of an object's own member is no code", async () => {
    expectAnswer(
      await run("fn", "INSURANCE_COVERAGE", "店舗総合保険", "toString"),
      EXIT.calculation,
      /災害の種類「toString」は使えません/
    );
  });
});
