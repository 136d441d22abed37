/**
 * The company's books as the diagnosis' inputs: the mapped accounts added up per line (千円), the
 * 損益計算書 of the chosen industry, and each total the files print set against the same total
 * worked out from the lines. An import is ready when every account is assigned and every printed
 * total agrees; until then `problems` says what is left, in the user's terms.
 */
import type { CostLines, FinancialStatements } from "../model/directCosting";
import type { Industry } from "../model/industries";
import { groupedYen } from "./format";
import { thousands } from "./table";
import { FILE_TOTALS, type FileTotal, type LineKey, type StatementLine, linesOf } from "./lines";
import type { MappedLine, Mapping, SourceLine } from "./mapping";

export interface ImportedValue {
  key: LineKey;
  label: string;
  /** in yen */
  yen: number;
  sources: MappedLine[];
}

export interface TotalCheck {
  total: FileTotal;
  label: string;
  /** as printed in the file, and as the imported lines make it (yen) */
  printed: number;
  computed: number;
  agrees: boolean;
  source: SourceLine;
}

export interface BooksImport {
  industry: Industry;
  values: ImportedValue[];
  totals: TotalCheck[];
  /** 現金・預金 of the balance sheet: the 手元資金 the company holds (yen) */
  cash?: { yen: number; sources: MappedLine[] };
  /** subtotals the model works out itself, and balance-sheet accounts it does not use */
  notUsed: MappedLine[];
  unassigned: SourceLine[];
  /** the 損益計算書 in 千円, as a scenario's `statements` */
  statements: FinancialStatements;
}

/** Half a yen: totals printed in yen agree when they round to the same yen. */
const YEN_TOLERANCE = 0.5;

function sumByKey(mapped: readonly MappedLine[]): Map<LineKey, MappedLine[]> {
  const byKey = new Map<LineKey, MappedLine[]>();
  for (const m of mapped)
    if (m.target.kind === "line") byKey.set(m.target.key, [...(byKey.get(m.target.key) ?? []), m]);
  return byKey;
}

function breakdown(values: ReadonlyMap<LineKey, number>, prefix: "costReport" | "sga"): CostLines {
  const out: Record<string, number> = {};
  for (const [key, yen] of values)
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = thousands(yen);
  return out;
}

function statementsOf(
  industry: Industry,
  values: ReadonlyMap<LineKey, number>,
  printedOperatingProfit: number | undefined,
  laborDirectlyEmployed: boolean
): FinancialStatements {
  const v = (k: StatementLine) => thousands(values.get(k) ?? 0);
  const below = {
    nonOperatingIncome: v("nonOperatingIncome"),
    nonOperatingExpenses: v("nonOperatingExpenses"),
    extraordinaryGains: v("extraordinaryGains"),
    extraordinaryLosses: v("extraordinaryLosses"),
    incomeTaxes: v("incomeTaxes"),
    ...(printedOperatingProfit !== undefined
      ? { plOperatingProfit: thousands(printedOperatingProfit) }
      : {}),
  };
  const sga = breakdown(values, "sga");
  switch (industry) {
    case "製造業":
      return {
        industry,
        sales: v("sales"),
        openingFinishedGoods: v("openingFinishedGoods"),
        closingFinishedGoods: v("closingFinishedGoods"),
        materialsOpening: v("materialsOpening"),
        materialsPurchases: v("materialsPurchases"),
        materialsClosing: v("materialsClosing"),
        costReport: breakdown(values, "costReport"),
        openingWip: v("openingWip"),
        closingWip: v("closingWip"),
        sga,
        ...below,
      };
    case "卸・小売業":
      return {
        industry,
        sales: v("sales"),
        openingGoods: v("openingGoods"),
        purchases: v("purchases"),
        closingGoods: v("closingGoods"),
        sga,
        ...below,
      };
    case "建設業":
      return {
        industry,
        sales: v("sales"),
        costReport: breakdown(values, "costReport"),
        laborDirectlyEmployed,
        sga,
        ...below,
      };
  }
}

