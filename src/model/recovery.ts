/**
 * Recovery days (資料16 (3), 表 参考.1-17): lifeline days by seismic class, reference recovery
 * days of each asset from its damage rate, and the predicted days until business reopens (N).
 */
import { type AssetClass, type DamageContext, damageRate } from "./damage";
import { invalid, missing } from "./errors";
import type { Hazard } from "./hazard";
import { intensityKey } from "./hazard";
import type { LifelineKey, Parameters } from "./parameters";

export const LIFELINES = ["電気", "水道", "ガス"] as const;
export type Lifeline = (typeof LIFELINES)[number];

const LIFELINE_KEY: Record<Lifeline, LifelineKey> = { 電気: "Power", 水道: "Water", ガス: "Gas" };

/** Days until a lifeline is back: 0 below 6弱 and for floods and fire (資料16 (3)). */
export function lifelineDays(lifeline: Lifeline, hazard: Hazard, params: Parameters): number {
  if (hazard.kind !== "earthquake") return 0;
  const key = intensityKey(hazard.seismicClass);
  if (key !== "I6L" && key !== "I6U" && key !== "I7") return 0;
  return params[`Lifeline_${key}_${LIFELINE_KEY[lifeline]}`];
}

/** The resources of 表 参考.1-17, in its order. */
export const RECOVERY_RESOURCES = [
  "電気",
  "水道",
  "都市ガス",
  "建物",
  "建物附属設備",
  "機械及び装置",
  "工具・器具・備品",
  "構築物",
  "車両及び運搬具",
  "データ等の情報の消失",
] as const;
export type RecoveryResource = (typeof RECOVERY_RESOURCES)[number];

/** The asset whose damage rate sets a resource's reference days (データ消失: the tools rate). */
export const RATED_BY: Readonly<Partial<Record<RecoveryResource, AssetClass>>> = {
  建物: "建物",
  建物附属設備: "建物附属設備",
  機械及び装置: "機械及び装置",
  "工具・器具・備品": "工具・器具・備品",
  構築物: "構築物",
  車両及び運搬具: "車両及び運搬具",
  データ等の情報の消失: "工具・器具・備品",
};

/** Names accepted for a resource besides its 表 参考.1-17 label. */
export const RESOURCE_ALIASES: Readonly<Record<string, RecoveryResource>> = {
  ガス: "都市ガス",
  データ: "データ等の情報の消失",
  データ消失: "データ等の情報の消失",
  工具や器具及び備品: "工具・器具・備品",
};

// Whole days, rounded up: a business cannot reopen part-way through a day (前提（本ツール）).
function wholeDays(days: number): number {
  return Math.max(0, Math.ceil(days - 1e-9));
}

/** 参考（標準的な復旧日数） of one resource. */
export function referenceRecoveryDays(resource: RecoveryResource, ctx: DamageContext): number {
  const { params, hazard } = ctx;
  switch (resource) {
    case "電気":
      return lifelineDays("電気", hazard, params);
    case "水道":
      return lifelineDays("水道", hazard, params);
    case "都市ガス":
      return lifelineDays("ガス", hazard, params);
    case "建物":
    case "建物附属設備": {
      const days = params.RecoveryDaysBuilding * damageRate(resource, ctx);
      return wholeDays(
        hazard.kind === "floodAbove" ? Math.min(days, params.RecoveryDaysBuildingFloodCap) : days
      );
    }
    case "機械及び装置":
      return wholeDays(params.RecoveryDaysMachinery * damageRate(resource, ctx));
    case "構築物":
      return wholeDays(params.RecoveryDaysStructures * damageRate(resource, ctx));
    case "工具・器具・備品":
      return wholeDays(params.RecoveryDaysTools * damageRate(resource, ctx));
    case "車両及び運搬具":
      return wholeDays(params.RecoveryDaysVehicles * damageRate(resource, ctx));
    case "データ等の情報の消失":
      // バックアップ済みなら消失しない (SPEC §3, 前提（本ツール）)
      return ctx.countermeasures.dataBackup
        ? 0
        : wholeDays(params.RecoveryDaysData * damageRate("工具・器具・備品", ctx));
  }
}

export interface RecoveryRow {
  label?: string;
  /** the user's own 復旧日数; null or undefined means the reference value is used */
  days?: number | null;
  reference?: number | null;
  /** 事業再開に不可欠 (1) */
  essential: boolean;
}

export interface ReopenResult {
  /** 営業再開日数予想結果 N */
  days: number;
  /** index of the row that sets N, or -1 when no row is essential */
  limitingRow: number;
  /** the days each row counts with (user value or reference) */
  usedDays: number[];
}

/** N = the longest recovery among the resources essential to reopening (表 参考.1-17). */
export function reopenDays(rows: readonly RecoveryRow[]): ReopenResult {
  let days = 0;
  let limitingRow = -1;
  const usedDays = rows.map((row, i) => {
    const name = row.label ?? `${i + 1}行目`;
    const own = row.days;
    const used = own === null || own === undefined ? row.reference : own;
    if (used === null || used === undefined) {
      if (row.essential)
        throw missing(`${name}の復旧日数が空欄で、参考日数もありません。日数を入力してください。`);
      return 0;
    }
    if (!Number.isFinite(used) || used < 0)
      throw invalid(`${name}の復旧日数は0以上の数値で入力してください。`);
    if (row.essential && (limitingRow === -1 || used > days)) {
      days = used;
      limitingRow = i;
    }
    return used;
  });
  return { days, limitingRow, usedDays };
}
