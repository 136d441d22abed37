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
