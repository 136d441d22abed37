import { NameMap } from "../../src/engine/names";
import { courseFromSnapshot, placeOf, shapeOf } from "../../src/engine/snapshot";
import type { SheetDef } from "../../src/sheets/types";

const SHEET: SheetDef = {
  key: "test.sheet",
  name: "試算",
  columnWidths: [20, 12],
  cells: [
    { ref: "A1", role: "label", value: "売上高" },
    { ref: "B1", role: "input", name: "Sales" },
    { ref: "A2", role: "label", value: "原価" },
    { ref: "B2", role: "input", name: "Cash" },
    { ref: "A3", role: "label", value: "利益" },
    { ref: "B3", role: "formula", formula: "Sales-Cash", name: "NetIncome" },
    { ref: "B4", role: "formula", formula: "NetIncome*2" },
  ],
  rangeNames: [{ name: "Form09_Plan_Item", ref: "A6:A7" }],
  tables: [{ name: "Form09_Plan", ref: "A5:A7", columns: ["項目"] }],
};

const names = (entries: Record<string, string>) => new NameMap(Object.entries(entries));

describe("placeOf", () => {
  it("reads a name's reference, quoted or not, and knows a deleted sheet's", () => {
    expect(placeOf("='様式 09'!$A$8:$A$22")).toEqual({ sheet: "様式 09", ref: "A8:A22" });
    expect(placeOf("=中級_損益!$C$4")).toEqual({ sheet: "中級_損益", ref: "C4" });
    expect(placeOf("=#REF!$C$4")).toBe("broken");
  });
});

describe("courseFromSnapshot", () => {
  it("finds cells through the names after rows were inserted above them, and holds what the workbook shows", () => {
    // the user inserted two rows at the top: everything moved down by 2
    const snapshot = {
      sheets: new Map([
        [
          "試算",
          {
            top: 3,
            left: 0,
            formulas: [
              ["売上高", "='決算書'!C5"],
              ["原価", 300],
              ["利益", 999], // typed over the formula
              ["", "=NetIncome*2"],
            ],
            values: [
              ["売上高", 1000],
              ["原価", 300],
              ["利益", 999],
              ["", 1998],
            ],
          },
        ],
      ]),
      names: names({ Sales: "=試算!$B$3", Cash: "=試算!$B$4", NetIncome: "=試算!$B$5" }),
    };
    const { memory, missing } = courseFromSnapshot({ sheets: [SHEET] }, snapshot);
    expect(missing).toEqual([]);
    expect(memory.get("Sales")).toBe(1000); // the link's result
    expect(memory.get("NetIncome")).toBe(999); // as typed over the formula
    expect(memory.sheets.get("試算")?.get("B3")).toMatchObject({ value: 999 });
    expect(memory.value("試算", "B4")).toBe(1998); // Excel's own result, found below the anchor
  });

  it("reports a sheet the workbook lacks", () => {
    const { missing } = courseFromSnapshot(
      { sheets: [SHEET] },
      { sheets: new Map(), names: names({}) }
    );
    expect(missing).toEqual(["試算"]);
  });
});

describe("shapeOf", () => {
  it("gives a table the rows its column's name has now", () => {
    expect(shapeOf({ sheets: [SHEET] }, names({ Form09_Plan_Item: "=試算!$A$6:$A$9" }))).toEqual({
      tableRows: { Form09_Plan: 4 },
    });
    expect(shapeOf({ sheets: [SHEET] }, names({ Form09_Plan_Item: "=試算!$A$6:$A$7" }))).toEqual({
      tableRows: {},
    });
  });
});
