import { ModelError } from "../../src/model/errors";
import { impactRank, impactScore } from "../../src/model/impactScore";

describe("様式07 score: ② 重要度 × ③ 影響度 (guideline lines 4548-4575)", () => {
  it("multiplies the two levels over the whole 3 × 3 grid", () => {
    for (const c of [1, 2, 3]) for (const i of [1, 2, 3]) expect(impactScore(c, i)).toBe(c * i);
  });

  it("ranks the cells of 図 4.1-5: 1 (3,3), 2 (3,2), 3 (2,3), none elsewhere", () => {
    const ranks = [1, 2, 3].map((c) => [1, 2, 3].map((i) => impactRank(c, i)));
    expect(ranks).toEqual([
      [0, 0, 0],
      [0, 0, 3],
      [0, 2, 1],
    ]);
  });

  it.each([
    [0, 2, "1〜3の整数"],
    [4, 2, "1〜3の整数"],
    [2.5, 2, "1〜3の整数"],
    ["高", 2, "数値"],
    [null, 2, "1〜3で入力"],
  ])("refuses 重要度 %p with a Japanese message", (c, i, message) => {
    expect(() => impactScore(c, i)).toThrow(ModelError);
    expect(() => impactScore(c, i)).toThrow(message);
  });
});
