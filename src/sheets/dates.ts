/**
 * Excel date serials as the date formats of the 様式 show them, for views without Excel (the
 * preview grid): the Japanese era (as `[$-411]ggge` prints it), the Western year, or ISO.
 */
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Start of each era (first day), newest first. */
const ERAS: readonly { name: string; start: number }[] = [
  { name: "令和", start: Date.UTC(2019, 4, 1) },
  { name: "平成", start: Date.UTC(1989, 0, 8) },
  { name: "昭和", start: Date.UTC(1926, 11, 25) },
  { name: "大正", start: Date.UTC(1912, 6, 30) },
  { name: "明治", start: Date.UTC(1868, 9, 23) },
];

export type DateFormat = "dateWareki" | "dateSeireki" | "dateIso";

export function serialToUtc(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS);
}

/** An ISO date (2026-12-02) written as the workbook's date style asks: 令和8年12月2日 or 2026年12月2日. */
export function formatIsoDate(iso: string, style: "和暦" | "西暦"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  const serial = (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH) / DAY_MS;
  return formatDateSerial(serial, style === "和暦" ? "dateWareki" : "dateSeireki");
}

export function formatDateSerial(serial: number, format: DateFormat): string {
  const d = serialToUtc(serial);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (format === "dateIso")
    return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (format === "dateSeireki") return `${y}年${m}月${day}日`;
  const era = ERAS.find((e) => d.getTime() >= e.start);
  if (era === undefined) return `${y}年${m}月${day}日`;
  return `${era.name}${y - new Date(era.start).getUTCFullYear() + 1}年${m}月${day}日`;
}
