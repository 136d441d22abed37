/**
 * BCP取組状況チェック as a sheet: the 20 questions with a はい／いいえ／不明 answer each, the
 * 結果集計 per group, and the verdict by the number of はい (16–20 / 6–15 / 0–5).
 */
import { READINESS_QUESTIONS_PER_GROUP } from "../model/checklists";
import { SheetBuilder } from "../sheets/builder";
import type { SheetDef } from "../sheets/types";
import { READINESS_CHECKLIST } from "./readinessChecklist";

const ANSWERS = { type: "list", values: ["はい", "いいえ", "不明"] } as const;

export const READINESS_SHEET = "チェック_取組状況";

export function readinessSheet(name = READINESS_SHEET): SheetDef {
  const s = new SheetBuilder("forms.readiness", name, [16, 80, 10, 14]);
  s.title("BCP 取組状況チェックリスト", null);
  s.note("設問ごとに「はい」「いいえ」「不明」から選んでください。");
  s.header(["区分", "設問", "回答"]);
  const answersByGroup: string[][] = [];
  READINESS_CHECKLIST.forEach((g, gi) => {
    const refs: string[] = [];
    g.questions.forEach((q, qi) => {
      if (qi === 0) s.label(0, g.group);
      s.label(1, q);
      refs.push(
        s.input(2, { name: `Readiness_Q${gi + 1}_${qi + 1}`, format: "text", validation: ANSWERS })
      );
      s.row += 1;
    });
    answersByGroup.push(refs);
  });
  s.skip();
  s.title("結果集計", null);
  s.header(["区分", "「はい」の回答数", "", "設問数"]);
  const yes = (refs: string[]) => refs.map((r) => `IF(${r}="はい",1,0)`).join(",");
  READINESS_CHECKLIST.forEach((g, gi) => {
    s.label(0, g.group);
    s.formula(1, `SUM(${yes(answersByGroup[gi] as string[])})`, {
      format: "integer",
      name: `Readiness_Yes${gi + 1}`,
    });
    s.label(3, `/ ${READINESS_QUESTIONS_PER_GROUP}`);
    s.row += 1;
  });
  s.label(0, "合計");
  s.formula(1, `SUM(${READINESS_CHECKLIST.map((_, gi) => `Readiness_Yes${gi + 1}`).join(",")})`, {
    format: "integer",
    name: "Readiness_YesTotal",
  });
  s.label(3, `/ ${READINESS_CHECKLIST.length * READINESS_QUESTIONS_PER_GROUP}`);
  s.row += 1;
  s.formulaLine("判定（目安）", "BCP.CHECK_VERDICT(Readiness_YesTotal)", {
    name: "Readiness_Verdict",
    format: "text",
  });
  s.note(
    "判定は「はい」の数による目安です：16〜20 取組が進んでいる、6〜15 改善の余地が大きい、0〜5 早急な取組が必要。"
  );
  return s.build();
}
