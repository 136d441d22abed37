import { tallySelfDiagnosis } from "../../src/model/checklists";
import { SELF_DIAGNOSIS, stageIndex, type SelfDiagnosisList } from "../../src/forms/selfDiagnosis";
import { selfDiagnosisSheet } from "../../src/forms/selfDiagnosisSheet";
import { MemoryWorkbook } from "../../src/engine/memory";
import { loadIntoHyperFormula } from "../helpers/hyperformula";

function counts(list: SelfDiagnosisList) {
  return list.stages.map((_, i) => {
    const items = list.items.filter((it) => stageIndex(it.id) === i);
    return [
      items.filter((it) => it.priority === "必須").length,
      items.filter((it) => it.priority === "推奨").length,
    ];
  });
}

describe("自己診断チェックリスト items (表 4.6-2) against the tally sheet (表 4.6-1)", () => {
  it("基本: 66 items, 43 必須 + 23 推奨, and every stage's count as printed", () => {
    const list = SELF_DIAGNOSIS.基本;
    expect(list.items).toHaveLength(66);
    expect(counts(list)).toEqual(list.stages.map((s) => [s.required, s.recommended]));
    expect(list.items.filter((i) => i.priority === "必須")).toHaveLength(43);
    expect(list.items.filter((i) => i.priority === "推奨")).toHaveLength(23);
  });

  it("中級: 72 items whose stages add to 58 必須 + 14 推奨 (the printed total row says 67 / 7)", () => {
    const list = SELF_DIAGNOSIS.中級;
    expect(list.items).toHaveLength(72);
    expect(counts(list)).toEqual(list.stages.map((s) => [s.required, s.recommended]));
    expect(list.stages.reduce((n, s) => n + s.required, 0)).toBe(58);
    expect(list.stages.reduce((n, s) => n + s.recommended, 0)).toBe(14);
  });

  it("keeps the priorities the seed text shows and marks the rest as inferred", () => {
    const basic = new Map(SELF_DIAGNOSIS.基本.items.map((i) => [i.id, i]));
    expect(basic.get("0.I-3")).toMatchObject({ priority: "推奨", inferred: false });
    expect(basic.get("1.III-2")).toMatchObject({ priority: "推奨", inferred: false });
    expect(basic.get("1.III-6")).toMatchObject({ priority: "必須", inferred: false });
    expect(basic.get("2.I-4")?.inferred).toBe(true);
    // 基本 ⑤ has no 推奨 item at all, so its priorities are certain
    expect(
      SELF_DIAGNOSIS.基本.items.filter((i) => i.id.startsWith("5.")).every((i) => !i.inferred)
    ).toBe(true);
    expect(
      SELF_DIAGNOSIS.中級.items.filter((i) => i.id.startsWith("1.")).every((i) => !i.inferred)
    ).toBe(true);
  });

  it("numbers the items uniquely, as printed", () => {
    for (const list of Object.values(SELF_DIAGNOSIS)) {
      const ids = list.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(SELF_DIAGNOSIS.基本.items.some((i) => i.id === "4.II-4")).toBe(false); // not in the guideline
    expect(SELF_DIAGNOSIS.中級.items.at(-1)?.text.ja).toBe("BCPの外部審査を受けていますか？");
  });
});

describe.each(["基本", "中級"] as const)("the %s self-check sheet", (course) => {
  const list = SELF_DIAGNOSIS[course];
  // a fixed, uneven answer pattern: every third item はい, every fifth left blank
  const answers = list.items.map((_, i) => (i % 5 === 4 ? null : i % 3 === 0 ? "はい" : "いいえ"));

  function filled() {
    const def = { sheets: [selfDiagnosisSheet(course)] };
    const wb = new MemoryWorkbook();
    wb.build(def);
    answers.forEach((a, i) => {
      if (a !== null) wb.set(`SelfDiag_Q${i + 1}`, a);
    });
    return { def, wb };
  }

  it("tallies はい per stage and priority like the model", () => {
    const { wb } = filled();
    const model = tallySelfDiagnosis(
      list.items.map((i) => ({ stage: String(stageIndex(i.id)), priority: i.priority })),
      answers
    );
    list.stages.forEach((_, s) => {
      expect(wb.number(`SelfDiag_S${s + 1}_Req`)).toBe(model[s]?.requiredYes);
      expect(wb.number(`SelfDiag_S${s + 1}_Rec`)).toBe(model[s]?.recommendedYes);
    });
    const total = model.at(-1);
    expect(wb.number("SelfDiag_ReqYes")).toBe(total?.requiredYes);
    expect(wb.number("SelfDiag_RecYes")).toBe(total?.recommendedYes);
  });

  it("gives the same totals in HyperFormula", () => {
    const { def, wb } = filled();
    const inputs = Object.fromEntries(
      answers.flatMap((a, i) => (a === null ? [] : [[`SelfDiag_Q${i + 1}`, a]]))
    );
    const hf = loadIntoHyperFormula(def, inputs);
    expect(hf.get("SelfDiag_ReqYes")).toBe(wb.number("SelfDiag_ReqYes"));
    expect(hf.get("SelfDiag_RecYes")).toBe(wb.number("SelfDiag_RecYes"));
  });

  it("all はい gives the full counts of 表 4.6-1", () => {
    const wb = new MemoryWorkbook();
    wb.build({ sheets: [selfDiagnosisSheet(course)] });
    list.items.forEach((_, i) => wb.set(`SelfDiag_Q${i + 1}`, "はい"));
    expect(wb.number("SelfDiag_ReqYes")).toBe(list.stages.reduce((n, s) => n + s.required, 0));
    expect(wb.number("SelfDiag_RecYes")).toBe(list.stages.reduce((n, s) => n + s.recommended, 0));
  });
});
