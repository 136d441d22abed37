/**
 * The headline figures of a built 中級 / 上級 workbook for a hazard, read from the evaluated
 * workbook (the user's inputs with only the hazard changed), so that scenarios can be compared
 * without touching the workbook itself.
 */
import { cellsOfRange } from "../sheets/address";
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
  /** 事前対策: C2 with the planned countermeasures, and C1 − H2 (positive when the plan pays) */
  withPlan: number;
  planSaving: number;
  monthly: number[];
  cumulative: number[];
}

function num(memory: MemoryWorkbook, name: string): number {
  const v = memory.get(name);
  return typeof v === "number" ? v : NaN;
}

function row(memory: MemoryWorkbook, summaryColumn: "B" | "C"): number[] {
  const summary = memory.names.get("BCPSHEET_summary");
  if (summary === undefined) return [];
  const cells = memory.sheets.get(summary.sheet);
  if (cells === undefined) return [];
  // the サマリー's chart table: 月 / 月次資金収支 / 累計資金収支
  const header = [...cells].find(([, c]) => c.value === "月" && c.def?.role === "header");
  if (header === undefined) return [];
  const first = Number(header[0].slice(1)) + 1;
  const refs = cellsOfRange(`${summaryColumn}${first}:${summaryColumn}${first + 23}`);
  return refs.map((ref) => {
    const v = memory.value(summary.sheet, ref);
    return typeof v === "number" ? v : 0;
  });
}

export function headlineFor(memory: MemoryWorkbook, hazard?: string): Headline {
  const place = memory.names.get("Hazard");
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
      withPlan: num(memory, "RecoveryTotal_C2"),
      planSaving: num(memory, "PreventionSaving"),
      monthly: row(memory, "B"),
      cumulative: row(memory, "C"),
    };
  } finally {
    if (hazard !== undefined) memory.set("Hazard", saved);
  }
}
