/** The small readers the import is made of: amounts, account names, dates and 建築年代. */
import { parseAmount } from "../../src/accounting/amount";
import { accountName } from "../../src/accounting/accountName";
import { eraOfYear, yearOf } from "../../src/accounting/ledger";
import { parseCsv } from "../../src/accounting/csv";

describe("parseAmount", () => {
  it.each([
    ["1,234,567", 1234567],
    ["１２３４", 1234],
    ["△1,000", -1000],
    ["▲500", -500],
    ["(2,000)", -2000],
    ["−300", -300],
    ["¥12,000", 12000],
    ["12,000円", 12000],
    ["0.5", 0.5],
  ])("reads %s as %d", (cell, value) => expect(parseAmount(cell)).toBe(value));

  it.each(["", "12万", "1,23", "abc", "1-2"])("does not read %s", (cell) =>
    expect(parseAmount(cell)).toBeUndefined()
  );
});

describe("accountName", () => {
  it("drops codes and spaces and reads the marks of the cost reports", () => {
    expect(accountName("4110 売上高")).toEqual({ name: "売上高" });
    expect(accountName("減価償却費(製)")).toEqual({
      name: "減価償却費",
      statementHint: "製造原価報告書",
    });
    expect(accountName("【製】修繕費")).toEqual({
      name: "修繕費",
      statementHint: "製造原価報告書",
    });
    expect(accountName("外注費（工事）")).toEqual({
      name: "外注費",
      statementHint: "完成工事原価報告書",
    });
    expect(accountName("ソフトウェア")).toEqual({ name: "ソフトウェア" });
  });
});

describe("dates and 建築年代 (表 参考.1-12)", () => {
  it.each([
    ["2005/04/01", 2005],
    ["1999-12-31", 1999],
    ["2012年3月", 2012],
    ["H17/4/1", 2005],
    ["S56.6.1", 1981],
    ["平成元年4月1日", 1989],
    ["令和3年5月10日", 2021],
  ])("reads the year of %s", (cell, year) => expect(yearOf(cell)).toBe(year));

  it("puts 1981 in the newest era and each earlier decade in the next", () => {
    expect([2020, 1981, 1980, 1971, 1970, 1961, 1960, 1951, 1950].map(eraOfYear)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5,
    ]);
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and tab-separated files", () => {
    expect(parseCsv('"a,b","say ""x""",3\r\n"two\nlines",4\n', "f")).toEqual([
      ["a,b", 'say "x"', "3"],
      ["two\nlines", "4"],
    ]);
    expect(parseCsv("勘定科目\t金額\n売上高\t100\n", "f")).toEqual([
      ["勘定科目", "金額"],
      ["売上高", "100"],
    ]);
  });
});
