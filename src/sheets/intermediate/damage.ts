/**
 * 中級 参考.1 (4): 主な保有資産 (表 参考.1-12), 防災対策 (1-13), 災害の選定 (1-14), 予想される被害
 * (1-15), 復旧費用の予想 (1-16) and 復旧日数の予想 (1-17) with 営業再開日数 N.
 */
import { ASSET_CLASSES, type AssetClass } from "../../model/damage";
import { ASSET_KEY, COUNTERMEASURE_INPUTS, RESOURCE_KEY } from "../names";
import { RATED_BY, RECOVERY_RESOURCES, type RecoveryResource } from "../../model/recovery";
import type { Industry } from "../../model/directCosting";
import { AMOUNT, DAYS, FLAG_LIST, HAZARD_LIST, SHARE, SheetBuilder } from "../builder";
import { DAMAGE_ROWS } from "../recoveryTables";

const OWN_ESTIMATE_TABLES: Record<Industry, string> = {
  製造業: "表 参考.1-9 資産の復旧費用の算定（製造業のケース）",
  "卸・小売業": "表 参考.1-10 資産の復旧費用の算定（卸・小売業のケース）",
  建設業: "表 参考.1-11 資産の復旧費用の算定（建設業のケース）",
};
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

/** The questions of 表 参考.1-13, in its order: 1/0 answers, or shares shown as percentages. */
export const COUNTERMEASURE_QUESTIONS: readonly {
  key: keyof typeof COUNTERMEASURE_INPUTS;
  question: string;
  answers: string;
  share: boolean;
}[] = [
  {
    key: "extinguishers",
    question: "消火器と火災報知機を設置している",
    answers: "（はい：1、いいえ：0）",
    share: false,
  },
  {
    key: "dataBackup",
    question: "重要なデータをバックアップしている",
    answers: "（はい：1、いいえ：0）",
    share: false,
  },
  {
    key: "sprinklers",
    question: "自動スプリンクラー消火装置を設置している",
    answers: "（はい：1、いいえ：0）",
    share: false,
  },
  {
    key: "retrofit",
    question: "建物の耐震補強",
    answers: "（有：1、無：0）",
    share: false,
  },
  {
    key: "machineryAnchored",
    question: "機械及び装置：転倒しないよう固定している割合",
    answers: "",
    share: true,
  },
  {
    key: "machineryFlood",
    question: "機械及び装置：浸水対策をとっている割合",
    answers: "",
    share: true,
  },
  {
    key: "toolsFixed",
    question: "器具及び備品：転倒・落下を防止している割合",
    answers: "",
    share: true,
  },
  {
    key: "inventoryFall",
    question: "在庫：転倒・落下を防止している割合",
    answers: "",
    share: true,
  },
  {
    key: "inventoryRaised",
    question: "在庫：浸水しない高さに置いている割合",
    answers: "",
    share: true,
  },
];

/** Where each countermeasure answer is, as formulas refer to it (today's, or the plan's). */
export type CountermeasureCells = Readonly<Record<keyof typeof COUNTERMEASURE_INPUTS, string>>;

/** The protectedShare argument each asset class gets, by hazard (a formula on the inputs). */
export function shareFormula(
  asset: AssetClass,
  cm: CountermeasureCells = COUNTERMEASURE_INPUTS
): string | null {
  switch (asset) {
    case "機械及び装置":
      return `IF(Hazard="床上浸水",${cm.machineryFlood},${cm.machineryAnchored})`;
    case "工具・器具・備品":
      return cm.toolsFixed;
    case "棚卸資産":
      return `IF(Hazard="床上浸水",${cm.inventoryRaised},${cm.inventoryFall})`;
    default:
      return null;
  }
}

export function damageRateFormula(
  asset: AssetClass,
  retrofit: string,
  cm: CountermeasureCells = COUNTERMEASURE_INPUTS
): string {
  const share = shareFormula(asset, cm);
  return `BCP.DAMAGE_RATE("${asset}",Hazard,BuildingStructure,BuildingEra,${share ?? 0},${retrofit},Coefficients)`;
}

export function referenceDaysFormula(
  resource: RecoveryResource,
  retrofit: string,
  backup: string,
  cm: CountermeasureCells = COUNTERMEASURE_INPUTS
): string {
  if (resource === "電気" || resource === "水道")
    return `BCP.LIFELINE_DAYS("${resource}",Hazard,Coefficients)`;
  if (resource === "都市ガス") return `BCP.LIFELINE_DAYS("ガス",Hazard,Coefficients)`;
  const asset = RATED_BY[resource];
  const share = asset === undefined ? "0" : (shareFormula(asset, cm) ?? "0");
  return `BCP.REFERENCE_RECOVERY_DAYS("${resource}",Hazard,BuildingStructure,BuildingEra,${retrofit},${backup},${share},Coefficients)`;
}

