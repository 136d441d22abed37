import { CATALOGUE, evaluateFunction, findFunction } from "../../src/functions/catalogue";
import type { Arg } from "../../src/functions/arguments";
import { collapseProbabilities, earthquakeBuildingRate } from "../../src/model/building";
import { ModelError } from "../../src/model/errors";
import { COEFFICIENTS } from "../../src/model/parameters";
import { errorCodeOf } from "../../src/functions/errorCodes";
import { params } from "../helpers/params";

const fn = (id: string, ...args: Arg[]) => evaluateFunction(id, args, params);

function errorOf(id: string, ...args: Arg[]): ModelError {
  try {
    fn(id, ...args);
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error(`${id} accepted bad input`);
}

describe("correct values, one per function, from SPEC / fragility.md figures", () => {
  const wood6U = collapseProbabilities(1, 1, 6.25, params);

  it("SEISMIC_PGV: 6強 → 119 cm/s; 計測震度 6.25 the same", () => {
    expect(Math.round(fn("SEISMIC_PGV", "6強") as number)).toBe(119);
    expect(fn("SEISMIC_PGV", 6.25)).toBe(fn("SEISMIC_PGV", "6強"));
  });

  it("COLLAPSE_RATE / HALF_COLLAPSE_RATE: 木造 code 1 at 6強 ≈ 0.27 and 0.64 − 0.27", () => {
    expect(fn("COLLAPSE_RATE", 1, 1, "6強")).toBeCloseTo(wood6U.collapse, 12);
    expect(fn("COLLAPSE_RATE", 1, 1, "6強")).toBeCloseTo(0.27, 2);
    expect(fn("HALF_COLLAPSE_RATE", 1, 1, "6強")).toBeCloseTo(wood6U.halfCollapse, 12);
  });

  it("BUILDING_DAMAGE_RATE: b ≈ 0.33 (木造 code 1, 6強); 0.231 床上浸水; retrofitting rates as era 1", () => {
    expect(fn("BUILDING_DAMAGE_RATE", 1, 1, "6強")).toBeCloseTo(
      earthquakeBuildingRate(wood6U, params),
      12
    );
    expect(fn("BUILDING_DAMAGE_RATE", 1, 1, "6強")).toBeCloseTo(0.33, 2);
    expect(fn("BUILDING_DAMAGE_RATE", 2, 3, "床上浸水")).toBe(0.231);
    expect(fn("BUILDING_DAMAGE_RATE", 1, 5, "6強", 1)).toBe(
      fn("BUILDING_DAMAGE_RATE", 1, 1, "6強")
    );
  });

  it("DAMAGE_STATUS: 火災 → 全壊, 床上浸水 → 半壊, 床下浸水 → 被害なし", () => {
    expect(fn("DAMAGE_STATUS", 1, 1, "火災")).toBe("全壊");
    expect(fn("DAMAGE_STATUS", 1, 1, "床上浸水")).toBe("半壊");
    expect(fn("DAMAGE_STATUS", 1, 1, "床下浸水")).toBe("被害なし");
  });

  it("DAMAGE_RATE / DAMAGE: 床上浸水 machinery 0.498, half protected 0.249; 車両 31/87", () => {
    expect(fn("DAMAGE_RATE", "機械及び装置", "床上浸水", 1, 1)).toBe(0.498);
    expect(fn("DAMAGE_RATE", "機械及び装置", "床上浸水", 1, 1, 0.5)).toBeCloseTo(0.249, 12);
    expect(fn("DAMAGE", 87000, "車両及び運搬具", "床上浸水", 1, 1)).toBeCloseTo(31000, 9);
    expect(fn("DAMAGE", 1000, "棚卸資産", "火災", 1, 1)).toBe(750);
  });

  it("LIFELINE_DAYS: 資料16 震度7 水道 30, ガス 45, 電気 4", () => {
    expect(fn("LIFELINE_DAYS", "水道", "7")).toBe(30);
    expect(fn("LIFELINE_DAYS", "ガス", "7")).toBe(45);
    expect(fn("LIFELINE_DAYS", "電気", "7")).toBe(4);
    expect(fn("LIFELINE_DAYS", "電気", "床上浸水")).toBe(0);
  });

  it("REFERENCE_RECOVERY_DAYS: 床上浸水 建物 capped at 30; data 0 with a backup", () => {
    expect(fn("REFERENCE_RECOVERY_DAYS", "建物", "床上浸水", 1, 1)).toBe(30);
    expect(fn("REFERENCE_RECOVERY_DAYS", "都市ガス", "6強", 1, 1)).toBe(30);
    expect(fn("REFERENCE_RECOVERY_DAYS", "ガス", "6強", 1, 1)).toBe(30);
    expect(fn("REFERENCE_RECOVERY_DAYS", "データ等の情報の消失", "火災", 1, 1)).toBe(3);
    expect(fn("REFERENCE_RECOVERY_DAYS", "データ等の情報の消失", "火災", 1, 1, 0, 1)).toBe(0);
  });

  it("REOPEN_DAYS: longest essential row, blanks take the reference", () => {
    expect(fn("REOPEN_DAYS", [[2], [null], [45]], [[1], [0], [1]], [[2], [30], [80]])).toBe(45);
    expect(fn("REOPEN_DAYS", [[null], [null]], [[1], [1]], [[15], [30]])).toBe(30);
  });

  it("STOP_CASHFLOW: 表 参考.1-3, one month → 95 百万円", () => {
    expect(Math.round(fn("STOP_CASHFLOW", 1250, 108, 30) as number)).toBe(95);
  });

  it("MONTHLY_BALANCE: 表 参考.3-7 month 3 at 100 % is 75 (1,000 − 660 − 265)", () => {
    expect(fn("MONTHLY_BALANCE", 12000, 7920, 3480, 300, 1)).toBe(75);
    expect(fn("MONTHLY_BALANCE", 12000, 7920, 3480, 300, 0)).toBe(-265);
    // a catch-up month (guideline line 7055, 「稼働率 100%以上」): 表 参考.1-3's company at 120 %
    expect(fn("MONTHLY_BALANCE", 5923, 4467, 1250, 108, 1.2)).toBeCloseTo(50.43, 2);
  });

  it("CASHFLOW_TABLE: spills 15 rows × months; 表 参考.3-7 months 1-3 without extras", () => {
    const table = fn(
      "CASHFLOW_TABLE",
      12000,
      7920,
      3480,
      300,
      [[0, 0.5, 1]],
      [[0, 0, 150]]
    ) as number[][];
    expect(table).toHaveLength(15);
    expect(table[1]).toEqual([0, 500, 1000]); // 営業収入
    expect(table[5]).toEqual([-265, -95, 75]); // 事業資金収支
    expect(table[8]).toEqual([-265, -360, -435]); // 累計資金収支
  });

  it("CASHFLOW_TABLE with funding rows adds them to 総合資金収支", () => {
    const funding = [
      [100, 0],
      [0, 200],
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    const table = fn(
      "CASHFLOW_TABLE",
      12000,
      7920,
      3480,
      300,
      [[0, 1]],
      [[0, 0]],
      funding
    ) as number[][];
    expect(table[14]).toEqual([-165, 275]);
  });

  it("PEAK_SHORTAGE / PEAK_MONTH: 表 参考.3-7 資金不足総計 → 640 in month 6 (printed 641, SPEC §6)", () => {
    const cumulative = [[-265, -446, -607, -618, -629, -640, -611]];
    expect(fn("PEAK_SHORTAGE", cumulative)).toBe(640);
    expect(fn("PEAK_MONTH", cumulative)).toBe(6);
    expect(fn("PEAK_SHORTAGE", [[-265, -447, -608, -619, -630, -641, -612]])).toBe(641);
    expect(fn("PEAK_MONTH", [[1, 2]])).toBe(0);
  });

  it("BORROWING_NEED, REPAYMENT_CAPACITY, COLLATERAL_LIMIT (表 参考.2-2, 2-3, 2-5: 80 and 110)", () => {
    expect(fn("BORROWING_NEED", 95000, 65000)).toBe(30000);
    expect(fn("BORROWING_NEED", 5, 65000)).toBe(0);
    expect(fn("REPAYMENT_CAPACITY", 5000, 3000, 2000)).toBe(48000);
    expect(fn("REPAYMENT_CAPACITY", 5000, 3000, 2000, 10)).toBe(60000);
    expect(fn("COLLATERAL_LIMIT", 20000)).toBe(80000);
    expect(fn("COLLATERAL_LIMIT", 30000)).toBe(110000);
  });

  it("CHECK_VERDICT at the 5/6 and 15/16 boundaries", () => {
    expect(fn("CHECK_VERDICT", 5)).toBe("早急な取組が必要");
    expect(fn("CHECK_VERDICT", 6)).toBe("改善の余地が大きい");
    expect(fn("CHECK_VERDICT", 15)).toBe("改善の余地が大きい");
    expect(fn("CHECK_VERDICT", 16)).toBe("取組が進んでいる");
  });

  it("INSURANCE_COVERAGE and PREVENTION_VERDICT", () => {
    expect(fn("INSURANCE_COVERAGE", "店舗総合保険", "床上浸水")).toBe("△");
    expect(fn("INSURANCE_COVERAGE", "普通火災(一般物件)", "6強")).toBe("×");
    expect(fn("PREVENTION_VERDICT", 100, 60, 20)).toBe("実施を推奨");
  });

  it("accepts the BCP. prefix and lower case", () => {
    expect(findFunction("bcp.collateral_limit").id).toBe("COLLATERAL_LIMIT");
  });
});

describe("bad input classes give a Japanese #VALUE!/#N/A message", () => {
  it.each([
    ["text for a number", () => errorOf("STOP_CASHFLOW", "abc", 108, 30), "value", "数値を入力"],
    ["negative amount", () => errorOf("STOP_CASHFLOW", -1250, 108, 30), "value", "0以上"],
    ["negative days", () => errorOf("STOP_CASHFLOW", 1250, 108, -3), "value", "0以上の日数"],
    [
      "unknown asset class",
      () => errorOf("DAMAGE_RATE", "土地", "6強", 1, 1),
      "value",
      "資産の科目「土地」",
    ],
    [
      "unknown hazard",
      () => errorOf("BUILDING_DAMAGE_RATE", 1, 1, "竜巻"),
      "value",
      "災害の種類「竜巻」",
    ],
    [
      "intensity out of range",
      () => errorOf("COLLAPSE_RATE", 1, 1, 7.5),
      "value",
      "計測震度は4.5〜7",
    ],
    [
      "non-seismic hazard for a seismic function",
      () => errorOf("SEISMIC_PGV", "火災"),
      "value",
      "震度",
    ],
    [
      "structure code out of range",
      () => errorOf("COLLAPSE_RATE", 5, 1, "6強"),
      "value",
      "建物構造",
    ],
    ["era code out of range", () => errorOf("COLLAPSE_RATE", 1, 6, "6強"), "value", "建築年代"],
    ["稼働率 above 200 %", () => errorOf("MONTHLY_BALANCE", 100, 50, 30, 5, 2.5), "value", "0〜2"],
    [
      "share above 1",
      () => errorOf("DAMAGE_RATE", "機械及び装置", "6強", 1, 1, 30),
      "value",
      "0〜1",
    ],
    [
      "share for a building",
      () => errorOf("DAMAGE_RATE", "建物", "6強", 1, 1, 0.5),
      "value",
      "耐震補強",
    ],
    ["blank required value", () => errorOf("COLLATERAL_LIMIT", null), "missing", "空欄"],
    [
      "unknown lifeline",
      () => errorOf("LIFELINE_DAYS", "電話", "7"),
      "value",
      "ライフライン「電話」",
    ],
    ["yes count out of range", () => errorOf("CHECK_VERDICT", 21), "value", "0〜20"],
    [
      "unknown policy type",
      () => errorOf("INSURANCE_COVERAGE", "地震保険", "7"),
      "value",
      "保険の種類「地震保険」",
    ],
    ["mismatched ranges", () => errorOf("REOPEN_DAYS", [[1], [2]], [[1]]), "value", "同じ大きさ"],
    [
      "essential row without days",
      () => errorOf("REOPEN_DAYS", [[null]], [[1]]),
      "missing",
      "空欄",
    ],
    [
      "wrong funding shape",
      () => errorOf("CASHFLOW_TABLE", 100, 50, 30, 5, [[1, 1]], [[0, 0]], [[1, 2]]),
      "value",
      "5行",
    ],
    ["too many arguments", () => errorOf("BORROWING_NEED", 1, 2, 3), "value", "引数は2個"],
    ["too few arguments", () => errorOf("DAMAGE", 100), "value", "引数は5〜8個"],
    ["unknown function", () => errorOf("NOPE"), "value", "関数「NOPE」"],
  ] as const)("%s", (_label, run, kind, text) => {
    const error = run();
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(text);
  });
});

describe("the coefficients argument", () => {
  const column = (changes: Record<string, number>) =>
    COEFFICIENTS.map((c) => [changes[c.key] ?? c.value]);

  it("computes with the 係数 sheet's values it is given", () => {
    const byDefault = fn("STOP_CASHFLOW", 1250000, 108000, 30);
    expect(fn("STOP_CASHFLOW", 1250000, 108000, 30, column({}))).toBe(byDefault);
    // one month of 31 days instead of 30: the same stop worsens cash flow by 30/31 as much
    expect(fn("STOP_CASHFLOW", 1250000, 108000, 30, column({ DaysPerMonth: 31 }))).toBeCloseTo(
      ((byDefault as number) * 30) / 31,
      6
    );
  });

  it("returns a Japanese #VALUE! naming the coefficient that is out of its range", () => {
    const error = errorOf(
      "DAMAGE",
      150000,
      "建物",
      "6強",
      1,
      3,
      0,
      0,
      column({ BuildingCollapseWeight: 5 })
    );
    expect(errorCodeOf(error)).toBe("#VALUE!");
    expect(error.message).toContain(
      "係数「建物被害率 全壊の係数」（BuildingCollapseWeight）は0〜1"
    );
  });
});

describe("catalogue metadata", () => {
  it("has unique upper-case ids, Japanese names and both descriptions", () => {
    const ids = CATALOGUE.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of CATALOGUE) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.nameJa.length).toBeGreaterThan(0);
      // a short Japanese title (the pane and the Japanese help page show it beside BCP.<id>)
      expect(f.nameJa).toMatch(/^\p{L}[\p{L}_.]{2,}$/u);
      expect(f.descriptionJa.length).toBeGreaterThan(0);
      const firstOptional = f.params.findIndex((q) => q.optional);
      if (firstOptional >= 0)
        expect(f.params.slice(firstOptional).every((q) => q.optional)).toBe(true);
    }
  });

  it("gives every function a worked call that evaluates to its declared kind of result", () => {
    for (const f of CATALOGUE) {
      const result = fn(f.id, ...f.example);
      const kind = Array.isArray(result) ? "matrix" : typeof result;
      expect(`${f.id} ${kind}`).toBe(`${f.id} ${f.result}`);
    }
    // the worked calls that are the guideline's figures
    expect(fn("STOP_CASHFLOW", ...findFunction("STOP_CASHFLOW").example)).toBeCloseTo(95_000, -3); // 表 参考.1-3: 95 百万円
    expect(fn("COLLATERAL_LIMIT", ...findFunction("COLLATERAL_LIMIT").example)).toBe(80_000); // 表 参考.2-5
    expect(fn("PEAK_SHORTAGE", ...findFunction("PEAK_SHORTAGE").example)).toBe(640);
  });

  it("covers the catalogue the add-in publishes", () => {
    expect(CATALOGUE.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        "SEISMIC_PGV",
        "COLLAPSE_RATE",
        "HALF_COLLAPSE_RATE",
        "BUILDING_DAMAGE_RATE",
        "DAMAGE_STATUS",
        "DAMAGE_RATE",
        "DAMAGE",
        "LIFELINE_DAYS",
        "REFERENCE_RECOVERY_DAYS",
        "REOPEN_DAYS",
        "STOP_CASHFLOW",
        "MONTHLY_BALANCE",
        "CASHFLOW_TABLE",
        "PEAK_SHORTAGE",
        "BORROWING_NEED",
        "REPAYMENT_CAPACITY",
        "COLLATERAL_LIMIT",
        "CHECK_VERDICT",
      ])
    );
  });
});
