/**
 * Custom-function metadata: the English functions.json generated from the JSDoc of functions.ts,
 * the Japanese functions-ja.json derived from it with the catalogue's Japanese names, and a check
 * that the two sources describe the same functions with the same parameters.
 */
import { CATALOGUE, type FunctionDef } from "./catalogue";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export const HELP_PAGE_EN = "help/functions.html";
export const HELP_PAGE_JA = "help/functions-ja.html";

/** Differences between the JSDoc metadata and the catalogue; empty when they agree. */
export function metadataMismatches(
  english: FunctionsMetadata,
  catalogue: readonly FunctionDef[] = CATALOGUE
): string[] {
  const problems: string[] = [];
  const byId = new Map(english.functions.map((f) => [f.id, f]));
  for (const def of catalogue) {
    const meta = byId.get(def.id);
    if (meta === undefined) {
      problems.push(`${def.id}: in the catalogue but not in functions.ts`);
      continue;
    }
    const names = meta.parameters.map((q) => `${q.name}${q.optional ? "?" : ""}`).join(", ");
    const expected = def.params.map((q) => `${q.name}${q.optional ? "?" : ""}`).join(", ");
    if (names !== expected)
      problems.push(`${def.id}: parameters (${names}) differ from the catalogue (${expected})`);
    def.params.forEach((q, i) => {
      const m = meta.parameters[i];
      if (m !== undefined && (q.type === "range") !== (m.dimensionality === "matrix")) {
        problems.push(`${def.id}: ${q.name} should ${q.type === "range" ? "" : "not "}be a range`);
      } else if (m !== undefined && q.type !== "range" && m.type !== q.type) {
        problems.push(`${def.id}: ${q.name} is ${m.type} in functions.ts, ${q.type} by its domain`);
      }
    });
    if ((def.result === "matrix") !== (meta.result.dimensionality === "matrix")) {
      problems.push(`${def.id}: the result shape differs`);
    }
  }
  const known = new Set(catalogue.map((d) => d.id));
  for (const f of english.functions) {
    if (!known.has(f.id)) problems.push(`${f.id}: in functions.ts but not in the catalogue`);
  }
  return problems;
}

/**
 * functions-ja.json: the same functions with Japanese descriptions. The function names stay the
 * same in every language (BCP.STOP_CASHFLOW), because Excel resolves the formulas the add-in
 * writes with Range.formulas by the names of the user's display language: a localized name makes
 * `=BCP.STOP_CASHFLOW(…)` #NAME? in Japanese Excel (OfficeDev/office-js #891, #6614). Japanese
 * Excel keeps its own functions' English names too (SUM, IF), so the formulas read the same in
 * both languages; the Japanese title leads the description. See docs/excel.md.
 */
export function japaneseMetadata(
  english: FunctionsMetadata,
  catalogue: readonly FunctionDef[] = CATALOGUE
): FunctionsMetadata {
  const problems = metadataMismatches(english, catalogue);
  if (problems.length > 0)
    throw new Error(`Custom-function metadata and catalogue disagree:\n${problems.join("\n")}`);
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  return {
    ...english,
    functions: english.functions.map((f) => {
      const def = byId.get(f.id) as FunctionDef;
      return {
        ...f,
        description: `${def.nameJa}：${def.descriptionJa}`,
        helpUrl: f.helpUrl?.replace(HELP_PAGE_EN, HELP_PAGE_JA),
        parameters: f.parameters.map((q, i) => ({
          ...q,
          description: def.params[i]?.descriptionJa ?? q.description,
        })),
      };
    }),
  };
}

/** Replaces the development origin in every URL of the metadata (for a deployed build). */
export function withOrigin(
  metadata: FunctionsMetadata,
  from: string,
  to: string
): FunctionsMetadata {
  if (from === to) return metadata;
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({ ...f, helpUrl: f.helpUrl?.split(from).join(to) })),
  };
}

