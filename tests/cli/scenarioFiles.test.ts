/**
 * The scenario and workbook commands accept and refuse the same files with the same Japanese
 * messages: unknown keys, assets, resources, policies and coefficients are errors naming them,
 * a fifth collateral line is refused, coefficients pass the same range checks as in the workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { mainAsync } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const example = JSON.parse(
  readFileSync(join(ROOT, "examples/scenario-manufacturing.json"), "utf8")
) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), "bcp-scenario-"));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await mainAsync(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Both commands on one file: exit code and message of each. */
async function both(content: unknown, name: string) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(content));
  const scenario = await run("scenario", file);
  const workbook = await run("workbook", "--input", file, "--out", join(dir, `${name}.xlsx`));
  return { scenario, workbook };
}

describe("the same files are accepted and refused by scenario and workbook", () => {
  it.each([
    ["an unknown key", { ...example, hazrd: "7" }, "シナリオファイルの「hazrd」は使えません"],
    [
      "an unknown asset",
      { ...example, assets: { ...(example.assets as object), 土地: 50000 } },
      "assets（資産の科目）の「土地」は使えません",
    ],
    [
      "an unknown resource",
      { ...example, recoveryDays: { 電話: 3 } },
      "recoveryDays（資源）の「電話」は使えません",
    ],
    [
      "an unknown policy",
      { ...example, insurancePolicies: [{ type: "地震保険", sums: { 建物: 1000 } }] },
      "保険の種類「地震保険」はありません",
    ],
    [
      "a fifth collateral line",
      {
        ...example,
        collateral: Array.from({ length: 5 }, (_, i) => ({
          label: `担保${i + 1}`,
          appraisal: 1000,
          seniorLiens: 0,
        })),
      },
      "collateral（担保）は4行までです",
    ],
    [
      "an input passed as a coefficient",
      { ...example, coefficients: { Sales: 1 } },
      "係数「Sales」はありません",
    ],
    [
      "a coefficient out of its range",
      { ...example, coefficients: { DaysPerMonth: -30 } },
      "（DaysPerMonth）は28〜31の範囲で入れてください（-30）",
    ],
  ])("%s", async (name, content, message) => {
    const { scenario, workbook } = await both(content, name.replace(/\s/g, "-"));
    expect(scenario.code).toBe(3); // the input file
    expect(workbook.code).toBe(3);
    expect(scenario.err).toContain(message);
    expect(workbook.err).toBe(scenario.err);
  });

  it("the example itself", async () => {
    const { scenario, workbook } = await both(example, "example");
    expect([scenario.code, workbook.code]).toEqual([0, 0]);
  });
});
