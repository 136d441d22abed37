import { parseHazard, seismicClassOf } from "../../src/model/hazard";
import { params } from "../helpers/params";

describe("parseHazard", () => {
  it("reads 震度階級 at their representative intensity (fragility.md)", () => {
    expect(parseHazard("6強", params)).toEqual({
      kind: "earthquake",
      seismicClass: "6強",
      intensity: 6.25,
    });
    expect(parseHazard("震度7", params)).toEqual({
      kind: "earthquake",
      seismicClass: "7",
      intensity: 6.75,
    });
    expect(parseHazard("5弱", params)).toMatchObject({ intensity: 4.75 });
  });

  it("reads a numeric 計測震度 and classes it by the 気象庁 boundaries", () => {
    expect(parseHazard(6.3, params)).toEqual({
      kind: "earthquake",
      seismicClass: "6強",
      intensity: 6.3,
    });
    expect(parseHazard("5.5", params)).toMatchObject({ seismicClass: "6弱" });
    expect(seismicClassOf(4.5)).toBe("5弱");
    expect(seismicClassOf(4.99)).toBe("5弱");
    expect(seismicClassOf(5.0)).toBe("5強");
    expect(seismicClassOf(6.5)).toBe("7");
  });

  it("reads the non-seismic hazards", () => {
    expect(parseHazard("床上浸水", params).kind).toBe("floodAbove");
    expect(parseHazard("床下浸水", params).kind).toBe("floodBelow");
    expect(parseHazard(" 火災 ", params).kind).toBe("fire");
  });

  it("rejects intensities outside 4.5…7.0, unknown names and blanks in Japanese", () => {
    expect(() => parseHazard(4.4, params)).toThrow("4.5〜7");
    expect(() => parseHazard(7.1, params)).toThrow("計測震度");
    expect(() => parseHazard("台風", params)).toThrow("災害の種類「台風」");
    expect(() => parseHazard("", params)).toThrow("空欄");
    expect(() => parseHazard(true, params)).toThrow("災害の種類");
    expect(() => parseHazard(NaN, params)).toThrow("有限");
  });
});

describe("a hazard given as a number (guideline 震度階級 and 計測震度, SPEC §3)", () => {
  it("a whole number is the class: 7 is 震度7 (wood 1981+: b = 0.613, not 0.695 at 7.0)", () => {
    expect(parseHazard(7, params)).toMatchObject({
      kind: "earthquake",
      seismicClass: "7",
      intensity: 6.75,
    });
    expect(parseHazard("7", params)).toEqual(parseHazard(7, params));
  });

  it("5 and 6 are refused with the classes to choose from, as is 震度6", () => {
    expect(() => parseHazard(6, params)).toThrow(
      "震度6は弱か強を付けて指定してください（6弱、6強）"
    );
    expect(() => parseHazard(5, params)).toThrow("5弱、5強");
    expect(() => parseHazard("震度6", params)).toThrow("6弱、6強");
  });

  it("a decimal is a 計測震度", () => {
    expect(parseHazard(6.3, params)).toMatchObject({ seismicClass: "6強", intensity: 6.3 });
    // 気象庁: 5強 is 5.0 ≤ I < 5.5
    expect(parseHazard("5.0", params)).toMatchObject({ seismicClass: "5強", intensity: 5 });
  });
});
