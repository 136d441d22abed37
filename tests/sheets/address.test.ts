import { a1, absolute, columnIndex, columnLetter, parseA1 } from "../../src/sheets/address";

describe("A1 addresses", () => {
  test("a cell's column (0-based) and row, with or without $ and in either case", () => {
    expect(parseA1("A1")).toEqual({ column: 0, row: 1 });
    expect(parseA1("$B$7")).toEqual({ column: 1, row: 7 });
    expect(parseA1("b$7")).toEqual({ column: 1, row: 7 });
    expect(parseA1("AA10")).toEqual({ column: 26, row: 10 });
    expect(parseA1("XFD1048576")).toEqual({ column: 16383, row: 1048576 });
  });

  test.each(["", "7", "B", "$", "B7:C8", "ABCD1", "B7 ", "Ｂ7", "B-7", "Sheet!B7"])(
    "%p is not a cell address",
    (ref) => expect(() => parseA1(ref)).toThrow("Not an A1 address")
  );

  test("letters, indexes and addresses turn back into each other", () => {
    for (const column of [0, 25, 26, 701, 702, 16383]) {
      expect(columnIndex(columnLetter(column))).toBe(column);
      expect(parseA1(a1(column, 12))).toEqual({ column, row: 12 });
    }
    expect(absolute("c12")).toBe("$C$12");
  });
});
