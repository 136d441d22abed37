/**
 * 中級コース 参考.1 (2): the 損益計算書, 一般管理費・販売費 and 製造原価 / 完成工事原価 inputs
 * (表 参考.1-1 … 1-8), per industry. Item lists come from the model's costing tables.
 */
import {
  CONSTRUCTION_COST_ITEMS,
  type CostItemDef,
  type Industry,
  MANUFACTURING_COST_ITEMS,
  SGA_ITEMS,
} from "../../model/directCosting";
import { AMOUNT, FLAG_LIST, SheetBuilder } from "../builder";
import {
  COST_LINE_NAMES,
  type CostLineNames,
  type DefinedName,
  REPORTED_TOTAL_MEANINGS,
  type ReportedTotal,
} from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

export const BEHAVIOUR_LIST = { type: "list", values: ["固定", "変動"] } as const;

/** 表 参考.1-1 / 1-4 / 1-6 table numbers per industry. */
const TABLES: Record<Industry, { pl: string; sga: string; cost?: string }> = {
  製造業: {
    pl: "表 参考.1-1 損益計算書の内訳",
    sga: "表 参考.1-2 一般管理費・販売費の内訳",
    cost: "表 参考.1-3 製造原価計算書の内訳",
  },
  "卸・小売業": { pl: "表 参考.1-4 損益計算書の内訳", sga: "表 参考.1-5 一般管理費・販売費の内訳" },
  建設業: {
    pl: "表 参考.1-6 損益計算書の内訳",
    sga: "表 参考.1-7 一般管理費・販売費の内訳",
    cost: "表 参考.1-8 完成工事原価計算書の内訳",
  },
};

const amount = (name: DefinedName, required = false) => ({ name, validation: AMOUNT, required });

/** One input per line of a cost table, named by `nameOf`; a その他 line also asks 固定 or 変動. */
function costLines<C extends string>(
  s: SheetBuilder,
  items: readonly CostItemDef<C>[],
  names: CostLineNames<C>,
  from: number,
  to?: number
): string[] {
  const refs: string[] = [];
  for (const def of items.slice(from, to)) {
    const mark = def.behaviour === "fixed" || def.behaviour === "labor" ? "◎ " : "";
    s.label(0, `${mark}${def.labelJa}${def.behaviour === "choose" ? "（固定・変動を選択）" : ""}`);
    refs.push(s.input(1, amount(names.line(def.code))));
    if (def.behaviour === "choose")
      s.input(3, {
        name: names.behaviour,
        value: "固定",
        format: "text",
        validation: BEHAVIOUR_LIST,
      });
    s.row += 1;
  }
  return refs;
}

function plTable(s: SheetBuilder, industry: Industry): void {
  s.title(TABLES[industry].pl);
  s.header(["科目", "内訳", "金額", "備考"]);
  s.inputLine(
    industry === "建設業" ? "売上高（完成工事高）" : "売上高",
    { ...amount("Sales", true) },
    2
  );
  if (industry === "製造業") {
    s.label(0, "売上原価");
    s.row += 1;
    s.inputLine("1. 期首製品棚卸高", amount("FG_Opening"), 1);
    s.label(0, "2. 当期製品製造原価");
    s.formula(1, "MfgCOGM", { name: "COGM" });
    s.label(2, "（内 減価償却費）");
    s.formula(3, "MC_depreciation");
    s.row += 1;
    s.inputLine("3. 期末製品棚卸高", amount("FG_Closing"), 1);
    s.formulaLine(
      "売上原価（1 + 2 − 3）",
      "FG_Opening+COGM-FG_Closing",
      { name: "PL_CostOfSales" },
      2
    );
  } else if (industry === "卸・小売業") {
    s.label(0, "売上原価");
    s.row += 1;
    s.inputLine("1. 期首商品棚卸高", amount("Goods_Opening"), 1);
    s.inputLine("2. 当期商品仕入高", amount("Goods_Purchases"), 1);
    s.inputLine("3. 期末商品棚卸高", amount("Goods_Closing"), 1);
    s.formulaLine(
      "売上原価（1 + 2 − 3）",
      "Goods_Opening+Goods_Purchases-Goods_Closing",
      { name: "PL_CostOfSales" },
      2
    );
  } else {
    s.formulaLine("売上原価（完成工事原価）", "CC_Total", { name: "PL_CostOfSales" }, 2);
  }
  s.formulaLine("売上総利益", "Sales-PL_CostOfSales", { name: "PL_GrossProfit" }, 2);
  s.formulaLine("一般管理費および販売費", "SGA_Total", {}, 2);
  s.formulaLine("営業利益", "PL_GrossProfit-SGA_Total", { name: "PL_OperatingProfit" }, 2);
  s.inputLine("営業外収益", amount("NonOpIncome"), 2);
  s.inputLine("営業外費用", amount("NonOpExpense"), 2);
  s.formulaLine(
    "経常利益",
    "PL_OperatingProfit+NonOpIncome-NonOpExpense",
    { name: "PL_OrdinaryProfit" },
    2
  );
  s.inputLine("特別利益", amount("ExtraGain"), 2);
  s.inputLine("特別損失", amount("ExtraLoss"), 2);
  s.formulaLine(
    "税引前当期純利益",
    "PL_OrdinaryProfit+ExtraGain-ExtraLoss",
    { name: "PL_Pretax" },
    2
  );
  s.inputLine("法人税・住民税", amount("IncomeTax"), 2);
  s.formulaLine("税引後当期純利益", "PL_Pretax-IncomeTax", { name: "NetIncome" }, 2);
  s.skip();
}

