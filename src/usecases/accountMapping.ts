/**
 * The 勘定科目対応 sheet: the account mapping an import uses, in the workbook where the accountant
 * can read and change it. It starts as the built-in table of the industry; a row changed, or
 * added inside the table, is the user's assignment from the next import on. The import reads the
 * sheet through its names (the table as long as the workbook has it) before it maps anything.
 */
import type { Target } from "../accounting/accounts";
import { type TypedRow, builtInRows, choiceText, choicesOf } from "../accounting/mappingTable";
import type { WorkbookHost } from "../engine/host";
import { STATEMENTS, type Statement } from "../accounting/statements";
import type { Industry } from "../model/industries";
import type { MemoryWorkbook } from "../engine/memory";
import type { Layout } from "../engine/snapshot";
import { a1, cellsOfRange, parseA1 } from "../sheets/address";
import { SheetBuilder } from "../sheets/builder";
import type { DefinedName } from "../sheets/names";
import type { SheetDef } from "../sheets/types";

export const MAPPING_SHEET = "勘定科目対応";
const TABLE = "AccountMap";
const COLUMNS = {
  statement: "AccountMap_Statement",
  account: "AccountMap_Account",
  choice: "AccountMap_Line",
} as const satisfies Record<string, DefinedName>;

const HEADERS = ["決算書", "勘定科目", "入れる行（固定費・変動費は指針の区分）"];

const LEGEND =
  "黄色の列を書き換えると、次の取込からその対応を使います。科目を足すときは表の中に行を挿入してください。";

/** A row as the sheet writes it: its three texts (a statement left blank: any statement). */
export interface SheetRow {
  statement?: string | undefined;
  account: string;
  choice: string;
}

/**
 * The sheet with these rows (blank rows at the end keep a table the user lengthened as long).
 * The 入れる行 column chooses from the list under the table, longer than a list typed into a
 * validation rule may be; rows inserted in the table move the list and its reference down.
 */
export function mappingSheet(industry: Industry, rows: readonly (SheetRow | null)[]): SheetDef {
  const s = new SheetBuilder(
    "import.mapping",
    MAPPING_SHEET,
    [16, 26, 50],
    { unprotected: true, workingSheet: true, freeze: { rows: 3, columns: 0 } },
    LEGEND
  );
  s.title(`勘定科目対応（会計ソフトの科目 → ${industry}の入力行）`, null);
  s.header(HEADERS);
  const header = s.row - 1;
  const first = s.row;
  const count = Math.max(rows.length, 1);
  const lastRow = first + count - 1;
  const choices = choicesOf(industry);
  const listTop = lastRow + 3;
  const source = `$C$${listTop}:$C$${listTop + choices.length - 1}`;
  for (let i = 0; i < count; i++) {
    const row = rows[i] ?? null;
    const text = (value: string | undefined) => (value === undefined ? {} : { value });
    s.input(0, {
      format: "text",
      validation: { type: "list", values: STATEMENTS },
      ...text(row?.statement),
    });
    s.input(1, { format: "text", ...text(row?.account) });
    s.input(2, {
      format: "text",
      validation: { type: "list", values: choices.map((c) => c.text), source },
      ...text(row?.choice),
    });
    s.row += 1;
  }
  s.skip();
  s.header(["入れる行に選べるもの"], 2);
  for (const c of choices) {
    s.label(2, c.text);
    s.row += 1;
  }
  s.addTable({
    name: TABLE,
    ref: `A${header}:C${lastRow}`,
    columns: HEADERS,
  });
  s.nameRange(COLUMNS.statement, `A${first}:A${lastRow}`);
  s.nameRange(COLUMNS.account, `B${first}:B${lastRow}`);
  s.nameRange(COLUMNS.choice, `C${first}:C${lastRow}`);
  // the mapping prints; the list it chooses from is for the screen
  return { ...s.build(), printArea: `A1:C${lastRow}` };
}

/** The sheet as a new workbook gets it: the built-in table of the industry. */
export function builtInMappingSheet(industry: Industry): SheetDef {
  return mappingSheet(industry, builtInRows(industry));
}

/** The sheet laid out for reading: its table as long as the workbook's. */
export function mappingLayout(industry: Industry): Layout {
  return (shape) => ({
    sheets: [mappingSheet(industry, new Array(shape.tableRows[TABLE] ?? 0).fill(null))],
  });
}

/** The rows the workbook's sheet holds now, by its names. */
export function mappingRowsOf(memory: MemoryWorkbook): TypedRow[] {
  const place = memory.place(COLUMNS.account);
  if (place === undefined) return [];
  const text = (column: number, row: number) => {
    const v = memory.value(place.sheet, a1(column, row));
    return v === null || typeof v === "object" ? "" : String(v);
  };
  return cellsOfRange(place.ref).map((ref) => {
    const { row } = parseA1(ref);
    return { row, statement: text(0, row), account: text(1, row), choice: text(2, row) };
  });
}

/** Whether the workbook has the sheet (by the names its table defines). */
export const hasMappingSheet = (definedNames: ReadonlySet<string>): boolean =>
  definedNames.has(COLUMNS.account);

/**
 * The rows the mapping starts from: the workbook's sheet as it is now, or the built-in table of
 * the industry when the workbook has none yet.
 */
export async function mappingRows(
  host: WorkbookHost,
  industry: Industry,
  onSheet: boolean
): Promise<TypedRow[]> {
  if (onSheet) return mappingRowsOf((await host.read(mappingLayout(industry))).memory);
  return builtInRows(industry).map((r, i) => ({
    row: i + 1,
    statement: r.statement ?? "",
    account: r.account,
    choice: r.choice,
  }));
}

/** The sheet's rows with the user's new assignments added at the end. */
export function withAssignments(
  rows: readonly TypedRow[],
  added: readonly { statement: Statement | undefined; account: string; target: Target }[],
  industry: Industry
): SheetRow[] {
  const kept = rows.filter((r) => r.account.trim() !== "");
  return [
    ...kept.map((r) => ({
      statement: r.statement,
      account: r.account,
      choice: r.choice,
    })),
    ...added.map((a) => ({
      statement: a.statement,
      account: a.account,
      choice: choiceText(a.target, industry),
    })),
  ];
}
