import fc from "fast-check";
import type { Arg, Cell } from "../../src/functions/arguments";
import { CATALOGUE, type ParamDef, evaluateFunction } from "../../src/functions/catalogue";
import { ASSET_CLASSES } from "../../src/model/damage";
import { ModelError } from "../../src/model/errors";
import { SEISMIC_CLASSES } from "../../src/model/hazard";
import { POLICY_TYPES } from "../../src/model/insurance";
import { RECOVERY_RESOURCES } from "../../src/model/recovery";
import { params } from "../helpers/params";

// Valid codes are drawn often so that the success paths are exercised, not only the refusals.
const CODES: string[] = [
  ...SEISMIC_CLASSES,
  "床上浸水",
  "床下浸水",
  "火災",
  ...ASSET_CLASSES,
  ...RECOVERY_RESOURCES,
  "電気",
  "水道",
  "ガス",
  ...POLICY_TYPES,
];

const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: -5, max: 30 }),
  fc.double({ min: 4.5, max: 7, noNaN: true })
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: anyNumber },
  { weight: 3, arbitrary: fc.constantFrom(...CODES) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, "", undefined) }
);

const range: fc.Arbitrary<Arg> = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
  fc
    .integer({ min: 1, max: 8 })
    .chain((n) =>
      fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 5, maxLength: 5 })
    ),
  cell
);

function argFor(param: ParamDef): fc.Arbitrary<Arg> {
  return param.type === "range" ? range : cell;
}

function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return true;
  if (Array.isArray(value)) return value.every(allFinite);
  return false;
}

describe("no BCP function ever returns NaN or Infinity (fast-check)", () => {
  for (const def of CATALOGUE) {
    it(`${def.id}: a finite result or a ModelError with a message`, () => {
      const required = def.params.filter((q) => !q.optional).length;
      const args = fc
        .integer({ min: required, max: def.params.length })
        .chain((n) => fc.tuple(...def.params.slice(0, n).map(argFor)));
      fc.assert(
        fc.property(args, (values) => {
          try {
            const result = evaluateFunction(def.id, values as Arg[], params);
            return allFinite(result);
          } catch (e) {
            return e instanceof ModelError && e.message.length > 0;
          }
        }),
        { numRuns: Number(process.env.RUNS ?? 400) }
      );
    });
  }
});
