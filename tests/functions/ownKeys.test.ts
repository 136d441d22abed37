/**
 * Every code lookup matches the table's own keys only: the names of Object.prototype's members
 * ("constructor", "toString", "__proto__"…) are refused with a Japanese message wherever a code
 * is read — each text argument of each BCP function, the scenario file's industry, assets,
 * resources, policies and coefficients, and the command line's course, industry and forms.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { mainAsync } from "../../src/cli/main";
import { CATALOGUE, evaluateFunction } from "../../src/functions/catalogue";
import { ModelError } from "../../src/model/errors";
import { DEFAULT_PARAMETERS } from "../../src/model/parameters";
import { scenarioFromJson } from "../../src/model/scenarioFile";
import { evaluateScenario } from "../../src/model/scenario";
import { expandForms } from "../../src/forms/formSet";

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];
const example = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as Record<string, unknown>;

function refused(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return e instanceof ModelError ? "refused" : `crashed: ${(e as Error).message}`;
  }
  return "accepted";
}

describe("Object.prototype's member names are no codes", () => {
  it("in every text argument of every BCP function", () => {
    for (const def of CATALOGUE) {
      def.params.forEach((param, i) => {
        if (param.type === "number" || param.type === "range") return;
        for (const name of PROTO_NAMES) {
          const args = [...def.example];
          args[i] = name;
          expect(
            `${def.id}(${param.name}=${name}) ${refused(() => evaluateFunction(def.id, args, DEFAULT_PARAMETERS))}`
          ).toBe(`${def.id}(${param.name}=${name}) refused`);
        }
      });
    }
  });

  it("in a scenario file's codes", () => {
    for (const name of PROTO_NAMES) {
      const files: [string, unknown][] = [
        [
          "industry",
          { ...example, statements: { ...(example.statements as object), industry: name } },
        ],
        ["asset", { ...example, assets: { [name]: 1 } }],
        ["resource", { ...example, recoveryDays: { [name]: 1 } }],
        ["policy", { ...example, insurancePolicies: [{ type: name, sums: {} }] }],
        ["coefficient", { ...example, coefficients: { [name]: 1 } }],
        ["hazard", { ...example, hazard: name }],
      ];
      for (const [what, file] of files)
        expect(`${what}=${name} ${refused(() => evaluateScenario(scenarioFromJson(file)))}`).toBe(
          `${what}=${name} refused`
        );
    }
  });

  it("in the command line's course, industry and forms", async () => {
    for (const name of PROTO_NAMES) {
      expect(() => expandForms([name])).toThrow(ModelError);
      for (const option of ["--course", "--industry", "--lang", "--dates"]) {
        const errors: string[] = [];
        const code = await mainAsync(["workbook", option, name, "--out", "/tmp/never.xlsx"], {
          out: () => undefined,
          err: (t) => errors.push(t),
        });
        expect(`${option} ${name} ${code}`).toBe(`${option} ${name} 2`);
        expect(errors.join("")).toContain("は使えません");
      }
    }
  });
});
