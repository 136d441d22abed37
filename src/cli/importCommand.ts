/**
 * bcp-calc import FILE… : trial balances and asset ledgers read, mapped and reconciled; what was
 * read is printed, and with --out the figures go into a scenario file (over a --base scenario's
 * other parts). Anything unsettled — an account without a line, a total that does not agree —
 * is listed and nothing is written.
 */
import {
  type ImportOptions,
  type ImportResult,
  importFiles,
  importProblems,
} from "../accounting/importFiles";
import { LAYOUTS } from "../accounting/layouts";
import { LEDGER_CLASSES, type LedgerClass } from "../accounting/ledger";
import { type Assignment, assignmentKeyOf } from "../accounting/mapping";
import { assignmentRows, assignmentsOf, builtInRows } from "../accounting/mappingTable";
import { lineNamed } from "../accounting/lines";
import { parseCsv } from "../accounting/csv";
import { decodeText } from "../accounting/decode";
import type { Industry } from "../model/industries";
import { type ImportRecord, importRecordSheet, importRecords } from "../usecases/importInputs";
import { mappingSheet } from "../usecases/accountMapping";
import type { DateStyle } from "../forms/spec";
import type { SheetDef } from "../sheets/types";
import { thousands } from "../accounting/table";
import { COEFFICIENTS, coefficientProblem, replacementFactorKey } from "../model/parameters";
import { InputFileError, UsageError } from "./failures";
import { readBytes, readJson, writeOutput } from "./files";
import { oneOf } from "./options";

/**
 * A mapping file: 勘定科目, then the line (its label or key, or 使わない), one account a line; or
 * the workbook's 勘定科目対応 sheet saved as CSV (決算書, 勘定科目, 入れる行), read as the pane
 * reads the sheet.
 */
function readAssignments(file: string, industry: Industry): Map<string, Assignment> {
  const rows = parseCsv(decodeText(readBytes(file), file).text, file);
  const header = rows.findIndex((r) => r[0]?.trim() === "決算書" && r[1]?.trim() === "勘定科目");
  if (header >= 0) return sheetAssignments(rows.slice(header + 1), header + 2, file, industry);
  const out = new Map<string, Assignment>();
  rows.forEach((row, i) => {
    const [account, target] = row;
    if (account === undefined || account === "" || account === "勘定科目") return;
    if (target === "使わない") {
      out.set(assignmentKeyOf(account), "unused");
      return;
    }
    const line = target === undefined ? undefined : lineNamed(industry, target);
    if (line === undefined)
      throw new InputFileError(
        `対応表「${file}」${i + 1}行目の「${target ?? ""}」は${industry}の行にありません。bcp-calc import --lines で行の一覧を見られます。`
      );
    out.set(assignmentKeyOf(account), line.key);
  });
  return out;
}

/** The 勘定科目対応 sheet's rows from `first` (its line number in the file) on. */
function sheetAssignments(
  rows: readonly string[][],
  first: number,
  file: string,
  industry: Industry
): Map<string, Assignment> {
  const typed = rows.map((r, i) => ({
    row: first + i,
    statement: r[0] ?? "",
    account: r[1] ?? "",
    choice: r[2] ?? "",
  }));
  // the list the sheet chooses from, under its table, is not a row of it
  const { assignments, problems } = assignmentsOf(
    typed.filter((r) => r.account.trim() !== ""),
    industry
  );
  if (problems.length > 0) throw new InputFileError(`対応表「${file}」の${problems.join("")}`);
  return assignments;
}

/** --factor 建物=1.2,機械及び装置=1.1: the 係数 sheet's 再調達係数, checked as the sheet checks them */
function readFactors(text: string): Partial<Record<LedgerClass, number>> {
  const out: Partial<Record<LedgerClass, number>> = {};
  for (const part of text.split(",")) {
    const [cls, value] = part.split("=");
    const info = COEFFICIENTS.find((c) => c.key === replacementFactorKey(cls ?? ""));
    if (info === undefined || value === undefined || value.trim() === "")
      throw new UsageError(
        `--factor の「${part}」が読めません。${LEDGER_CLASSES.join("、")}のどれかに係数を「建物=1.2」の形で付けてください。`
      );
    const problem = coefficientProblem(info, Number(value));
    if (problem !== null) throw new UsageError(`--factor：${problem}`);
    out[cls as LedgerClass] = Number(value);
  }
  return out;
}

