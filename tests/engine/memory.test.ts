import { courseWorkbook } from "../../src/sheets/course";
import { MemoryWorkbook } from "../../src/engine/memory";

describe("rebuilding the in-memory workbook", () => {
  it("keeps typed inputs and their results, and brings formulas back to the definition", () => {
    const wb = new MemoryWorkbook();
    const def = courseWorkbook("中級", "卸・小売業");
    const first = wb.build(def);
    expect(first.created).toHaveLength(def.sheets.length);
    wb.set("Sales", 120000);
    wb.set("Cash", 30000);
    const again = wb.build(def);
    expect(again.created).toEqual([]);
    expect(again.updated).toHaveLength(def.sheets.length);
    expect(again.keptInputs).toBeGreaterThan(50);
    expect(wb.get("Sales")).toBe(120000);
    expect(wb.get("HandFunds_D1")).toBe(30000);
  });

  it("reports a renamed sheet instead of adding it twice", () => {
    const wb = new MemoryWorkbook();
    const def = courseWorkbook("中級", "建設業");
    wb.build(def);
    wb.rename("中級_損益", "損益2025");
    const report = wb.build(def);
    expect(report.renamed).toEqual([{ sheet: "中級_損益", now: "損益2025" }]);
    expect(wb.sheets.has("中級_損益")).toBe(false);
  });
});
