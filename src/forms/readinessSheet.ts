/**
 * BCP取組状況チェック as a sheet: the 20 questions with a はい／いいえ／不明 answer each, the
 * 結果集計 per group, and the verdict by the number of はい (16–20 / 6–15 / 0–5).
 */
import { READINESS_BANDS, READINESS_QUESTIONS_PER_GROUP } from "../model/checklists";
import { INPUT_LEGEND, INPUT_LEGEND_EN, SheetBuilder } from "../sheets/builder";
import type { SheetDef } from "../sheets/types";
import { READINESS_CHECKLIST, READINESS_CHECKLIST_EN } from "./readinessChecklist";
import { type Locale, countOf } from "./spec";

export const READINESS_SHEET = "チェック_取組状況";

const WORDS = {
  ja: {
    answers: ["はい", "いいえ", "不明"],
    title: "BCP 取組状況チェックリスト",
    how: "設問ごとに「はい」「いいえ」「不明」から選んでください。",
    header: ["区分", "設問", "回答"],
    tally: "結果集計",
    tallyHeader: ["区分", "「はい」の回答数", "", "設問数"],
    total: "合計",
    verdict: "判定（目安）",
    bands:
      "判定は「はい」の数による目安です：16〜20 取組が進んでいる、6〜15 改善の余地が大きい、0〜5 早急な取組が必要。",
  },
  en: {
    answers: ["Yes", "No", "Unknown"],
    title: "BCP readiness check",
    how: "Answer Yes, No or Unknown to each question.",
    header: ["Group", "Question", "Answer"],
    tally: "Tally",
    tallyHeader: ["Group", "Yes answers", "", "Questions"],
    total: "Total",
    verdict: "Verdict (guide)",
    bands:
      "The verdict goes by the number of Yes answers: 16-20 well advanced, 6-15 much room for improvement, 0-5 act now.",
  },
} as const;

/** English names of the verdict bands of READINESS_BANDS, same order. */
const BANDS_EN = ["Well advanced", "Much room for improvement", "Act now"];

function verdictFormula(locale: Locale): string {
  if (locale === "ja") return "BCP.CHECK_VERDICT(Readiness_YesTotal)";
  return READINESS_BANDS.reduceRight(
    (rest, band, i) =>
      band.min === 0
        ? `"${BANDS_EN[i]}"`
        : `IF(Readiness_YesTotal>=${band.min},"${BANDS_EN[i]}",${rest})`,
    '""'
  );
}

export function readinessSheet(name = READINESS_SHEET, locale: Locale = "ja"): SheetDef {
  const w = WORDS[locale];
  const list = locale === "ja" ? READINESS_CHECKLIST : READINESS_CHECKLIST_EN;
  const s = new SheetBuilder(
    "forms.readiness",
    name,
    [16, 80, 10, 14],
    {},
    locale === "ja" ? INPUT_LEGEND : INPUT_LEGEND_EN
  );
  s.title(w.title, null);
  s.note(w.how);
  s.header(w.header);
  const answersByGroup: string[][] = [];
  list.forEach((g, gi) => {
    const refs: string[] = [];
    g.questions.forEach((q, qi) => {
      if (qi === 0) s.label(0, g.group);
      s.label(1, q);
      refs.push(
        s.input(2, {
          name: `Readiness_Q${gi + 1}_${qi + 1}`,
          format: "text",
          validation: { type: "list", values: w.answers },
        })
      );
      s.row += 1;
    });
    answersByGroup.push(refs);
  });
  s.skip();
  s.title(w.tally, null);
  s.header(w.tallyHeader);
  list.forEach((g, gi) => {
    s.label(0, g.group);
    s.formula(1, countOf(answersByGroup[gi] as string[], w.answers[0]), {
      format: "integer",
      name: `Readiness_Yes${gi + 1}`,
    });
    s.label(3, `/ ${READINESS_QUESTIONS_PER_GROUP}`);
    s.row += 1;
  });
  s.label(0, w.total);
  s.formula(1, `SUM(${list.map((_, gi) => `Readiness_Yes${gi + 1}`).join(",")})`, {
    format: "integer",
    name: "Readiness_YesTotal",
  });
  s.label(3, `/ ${list.length * READINESS_QUESTIONS_PER_GROUP}`);
  s.row += 1;
  s.formulaLine(w.verdict, verdictFormula(locale), { name: "Readiness_Verdict", format: "text" });
  s.note(w.bands);
  return s.build();
}
