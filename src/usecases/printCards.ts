/**
 * A per-entity form (one organisation, employee, customer or supplier a row, twenty columns
 * wide) as the copies print it: one card per entity, its columns as label and value two pairs to
 * a line, on portrait pages that never split a card. The workbook keeps the table; only the
 * printed document changes, so a wide table no longer prints at a scale nobody can read.
 */
import type { MemoryWorkbook } from "../engine/memory";
import { isError } from "../engine/formula/evaluate";
import { a1, parseA1 } from "../sheets/address";
import { SheetBuilder } from "../sheets/builder";
import { cellsByRow, printsTooSmall } from "../sheets/print";
import type { CellDef, SheetDef, TableDef } from "../sheets/types";

/** Tables wider than this print as cards, where the sheet would print below 8 pt. */
const CARD_COLUMNS = 8;
/** Cards printed empty, to fill in by hand, when the table has no entry yet. */
const BLANK_CARDS = 3;

/** The table a sheet prints as cards: one that wide, on a sheet too small to read in print. */
function wideTable(def: SheetDef): TableDef | undefined {
  const table = def.tables?.find((t) => t.columns.length > CARD_COLUMNS);
  return table !== undefined && printsTooSmall(def) ? table : undefined;
}

export const printsAsCards = (def: SheetDef): boolean => wideTable(def) !== undefined;

function rowsOf(table: TableDef): { header: number; first: number; last: number; left: number } {
  const [from, to] = table.ref.split(":") as [string, string];
  const start = parseA1(from);
  return { header: start.row, first: start.row + 1, last: parseA1(to).row, left: start.column };
}

/** The texts of a row of the sheet outside the table (titles and notes), joined. */
function textOf(cells: readonly CellDef[]): string {
  return cells
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string" && v !== "")
    .join(" ");
}

/** The sheet with its wide table as cards; any other sheet as it is. */
export function withCards(def: SheetDef, memory: MemoryWorkbook): SheetDef {
  const table = wideTable(def);
  if (table === undefined) return def;
  const { header, first, last, left } = rowsOf(table);
  const byRow = cellsByRow(def);
  const cellAt = new Map(def.cells.map((c) => [c.ref, c]));
  // labels wide enough for one line each, values beside them; two pairs fit a portrait page
  const s = new SheetBuilder(def.key, def.name, [24, 16, 24, 16], {
    ...(def.personalData ? { personalData: true } : {}),
  });
  // the sheet's own first line (in a copy, the copy's legend, without the workbook's marker)
  const legend = cellAt.get("A1");
  // what the form says above and below its table, in its order (the legend is the builder's)
  const around = (rows: number[]) => {
    for (const row of rows) {
      const cells = byRow.get(row) ?? [];
      const text = textOf(cells);
      if (text === "") s.skip();
      else if (cells.some((c) => c.role === "title")) s.title(text, null);
      else s.note(text);
    }
  };
  const rowNumbers = [...byRow.keys()].sort((a, b) => a - b);
  around(rowNumbers.filter((r) => r > 1 && r < header));

  const entries: { row: number; values: unknown[] }[] = [];
  for (let row = first; row <= last; row++) {
    const values = table.columns.map((_, i) => memory.value(def.name, a1(left + i, row)));
    if (values.some((v) => v !== null && v !== "" && !isError(v))) entries.push({ row, values });
  }
  const cards =
    entries.length > 0
      ? entries
      : Array.from({ length: BLANK_CARDS }, () => ({ row: first, values: [] as unknown[] }));
  cards.forEach((entry, n) => {
    const start = s.row;
    const heading = [entry.values[0], entry.values[1]].filter(
      (v) => typeof v === "string" || typeof v === "number"
    );
    s.title(`〔${n + 1}〕${heading.length > 0 ? ` ${heading.join("　")}` : ""}`, null);
    for (let i = 0; i < table.columns.length; i += 2) {
      for (const k of [i, i + 1]) {
        if (k >= table.columns.length) continue;
        const column = (k - i) * 2;
        s.label(column, table.columns[k] as string);
        const v = entry.values[k];
        const format = cellAt.get(a1(left + k, entry.row))?.format;
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
          s.value(column + 1, v, format);
      }
      s.row += 1;
    }
    s.keepTogether(start);
    s.skip();
  });
  around(rowNumbers.filter((r) => r > last));
  const built = s.build();
  if (legend === undefined) return built;
  return { ...built, cells: built.cells.map((c) => (c.ref === "A1" ? legend : c)) };
}
