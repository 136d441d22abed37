/**
 * Fire-insurance coverage by policy type and peril (基本 参考.2, 表 参考.2-1: one insurer's
 * example terms) and the estimated payout for the hazard assumed in the model.
 */
import type { AssetClass, AssetDamage } from "./damage";
import type { Hazard } from "./hazard";
import { requireAmount, requireCode } from "./guards";

export const POLICY_TYPES = [
  "普通火災(一般物件)",
  "普通火災(工場物件)",
  "店舗総合保険",
  "オールリスク型",
] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

export const PERILS = [
  "落雷",
  "風・雹・雪災",
  "水害",
  "地震",
  "火災",
  "破裂・爆裂",
  "飛来・落下・衝突",
  "水濡れ",
  "破壊",
  "盗難",
  "破損",
  "テロ",
  "電気的機械的事故",
] as const;
export type Peril = (typeof PERILS)[number];

/** ○ covered, △ covered with a rider or within limits, × not covered */
export type Coverage = "○" | "△" | "×";

// 表 参考.2-1, columns in POLICY_TYPES order
const COVERAGE_TABLE: Record<Peril, readonly [Coverage, Coverage, Coverage, Coverage]> = {
  落雷: ["○", "○", "○", "○"],
  "風・雹・雪災": ["○", "○", "○", "○"],
  水害: ["×", "×", "△", "○"],
  地震: ["×", "×", "△", "△"],
  火災: ["○", "○", "○", "○"],
  "破裂・爆裂": ["○", "○", "○", "○"],
  "飛来・落下・衝突": ["×", "△", "○", "○"],
  水濡れ: ["×", "○", "○", "○"],
  破壊: ["×", "△", "○", "○"],
  盗難: ["×", "×", "△", "○"],
  破損: ["×", "×", "×", "○"],
  テロ: ["×", "×", "×", "×"],
  電気的機械的事故: ["×", "×", "×", "○"],
};

export function coverage(policy: PolicyType, peril: Peril): Coverage {
  return COVERAGE_TABLE[peril][POLICY_TYPES.indexOf(policy)] as Coverage;
}

/** The insurance peril a model hazard falls under. */
export function perilOf(hazard: Hazard): Peril {
  switch (hazard.kind) {
    case "earthquake":
      return "地震";
    case "floodAbove":
    case "floodBelow":
      return "水害";
    case "fire":
      return "火災";
  }
}

/** 付保対象 of 表 参考.2-1 */
export const INSURED_CATEGORIES = ["建物", "什器備品・機械設備等", "商品・製品等"] as const;
export type InsuredCategory = (typeof INSURED_CATEGORIES)[number];

// Vehicles are insured by motor policies, not fire policies (前提（本ツール）).
const CATEGORY_OF: Record<AssetClass, InsuredCategory | null> = {
  建物: "建物",
  建物附属設備: "建物",
  構築物: "建物",
  機械及び装置: "什器備品・機械設備等",
  "工具・器具・備品": "什器備品・機械設備等",
  棚卸資産: "商品・製品等",
  車両及び運搬具: null,
};

export interface InsurancePolicy {
  type: PolicyType;
  /** 保険金額 (千円) per 付保対象 */
  sums: Partial<Record<InsuredCategory, number>>;
}

export interface InsuranceEstimate {
  peril: Peril;
  coverages: Coverage[]; // per policy
  /** ○ covered, △ 特約次第, × not covered; the best over the policies held */
  status: "補償対象" | "特約次第" | "補償対象外" | "保険なし";
  /** min(damage, 保険金額) over the policies marked ○ */
  payout: number;
  /** the same counting the △ policies too (if their riders are attached) */
  payoutWithRiders: number;
}

function payoutFor(
  damageByCategory: Record<InsuredCategory, number>,
  policies: readonly InsurancePolicy[]
): number {
  return INSURED_CATEGORIES.reduce((sum, cat) => {
    const insured = policies.reduce(
      (s, p) => s + requireAmount(p.sums[cat] ?? 0, `保険金額（${cat}）`),
      0
    );
    return sum + Math.min(damageByCategory[cat], insured);
  }, 0);
}

export function estimateInsurance(
  hazard: Hazard,
  policies: readonly InsurancePolicy[],
  damages: readonly AssetDamage[]
): InsuranceEstimate {
  const peril = perilOf(hazard);
  const checked = policies.map((p) => ({
    ...p,
    type: requireCode(p.type, "保険の種類", POLICY_TYPES),
  }));
  const coverages = checked.map((p) => coverage(p.type, peril));
  const damageByCategory = { 建物: 0, "什器備品・機械設備等": 0, "商品・製品等": 0 };
  for (const d of damages) {
    const cat = CATEGORY_OF[d.assetClass];
    if (cat !== null) damageByCategory[cat] += d.damage;
  }
  const full = checked.filter((_, i) => coverages[i] === "○");
  const withRiders = checked.filter((_, i) => coverages[i] !== "×");
  const status =
    checked.length === 0
      ? "保険なし"
      : full.length > 0
        ? "補償対象"
        : withRiders.length > 0
          ? "特約次第"
          : "補償対象外";
  return {
    peril,
    coverages,
    status,
    payout: payoutFor(damageByCategory, full),
    payoutWithRiders: payoutFor(damageByCategory, withRiders),
  };
}
