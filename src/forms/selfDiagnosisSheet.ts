/**
 * 自己診断チェックリスト as a sheet: the items of 表 4.6-2 for the course with a はい／いいえ answer
 * each, and 表 4.6-1's tally of はい per stage and priority computed by formula.
 */
import { INPUT_LEGEND, INPUT_LEGEND_EN, SheetBuilder } from "../sheets/builder";
import type { Course } from "../sheets/course";
import type { SheetDef } from "../sheets/types";
import { STEPS, selfDiagnosisFor, stageIndex, stepOf } from "./selfDiagnosis";
import { type Locale, countOf } from "./spec";
import type { DefinedName } from "../sheets/names";

export const SELF_DIAGNOSIS_SHEET = "チェック_自己診断";

const WORDS = {
  ja: {
    yes: "はい",
    no: "いいえ",
    title: (table: string) => `BCP策定・運用状況の自己診断チェックリスト（${table}）`,
    how: "設問ごとに「はい」か「いいえ」を選びます。合否を決めるものではなく、「いいえ」の項目を一つずつ減らしていくための点検表です。",
    inferred:
      "優先度の（推定）は、指針の表組みから読み取れないため、段階ごとの項目数（表 4.6-1）に合わせて定めた区分です。",
    header: ["No.", "優先度", "診断項目", "回答", "備考"],
    inferredMark: "（推定）",
    tally: "結果集計（表 4.6-1）",
    tallyHeader: ["対象段階", "必須「はい」", "必須 項目数", "推奨「はい」", "推奨 項目数"],
    total: "合計",
    priority: { 必須: "必須", 推奨: "推奨" },
  },
  en: {
    yes: "Yes",
    no: "No",
    title: (table: string) => `Self-check of BCP writing and running (${table})`,
    how: "Answer Yes or No to each question. It is not a pass mark: it shows which No answers to work on next.",
    inferred:
      "Priorities marked (inferred) cannot be read from the guideline's table; they are set so that each stage matches the counts of Table 4.6-1.",
    header: ["No.", "Priority", "Question", "Answer", "Remarks"],
    inferredMark: " (inferred)",
    tally: "Tally (Table 4.6-1)",
    tallyHeader: [
      "Stage",
      "Required: yes",
      "Required: items",
      "Recommended: yes",
      "Recommended: items",
    ],
    total: "Total",
    priority: { 必須: "required", 推奨: "recommended" },
  },
} as const;

export function selfDiagnosisSheet(course: Course, locale: Locale = "ja"): SheetDef {
  const list = selfDiagnosisFor(course);
  const w = WORDS[locale];
  const s = new SheetBuilder(
    "forms.selfDiagnosis",
    SELF_DIAGNOSIS_SHEET,
    [8, 16, 70, 10, 24, 12, 12],
    {},
    locale === "ja" ? INPUT_LEGEND : INPUT_LEGEND_EN
  );
  s.title(w.title(list.table[locale]), null);
  s.note(w.how);
  s.note(w.inferred);
  s.header(w.header);
  // answer cells by stage and priority, for the tally
  const answers = list.stages.map(() => ({ 必須: [] as string[], 推奨: [] as string[] }));
  let stage = -1;
  let step = "";
  list.items.forEach((item, n) => {
    const at = stageIndex(item.id);
    if (at !== stage) {
      stage = at;
      s.title(list.stages[at]?.name[locale] ?? "", null);
    }
    const stepText = STEPS[stepOf(item.id)];
    if (stepOf(item.id) !== step && stepText !== undefined) {
      step = stepOf(item.id);
      s.label(2, stepText[locale]);
      s.row += 1;
    }
    s.label(0, item.id);
    s.label(1, `${w.priority[item.priority]}${item.inferred ? w.inferredMark : ""}`);
    s.label(2, item.text[locale]);
    answers[at]?.[item.priority].push(
      s.input(3, {
        name: `SelfDiag_Q${n + 1}`,
        format: "text",
        validation: { type: "list", values: [w.yes, w.no] },
      })
    );
    s.input(4, { format: "text" });
    s.row += 1;
  });
  s.skip();
  s.title(w.tally, null);
  // stage names in the wide column C, the four counts beside them
  s.header(w.tallyHeader, 2);
  const yes = (refs: readonly string[]) => countOf(refs, w.yes);
  const totals = { req: [] as string[], rec: [] as string[] };
  const counts = (
    req: string,
    reqTotal: number,
    rec: string,
    recTotal: number,
    names?: [DefinedName, DefinedName]
  ) => {
    totals.req.push(s.formula(3, req, { format: "integer", ...(names ? { name: names[0] } : {}) }));
    s.formula(4, String(reqTotal), { format: "integer" });
    totals.rec.push(s.formula(5, rec, { format: "integer", ...(names ? { name: names[1] } : {}) }));
    s.formula(6, String(recTotal), { format: "integer" });
    s.row += 1;
  };
  list.stages.forEach((st, i) => {
    const refs = answers[i] as { 必須: string[]; 推奨: string[] };
    s.label(2, st.name[locale]);
    counts(yes(refs.必須), refs.必須.length, yes(refs.推奨), refs.推奨.length, [
      `SelfDiag_S${i + 1}_Req`,
      `SelfDiag_S${i + 1}_Rec`,
    ]);
  });
  const stageReq = [...totals.req];
  const stageRec = [...totals.rec];
  s.label(2, w.total);
  counts(
    `SUM(${stageReq.join(",")})`,
    list.stages.reduce((n, st) => n + st.required, 0),
    `SUM(${stageRec.join(",")})`,
    list.stages.reduce((n, st) => n + st.recommended, 0),
    ["SelfDiag_ReqYes", "SelfDiag_RecYes"]
  );
  return s.build();
}
