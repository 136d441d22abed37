/**
 * Building codes of 表 参考.1-12 and the earthquake damage functions of 資料16 (fragility.md):
 * P(v) = Φ((ln v − λ) / ζ) of peak ground velocity v, by structure and construction era.
 */
import { invalid } from "./errors";
import type { CoefficientKey, FragilityRowId, Parameters } from "./parameters";
import { normalCdf } from "./normal";
import { requireInteger } from "./guards";

/** 構造: 1 木造, 2 RC・SRC造, 3 鉄骨造, 4 軽量鉄骨造 */
export type StructureCode = 1 | 2 | 3 | 4;
/** 建築年代: 1 1981年以降, 2 1971-1980, 3 1961-1970, 4 1951-1960, 5 1950年以前 */
export type EraCode = 1 | 2 | 3 | 4 | 5;

export const STRUCTURE_LABELS: Record<StructureCode, string> = {
  1: "木造",
  2: "鉄筋コンクリート造・鉄骨鉄筋コンクリート造",
  3: "鉄骨造",
  4: "軽量鉄骨造",
};

export const ERA_LABELS: Record<EraCode, string> = {
  1: "1981年以降",
  2: "1971-1980年",
  3: "1961-1970年",
  4: "1951-1960年",
  5: "1950年以前",
};

export const LIGHT_STEEL: StructureCode = 4;
export const NEWEST_ERA: EraCode = 1;

export function requireStructure(value: unknown): StructureCode {
  return requireInteger(
    value,
    "建物構造（1 木造、2 RC・SRC造、3 鉄骨造、4 軽量鉄骨造）",
    1,
    4
  ) as StructureCode;
}

export function requireEra(value: unknown): EraCode {
  return requireInteger(value, "建築年代（1 1981年以降 … 5 1950年以前）", 1, 5) as EraCode;
}

/** Which row of the fragility table a structure and era use. */
export function fragilityRow(structure: StructureCode, era: EraCode): FragilityRowId {
  switch (structure) {
    case 1:
      return `Wood_E${era}`;
    case 2:
      return era === 1 ? "RC_E1" : era === 2 ? "RC_E2" : "RC_E3";
    case 3:
    case 4:
      return era === 1 ? "Steel_E1" : "Steel_E2";
  }
}

/** PGV (cm/s) from 計測震度 by 翠川・藤本・村松 (1999). */
export function pgvFromIntensity(intensity: number, params: Parameters): number {
  if (!Number.isFinite(intensity)) throw invalid("計測震度が有限の数値ではありません。");
  return Math.pow(10, (intensity - params.PgvIntercept) / params.PgvSlope);
}

export interface CollapseProbabilities {
  collapse: number; // P全壊
  collapseOrHalf: number; // P全半壊
  halfCollapse: number; // P半壊 = max(0, P全半壊 − P全壊)
}

function lognormal(pgv: number, lambda: number, zeta: number): number {
  if (!(zeta > 0))
    throw invalid("被害関数のζは正の数でなければなりません。係数シートを確認してください。");
  return normalCdf((Math.log(pgv) - lambda) / zeta);
}

/** The coefficient keys of each fragility row, made once (not per call). */
const FRAGILITY_KEYS = new Map<
  FragilityRowId,
  { l1: CoefficientKey; z1: CoefficientKey; l2: CoefficientKey; z2: CoefficientKey }
>();
function fragilityKeys(id: FragilityRowId) {
  let keys = FRAGILITY_KEYS.get(id);
  if (keys === undefined) {
    keys = { l1: `Frag_${id}_L1`, z1: `Frag_${id}_Z1`, l2: `Frag_${id}_L2`, z2: `Frag_${id}_Z2` };
    FRAGILITY_KEYS.set(id, keys);
  }
  return keys;
}

// Probabilities by building and intensity under a set of coefficients: a sheet asks for the same
// few again and again.
// (keyed by building, then by intensity: numbers, no text to build on every call)
const PROBABILITIES = new WeakMap<Parameters, Map<number, Map<number, CollapseProbabilities>>>();

export function collapseProbabilities(
  structure: StructureCode,
  era: EraCode,
  intensity: number,
  params: Parameters
): CollapseProbabilities {
  let byBuilding = PROBABILITIES.get(params);
  if (byBuilding === undefined) {
    byBuilding = new Map();
    PROBABILITIES.set(params, byBuilding);
  }
  const building = structure * 10 + era;
  let byIntensity = byBuilding.get(building);
  if (byIntensity === undefined) {
    byIntensity = new Map();
    byBuilding.set(building, byIntensity);
  }
  let p = byIntensity.get(intensity);
  if (p === undefined) {
    p = Object.freeze(probabilities(structure, era, intensity, params));
    byIntensity.set(intensity, p);
  }
  return p;
}

function probabilities(
  structure: StructureCode,
  era: EraCode,
  intensity: number,
  params: Parameters
): CollapseProbabilities {
  const k = fragilityKeys(fragilityRow(structure, era));
  const pgv = pgvFromIntensity(Math.min(intensity, params.IntensityMax), params);
  const collapse = lognormal(pgv, params[k.l1], params[k.z1]);
  const collapseOrHalf = lognormal(pgv, params[k.l2], params[k.z2]);
  return { collapse, collapseOrHalf, halfCollapse: Math.max(0, collapseOrHalf - collapse) };
}

/** Earthquake building loss rate b = 0.75 × P全壊 + 0.35 × P半壊 (資料16). */
export function earthquakeBuildingRate(p: CollapseProbabilities, params: Parameters): number {
  return (
    params.BuildingCollapseWeight * p.collapse + params.BuildingHalfCollapseWeight * p.halfCollapse
  );
}