/** The import's options from the command line (--layout, --mapping, --factor, --labor-direct). */
export function importOptions(
  values: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
  industry: Industry
): ImportOptions {
  const layout = values.get("--layout");
  const mapping = values.get("--mapping");
  const factors = values.get("--factor");
  return {
    industry,
    ...(layout !== undefined
      ? {
          layout: oneOf(
            "--layout",
            layout,
            LAYOUTS.map((l) => l.id)
          ),
        }
      : {}),
    ...(mapping !== undefined ? { assignments: readAssignments(mapping, industry) } : {}),
    ...(factors !== undefined ? { factors: readFactors(factors) } : {}),
    ...(flags.has("--labor-direct") ? { laborDirectlyEmployed: true } : {}),
  };
}

/** Reads the files; refuses (exit 3, nothing written) while anything is unsettled. */
export function runImport(files: readonly string[], options: ImportOptions): ImportResult {
  if (files.length === 0)
    throw new UsageError(
      "import：取り込むファイルを指定してください（残高試算表・固定資産台帳の CSV）。"
    );
  const result = importFiles(
    files.map((name) => ({ name, bytes: readBytes(name) })),
    options
  );
  const unsettled = importProblems(result);
  if (unsettled.length > 0)
    throw new InputFileError(
      [
        "取り込めません。次を片付けてから、もう一度実行してください（何も書き出していません）：",
        ...unsettled.map((m) => `・${m}`),
        "科目の行は --mapping 対応表.csv（1列目に勘定科目、2列目に行の名前か「使わない」）で決められます。",
      ].join("\n")
    );
  return result;
}

/**
 * workbook --import FILE,…: the books read, the inputs they fill, and the sheets they add — the
 * record of where each value came from and the mapping used (the built-in table with the
 * --mapping file's accounts), open to change.
 */
export function workbookImport(
  files: readonly string[],
  values: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
  industry: Industry,
  today: string,
  dateStyle: DateStyle
): { records: ImportRecord[]; sheets: SheetDef[] } {
  const options = importOptions(values, flags, industry);
  const result = runImport(files, options);
  const records = importRecords(result);
  return {
    records,
    sheets: [
      importRecordSheet(result, records, today, dateStyle),
      mappingSheet(industry, [
        ...builtInRows(industry),
        ...assignmentRows(options.assignments ?? new Map(), industry),
      ]),
    ],
  };
}

/** What the command prints: the files, the figures with their origin, the totals reconciled. */
export function importReport(result: ImportResult, records: readonly ImportRecord[]): unknown {
  return {
    files: result.files,
    totals: (result.books?.totals ?? []).map((t) => ({
      total: t.label,
      printed: t.printed,
      computed: t.computed,
      agrees: t.agrees,
    })),
    inputs: records.map((r) => ({
      name: r.name,
      label: r.label,
      value: r.value,
      origin: r.origin,
    })),
    notUsed: (result.books?.notUsed ?? []).map(
      (m) => `${m.file} ${m.line.row}行目 ${m.line.label}`
    ),
    notCounted: (result.ledger?.notCounted ?? []).map(
      (a) => `${a.file} ${a.row}行目 ${a.name}（${a.classLabel}）`
    ),
  };
}

/** The scenario the import makes: the base's other parts, the imported statements, assets and cash. */
export function scenarioWithImport(
  result: ImportResult,
  baseFile: string | undefined
): Record<string, unknown> {
  const base = baseFile === undefined ? {} : (readJson(baseFile) as Record<string, unknown>);
  const out: Record<string, unknown> = { ...base };
  if (result.books !== undefined) {
    out.statements = result.books.statements;
    if (result.books.cash !== undefined)
      out.funds = {
        ...(base.funds as object | undefined),
        cash: thousands(result.books.cash.yen),
      };
  }
  if (result.ledger !== undefined) {
    const assets: Record<string, number> = {
      ...(base.assets as Record<string, number> | undefined),
    };
    for (const c of result.ledger.classes) assets[c.assetClass] = c.replacement;
    out.assets = assets;
    const era = result.ledger.oldestBuilding?.era;
    if (era !== undefined) out.building = { ...(base.building as object | undefined), era };
  }
  return out;
}

export function writeScenario(
  out: string,
  scenario: unknown,
  force: boolean,
  inputs: readonly string[]
): void {
  writeOutput(out, new TextEncoder().encode(`${JSON.stringify(scenario, null, 2)}\n`), {
    force,
    inputs,
  });
}
