import { readinessVerdict, tallyReadiness, tallySelfDiagnosis } from "../../src/model/checklists";

describe("BCP取組状況チェック verdict (guideline §1.3: 16–20 / 6–15 / 0–5)", () => {
  it.each([
    [0, "早急な取組が必要"],
    [5, "早急な取組が必要"],
    [6, "改善の余地が大きい"],
    [15, "改善の余地が大きい"],
    [16, "取組が進んでいる"],
    [20, "取組が進んでいる"],
  ])("%d はい → %s", (count, level) => {
    expect(readinessVerdict(count).level).toBe(level);
  });

  it("refuses counts outside 0…20, fractions and text", () => {
    expect(() => readinessVerdict(21)).toThrow("0〜20");
    expect(() => readinessVerdict(-1)).toThrow("0〜20");
    expect(() => readinessVerdict(3.5)).toThrow("整数");
    expect(() => readinessVerdict("多い")).toThrow("数値");
  });
});

describe("結果集計 of the 20 answers", () => {
  it("counts はい per group of four and in total", () => {
    const answers = [
      "はい",
      "はい",
      "いいえ",
      null,
      1,
      1,
      1,
      1,
      0,
      0,
      "不明",
      "はい",
      true,
      false,
      "",
      "",
      "はい",
      "はい",
      "はい",
      "はい",
    ];
    const r = tallyReadiness(answers);
    expect(r.groups.map((g) => g.yes)).toEqual([2, 4, 1, 1, 4]);
    expect(r.yes).toBe(12);
    expect(r.unanswered).toBe(3);
    expect(r.level).toBe("改善の余地が大きい");
  });

  it("needs exactly 20 answers and readable ones", () => {
    expect(() => tallyReadiness([])).toThrow("20問");
    expect(() => tallyReadiness(Array(20).fill("たぶん"))).toThrow("設問1");
  });
});

describe("自己診断 tally (表 4.6-1)", () => {
  it("counts はい per stage and priority, with a 合計 row", () => {
    const items = [
      { stage: "基本方針", priority: "必須" as const },
      { stage: "基本方針", priority: "必須" as const },
      { stage: "基本方針", priority: "推奨" as const },
      { stage: "運用体制", priority: "必須" as const },
    ];
    const r = tallySelfDiagnosis(items, ["はい", "いいえ", "はい", "はい"]);
    expect(r).toEqual([
      {
        stage: "基本方針",
        requiredYes: 1,
        requiredTotal: 2,
        recommendedYes: 1,
        recommendedTotal: 1,
      },
      {
        stage: "運用体制",
        requiredYes: 1,
        requiredTotal: 1,
        recommendedYes: 0,
        recommendedTotal: 0,
      },
      { stage: "合計", requiredYes: 2, requiredTotal: 3, recommendedYes: 1, recommendedTotal: 1 },
    ]);
  });
});
