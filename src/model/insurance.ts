/**
 * Fire-insurance coverage by policy type and peril (基本 参考.2, 表 参考.2-1: one insurer's
 * example terms) and the estimated claim for the hazard assumed in the model: each △ read by its
 * note, 時価 or 新価 as the policy is written, and the expense covers of 表 参考.2-1 続き.
 */
import type { AssetClass, AssetDamage } from "./damage";
import type { Hazard } from "./hazard";
import { invalid } from "./errors";
import { ownEntry, requireAmount, requireCode, requireRate } from "./guards";
import type { Parameters } from "./parameters";

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

/**
 * Amounts per category from cells in INSURED_CATEGORIES order (empty: 0), written out rather
 * than built from entries: a BCP function makes one per call.
 */
export function byCategory(
  cells: readonly (number | null | undefined)[]
): Record<InsuredCategory, number> {
  return {
    建物: cells[0] ?? 0,
    "什器備品・機械設備等": cells[1] ?? 0,
    "商品・製品等": cells[2] ?? 0,
  };
}

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

/** 保険金額の基準 (表 参考.2-1, line 6201): 新価 = 再調達価格, 時価 = 再調達価格 − 経年減価 */
export const VALUATIONS = ["新価", "時価"] as const;
export type Valuation = (typeof VALUATIONS)[number];

export interface InsurancePolicy {
  type: PolicyType;
  /** 保険金額 (千円) per 付保対象 */
  sums: Partial<Record<InsuredCategory, number>>;
  /** 新価 unless given */
  valuation?: Valuation;
  /** for 時価: the insured property's 時価 as a share of its 再調達価格 (0 … 1) */
  marketValueRatio?: number;
}

/**
 * How a policy pays for the model's perils, following the note of each cell of 表 参考.2-1:
 * full cover (○, 注3); 注2 limited flood cover of the 店舗総合保険; 注4 residential buildings and
 * household goods only, which leaves a company's building, plant and stock without cover; none.
 */
type PayoutRule = "full" | "floodLimited" | "residentialOnly" | "none";

const PAYOUT_RULES: Record<
  "水害" | "地震" | "火災",
  readonly [PayoutRule, PayoutRule, PayoutRule, PayoutRule]
> = {
  水害: ["none", "none", "floodLimited", "full"],
  地震: ["none", "none", "residentialOnly", "residentialOnly"],
  火災: ["full", "full", "full", "full"],
};

function ruleOf(policy: PolicyType, peril: Peril): PayoutRule {
  const rules = ownEntry(PAYOUT_RULES, peril);
  if (rules !== undefined) return rules[POLICY_TYPES.indexOf(policy)] as PayoutRule;
  return coverage(policy, peril) === "○" ? "full" : "none";
}

/** What the assessment says of each rule, in the pane and on the sheets. */
export const RULE_STATUS: Record<PayoutRule, "補償対象" | "限度内で補償" | "補償対象外"> = {
  full: "補償対象",
  floodLimited: "限度内で補償",
  residentialOnly: "補償対象外",
  none: "補償対象外",
};

/**
 * The perils each expense cover of 表 参考.2-1 続き pays for, by policy type (notes 10-14 and
 * 19-21): ① 落雷 ② 風・雹・雪災 ③ 水害 ⑤ 火災 ⑥ 破裂・爆裂 ⑦ 飛来 ⑧ 水濡れ ⑨ 破壊 ⑩ 盗難 ⑪ 破損.
 */
const P1256: readonly Peril[] = ["落雷", "風・雹・雪災", "火災", "破裂・爆裂"];
const P12_59: readonly Peril[] = [...P1256, "飛来・落下・衝突", "水濡れ", "破壊"];
const P13_511: readonly Peril[] = [...P12_59, "水害", "盗難", "破損"];
const P156: readonly Peril[] = ["落雷", "火災", "破裂・爆裂"];
type Perils = readonly [readonly Peril[], readonly Peril[], readonly Peril[], readonly Peril[]];
const EXPENSE_PERILS: Record<"temporary" | "debris" | "repair", Perils> = {
  temporary: [P1256, P12_59, P12_59, P12_59], // 臨時費用 注10・11
  debris: [P1256, P12_59, P12_59, P13_511], // 残存物片付費用 注12-14
  repair: [P156, P156, P156, P156], // 修理付帯費用 注19-21
};

/** 修理付帯費用 and 地震火災費用 caps: the 工場物件 figure for 工場 and オールリスク (注17, 20) */
const FACTORY_CAPS: readonly PolicyType[] = ["普通火災(工場物件)", "オールリスク型"];

export interface InsuranceExpenses {
  /** 臨時費用保険金: a share of the claim, paid with it */
  temporary: number;
  /** 残存物片付費用: the most it reimburses of the clearing-up the company pays for */
  debrisLimit: number;
  /** 修理付帯費用 (仮店舗・仮事務所の賃借など): the most it reimburses */
  repairLimit: number;
  /** 地震火災費用: paid only if a fire after the earthquake burns half or more of the property */
  earthquakeFireIfHalfBurnt: number;
}