function assetsAndMeasures(s: SheetBuilder): void {
  s.title("表 参考.1-12 主な保有資産", "（中核事業を担う資産。金額は再調達価格、単位：千円）");
  s.header(["科目", "回答"]);
  s.inputLine("建物 保有：1、賃貸：0", {
    name: "BuildingOwned",
    value: 1,
    format: "integer",
    validation: FLAG_LIST,
    required: true,
  });
  s.inputLine(
    "建築年代 1981年以降：1、1971-1980年：2、1961-1970年：3、1951-1960年：4、1950年以前：5",
    {
      name: "BuildingEra",
      format: "integer",
      validation: { type: "list", values: ["1", "2", "3", "4", "5"] },
      required: true,
    }
  );
  s.inputLine("建物構造 木造：1、RC・SRC造：2、鉄骨造：3、軽量鉄骨造：4", {
    name: "BuildingStructure",
    format: "integer",
    validation: { type: "list", values: ["1", "2", "3", "4"] },
    required: true,
  });
  for (const asset of ASSET_CLASSES) {
    s.inputLine(`${asset} 再調達価格`, {
      name: `Asset_${ASSET_KEY[asset]}`,
      validation: AMOUNT,
      required: asset === "建物",
    });
  }
  s.skip();
  s.title("表 参考.1-13 防災対策の実施状況", null);
  s.header(["質問", "回答"]);
  for (const q of COUNTERMEASURE_QUESTIONS) {
    s.inputLine(`${q.question}${q.answers}`, {
      name: COUNTERMEASURE_INPUTS[q.key],
      value: 0,
      format: q.share ? "percent" : "integer",
      validation: q.share ? SHARE : FLAG_LIST,
      required: true,
    });
  }
  s.skip();
}

function hazardAndDamage(s: SheetBuilder): void {
  s.title("表 参考.1-14 災害の選定", null);
  s.inputLine("対象とする災害（震度5弱〜7・床上浸水・床下浸水・火災）", {
    name: "Hazard",
    value: "6強",
    format: "text",
    validation: HAZARD_LIST,
    required: true,
  });
  s.skip();
  s.title("表 参考.1-15 予想される被害（参考値）");
  s.header(["科目", "再調達価格", "被害率", "直接被害額", "被害の状況"]);
  const first = s.row;
  for (const asset of ASSET_CLASSES) {
    const key = ASSET_KEY[asset];
    s.label(0, asset);
    s.formula(1, `Asset_${key}`);
    s.formula(2, damageRateFormula(asset, "CM_Retrofit"), {
      name: `DamageRate_${key}`,
      format: "percent",
    });
    const owned = asset === "建物" ? "*BuildingOwned" : "";
    s.formula(3, `Asset_${key}*DamageRate_${key}${owned}`, { name: `Damage_${key}` });
    if (asset === "建物" || asset === "構築物") {
      const structure = asset === "建物" ? "BuildingStructure" : "4";
      s.formula(
        4,
        `BCP.DAMAGE_STATUS(${structure},BuildingEra,Hazard,${asset === "建物" ? "CM_Retrofit" : 0},Coefficients)`,
        { format: "text" }
      );
    }
    s.row += 1;
  }
  s.formulaLine("計", `SUM(D${first}:D${s.row - 1})`, { name: "DamageTotal" }, 3);
  s.skip();
}

function recoveryCosts(s: SheetBuilder): void {
  s.title("表 参考.1-16 復旧費用の予想（業務が再開できる程度の当面の復旧）");
  s.header(["科目", "予想復旧費用（入力）", "参考費用", "計算に使う額"]);
  const first = s.row;
  for (const asset of ASSET_CLASSES) {
    const key = ASSET_KEY[asset];
    s.label(0, asset);
    const own = s.input(1, { name: `RC_${key}`, validation: AMOUNT });
    s.formula(2, `Damage_${key}`);
    s.formula(3, `IF(${own}="",Damage_${key},${own})`, { name: `RecoveryCost_${key}` });
    s.row += 1;
  }
  s.formulaLine(
    "資産の復旧費用 合計 (A)",
    `SUM(D${first}:D${s.row - 1})`,
    { name: "AssetRecoveryRefA" },
    3
  );
  s.note("予想復旧費用が空欄の科目は参考費用（直接被害額）で計算します。");
  s.skip();
}

