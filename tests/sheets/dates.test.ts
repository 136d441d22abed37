import { formatDateSerial } from "../../src/sheets/dates";

const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("dates of the 様式 as the preview shows them", () => {
  it.each([
    [2026, 11, 22, "令和8年11月22日"],
    [2019, 5, 1, "令和1年5月1日"],
    [2019, 4, 30, "平成31年4月30日"],
    [1989, 1, 7, "昭和64年1月7日"],
  ])("%d-%d-%d in the era calendar is %s", (y, m, d, text) => {
    expect(formatDateSerial(serial(y, m, d), "dateWareki")).toBe(text);
  });

  it("in the Western calendar and ISO", () => {
    expect(formatDateSerial(serial(2026, 11, 22), "dateSeireki")).toBe("2026年11月22日");
    expect(formatDateSerial(serial(2026, 1, 5), "dateIso")).toBe("2026-01-05");
    expect(serial(2026, 11, 22)).toBe(46348);
  });
});
