/**
 * Checklist tallies: BCP取組状況チェック (20 questions in 5 groups, judged by the count of はい,
 * guideline §1.3) and the 自己診断チェックリスト tallies per stage and priority (表 4.6-1).
 */
import { invalid } from "./errors";
import { isBlank, requireInteger } from "./guards";

export type Answer = "はい" | "いいえ" | "不明" | null;

/** Reads an answer cell: はい/いいえ/不明, 1/0, TRUE/FALSE or blank. */
export function parseAnswer(value: unknown, label: string): Answer {
  if (isBlank(value)) return null;
  if (value === true || value === 1 || value === "はい" || value === "1") return "はい";
  if (value === false || value === 0 || value === "いいえ" || value === "0") return "いいえ";
  if (value === "不明") return "不明";
  throw invalid(`${label}の回答は「はい」「いいえ」「不明」（または1/0）で入力してください。`);
}

/** The five groups of the 取組状況チェック, four questions each, in the guideline's order. */
export const READINESS_GROUPS = [
  "人的資源",
  "物的資源(モノ)",
  "物的資源(金)",
  "物的資源(情報)",
  "体制等",
] as const;
export const READINESS_QUESTIONS_PER_GROUP = 4;
export const READINESS_QUESTION_COUNT = READINESS_GROUPS.length * READINESS_QUESTIONS_PER_GROUP;

export type ReadinessLevel = "取組が進んでいる" | "改善の余地が大きい" | "早急な取組が必要";

/** 判定 by the number of はい (guideline §1.3): 16–20, 6–15, 0–5. */
export const READINESS_BANDS: readonly { min: number; level: ReadinessLevel; advice: string }[] = [
  { min: 16, level: "取組が進んでいる", advice: "今のBCPを点検し、さらに実効性を高めましょう。" },
  {
    min: 6,
    level: "改善の余地が大きい",
    advice: "備えの意識はあります。実践的なBCPを作り、平時から運用しましょう。",
  },
  {
    min: 0,
    level: "早急な取組が必要",
    advice: "被災すると事業が長く止まるおそれがあります。できることから今すぐ始めましょう。",
  },
];

export function readinessVerdict(yesCount: unknown): { level: ReadinessLevel; advice: string } {
  const n = requireInteger(yesCount, "「はい」の数", 0, READINESS_QUESTION_COUNT);
  const band = READINESS_BANDS.find((b) => n >= b.min);
  if (band === undefined) throw invalid(`「はい」の数が判定できません（${n}）。`);
  return { level: band.level, advice: band.advice };
}

export interface GroupTally {
  group: string;
  yes: number;
  answered: number;
  total: number;
}

export interface ReadinessResult {
  groups: GroupTally[];
  yes: number;
  unanswered: number;
  level: ReadinessLevel;
  advice: string;
}

/** 結果集計 of the 取組状況チェック from its 20 answers in order. */
export function tallyReadiness(answers: readonly unknown[]): ReadinessResult {
  if (answers.length !== READINESS_QUESTION_COUNT) {
    throw invalid(
      `取組状況チェックの回答は${READINESS_QUESTION_COUNT}問分が必要です（${answers.length}問）。`
    );
  }
  const parsed = answers.map((a, i) => parseAnswer(a, `設問${i + 1}`));
  const groups = READINESS_GROUPS.map((group, g) => {
    const slice = parsed.slice(
      g * READINESS_QUESTIONS_PER_GROUP,
      (g + 1) * READINESS_QUESTIONS_PER_GROUP
    );
    return {
      group,
      yes: slice.filter((a) => a === "はい").length,
      answered: slice.filter((a) => a !== null).length,
      total: READINESS_QUESTIONS_PER_GROUP,
    };
  });
  const yes = groups.reduce((s, g) => s + g.yes, 0);
  return {
    groups,
    yes,
    unanswered: parsed.filter((a) => a === null).length,
    ...readinessVerdict(yes),
  };
}

export type Priority = "必須" | "推奨";

export interface ChecklistItem {
  stage: string;
  priority: Priority;
}

export interface StageTally {
  stage: string;
  requiredYes: number;
  requiredTotal: number;
  recommendedYes: number;
  recommendedTotal: number;
}

/** 表 4.6-1 結果集計シート: はい per stage and priority, with the totals as the last row. */
export function tallySelfDiagnosis(
  items: readonly ChecklistItem[],
  answers: readonly unknown[]
): StageTally[] {
  if (answers.length !== items.length) {
    throw invalid(`自己診断の回答数（${answers.length}）が設問数（${items.length}）と合いません。`);
  }
  const stages: StageTally[] = [];
  const byStage = new Map<string, StageTally>();
  items.forEach((item, i) => {
    let tally = byStage.get(item.stage);
    if (tally === undefined) {
      tally = {
        stage: item.stage,
        requiredYes: 0,
        requiredTotal: 0,
        recommendedYes: 0,
        recommendedTotal: 0,
      };
      byStage.set(item.stage, tally);
      stages.push(tally);
    }
    const yes = parseAnswer(answers[i], `設問${i + 1}`) === "はい" ? 1 : 0;
    if (item.priority === "必須") {
      tally.requiredTotal += 1;
      tally.requiredYes += yes;
    } else {
      tally.recommendedTotal += 1;
      tally.recommendedYes += yes;
    }
  });
  const total: StageTally = {
    stage: "合計",
    requiredYes: 0,
    requiredTotal: 0,
    recommendedYes: 0,
    recommendedTotal: 0,
  };
  for (const s of stages) {
    total.requiredYes += s.requiredYes;
    total.requiredTotal += s.requiredTotal;
    total.recommendedYes += s.recommendedYes;
    total.recommendedTotal += s.recommendedTotal;
  }
  return [...stages, total];
}