function recoveryDays(s: SheetBuilder): void {
  s.title("表 参考.1-17 復旧日数の予想", "（単位：日）");
  s.header([
    "復旧に要する資源等",
    "復旧日数（入力）",
    "参考（標準的な復旧日数）",
    "事業再開に不可欠なものに1",
    "計算に使う日数",
  ]);
  const first = s.row;
  for (const resource of RECOVERY_RESOURCES) {
    const key = RESOURCE_KEY[resource];
    s.label(0, resource === "都市ガス" ? "都市ガス（LPガス利用なら不可欠欄を0）" : resource);
    const own = s.input(1, { name: `RD_${key}`, format: "days", validation: DAYS });
    const ref = s.formula(2, referenceDaysFormula(resource, "CM_Retrofit", "CM_DataBackup"), {
      name: `RefDays_${key}`,
      format: "days",
    });
    s.input(3, {
      name: `ES_${key}`,
      value: 1,
      format: "integer",
      validation: FLAG_LIST,
      required: true,
    });
    s.formula(4, `IF(${own}="",${ref},${own})`, { format: "days" });
    s.row += 1;
  }
  const last = s.row - 1;
  s.formulaLine(
    "営業再開日数予想結果 (N)",
    `BCP.REOPEN_DAYS(B${first}:B${last},D${first}:D${last},C${first}:C${last})`,
    { name: "ReopenDaysRef", format: "days" },
    4
  );
  s.skip();
  s.title("計算に使う資産の復旧費用 (A) と営業再開日数 (N)", null);
  s.formulaLine(
    "資産の復旧費用 (A)",
    'IF(AssetMethod="自社の見積り",OwnEstimateA,AssetRecoveryRefA)',
    { name: "AssetRecoveryA" },
    4
  );
  s.formulaLine(
    "営業再開日数 (N)",
    'IF(AssetMethod="自社の見積り",OwnEstimateDays,ReopenDaysRef)',
    { name: "ReopenDays", format: "days" },
    4
  );
  s.inputLine(
    "目標復旧時間（様式06、日）",
    { name: "TargetRecoveryDays", format: "days", validation: DAYS, required: true },
    4
  );
  s.formulaLine(
    "目標との差（N − 目標復旧時間）",
    'IF(TargetRecoveryDays="","",ReopenDays-TargetRecoveryDays)',
    { name: "RecoveryGap", format: "days" },
    4
  );
}

/** 表 参考.1-9 / 1-10 / 1-11: the company's own estimate of recovery periods and costs. */
function ownEstimate(s: SheetBuilder, industry: Industry): void {
  s.inputLine(
    "A と N の算定に使う表（参考値：表 参考.1-12〜1-17、自社の見積り：表 参考.1-9〜1-11）",
    {
      name: "AssetMethod",
      value: "参考値",
      format: "text",
      validation: { type: "list", values: ["参考値", "自社の見積り"] },
      required: true,
    }
  );
  s.inputLine("自社の見積りで想定する被害の程度（全壊・半壊）", {
    name: "OwnSeverity",
    value: "全壊",
    format: "text",
    validation: { type: "list", values: ["全壊", "半壊"] },
  });
  s.skip();
  s.title(OWN_ESTIMATE_TABLES[industry]);
  s.header(["資産", "損害の程度", "復旧期間（日）", "復旧費用", "計算に含める"]);
  const days: string[] = [];
  const costs: string[] = [];
  for (const row of DAMAGE_ROWS[industry]) {
    s.label(0, row.asset);
    s.label(1, row.severity ?? "−");
    const d = s.input(2, { format: "days", validation: DAYS });
    const c = s.input(3, { validation: AMOUNT });
    const flag = s.formula(
      4,
      row.severity === null ? "1" : `IF(OwnSeverity="${row.severity}",1,0)`,
      { format: "integer" }
    );
    days.push(`IF(${flag}=1,${d},0)`);
    costs.push(`${flag}*${c}`);
    s.row += 1;
  }
  for (const [label, lifeline] of [
    ["電気", "電気"],
    ["ガス", "ガス"],
    ["水道", "水道"],
  ] as const) {
    s.label(0, label);
    s.label(1, "予め設定");
    days.push(
      s.formula(2, `BCP.LIFELINE_DAYS("${lifeline}",Hazard,Coefficients)`, { format: "days" })
    );
    s.row += 1;
  }
  s.formulaLine(
    "最長の復旧期間（日）",
    `MAX(${days.join(",")})`,
    { name: "OwnEstimateDays", format: "days" },
    2
  );
  s.formulaLine("資産の復旧費用 合計 (A)", costs.join("+"), { name: "OwnEstimateA" }, 3);
  s.note(
    "電気・ガス・水道は資料16の震度別の日数です。自社の設備と両方が復旧しないと事業は再開できません。"
  );
  s.skip();
}

export function damageSheet(name: string, industry: Industry, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("intermediate.damage", name, [46, 16, 16, 16, 16], { language });
  ownEstimate(s, industry);
  assetsAndMeasures(s);
  hazardAndDamage(s);
  recoveryCosts(s);
  recoveryDays(s);
  return s.build();
}
