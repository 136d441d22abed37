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

/** functions-ja.json: the same functions and parameters with Japanese names and descriptions. */
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
        name: def.nameJa,
        description: def.descriptionJa,
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
