/**
 * The headline figures of a built 中級 / 上級 workbook for a hazard, read from the evaluated
 * workbook (the user's inputs with only the hazard changed), so that scenarios can be compared
 * without touching the workbook itself.
 */
import { a1, parseA1 } from "../sheets/address";
import type { WorkbookName } from "../sheets/names";
import type { MemoryWorkbook } from "../engine/memory";

export interface Headline {
  hazard: string;
  A: number;
  B: number;
  C: number;
  D1: number;
  E: number;
  e: number;
  N: number;
  target: number | null;
  peakShortage: number;
  peakMonth: number;
  /** the fire insurance's status and estimate, and B that no insurance carries (表 参考.2-1 / 2-2) */
  insuranceStatus: string;
  insurance: number;
  uninsuredB: number;
  /** 事前対策: C2 with the planned countermeasures, and C1 − H2 (positive when the plan pays) */
  withPlan: number;
  planSaving: number;
  monthly: number[];
  cumulative: number[];
}

function num(memory: MemoryWorkbook, name: WorkbookName): number {
  const v = memory.get(name);
  return typeof v === "number" ? v : NaN;
}

/** One column of the サマリー's chart table (1: 月次資金収支, 2: 累計資金収支), month by month. */
function chartColumn(memory: MemoryWorkbook, column: 1 | 2): number[] {
  const table = memory.place("Summary_Chart");
  if (table === undefined) return [];
  const [from, to] = table.ref.split(":") as [string, string];
  const first = parseA1(from);
  const last = parseA1(to);
  const values: number[] = [];
  for (let row = first.row; row <= last.row; row++) {
    const v = memory.value(table.sheet, a1(first.column + column, row));
    values.push(typeof v === "number" ? v : 0);
  }
  return values;
}

export function headlineFor(memory: MemoryWorkbook, hazard?: string): Headline {
  const place = memory.place("Hazard");
  if (place === undefined) throw new Error("この機能は中級・上級コースのブックで使えます。");
  const saved = memory.sheets.get(place.sheet)?.get(place.ref)?.value ?? null;
  if (hazard !== undefined) memory.set("Hazard", hazard);
  try {
    const target = memory.get("TargetRecoveryDays");
    return {
      hazard: String(memory.get("Hazard") ?? ""),
      A: num(memory, "AssetRecoveryA"),
      B: num(memory, "CashflowWorseningB"),
      C: num(memory, "RecoveryTotalC"),
      D1: num(memory, "HandFunds_D1"),
      E: num(memory, "BorrowingNeedE"),
      e: num(memory, "BorrowingCapacityE"),
      N: num(memory, "ReopenDays"),
      target: typeof target === "number" ? target : null,
      peakShortage: num(memory, "PeakShortage"),
      peakMonth: num(memory, "PeakMonth"),
      insuranceStatus: String(memory.get("InsuranceStatus") ?? ""),
      insurance: num(memory, "InsuranceEstimate"),
      uninsuredB: num(memory, "UninsuredB"),
      withPlan: num(memory, "RecoveryTotal_C2"),
      planSaving: num(memory, "PreventionSaving"),
      monthly: chartColumn(memory, 1),
      cumulative: chartColumn(memory, 2),
    };
  } finally {
    if (hazard !== undefined) memory.set("Hazard", saved);
  }
}
