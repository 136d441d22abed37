/**
 * Direct damage (資料16 (1), 表 参考.1-12 … 1-15): damage rates by asset class and hazard, the
 * damage amounts on 再調達価格, the building's damage status, and the effect of countermeasures
 * (表 参考.1-13; the factors are this product's assumption, SPEC §3).
 */
import {
  type CollapseProbabilities,
  type EraCode,
  type StructureCode,
  LIGHT_STEEL,
  NEWEST_ERA,
  collapseProbabilities,
  earthquakeBuildingRate,
} from "./building";
import type { Hazard } from "./hazard";
import { intensityKey } from "./hazard";
import type { CoefficientKey, Parameters } from "./parameters";

export const ASSET_CLASSES = [
  "建物",
  "建物附属設備",
  "機械及び装置",
  "工具・器具・備品",
  "構築物",
  "車両及び運搬具",
  "棚卸資産",
] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

export type AssetAmounts = Readonly<Record<AssetClass, number>>;

export interface BuildingProfile {
  structure: StructureCode;
  era: EraCode;
  /** 保有 1 / 賃貸 0: a rented building's own loss is the owner's, not the company's. */
  owned: boolean;
}

/** 表 参考.1-13 防災対策の実施状況 */
export interface Countermeasures {
  fireExtinguishers: boolean; // 消火器と火災報知機
  dataBackup: boolean; // 重要なデータのバックアップ
  sprinklers: boolean; // 自動スプリンクラー
  retrofitted: boolean; // 耐震補強
  machineryAnchoredShare: number; // 機械 転倒防止の割合
  machineryFloodShare: number; // 機械 浸水対策の割合
  toolsFixedShare: number; // 器具・備品 転倒・落下防止の割合
  inventoryFallShare: number; // 在庫 転倒・落下防止の割合
  inventoryRaisedShare: number; // 在庫 高所保管の割合
}

export const NO_COUNTERMEASURES: Countermeasures = Object.freeze({
  fireExtinguishers: false,
  dataBackup: false,
  sprinklers: false,
  retrofitted: false,
  machineryAnchoredShare: 0,
  machineryFloodShare: 0,
  toolsFixedShare: 0,
  inventoryFallShare: 0,
  inventoryRaisedShare: 0,
});

export interface DamageContext {
  hazard: Hazard;
  structure: StructureCode;
  era: EraCode;
  countermeasures: Countermeasures;
  params: Parameters;
}

/** 耐震補強 = 1 rates the building as built to the 1981 code (SPEC §3, 前提（本ツール）). */
export function effectiveEra(era: EraCode, countermeasures: Countermeasures): EraCode {
  return countermeasures.retrofitted ? NEWEST_ERA : era;
}

const NO_COLLAPSE: CollapseProbabilities = { collapse: 0, collapseOrHalf: 0, halfCollapse: 0 };

/** P全壊 / P全半壊 of the building for the hazard (zero for non-seismic hazards). */
export function buildingProbabilities(
  ctx: DamageContext,
  structure = ctx.structure
): CollapseProbabilities {
  if (ctx.hazard.kind !== "earthquake") return NO_COLLAPSE;
  const era = structure === ctx.structure ? effectiveEra(ctx.era, ctx.countermeasures) : ctx.era;
  return collapseProbabilities(structure, era, ctx.hazard.intensity, ctx.params);
}

const FLOOD_ABOVE_RATE: Record<AssetClass, CoefficientKey | null> = {
  建物: "FloodAboveBuildingRate",
  建物附属設備: "FloodAboveBuildingRate",
  機械及び装置: "FloodAboveDepreciableRate",
  "工具・器具・備品": "FloodAboveDepreciableRate",
  構築物: null,
  車両及び運搬具: "FloodAboveVehicleRate",
  棚卸資産: "FloodAboveInventoryRate",
};

const FIRE_RATE: Record<AssetClass, CoefficientKey | null> = {
  建物: "FireBuildingRate",
  建物附属設備: "FireBuildingRate",
  機械及び装置: "FireMovableRate",
  "工具・器具・備品": "FireMovableRate",
  構築物: null,
  車両及び運搬具: null,
  棚卸資産: "FireMovableRate",
};

