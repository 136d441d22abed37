/**
 * 様式07 中核事業影響度評価フォーム: how much a hazard threatens the core business through one
 * bottleneck resource. ② criticality of the resource (1–3) × ③ impact of the hazard on it (1–3)
 * gives ④ the score (guideline lines 4548-4575); 図 4.1-5 (lines 3066-3075) ranks the three
 * combinations that decide recovery: 1 is the most severe.
 */
import { invalid } from "./errors";
import { isBlank, requireInteger } from "./guards";

/** ② 3: no manual substitute, 2: partly replaceable by hand, 1: no effect on operations. */
export const CRITICALITY_LEVELS = [1, 2, 3] as const;
/** ③ 3: misses the 目標復旧時間, 2: affected but recovers in time, 1: hardly affected. */
export const IMPACT_LEVELS = [1, 2, 3] as const;

/** 図 4.1-5: the cells numbered 1–3 (criticality, impact → rank). */
const DECISIVE: readonly { criticality: number; impact: number; rank: number }[] = [
  { criticality: 3, impact: 3, rank: 1 },
  { criticality: 3, impact: 2, rank: 2 },
  { criticality: 2, impact: 3, rank: 3 },
];

function level(value: unknown, label: string): number {
  if (isBlank(value)) throw invalid(`${label}を1〜3で入力してください。`);
  return requireInteger(value, label, 1, 3);
}

/** ④ = ② × ③ (1–9). */
export function impactScore(criticality: unknown, impact: unknown): number {
  return level(criticality, "資源の重要度（②）") * level(impact, "災害の影響度（③）");
}

/** 図 4.1-5's rank 1–3 for the combinations that decide recovery, 0 for the others. */
export function impactRank(criticality: unknown, impact: unknown): number {
  const c = level(criticality, "資源の重要度（②）");
  const i = level(impact, "災害の影響度（③）");
  return DECISIVE.find((d) => d.criticality === c && d.impact === i)?.rank ?? 0;
}
