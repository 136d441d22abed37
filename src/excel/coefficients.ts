/**
 * Reads the workbook's coefficients: every workbook name that is a coefficient key (the 係数
 * sheet defines one per row) and holds a number overrides the default. Two round trips whatever
 * the number of coefficients.
 */
/* global Excel */
import {
  COEFFICIENTS,
  type Parameters,
  coefficientProblem,
  isCoefficientKey,
  withOverrides,
} from "../model/parameters";

export interface CoefficientReadResult {
  params: Parameters;
  /** keys read from the workbook */
  found: string[];
  /** Japanese messages for names that do not hold a single number */
  problems: string[];
}

export async function readWorkbookCoefficients(
  context: Excel.RequestContext
): Promise<CoefficientReadResult> {
  const names = context.workbook.names;
  names.load("items/name,items/type");
  await context.sync();
  const matches = names.items.filter(
    (item) => isCoefficientKey(item.name) && item.type === "Range"
  );
  const ranges = matches.map((item) => {
    const range = item.getRange();
    range.load("values,address");
    return { name: item.name, range };
  });
  await context.sync();
  const overrides: Record<string, number> = {};
  const problems: string[] = [];
  for (const { name, range } of ranges) {
    const values = range.values.flat();
    const value = values[0];
    if (values.length !== 1 || typeof value !== "number" || !Number.isFinite(value)) {
      problems.push(`係数「${name}」（${range.address}）は数値1つではないため、既定値を使います。`);
      continue;
    }
    const info = COEFFICIENTS.find((c) => c.key === name);
    const problem = info === undefined ? null : coefficientProblem(info, value);
    if (problem !== null) {
      problems.push(`${problem}既定値を使います。`);
      continue;
    }
    overrides[name] = value;
  }
  try {
    return { params: withOverrides(overrides), found: Object.keys(overrides), problems };
  } catch (e) {
    // valid one by one, not together (a lower bound above its upper one)
    problems.push(`${(e as Error).message}既定値で計算します。`);
    return { params: withOverrides(), found: [], problems };
  }
}
