import { courseWorkbook, rowOfLabel } from "../../src/sheets/course";
import { a1 } from "../../src/sheets/address";
import { MemoryWorkbook } from "../../src/engine/memory";
import { loadIntoHyperFormula } from "../helpers/hyperformula";
import type { WorkbookName } from "../../src/sheets/names";

function basicWorkbook(severity: "全壊" | "半壊") {
  const def = courseWorkbook("基本", "製造業");
  const wb = new MemoryWorkbook();
  wb.build(def);
  const sheet = def.sheets.find((s) => s.key === "basic.recovery");
  if (sheet === undefined) throw new Error("no recovery sheet");
  // 表 参考.1-1: 建物 全壊 180 days 90,000 / 半壊 60 days 30,000; 機械 全壊 50,000 / 半壊 20,000; 器具 5,000
  const first = rowOfLabel(sheet, "建物");
  const typed: [number, number, number][] = [
    [0, 180, 90000],
    [1, 60, 30000],
    [2, 90, 50000],
    [3, 30, 20000],
    [6, 10, 5000],
  ];
  for (const [offset, days, cost] of typed) {
    wb.setCell(sheet.name, a1(2, first + offset), days);
    wb.setCell(sheet.name, a1(3, first + offset), cost);
  }
  wb.set("Basic_Severity", severity);
  wb.set("Basic_Sales", 600000);
  wb.set("Basic_Fixed", 180000);
  wb.set("Basic_Depreciation", 12000);
  wb.set("Basic_Cash", 40000);
  wb.set("Basic_Insurance", 30000);
  wb.set("Basic_Held2", 1);
  wb.set("Basic_Hazard", "火災");
  return { wb, def };
}

describe("基本コース (表 参考.1-1, 3-1, 参考.4)", () => {
  it("全壊: A sums the 全壊 rows and 器具; B is the cash fixed cost of the longest recovery", () => {
    const { wb } = basicWorkbook("全壊");
    expect(wb.errors()).toEqual([]);
    expect(wb.number("Basic_AssetsA")).toBe(145000);
    expect(wb.number("Basic_LongestDays")).toBe(180);
    expect(wb.number("Basic_InterruptionB")).toBeCloseTo(((180000 - 12000) / 12) * 6, 9);
    expect(wb.number("Basic_RecoveryC")).toBeCloseTo(145000 + 84000, 9);
    expect(wb.number("Basic_HandFundsD1")).toBe(70000);
    expect(wb.get("Basic_Verdict")).toContain("不足");
    expect(wb.get("Basic_CashVerdict")).toBe(
      "月商1ヶ月分に足りません。被災直後の支払に備えて積み増しを検討しましょう。"
    );
    expect(wb.get("Basic_InsuranceStatus")).toBe("補償対象");
  });
});

describe("基本コース: 半壊 and the engines agree", () => {
  it("半壊: the 半壊 rows only", () => {
    const { wb } = basicWorkbook("半壊");
    expect(wb.number("Basic_AssetsA")).toBe(55000);
    expect(wb.number("Basic_LongestDays")).toBe(60);
  });

  it("HyperFormula gives the same figures", () => {
    const { wb, def } = basicWorkbook("全壊");
    const inputs = Object.fromEntries(
      [
        "Basic_Severity",
        "Basic_Sales",
        "Basic_Fixed",
        "Basic_Depreciation",
        "Basic_Cash",
        "Basic_Insurance",
        "Basic_Held2",
        "Basic_Hazard",
      ].map((n) => [n, wb.get(n as WorkbookName) as string | number])
    );
    const hf = loadIntoHyperFormula(def, inputs);
    expect(hf.get("Basic_InterruptionB")).toBe(0); // no rows typed in HyperFormula: longest recovery 0 days
    expect(hf.get("Basic_HandFundsD1")).toBe(70000);
    expect(hf.get("Basic_InsuranceStatus")).toBe("補償対象");
  });
});
