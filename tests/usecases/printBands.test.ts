/**
 * The copies print every sheet readable: the 資金繰り table's months in bands one under the
 * other (the label column beside each), the per-entity forms as cards; the figures are the
 * workbook's. The print copy and the lender copy of the 上級 course with every form, sheet by sheet.
 */
import { evaluatedWorkbook } from "../../src/file/xlsx";
import { printLayout } from "../../src/sheets/print";
import type { SheetDef } from "../../src/sheets/types";
import { exportDefinition } from "../../src/usecases/export";
import { printsAsBands, withBands } from "../../src/usecases/printBands";
import { inputsFor, scenarioInputs } from "../../src/usecases/scenarioInputs";
import { contentsFor, workbookDefinition } from "../../src/usecases/workbookChoice";
import { EXAMPLE } from "../helpers/books";

const FONT_POINTS = 11;
const CHOICE = { course: "上級", industry: "製造業", forms: ["all"] } as const;

describe("the copies print every sheet at a readable size", () => {
  const def = workbookDefinition(CHOICE);
  const memory = evaluatedWorkbook(def, inputsFor(def, scenarioInputs(EXAMPLE)));

  it.each([
    ["print", { print: true, lender: false }],
    ["lender", { lender: true }],
  ] as const)("the %s copy: 8 pt or more on every sheet", (_label, kind) => {
    const copy = exportDefinition(def, memory, {
      course: "上級",
      courseLabel: "上級コース・製造業",
      today: "2026-12-02",
      contents: contentsFor(CHOICE),
      ...kind,
    });
    const small = copy.def.sheets
      .filter((s) => !s.fitOnePage)
      .map((s) => ({ sheet: s.name, points: (printLayout(s).scale * FONT_POINTS) / 100 }))
      .filter((x) => x.points < 8);
    expect(small).toEqual([]);
  });

  it("lays the 資金繰り months out in bands, each with its labels, with the workbook's figures", () => {
    const cashflow = def.sheets.find((s) => s.name === "中級_資金繰り") as SheetDef;
    expect(printsAsBands(cashflow)).toBe(true);
    const bands = withBands(cashflow, memory);
    const text = (v: unknown) => bands.cells.filter((c) => c.value === v);
    expect(bands.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["（表の続き：10ヶ月目〜18ヶ月目）", "（表の続き：19ヶ月目〜計）"])
    );
    // the 累計資金収支 row once per band, its 12th month where the second band puts it
    expect(text("累計資金収支")).toHaveLength(3);
    const place = memory.place("Cumulative_M12");
    const twelfth = place === undefined ? undefined : memory.value(place.sheet, place.ref);
    expect(bands.cells.some((c) => c.value === twelfth)).toBe(true);
    expect(bands.cells.every((c) => c.formula === undefined && c.role !== "input")).toBe(true);
    expect(bands.keepTogether).toHaveLength(2);
  });

  it("leaves a sheet that reads well as it is", () => {
    const summary = def.sheets.find((s) => s.key === "summary") as SheetDef;
    expect(withBands(summary, memory)).toBe(summary);
  });
});
