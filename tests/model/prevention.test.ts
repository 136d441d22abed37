import { comparePrevention } from "../../src/model/prevention";

describe("事前対策 (表 参考.4-1, 図 参考.4-1)", () => {
  it("C1 > H2 = F + C2: the plan is recommended", () => {
    expect(comparePrevention(100000, 60000, 20000)).toEqual({
      withoutPlan: 100000,
      withPlan: 60000,
      planCost: 20000,
      totalWithPlan: 80000,
      netSaving: 20000,
      verdict: "実施を推奨",
    });
  });

  it("C1 < H3: the plan is excessive (過剰)", () => {
    expect(comparePrevention(100000, 70000, 40000).verdict).toBe("過剰な対策");
  });

  it("equal totals", () => {
    expect(comparePrevention(100, 60, 40).verdict).toBe("費用と効果が同等");
  });

  it("refuses negative amounts", () => {
    expect(() => comparePrevention(100, 60, -1)).toThrow("災害防止対策費用");
  });
});
