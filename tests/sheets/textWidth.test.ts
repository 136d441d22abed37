import { splitToWidth, textUnits } from "../../src/sheets/textWidth";

describe("notes split to the sheet's width", () => {
  it("counts East Asian characters about twice as wide as Latin ones", () => {
    expect(textUnits("BCP")).toBe(3);
    expect(textUnits("財務")).toBeCloseTo(4.2, 9);
  });

  it("breaks English between words, never inside one", () => {
    const lines = splitToWidth(
      "Pages are where each sheet starts when the workbook is printed in tab order.",
      20
    );
    expect(lines).toEqual([
      "Pages are where each",
      "sheet starts when",
      "the workbook is",
      "printed in tab",
      "order.",
    ]);
    for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(20);
  });

  it("cuts a word longer than the line, as it must", () => {
    expect(splitToWidth("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("breaks Japanese between characters but never before closing punctuation (禁則)", () => {
    const lines = splitToWidth("入力欄です。その他のセルは計算式です。", 11);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。）」]/);
    expect(lines.join("")).toBe("入力欄です。その他のセルは計算式です。");
  });
});
