import { departmentRecovery } from "../../src/model/advanced/departments";
import { assessHazards } from "../../src/model/advanced/hazardMatrix";
import { courseWorkbook } from "../../src/sheets/course";
import { MemoryWorkbook } from "../../src/engine/memory";
import { params } from "../helpers/params";
import { COMMON_COSTS, DEPARTMENTS } from "../fixtures/departments";
import { departmentName } from "../../src/sheets/names";

function advanced() {
  const def = courseWorkbook("上級", "製造業");
  const wb = new MemoryWorkbook();
  wb.build(def);
  return { def, wb };
}

describe("上級 表 参考.2-1 sheet", () => {
  it("scores and decides like the model", () => {
    const { def, wb } = advanced();
    const sheet = def.sheets.find((s) => s.key === "advanced.hazards");
    if (!sheet) throw new Error("no sheet");
    const entries = {
      地震: { likelihood: "中", assetImpact: "大", interruptionImpact: "大" },
      水害: { likelihood: "大", assetImpact: "中", interruptionImpact: "小", decision: "否" },
      盗難: { likelihood: "中", assetImpact: "小", interruptionImpact: "小" },
    } as const;
    for (const [name, e] of Object.entries(entries)) {
      const row = sheet.cells.find((c) => c.ref.startsWith("B") && c.value === name)?.ref.slice(1);
      wb.setCell(sheet.name, `C${row}`, e.likelihood);
      wb.setCell(sheet.name, `D${row}`, e.assetImpact);
      wb.setCell(sheet.name, `F${row}`, e.interruptionImpact);
      if ("decision" in e) wb.setCell(sheet.name, `J${row}`, e.decision);
    }
    const model = assessHazards(entries, params);
    for (const m of model) {
      const row = sheet.cells
        .find((c) => c.ref.startsWith("B") && c.value === m.name)
        ?.ref.slice(1);
      expect(wb.value(sheet.name, `H${row}`)).toBe(m.score);
      expect(wb.value(sheet.name, `K${row}`)).toBe(m.decision);
    }
  });
});

describe("上級 複数部門 sheet (表 参考.3-1 … 3-5)", () => {
  it("allocates by sales ratio and totals C like the model", () => {
    const { wb } = advanced();
    const departments = DEPARTMENTS.map((d) => (d.suspended ? { ...d, assetRecoveryCost: 0 } : d));
    const common = COMMON_COSTS;
    departments.forEach((d, i) => {
      wb.set(departmentName(i, "Sales"), d.sales);
      wb.set(departmentName(i, "Variable"), d.variable);
      wb.set(departmentName(i, "Fixed"), d.allocableFixed);
      wb.set(departmentName(i, "Depreciation"), d.allocableDepreciation);
      if (i < 2) wb.set(departmentName(i, "AssetsA"), d.assetRecoveryCost);
      wb.set(departmentName(i, "StopDays"), d.stopDays);
    });
    wb.set("Common_Fixed", common.fixed);
    wb.set("Common_Depreciation", common.fixedDepreciation);
    wb.set("Common_SgaVariable", common.sgaVariable);
    wb.set("Common_SgaFixed", common.sgaFixed);
    wb.set("Common_SgaDepreciation", common.sgaDepreciation);
    const model = departmentRecovery(departments, common, params);
    model.departments.forEach((d, i) => {
      expect(wb.number(departmentName(i, "FixedAll"))).toBeCloseTo(d.fixed, 9);
      expect(wb.number(departmentName(i, "WorseningB"))).toBeCloseTo(d.cashflowWorsening, 9);
      expect(wb.number(departmentName(i, "RecoveryC"))).toBeCloseTo(d.recoveryTotal, 9);
    });
    expect(wb.number("DeptTotal_RecoveryC")).toBeCloseTo(model.recoveryTotal, 9);
    expect(wb.errors().filter((e) => e.sheet === "上級_複数部門")).toEqual([]);
  });
});
