import { selectCell, validateInExcel, writeValidationSheet } from "../../src/excel/check";
import { VALIDATION_SHEET } from "../../src/validation/sheet";
import { FakeRequestContext } from "../helpers/fakeExcel";
import { asExcel, builtAndFilled } from "../helpers/excelFake";

describe("validation in Excel", () => {
  it("reads a complete 中級 workbook in one round trip and finds no error", async () => {
    const { model, def } = await builtAndFilled();
    const ctx = new FakeRequestContext(model);
    const { result, readSyncs } = await validateInExcel(asExcel(ctx), def, "2026-11-22");
    expect(readSyncs).toBe(1);
    expect(ctx.syncs).toBe(1);
    expect(result.findings.filter((f) => f.severity === "エラー")).toEqual([]);
    expect(result.requiredFilled).toBe(result.requiredTotal);
  });

  it("re-running after the user fixes a cell updates the findings", async () => {
    const { model, def } = await builtAndFilled();
    const sales = model.names.get("Sales");
    model.type(sales?.sheet ?? "", sales?.ref ?? "", "");
    const before = (
      await validateInExcel(asExcel(new FakeRequestContext(model)), def, "2026-11-22")
    ).result;
    expect(before.findings.find((f) => f.rule === "required")).toMatchObject({
      sheet: sales?.sheet,
      ref: sales?.ref,
    });
    model.type(sales?.sheet ?? "", sales?.ref ?? "", 480000);
    const after = (await validateInExcel(asExcel(new FakeRequestContext(model)), def, "2026-11-22"))
      .result;
    expect(after.findings.find((f) => f.rule === "required")).toBeUndefined();
  });

  it("falls back to reading what is there when a sheet is missing", async () => {
    const { model, def } = await builtAndFilled();
    model.sheets.splice(
      model.sheets.findIndex((s) => s.name === "中級_事前対策"),
      1
    );
    const { readSyncs, result } = await validateInExcel(
      asExcel(new FakeRequestContext(model)),
      def,
      "2026-11-22"
    );
    expect(readSyncs).toBe(4);
    expect(result.findings.filter((f) => f.sheet === "中級_事前対策")).toEqual([
      expect.objectContaining({ severity: "エラー", rule: "sheet", ref: "A1" }),
    ]);
    expect(result.status).toBe("エラーあり");
  });

  it("writes the 検証結果 sheet again on every run and selects a finding's cell", async () => {
    const { model, def } = await builtAndFilled();
    const { result } = await validateInExcel(
      asExcel(new FakeRequestContext(model)),
      def,
      "2026-11-22"
    );
    await writeValidationSheet(asExcel(new FakeRequestContext(model)), result);
    await writeValidationSheet(asExcel(new FakeRequestContext(model)), result);
    expect(model.sheets.filter((s) => s.name === VALIDATION_SHEET)).toHaveLength(1);
    const ctx = new FakeRequestContext(model);
    await selectCell(asExcel(ctx), "中級_損益", "C5");
    expect(ctx.selection).toEqual({ sheet: "中級_損益", ref: "C5" });
  });
});
