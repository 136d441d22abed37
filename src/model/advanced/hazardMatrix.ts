/**
 * 上級 表 参考.2-1 緊急事態の種類ごとの影響の検討: 12 hazard types rated 大・中・小 for likelihood
 * and for asset and business-interruption impact. The guideline leaves the scoring open; the
 * product scores likelihood × the larger impact (3/2/1 each) and suggests 要 from a threshold on
 * the 係数 sheet (前提（本ツール）). The user's own 要・否 always wins.
 */
import { invalid } from "../errors";
import type { Parameters } from "../parameters";
import { isBlank, optionalAmount, requireCode } from "../guards";

export const HAZARD_TYPES: readonly { group: string; name: string }[] = [
  { group: "自然災害", name: "落雷" },
  { group: "自然災害", name: "風・ひょう・雪災" },
  { group: "自然災害", name: "水害" },
  { group: "自然災害", name: "地震" },
  { group: "人災等", name: "火災" },
  { group: "人災等", name: "破裂・爆裂" },
  { group: "人災等", name: "飛来・落下・衝突" },
  { group: "人災等", name: "水濡れ" },
  { group: "人災等", name: "破壊" },
  { group: "人災等", name: "盗難" },
  { group: "その他", name: "テロ" },
  { group: "その他", name: "集団感染" },
];

export const RATINGS = ["大", "中", "小"] as const;
export type Rating = (typeof RATINGS)[number];
const RATING_SCORE: Record<Rating, number> = { 大: 3, 中: 2, 小: 1 };

export function ratingScore(value: unknown, label: string): number {
  return RATING_SCORE[requireCode(value, label, RATINGS)];
}

export interface HazardEntry {
  likelihood: Rating; // 発生の可能性
  assetImpact: Rating; // 資産の損害 影響度
  assetLoss?: number; // 推定損害金額
  interruptionImpact: Rating; // 事業中断の損害 影響度
  interruptionLoss?: number;
  decision?: "要" | "否" | null; // 対策の要否 (user)
}

export interface HazardAssessment {
  name: string;
  group: string;
  score: number;
  suggested: "要" | "否";
  decision: "要" | "否";
  estimatedLoss: number;
  rank: number;
}

/** Scores every rated hazard and ranks them by score, then estimated loss. Unrated rows are skipped. */
export function assessHazards(
  entries: Readonly<Record<string, HazardEntry | undefined>>,
  params: Parameters
): HazardAssessment[] {
  const names = new Set(HAZARD_TYPES.map((h) => h.name));
  const unknown = Object.keys(entries).filter((n) => !names.has(n));
  if (unknown.length > 0) throw invalid(`緊急事態の種類に「${unknown.join("、")}」はありません。`);
  const rows = HAZARD_TYPES.flatMap(({ group, name }) => {
    const e = entries[name];
    if (e === undefined) return [];
    const score =
      ratingScore(e.likelihood, `${name} 発生の可能性`) *
      Math.max(
        ratingScore(e.assetImpact, `${name} 資産の損害`),
        ratingScore(e.interruptionImpact, `${name} 事業中断の損害`)
      );
    const suggested: "要" | "否" = score >= params.HazardScoreThreshold ? "要" : "否";
    const decision = isBlank(e.decision)
      ? suggested
      : requireCode(e.decision, `${name} 対策の要否`, ["要", "否"] as const);
    const estimatedLoss =
      optionalAmount(e.assetLoss, `${name} 資産の推定損害金額`) +
      optionalAmount(e.interruptionLoss, `${name} 事業中断の推定損害金額`);
    return [{ name, group, score, suggested, decision, estimatedLoss, rank: 0 }];
  });
  const ordered = [...rows].sort((a, b) => b.score - a.score || b.estimatedLoss - a.estimatedLoss);
  ordered.forEach((row, i) => (row.rank = i + 1));
  return rows;
}
