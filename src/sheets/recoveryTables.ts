/**
 * The rows of 表 参考.1-1 / 1-2 / 1-3 (基本コース: the company's own estimate of recovery by asset
 * and 損害の程度), which the 中級 tables 参考.1-9 … 1-11 repeat.
 */
import type { AssetClass } from "../model/damage";
import type { Industry } from "../model/directCosting";

export interface DamageRow {
  asset: string;
  severity: string | null; // null: one row whatever the severity
  /** the 中級 asset classes this row covers, for filling the 基本 course from a scenario */
  classes: readonly AssetClass[];
}

const BUILDING: readonly AssetClass[] = ["建物", "建物附属設備", "構築物"];

/** 表 参考.1-1 / 1-2 / 1-3 rows: asset and 損害の程度. */
export const RECOVERY_TABLES: Record<Industry, { table: string; rows: DamageRow[] }> = {
  製造業: {
    table: "表 参考.1-1 復旧費用の算定（製造業）",
    rows: [
      { asset: "建物", severity: "全壊", classes: BUILDING },
      { asset: "建物", severity: "半壊", classes: BUILDING },
      { asset: "機械（建物全壊）", severity: "全壊", classes: ["機械及び装置"] },
      { asset: "機械（建物半壊）", severity: "半壊", classes: ["機械及び装置"] },
      { asset: "棚卸資産（全損）", severity: "全壊", classes: ["棚卸資産"] },
      { asset: "棚卸資産（半損）", severity: "半壊", classes: ["棚卸資産"] },
      { asset: "器具・工具等", severity: null, classes: ["工具・器具・備品", "車両及び運搬具"] },
    ],
  },
  "卸・小売業": {
    table: "表 参考.1-2 復旧費用の算定（卸・小売業）",
    rows: [
      { asset: "建物", severity: "全壊", classes: BUILDING },
      { asset: "建物", severity: "半壊", classes: BUILDING },
      { asset: "商品（建物全壊）", severity: "全壊", classes: ["棚卸資産"] },
      { asset: "商品（建物半壊）", severity: "半壊", classes: ["棚卸資産"] },
      {
        asset: "器具・備品",
        severity: null,
        classes: ["工具・器具・備品", "機械及び装置", "車両及び運搬具"],
      },
    ],
  },
  建設業: {
    table: "表 参考.1-3 復旧費用の算定（建設業）",
    rows: [
      { asset: "会社建物", severity: "全壊", classes: BUILDING },
      { asset: "会社建物", severity: "半壊", classes: BUILDING },
      { asset: "建設機械・運搬具", severity: "全壊", classes: ["機械及び装置", "車両及び運搬具"] },
      { asset: "建設機械・運搬具", severity: "半壊", classes: ["機械及び装置", "車両及び運搬具"] },
      { asset: "建設現場", severity: "全壊", classes: ["工具・器具・備品", "棚卸資産"] },
      { asset: "建設現場", severity: "半壊", classes: ["工具・器具・備品", "棚卸資産"] },
    ],
  },
};

/** The damage rows of each industry, shared with the 中級 tables 参考.1-9 … 1-11. */
export const DAMAGE_ROWS: Record<Industry, DamageRow[]> = {
  製造業: RECOVERY_TABLES.製造業.rows,
  "卸・小売業": RECOVERY_TABLES["卸・小売業"].rows,
  建設業: RECOVERY_TABLES.建設業.rows,
};
