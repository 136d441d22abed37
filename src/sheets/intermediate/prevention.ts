/**
 * 中級 参考.4 事前対策の考え方 (表 参考.4-1): the damage, N and C are recomputed with the
 * countermeasures in place after the plan (C2) and compared with C1 + the plan's cost.
 */
import { ASSET_CLASSES } from "../../model/damage";
import { RECOVERY_RESOURCES } from "../../model/recovery";
import { AMOUNT, FLAG_LIST, SHARE, SheetBuilder } from "../builder";
import type { SheetDef } from "../types";
import {
  ASSET_KEY,
  COUNTERMEASURE_INPUTS,
  type DefinedName,
  RESOURCE_KEY,
  isPlanned,
  plannedName,
} from "../names";
import {
  COUNTERMEASURE_QUESTIONS,
  type CountermeasureCells,
  damageRateFormula,
  referenceDaysFormula,
} from "./damage";
import type { SheetLanguage } from "../language";

/** The countermeasure answers after the plan: the plan's cells where it asks again, else today's. */
const AFTER = Object.fromEntries(
  Object.entries(COUNTERMEASURE_INPUTS).map(([k, v]) => [k, isPlanned(v) ? plannedName(v) : v])
) as CountermeasureCells;

export function preventionSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("intermediate.prevention", name, [44, 16, 16, 16, 16], { language });
  s.title("事前対策後の防災対策の状況（表 参考.1-13 と同じ項目）", null);
  s.header(["質問", "対策後", "現在"]);
  for (const q of COUNTERMEASURE_QUESTIONS) {
    const today = COUNTERMEASURE_INPUTS[q.key];
    // only the answers that change a figure are asked again
    if (!isPlanned(today)) continue;
    const format = q.share ? "percent" : "integer";
    s.label(0, q.question);
    s.input(1, {
      name: plannedName(today),
      formula: today,
      format,
      validation: q.share ? SHARE : FLAG_LIST,
    });
    s.formula(2, today, { format });
    s.row += 1;
  }
  s.note("対策後の列は現在の状況を既定値にしています。計画する対策の値を入力してください。");
  s.skip();

  s.title("対策後の資産の復旧費用 (A2)");
  s.header(["科目", "被害率（対策後）", "直接被害額（対策後）", "計算に使う額"]);
  const firstAsset = s.row;
  for (const asset of ASSET_CLASSES) {
    const key = ASSET_KEY[asset];
    s.label(0, asset);
    const rate = s.formula(1, damageRateFormula(asset, AFTER.retrofit, AFTER), {
      format: "percent",
    });
    const owned = asset === "建物" ? "*BuildingOwned" : "";
    const damage = s.formula(2, `Asset_${key}*${rate}${owned}`);
    s.formula(3, `IF(RC_${key}="",${damage},RC_${key})`);
    s.row += 1;
  }
  s.formulaLine(
    "資産の復旧費用 (A2)",
    `SUM(D${firstAsset}:D${s.row - 1})`,
    { name: "AssetRecovery_A2" },
    3
  );
  s.skip();

  s.title("対策後の復旧日数", "（単位：日）");
  s.header(["資源", "復旧日数（表 参考.1-17 の入力）", "参考（対策後）", "不可欠"]);
  const firstDay = s.row;
  for (const resource of RECOVERY_RESOURCES) {
    const key = RESOURCE_KEY[resource];
    s.label(0, resource);
    s.formula(1, `IF(RD_${key}="","",RD_${key})`, { format: "days" });
    s.formula(2, referenceDaysFormula(resource, AFTER.retrofit, AFTER.dataBackup, AFTER), {
      format: "days",
    });
    s.formula(3, `ES_${key}`, { format: "integer" });
    s.row += 1;
  }
  const lastDay = s.row - 1;
  s.formulaLine(
    "営業再開日数（対策後）N2",
    `BCP.REOPEN_DAYS(B${firstDay}:B${lastDay},D${firstDay}:D${lastDay},C${firstDay}:C${lastDay})`,
    { name: "ReopenDays_N2", format: "days" },
    3
  );
  s.skip();

  s.title("表 参考.4-1 事前対策検討表");
  s.header(["項目", "対策なし", "対策あり"]);
  s.inputLine("災害防止対策費用 (F)", { name: "PreventionCostF", validation: AMOUNT }, 2);
  s.inputLine("災害防止対策資金借入金額 (G)", { name: "PreventionLoanG", validation: AMOUNT }, 2);
  const pair = (label: string, without: string, withPlan: string, name?: DefinedName) => {
    s.label(0, label);
    s.formula(1, without);
    s.formula(2, withPlan, name ? { name } : {});
    s.row += 1;
  };
  pair("資産の復旧費用 (A)", "AssetRecoveryA", "AssetRecovery_A2");
  pair(
    "事業中断によるキャッシュフローの悪化額 (B)",
    "CashflowWorseningB",
    "BCP.STOP_CASHFLOW(FixedAnnual,DepreciationAnnual,ReopenDays_N2,Coefficients)",
    "CashflowWorsening_B2"
  );
  pair(
    "復旧費用総額 (C)",
    "RecoveryTotalC",
    "AssetRecovery_A2+CashflowWorsening_B2",
    "RecoveryTotal_C2"
  );
  pair(
    "必要資金総額 (H = F + C)",
    "RecoveryTotalC",
    "PreventionCostF+RecoveryTotal_C2",
    "TotalWithPlan_H2"
  );
  s.formulaLine(
    "対策による正味の節減額 (C1 − H2)",
    "RecoveryTotalC-TotalWithPlan_H2",
    { name: "PreventionSaving" },
    2
  );
  s.formulaLine(
    "判定",
    // no plan (F left blank) is a choice, not a missing figure
    'IF(PreventionCostF="","事前対策の計画なし",BCP.PREVENTION_VERDICT(RecoveryTotalC,RecoveryTotal_C2,PreventionCostF))',
    { name: "PreventionVerdict", format: "text" },
    2
  );
  s.note("C1 > H2 なら対策を実施する価値があり、H2 > C1 なら対策が過剰です（図 参考.4-1）。");
  return s.build();
}
