/**
 * 様式04, the employee's card: its front and back side by side on a portrait page, each in one
 * half, so that the sheet folds down the middle into a card with a side on each face (and in
 * half again for a pocket); the entries keep their names.
 */
import { printLayout } from "../../src/sheets/print";
import { parseA1 } from "../../src/sheets/address";
import type { SheetDef } from "../../src/sheets/types";
import { workbookDefinition } from "../../src/usecases/workbookChoice";

const FONT_POINTS = 11;

describe("様式04 as a folded card", () => {
  const card = workbookDefinition({
    course: "中級",
    industry: "製造業",
    forms: ["04"],
    formsOnly: true,
  }).sheets.find((s) => s.name === "様式04_携帯カード") as SheetDef;
  const columnOf = (name: string) =>
    parseA1(card.cells.find((c) => c.name === name)?.ref ?? "A1").column;

  it("puts the front's entries in the left half and the back's in the right half", () => {
    expect(columnOf("Form04_Address")).toBe(1);
    expect(columnOf("Form04_HomePhone")).toBe(4);
    expect(columnOf("Form04_President")).toBe(4);
    const heading = (text: string) => card.cells.find((c) => String(c.value).startsWith(text));
    expect(parseA1(heading("〔表面〕")?.ref ?? "").column).toBe(0);
    expect(parseA1(heading("〔裏面〕")?.ref ?? "").column).toBe(3);
    // both sides start on the same row
    expect(parseA1(heading("〔表面〕")?.ref ?? "").row).toBe(
      parseA1(heading("〔裏面〕")?.ref ?? "").row
    );
  });

  it("prints on one portrait page at a readable size, each side within its half", () => {
    const layout = printLayout(card);
    expect(card.landscape).toBeFalsy();
    expect(layout.pages).toBe(1);
    expect((layout.scale * FONT_POINTS) / 100).toBeGreaterThanOrEqual(8);
    const [front, gap, back] = [
      card.columnWidths.slice(0, 2).reduce((a, b) => a + b, 0),
      card.columnWidths[2] as number,
      card.columnWidths.slice(3, 5).reduce((a, b) => a + b, 0),
    ];
    expect(front).toBe(back);
    expect(gap).toBeLessThan(front / 10);
  });
});