function sgaTable(s: SheetBuilder, industry: Industry): void {
  s.title(TABLES[industry].sga);
  s.header(["科目（◎は固定費）", "金額", "", "固定・変動"]);
  const first = s.row;
  costLines(s, SGA_ITEMS, COST_LINE_NAMES.SGA, 0);
  s.formulaLine("一般管理費・販売費 計", `SUM(B${first}:B${s.row - 1})`, { name: "SGA_Total" });
  s.skip();
}

function manufacturingCostTable(s: SheetBuilder): void {
  s.title(TABLES.製造業.cost as string);
  s.header(["科目（◎は固定費）", "内訳", "合計", "固定・変動"]);
  s.label(0, "I. 材料費");
  s.row += 1;
  s.inputLine("1. 期首材料棚卸高", amount("Mat_Opening"));
  s.inputLine("2. 当期材料仕入高", amount("Mat_Purchases"));
  s.formulaLine("合計（1 + 2）", "Mat_Opening+Mat_Purchases");
  s.inputLine("3. 期末材料棚卸高", amount("Mat_Closing"));
  s.formulaLine(
    "当期材料費（1 + 2 − 3）",
    "Mat_Opening+Mat_Purchases-Mat_Closing",
    { name: "Mat_Cost" },
    2
  );
  s.label(0, "II. 労務費");
  s.row += 1;
  const labor = costLines(s, MANUFACTURING_COST_ITEMS, COST_LINE_NAMES.MC, 0, 2);
  s.formulaLine(
    "当期労務費",
    `SUM(${labor[0]}:${labor[labor.length - 1]})`,
    { name: "MC_Labor" },
    2
  );
  s.label(0, "III. 経費");
  s.row += 1;
  const expenses = costLines(s, MANUFACTURING_COST_ITEMS, COST_LINE_NAMES.MC, 2);
  s.formulaLine(
    "当期経費",
    `SUM(${expenses[0]}:${expenses[expenses.length - 1]})`,
    { name: "MC_Expenses" },
    2
  );
  s.formulaLine(
    "1. 当期製造総費用（I + II + III）",
    "Mat_Cost+MC_Labor+MC_Expenses",
    { name: "MC_Total" },
    2
  );
  s.inputLine("2. 期首仕掛品棚卸高", amount("WIP_Opening"), 2);
  s.formulaLine("合計（1 + 2）", "MC_Total+WIP_Opening", {}, 2);
  s.inputLine("3. 期末仕掛品棚卸高", amount("WIP_Closing"), 2);
  s.formulaLine(
    "当期製品製造原価（1 + 2 − 3）",
    "MC_Total+WIP_Opening-WIP_Closing",
    { name: "MfgCOGM" },
    2
  );
  s.skip();
}