/** The totals of the 損益計算書 and cost report as the imported lines make them (yen). */
export function computedTotals(
  industry: Industry,
  values: ReadonlyMap<LineKey, number>
): Partial<Record<FileTotal, number>> {
  const v = (k: StatementLine) => values.get(k) ?? 0;
  const sum = (prefix: string) =>
    [...values].filter(([k]) => k.startsWith(prefix)).reduce((s, [, y]) => s + y, 0);
  const sga = sum("sga.");
  const costReport = sum("costReport.");
  let costOfSales: number;
  const out: Partial<Record<FileTotal, number>> = { Sales: v("sales"), SGA: sga };
  if (industry === "製造業") {
    const manufacturing =
      v("materialsOpening") + v("materialsPurchases") - v("materialsClosing") + costReport;
    const cogm = manufacturing + v("openingWip") - v("closingWip");
    costOfSales = v("openingFinishedGoods") + cogm - v("closingFinishedGoods");
    Object.assign(out, { ManufacturingCost: manufacturing, COGM: cogm });
  } else if (industry === "卸・小売業")
    costOfSales = v("openingGoods") + v("purchases") - v("closingGoods");
  else {
    costOfSales = costReport;
    out.ConstructionCost = costReport;
  }
  out.CostOfSales = costOfSales;
  out.OperatingProfit = v("sales") - costOfSales - sga;
  return out;
}

export function assembleBooks(
  mapping: Mapping,
  options: { laborDirectlyEmployed?: boolean } = {}
): BooksImport {
  const { industry } = mapping;
  const byKey = sumByKey(mapping.mapped);
  const labels = new Map(linesOf(industry).map((l) => [l.key, l.label]));
  const values: ImportedValue[] = [...byKey].map(([key, sources]) => ({
    key,
    label: labels.get(key) ?? key,
    yen: sources.reduce((s, m) => s + m.amount, 0),
    sources,
  }));
  const amounts = new Map(values.map((v) => [v.key, v.yen]));
  const computed = computedTotals(industry, amounts);
  const totals: TotalCheck[] = mapping.mapped.flatMap((m) => {
    if (m.target.kind !== "total") return [];
    const c = computed[m.target.total];
    if (c === undefined) return [];
    return [
      {
        total: m.target.total,
        label: FILE_TOTALS[m.target.total],
        printed: m.amount,
        computed: c,
        agrees: Math.abs(m.amount - c) <= YEN_TOLERANCE,
        source: m,
      },
    ];
  });
  const cashLines = mapping.mapped.filter((m) => m.target.kind === "cash");
  const printedOperatingProfit = totals.find((t) => t.total === "OperatingProfit")?.printed;
  return {
    industry,
    values,
    totals,
    ...(cashLines.length > 0
      ? { cash: { yen: cashLines.reduce((s, m) => s + m.amount, 0), sources: cashLines } }
      : {}),
    notUsed: mapping.mapped.filter(
      (m) => m.target.kind === "computed" || m.target.kind === "unused"
    ),
    unassigned: mapping.unassigned,
    statements: statementsOf(
      industry,
      amounts,
      printedOperatingProfit,
      options.laborDirectlyEmployed ?? false
    ),
  };
}

/** What stops the import from filling the workbook, one sentence each (empty: ready). */
export function problems(books: BooksImport): string[] {
  const out: string[] = [];
  for (const { file, line } of books.unassigned)
    out.push(
      `「${file}」${line.row}行目の科目「${line.label}」をどの行に入れるか決まっていません。対応表で行を選ぶか「使わない」にしてください。`
    );
  return [...out, ...totalProblems(books)];
}

/** The totals a file prints that the lines read do not add up to. */
export function totalProblems(books: BooksImport): string[] {
  return books.totals
    .filter((x) => !x.agrees)
    .map(
      (t) =>
        `${t.label}がファイルの合計（${groupedYen(t.printed)}、「${t.source.file}」${t.source.line.row}行目）と読み込んだ科目からの計算（${groupedYen(t.computed)}）で${groupedYen(t.printed - t.computed)}違います。読み込んでいない科目か、行の選び方の違いがないか確かめてください。`
    );
}
