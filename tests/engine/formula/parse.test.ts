import { FormulaSyntaxError, parseFormula } from "../../../src/engine/formula/parse";

describe("parseFormula", () => {
  it("reads strings with doubled quotes and quoted sheet names with doubled apostrophes", () => {
    expect(parseFormula('="a""b"&C1')).toEqual({
      type: "binary",
      op: "&",
      left: { type: "string", value: 'a"b' },
      right: { type: "ref", sheet: undefined, ref: "C1" },
    });
    expect(parseFormula("'O''Neil 集計'!$B$2:C3")).toEqual({
      type: "range",
      sheet: "O'Neil 集計",
      from: "$B$2",
      to: "C3",
    });
  });

  it("reads names, calls and precedence", () => {
    expect(parseFormula("BCP.STOP_CASHFLOW(FixedAnnual,DepreciationAnnual,30)-1*2")).toMatchObject({
      type: "binary",
      op: "-",
      left: {
        type: "call",
        fn: "BCP.STOP_CASHFLOW",
        args: [{ type: "name" }, { type: "name" }, { type: "number", value: 30 }],
      },
      right: { type: "binary", op: "*" },
    });
  });

  it("refuses unterminated text and a sheet name without !", () => {
    expect(() => parseFormula('="abc')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula("'Sheet1")).toThrow("unterminated sheet name");
    expect(() => parseFormula("'Sheet1'A1")).toThrow("expected !");
  });
});