function constructionCostTable(s: SheetBuilder): void {
  s.title(TABLES.建設業.cost as string);
  s.header(["科目（◎は固定費）", "内訳", "合計", "固定・変動"]);
  s.label(0, "I. 材料費");
  s.row += 1;
  const materials = costLines(s, CONSTRUCTION_COST_ITEMS, COST_LINE_NAMES.CC, 0, 5);
  s.formulaLine("当期材料費", `SUM(${materials[0]}:${materials[materials.length - 1]})`, {}, 2);
  s.label(0, "II. 労務費");
  s.row += 1;
  const labor = costLines(s, CONSTRUCTION_COST_ITEMS, COST_LINE_NAMES.CC, 5, 8);
  s.formulaLine(
    "当期労務費",
    `SUM(${labor[0]}:${labor[labor.length - 1]})`,
    { name: "CC_Labor" },
    2
  );
  s.inputLine("労務者は直傭（1）／直傭でない（0）", {
    name: "LaborDirect",
    value: 1,
    format: "integer",
    validation: FLAG_LIST,
    required: true,
  });
  s.label(0, "III. 経費");
  s.row += 1;
  const expenses = costLines(s, CONSTRUCTION_COST_ITEMS, COST_LINE_NAMES.CC, 8);
  s.formulaLine("当期経費", `SUM(${expenses[0]}:${expenses[expenses.length - 1]})`, {}, 2);
  s.formulaLine(
    "当期完成工事原価（I + II + III）",
    `SUM(${materials[0]}:${materials[materials.length - 1]})+CC_Labor+SUM(${expenses[0]}:${expenses[expenses.length - 1]})`,
    { name: "CC_Total" },
    2
  );
  s.skip();
}

/** The totals as printed in the 決算書, typed only to check the breakdowns above against them. */
export const REPORTED_TOTALS: {
  total: ReportedTotal;
  /** a formula of the breakdowns, or per industry */
  computed: string | Record<Industry, string>;
  industries?: readonly Industry[];
}[] = [
  { total: "CostOfSales", computed: "PL_CostOfSales" },
  { total: "COGM", computed: "MfgCOGM", industries: ["製造業"] },
  { total: "ManufacturingCost", computed: "MC_Total", industries: ["製造業"] },
  { total: "ConstructionCost", computed: "CC_Total", industries: ["建設業"] },
  { total: "SGA", computed: "SGA_Total" },
  { total: "OperatingProfit", computed: "PL_OperatingProfit" },
  {
    total: "Depreciation",
    computed: {
      製造業: "MC_depreciation+SGA_depreciation",
      "卸・小売業": "SGA_depreciation",
      建設業: "CC_depreciation+SGA_depreciation",
    },
  },
];

function reportedTotals(s: SheetBuilder, industry: Industry): void {
  s.title("決算書の合計額（照合用・任意）");
  s.header(["科目", "決算書の金額", "内訳からの計算", "差額"]);
  for (const t of REPORTED_TOTALS.filter(
    (x) => x.industries === undefined || x.industries.includes(industry)
  )) {
    s.label(0, REPORTED_TOTAL_MEANINGS[t.total]);
    const typed = s.input(1, {
      name: `Reported_${t.total}`,
      validation: { type: "decimal", min: -1e12, max: 1e12 },
    });
    const computed = s.formula(
      2,
      typeof t.computed === "string" ? t.computed : t.computed[industry],
      {
        name: `Reported_${t.total}_Computed`,
      }
    );
    s.formula(3, `IF(${typed}="","",${typed}-${computed})`);
    s.row += 1;
  }
  s.note("決算書の合計額を入力すると、内訳の入力との差額を点検します（許容差は係数シート）。");
}

export function statementsSheet(
  name: string,
  industry: Industry,
  language?: SheetLanguage
): SheetDef {
  const s = new SheetBuilder("intermediate.statements", name, [40, 14, 14, 12], {
    freeze: { rows: 0, columns: 1 },
    language,
  });
  plTable(s, industry);
  sgaTable(s, industry);
  if (industry === "製造業") manufacturingCostTable(s);
  if (industry === "建設業") constructionCostTable(s);
  reportedTotals(s, industry);
  return s.build();
}
