import {
  canonicalFormula,
  hasUnboundFunction,
  sameFormula,
  storedFormula,
} from "../../../src/engine/formula/normalize";
import { parseFormula } from "../../../src/engine/formula/parse";

describe("formulas as Excel gives them back", () => {
  it("the same formula however Excel spells it: case, quotes it drops, spaces, the saved BCP name", () => {
    const written = "BCP.STOP_CASHFLOW(FixedAnnual,DepreciationAnnual,'中級_被害と復旧'!F60)";
    expect(
      sameFormula(
        written,
        "=bcp.stop_cashflow(FixedAnnual, DepreciationAnnual, 中級_被害と復旧!F60)"
      )
    ).toBe(true);
    expect(
      sameFormula(
        written,
        "=_xldudf_BCP_STOP_CASHFLOW(FIXEDANNUAL,DEPRECIATIONANNUAL,'中級_被害と復旧'!$F60)"
      )
    ).toBe(
      false // an absolute reference is a different formula
    );
    expect(
      sameFormula(
        written,
        "=_xldudf_BCP_STOP_CASHFLOW(FIXEDANNUAL,DEPRECIATIONANNUAL,'中級_被害と復旧'!F60)"
      )
    ).toBe(true);
    expect(sameFormula('IF(A1="x",1,2)', 'IF(A1="X",1,2)')).toBe(false); // text keeps its case
    expect(canonicalFormula("sum( a1 , b2 )")).toBe("SUM(A1,B2)");
  });

  it("reads Japanese sheet names without quotes, as Excel writes them", () => {
    expect(parseFormula("サマリー!B5*2")).toMatchObject({
      type: "binary",
      left: { type: "ref", sheet: "サマリー", ref: "B5" },
    });
  });

  it("stores BCP calls under the name Excel saves them with, leaving text alone", () => {
    expect(
      storedFormula('IF(A1="BCP.X(",BCP.DAMAGE_RATE("建物",Hazard,1,1,0,0),BCP.PEAK_MONTH(R1))')
    ).toBe(
      'IF(A1="BCP.X(",_xldudf_BCP_DAMAGE_RATE("建物",Hazard,1,1,0,0),_xldudf_BCP_PEAK_MONTH(R1))'
    );
    expect(hasUnboundFunction("=_xldudf_BCP_PEAK_MONTH(R1)")).toBe(true);
    expect(hasUnboundFunction("=BCP.PEAK_MONTH(R1)")).toBe(false);
  });
});