export interface InsuranceEstimate {
  peril: Peril;
  coverages: Coverage[]; // per policy, as 表 参考.2-1 marks it
  /** the best cover over the policies held, each △ read by its note */
  status: "補償対象" | "限度内で補償" | "補償対象外" | "保険なし";
  /** 損害保険金: the property claim, by the notes' limits and at 時価 where the policy says so */
  payout: number;
  expenses: InsuranceExpenses;
  /** payout + 臨時費用: what the company receives for the damage (D1's 損害保険金) */
  total: number;
}

/** The company's fire insurance, checked: its sums insured and 時価 ÷ 新価 (1 at 新価). */
interface Cover {
  sums: Readonly<Record<InsuredCategory, number>>;
  marketValueRatio: number;
}

/** One policy type's claim for the losses (at 新価), by its rule, at the cover's basis. */
function policyPayout(cover: Cover, rule: PayoutRule, losses: Losses, params: Parameters) {
  const sum = (c: InsuredCategory) => cover.sums[c];
  const valued = (c: InsuredCategory) => losses[c] * cover.marketValueRatio;
  switch (rule) {
    case "full":
      return INSURED_CATEGORIES.reduce((t, c) => t + Math.min(valued(c), sum(c)), 0);
    case "floodLimited": {
      // 注2: building up to 70 % of the loss; contents and stock up to 5 % of their sums insured,
      // with a 100万円 limit over both
      const building = Math.min(valued("建物") * params.InsFloodBuildingShare, sum("建物"));
      const contents = (["什器備品・機械設備等", "商品・製品等"] as const).reduce(
        (t, c) => t + Math.min(valued(c), sum(c) * params.InsFloodContentsShare),
        0
      );
      return building + Math.min(contents, params.InsFloodContentsCap);
    }
    default:
      return 0;
  }
}

function expensesOf(
  type: PolicyType,
  cover: Cover,
  peril: Peril,
  payout: number,
  params: Parameters
): InsuranceExpenses {
  const i = POLICY_TYPES.indexOf(type);
  const pays = (kind: keyof typeof EXPENSE_PERILS) =>
    (EXPENSE_PERILS[kind][i] as readonly Peril[]).includes(peril);
  const sumInsured = INSURED_CATEGORIES.reduce((t, c) => t + cover.sums[c], 0);
  const factory = FACTORY_CAPS.includes(type);
  return {
    temporary: pays("temporary")
      ? Math.min(payout * params.InsTemporaryShare, params.InsTemporaryCap)
      : 0,
    debrisLimit: pays("debris") ? payout * params.InsDebrisShare : 0,
    repairLimit: pays("repair")
      ? Math.min(
          sumInsured * params.InsRepairShare,
          factory ? params.InsRepairCapFactory : params.InsRepairCapShop
        )
      : 0,
    // 注16-18: every policy type, for an earthquake fire that burns half or more
    earthquakeFireIfHalfBurnt:
      peril === "地震"
        ? Math.min(
            sumInsured * params.InsQuakeFireShare,
            factory ? params.InsQuakeFireCapFactory : params.InsQuakeFireCapShop
          )
        : 0,
  };
}

const NO_EXPENSES: InsuranceExpenses = {
  temporary: 0,
  debrisLimit: 0,
  repairLimit: 0,
  earthquakeFireIfHalfBurnt: 0,
};

const STATUS_ORDER = ["補償対象", "限度内で補償", "補償対象外"] as const;
type Losses = Record<InsuredCategory, number>;

/** The losses of the 付保対象 (vehicles excluded), at 再調達価格. */
export function insuredLosses(damages: readonly AssetDamage[]): Losses {
  const losses: Losses = { 建物: 0, "什器備品・機械設備等": 0, "商品・製品等": 0 };
  for (const d of damages) {
    const cat = CATEGORY_OF[d.assetClass];
    if (cat !== null) losses[cat] += d.damage;
  }
  return losses;
}

/**
 * The company's fire insurance as 表 参考.2-1 records it: the types held, one set of 保険金額 for
 * the 付保対象, one 新価 / 時価 basis. Several policies given separately are added up; the claim
 * is that of the held type that covers the peril best (one loss is paid once).
 */
export function estimateInsurance(
  hazard: Hazard,
  policies: readonly InsurancePolicy[],
  losses: Losses,
  params: Parameters
): InsuranceEstimate {
  const peril = perilOf(hazard);
  const status = insuranceStatus(hazard, policies);
  return {
    peril,
    coverages: policies.map((p) => coverage(p.type, peril)),
    status,
    ...insuranceClaim(hazard, policies, losses, params),
  };
}

/** What the policies pay: the claim, its expense covers and the two together. */
export type InsuranceClaim = Pick<InsuranceEstimate, "payout" | "expenses" | "total">;

/** Each 付保対象's 保険金額 as messages name it (made once: a sheet recalculates often). */
const SUM_LABELS = Object.fromEntries(
  INSURED_CATEGORIES.map((c) => [c, `保険金額（${c}）`])
) as Record<InsuredCategory, string>;

const NO_CLAIM: InsuranceClaim = { payout: 0, expenses: NO_EXPENSES, total: 0 };