/**
 * Problems of a metadata file against Microsoft's published schema for custom functions
 * (https://developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json) and its
 * metadata reference (learn.microsoft.com …/excel/custom-functions-json, which adds the top-level
 * data-type flags the generator writes): the properties each level allows, the required ones and
 * their types and values, plus Excel's rule for names (letters, digits, "_" and ".", starting with
 * a letter). Empty when it conforms.
 */
export function schemaProblems(metadata: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const only = (where: string, v: Record<string, unknown>, allowed: readonly string[]) => {
    for (const key of Object.keys(v))
      if (!allowed.includes(key)) problems.push(`${where}: property "${key}" is not allowed`);
  };
  const need = (where: string, v: Record<string, unknown>, required: readonly string[]) => {
    for (const key of required) if (!(key in v)) problems.push(`${where}: "${key}" is missing`);
  };
  const oneOf = (where: string, v: unknown, values: readonly string[]) => {
    if (v !== undefined && !values.includes(v as string))
      problems.push(`${where}: ${JSON.stringify(v)} is not one of ${values.join(", ")}`);
  };
  const typed = (where: string, v: unknown, type: "string" | "boolean") => {
    if (v !== undefined && typeof v !== type) problems.push(`${where}: must be a ${type}`);
  };
  if (!isObject(metadata)) return ["the metadata is not a JSON object"];
  only("metadata", metadata, [
    "$schema",
    "functions",
    "allowCustomDataForDataTypeAny",
    "allowErrorForDataTypeAny",
  ]);
  need("metadata", metadata, ["functions"]);
  typed("allowCustomDataForDataTypeAny", metadata.allowCustomDataForDataTypeAny, "boolean");
  typed("allowErrorForDataTypeAny", metadata.allowErrorForDataTypeAny, "boolean");
  if (!Array.isArray(metadata.functions)) return [...problems, "functions: must be an array"];
  metadata.functions.forEach((f: unknown, i) => {
    const at = `functions[${i}]`;
    if (!isObject(f)) return problems.push(`${at}: must be an object`);
    only(at, f, ["id", "name", "description", "helpUrl", "options", "parameters", "result"]);
    need(at, f, ["id", "name", "parameters", "result"]);
    for (const key of ["id", "name", "description", "helpUrl"])
      typed(`${at}.${key}`, f[key], "string");
    if (typeof f.name === "string" && !/^[A-Za-z][A-Za-z0-9_.]*$/.test(f.name))
      problems.push(`${at}.name: "${f.name}" is not a valid function name`);
    if (f.options !== undefined) {
      if (!isObject(f.options)) problems.push(`${at}.options: must be an object`);
      else {
        only(`${at}.options`, f.options, [
          "cancelable",
          "stream",
          "requiresAddress",
          "requiresParameterAddresses",
          "volatile",
          "capturesCallingObject",
          "excludeFromAutoComplete",
        ]);
        for (const [k, v] of Object.entries(f.options)) typed(`${at}.options.${k}`, v, "boolean");
      }
    }
    if (!Array.isArray(f.parameters)) problems.push(`${at}.parameters: must be an array`);
    else
      f.parameters.forEach((q: unknown, j) => {
        const pat = `${at}.parameters[${j}]`;
        if (!isObject(q)) return problems.push(`${pat}: must be an object`);
        only(pat, q, ["name", "description", "dimensionality", "type", "optional"]);
        need(pat, q, ["name"]);
        typed(`${pat}.name`, q.name, "string");
        typed(`${pat}.description`, q.description, "string");
        typed(`${pat}.optional`, q.optional, "boolean");
        oneOf(`${pat}.dimensionality`, q.dimensionality, ["scalar", "matrix"]);
        oneOf(`${pat}.type`, q.type, ["any", "string", "number", "boolean"]);
        return undefined;
      });
    if (!isObject(f.result)) problems.push(`${at}.result: must be an object`);
    else oneOf(`${at}.result.dimensionality`, f.result.dimensionality, ["scalar", "matrix"]);
    return undefined;
  });
  return problems;
}
