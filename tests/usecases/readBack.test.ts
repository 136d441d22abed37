import { courseWorkbook } from "../../src/sheets/course";
import { evaluateScenario } from "../../src/model/scenario";
import { headlineFor } from "../../src/usecases/readBack";
import { evaluatedWorkbook } from "../../src/file/xlsx";
import { scenarioInputs } from "../../src/usecases/scenarioInputs";
import { example } from "../helpers/excelFake";

describe("headline figures per hazard from the workbook", () => {
  const def = courseWorkbook("中級", "製造業");
  const memory = evaluatedWorkbook(def, scenarioInputs(example));

  it.each(["6強", "7", "火災"])(
    "%s matches the model, and the workbook keeps its own hazard",
    (hazard) => {
      const h = headlineFor(memory, hazard);
      const m = evaluateScenario({
        ...example,
        hazard,
        cashflow: { ...example.cashflow, months: 24 },
      });
      expect(h.C).toBeCloseTo(m.C, 4);
      expect(h.N).toBe(m.N);
      expect(h.peakShortage).toBeCloseTo(m.peakShortage, 4);
      expect(h.withPlan).toBeCloseTo(m.prevention?.withPlan ?? NaN, 4);
      expect(h.planSaving).toBeCloseTo(m.prevention?.netSaving ?? NaN, 4);
      // 表 参考.2-1 / 2-2: the claim and the B no insurance carries, per hazard
      expect(h.insuranceStatus).toBe(m.insurance.status);
      expect(h.insurance).toBeCloseTo(m.insurance.total, 4);
      expect(h.uninsuredB).toBeCloseTo(m.insurance.profit.uninsuredB, 4);
      expect(h.monthly).toHaveLength(24);
      expect(memory.get("Hazard")).toBe("6強");
    }
  );
});