function rateOf(key: CoefficientKey | null, params: Parameters): number {
  return key === null ? 0 : params[key];
}

function earthquakeRate(assetClass: AssetClass, ctx: DamageContext): number {
  if (ctx.hazard.kind !== "earthquake") return 0;
  const { params, countermeasures: cm } = ctx;
  const building = buildingProbabilities(ctx);
  const b = earthquakeBuildingRate(building, params);
  switch (assetClass) {
    case "建物":
    case "建物附属設備":
      return b;
    case "機械及び装置":
      return (
        b *
        (params.MachineryKobeDamageShare / params.BuildingKobeDamageShare) *
        (1 - cm.machineryAnchoredShare)
      );
    case "工具・器具・備品": {
      const fall =
        params[`FallRate_${intensityKey(ctx.hazard.seismicClass)}`] * (1 - cm.toolsFixedShare);
      return fall * (1 - building.collapse) + building.collapse;
    }
    case "棚卸資産":
      return b * params.InventoryToBuildingRatio * (1 - cm.inventoryFallShare);
    case "構築物":
      // 資料16: 構築物 are rated as a light-steel building of the same era.
      return earthquakeBuildingRate(buildingProbabilities(ctx, LIGHT_STEEL), params);
    case "車両及び運搬具":
      return 0;
  }
}

function floodAboveRate(assetClass: AssetClass, ctx: DamageContext): number {
  const base = rateOf(FLOOD_ABOVE_RATE[assetClass], ctx.params);
  const cm = ctx.countermeasures;
  if (assetClass === "機械及び装置") return base * (1 - cm.machineryFloodShare);
  if (assetClass === "棚卸資産") return base * (1 - cm.inventoryRaisedShare);
  return base;
}

/** The share of an asset's 再調達価格 lost to the hazard. */
export function damageRate(assetClass: AssetClass, ctx: DamageContext): number {
  switch (ctx.hazard.kind) {
    case "earthquake":
      return earthquakeRate(assetClass, ctx);
    case "floodAbove":
      return floodAboveRate(assetClass, ctx);
    case "floodBelow":
      return ctx.params.FloodBelowDamageRate;
    case "fire":
      return rateOf(FIRE_RATE[assetClass], ctx.params);
  }
}

export type DamageStatus = "全壊" | "半壊" | "一部損壊" | "被害なし";

/** 表 参考.1-15 被害の状況, from a building-type loss rate. */
export function damageStatus(rate: number, params: Parameters): DamageStatus {
  if (rate >= params.StatusCollapseThreshold) return "全壊";
  if (rate >= params.StatusHalfCollapseThreshold) return "半壊";
  if (rate > 0) return "一部損壊";
  return "被害なし";
}

export interface AssetDamage {
  assetClass: AssetClass;
  replacementCost: number; // 再調達価格
  rate: number;
  damage: number; // 直接被害額 (参考値)
}

export interface DamageAssessment {
  probabilities: CollapseProbabilities;
  buildingRate: number;
  buildingStatus: DamageStatus;
  structuresStatus: DamageStatus;
  assets: AssetDamage[];
  total: number;
}

/** 表 参考.1-15 予想される被害 for every asset class. */
export function assessDamage(
  amounts: AssetAmounts,
  ctx: DamageContext,
  buildingOwned = true
): DamageAssessment {
  const assets = ASSET_CLASSES.map((assetClass) => {
    const rate = damageRate(assetClass, ctx);
    const counted = assetClass === "建物" && !buildingOwned ? 0 : amounts[assetClass];
    return { assetClass, replacementCost: amounts[assetClass], rate, damage: counted * rate };
  });
  const buildingRate = damageRate("建物", ctx);
  return {
    probabilities: buildingProbabilities(ctx),
    buildingRate,
    buildingStatus: damageStatus(buildingRate, ctx.params),
    structuresStatus: damageStatus(damageRate("構築物", ctx), ctx.params),
    assets,
    total: assets.reduce((sum, a) => sum + a.damage, 0),
  };
}