/** The amounts of `estimateInsurance` alone (INSURANCE_PAYOUT, every time a sheet recalculates). */
export function insuranceClaim(
  hazard: Hazard,
  policies: readonly InsurancePolicy[],
  losses: Losses,
  params: Parameters
): InsuranceClaim {
  const peril = perilOf(hazard);
  const types = policies.map((p) => requireCode(p.type, "保険の種類", POLICY_TYPES));
  if (types.length === 0) return NO_CLAIM;
  const basis = commonBasis(policies);
  const sums = byCategory(
    INSURED_CATEGORIES.map((c) =>
      policies.reduce((t, p) => t + requireAmount(p.sums[c] ?? 0, SUM_LABELS[c]), 0)
    )
  );
  const cover: Cover = { sums, marketValueRatio: basis.marketValueRatio };
  let best: InsuranceClaim | null = null;
  for (const type of types) {
    const payout = policyPayout(cover, ruleOf(type, peril), losses, params);
    const expenses = expensesOf(type, cover, peril, payout, params);
    const total = payout + expenses.temporary;
    if (best === null || total > best.total) best = { payout, expenses, total };
  }
  return best as InsuranceClaim;
}

/** The best of the rules' statuses (補償対象 over 限度内で補償 over 補償対象外). */
function bestStatus(rules: readonly PayoutRule[]): InsuranceEstimate["status"] {
  const statuses = rules.map((rule) => RULE_STATUS[rule]);
  return STATUS_ORDER.find((st) => statuses.includes(st)) ?? "補償対象外";
}

/**
 * The status `estimateInsurance` gives, from the policy types alone: how the held policies cover
 * the hazard, without working out amounts.
 */
export function insuranceStatus(
  hazard: Hazard,
  policies: readonly Pick<InsurancePolicy, "type">[]
): InsuranceEstimate["status"] {
  const peril = perilOf(hazard);
  const rules = policies.map((p) => ruleOf(requireCode(p.type, "保険の種類", POLICY_TYPES), peril));
  return rules.length === 0 ? "保険なし" : bestStatus(rules);
}

/** 新価 / 時価 of the policies, which 表 参考.2-1 asks once for the company's fire insurance. */
function commonBasis(policies: readonly InsurancePolicy[]): {
  valuation: Valuation;
  marketValueRatio: number;
} {
  const bases = policies.map((p) => {
    const valuation =
      p.valuation === undefined ? "新価" : requireCode(p.valuation, "保険金額の基準", VALUATIONS);
    const ratio =
      valuation === "時価" ? requireRate(p.marketValueRatio ?? 1, "時価の割合（時価 ÷ 新価）") : 1;
    return { valuation, marketValueRatio: ratio };
  });
  const first = bases[0] as { valuation: Valuation; marketValueRatio: number };
  if (
    bases.some(
      (b) => b.valuation !== first.valuation || b.marketValueRatio !== first.marketValueRatio
    )
  )
    throw invalid(
      "火災保険の保険金額の基準（新価・時価）と時価の割合は、すべての契約で同じにしてください（表 参考.2-1 は会社で1つを尋ねます）。"
    );
  return first;
}

/** What INSURANCE_PAYOUT can return: the claim, an expense cover, or what is received in all. */
export const INSURANCE_ITEMS = [
  "保険金",
  "臨時費用",
  "残存物片付費用",
  "修理付帯費用",
  "地震火災費用",
  "受取額計",
] as const;
export type InsuranceItem = (typeof INSURANCE_ITEMS)[number];

export function insuranceItem(estimate: InsuranceClaim, item: InsuranceItem): number {
  const values: Record<InsuranceItem, number> = {
    保険金: estimate.payout,
    臨時費用: estimate.expenses.temporary,
    残存物片付費用: estimate.expenses.debrisLimit,
    修理付帯費用: estimate.expenses.repairLimit,
    地震火災費用: estimate.expenses.earthquakeFireIfHalfBurnt,
    受取額計: estimate.total,
  };
  return values[item];
}

/** The policies of a workbook: the types held (表 参考.2-1's order) sharing one set of sums. */
export function heldPolicies(
  held: readonly boolean[],
  sums: readonly (number | null)[],
  marketValueRatio: number | null
): InsurancePolicy[] {
  if (held.length !== POLICY_TYPES.length)
    throw invalid(
      `加入の有無は${POLICY_TYPES.length}つ（${POLICY_TYPES.join("、")}）の範囲で指定してください。`
    );
  if (sums.length !== INSURED_CATEGORIES.length)
    throw invalid(
      `保険金額は${INSURED_CATEGORIES.length}つ（${INSURED_CATEGORIES.join("、")}）の範囲で指定してください。`
    );
  const types = POLICY_TYPES.filter((_, i) => held[i]);
  const sumsOf = byCategory(sums);
  // one set of sums for the company: carried by the first type, the others add nothing to it
  return types.map((type, i) => ({
    type,
    sums: i === 0 ? sumsOf : {},
    ...(marketValueRatio === null ? {} : { valuation: "時価" as const, marketValueRatio }),
  }));
}
