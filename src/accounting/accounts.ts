/**
 * The built-in table from the standard 勘定科目 of Japanese accounting software to the model's
 * input lines: per statement, the account names (the names 弥生会計, freee会計 and マネーフォワード
 * クラウド会計 set up for a company, and their common variants) and the line they fill. Where the
 * guideline has no line of its own (福利厚生費, 支払手数料 …) an account goes to 13. その他, which
 * counts as fixed unless the user marks it variable (表 参考.1-2 注). Accounts the table does not
 * know are left for the user to assign.
 */
import type { Industry } from "../model/industries";
import type { FileTotal, LineKey } from "./lines";
import type { Statement } from "./statements";

export type Target =
  | { kind: "line"; key: LineKey; negate?: true }
  | { kind: "total"; total: FileTotal }
  /** 現金・預金 (手元資金) */
  | { kind: "cash" }
  /** a subtotal the model works out from the lines itself */
  | { kind: "computed" }
  /** a balance-sheet account the diagnosis does not use */
  | { kind: "unused" };

type Spec = Target | Partial<Record<Industry, Target>>;

interface AccountRule {
  statement: Statement;
  names: readonly string[];
  target: Spec;
}

const line = (key: LineKey): Target => ({ kind: "line", key });
const contra = (key: LineKey): Target => ({ kind: "line", key, negate: true });
const total = (t: FileTotal): Target => ({ kind: "total", total: t });
const COMPUTED: Target = { kind: "computed" };
const UNUSED: Target = { kind: "unused" };
const CASH: Target = { kind: "cash" };

function rules(statement: Statement, table: readonly [readonly string[], Spec][]): AccountRule[] {
  return table.map(([names, target]) => ({ statement, names, target }));
}

const PL = rules("損益計算書", [
  [
    [
      "売上高",
      "売上",
      "製品売上高",
      "商品売上高",
      "製品売上",
      "商品売上",
      "役務収益",
      "売上高(製品)",
      "売上高(商品)",
    ],
    line("sales"),
  ],
  [["完成工事高", "兼業事業売上高"], { 建設業: line("sales") }],
  [["売上値引高", "売上戻り高", "売上値引", "売上返品", "売上値引・戻り高"], contra("sales")],
  [["売上高合計", "売上高計", "純売上高"], total("Sales")],
  [["期首製品棚卸高", "期首製品たな卸高"], { 製造業: line("openingFinishedGoods") }],
  [["期末製品棚卸高", "期末製品たな卸高"], { 製造業: line("closingFinishedGoods") }],
  [["当期製品製造原価"], { 製造業: total("COGM") }],
  [["期首商品棚卸高", "期首商品たな卸高"], { "卸・小売業": line("openingGoods") }],
  [["仕入高", "商品仕入高", "当期商品仕入高", "当期仕入高"], { "卸・小売業": line("purchases") }],
  [["仕入値引高", "仕入戻し高", "仕入値引", "仕入返品"], { "卸・小売業": contra("purchases") }],
  [["期末商品棚卸高", "期末商品たな卸高"], { "卸・小売業": line("closingGoods") }],
  [["売上原価", "売上原価合計", "売上原価計"], total("CostOfSales")],
  [["完成工事原価", "完成工事原価合計"], { 建設業: total("ConstructionCost") }],
  [["売上総利益", "売上総損失", "売上総利益金額", "完成工事総利益", "合計", "総合計"], COMPUTED],
  [["役員報酬", "役員給与", "役員賞与", "役員給与手当"], line("sga.officerPay")],
  [
    [
      "給料手当",
      "給料",
      "給与手当",
      "給料賃金",
      "従業員給与",
      "従業員給料手当",
      "賞与",
      "雑給",
      "退職金",
      "事務員給与手当",
    ],
    line("sga.clerkPay"),
  ],
  [["販売員給与手当", "販売員給与"], line("sga.salesSalaries")],
  [["販売員旅費"], line("sga.salesTravel")],
  [["広告宣伝費", "広告費", "販売促進費"], line("sga.advertising")],
  [["荷造運賃", "発送費", "配達費", "運賃", "荷造発送費", "発送配達費"], line("sga.shipping")],
  [["旅費交通費", "通信費", "通信交通費", "交通費"], line("sga.commTravel")],
  [["地代家賃", "家賃", "地代", "賃借料"], line("sga.rent")],
  [["修繕費"], line("sga.repairs")],
  [["事務用品費", "消耗品費", "事務用消耗品費"], line("sga.supplies")],
  [["減価償却費"], line("sga.depreciation")],
  [["雑費"], line("sga.misc")],
  [
    [
      "法定福利費",
      "福利厚生費",
      "接待交際費",
      "交際費",
      "会議費",
      "保険料",
      "租税公課",
      "水道光熱費",
      "支払手数料",
      "諸会費",
      "新聞図書費",
      "車両費",
      "リース料",
      "研修費",
      "教育研修費",
      "寄付金",
      "支払報酬",
      "支払報酬料",
      "外注費",
      "業務委託費",
      "販売手数料",
      "貸倒引当金繰入額",
      "貸倒損失",
      "長期前払費用償却",
      "繰延資産償却",
      "研究開発費",
      "試験研究費",
      "衛生費",
      "管理諸費",
      "賞与引当金繰入額",
      "退職給付費用",
      "燃料費",
      "備品・消耗品費",
      "ソフトウェア償却",
    ],
    line("sga.other"),
  ],
  [
    [
      "販売費及び一般管理費",
      "販売費及び一般管理費合計",
      "販売費及び一般管理費計",
      "販売管理費計",
      "販管費合計",
      "販売管理費合計",
      "一般管理費及び販売費",
    ],
    total("SGA"),
  ],
  [["営業利益", "営業利益(損失)", "営業損益", "営業損益金額"], total("OperatingProfit")],
  [
    [
      "受取利息",
      "受取配当金",
      "受取利息配当金",
      "有価証券利息",
      "雑収入",
      "受取家賃",
      "為替差益",
      "仕入割引",
      "受取手数料",
    ],
    line("nonOperatingIncome"),
  ],
  [
    ["支払利息", "支払利息割引料", "手形売却損", "雑損失", "為替差損", "売上割引", "支払保証料"],
    line("nonOperatingExpenses"),
  ],
  [
    [
      "固定資産売却益",
      "投資有価証券売却益",
      "貸倒引当金戻入額",
      "貸倒引当金戻入",
      "前期損益修正益",
      "保険差益",
    ],
    line("extraordinaryGains"),
  ],
  [
    [
      "固定資産売却損",
      "固定資産除却損",
      "投資有価証券売却損",
      "災害による損失",
      "前期損益修正損",
      "減損損失",
    ],
    line("extraordinaryLosses"),
  ],
  [
    [
      "法人税、住民税及び事業税",
      "法人税,住民税及び事業税",
      "法人税住民税及び事業税",
      "法人税等",
      "法人税・住民税",
      "法人税等調整額",
    ],
    line("incomeTaxes"),
  ],
  [
    [
      "営業外収益",
      "営業外収益合計",
      "営業外費用",
      "営業外費用合計",
      "特別利益",
      "特別利益合計",
      "特別損失",
      "特別損失合計",
      "経常利益",
      "経常損失",
      "経常損益",
      "税引前当期純利益",
      "税引前当期純損失",
      "当期純利益",
      "当期純損失",
      "当期純損益",
      "税引後当期純利益",
    ],
    COMPUTED,
  ],
]);

const mc = (code: string): Spec => ({ 製造業: line(`costReport.${code}`) });
const MC = rules("製造原価報告書", [
  [
    ["期首材料棚卸高", "期首原材料棚卸高", "期首材料たな卸高"],
    { 製造業: line("materialsOpening") },
  ],
  [
    ["材料仕入高", "原材料仕入高", "仕入高", "当期材料仕入高", "材料仕入"],
    { 製造業: line("materialsPurchases") },
  ],
  [
    ["期末材料棚卸高", "期末原材料棚卸高", "期末材料たな卸高"],
    { 製造業: line("materialsClosing") },
  ],
  [["賃金", "給料手当", "給料", "基本給", "労務費", "賃金給料"], mc("laborBasic")],
  [
    ["賞与", "雑給", "法定福利費", "福利厚生費", "退職金", "諸手当", "賞与手当"],
    mc("laborAllowances"),
  ],
  [["電力費", "電力料", "動力費"], mc("power")],
  [["水道光熱費", "ガス代", "水道料", "ガス・水道料", "ガス水道料"], mc("gasWater")],
  [["運賃", "荷造運賃"], mc("freight")],
  [["減価償却費"], mc("depreciation")],
  [["修繕費"], mc("repairs")],
  [["租税公課"], mc("taxes")],
  [["地代家賃", "賃借料", "不動産賃借料"], mc("rent")],
  [["保険料"], mc("insurance")],
  [["旅費交通費"], mc("travel")],
  [["通信費"], mc("communication")],
  [["外注加工費", "外注費"], mc("outsourcing")],
  [["雑費"], mc("misc")],
  [
    [
      "消耗品費",
      "工場消耗品費",
      "消耗工具器具備品費",
      "事務用品費",
      "車両費",
      "リース料",
      "支払手数料",
      "研究開発費",
      "試験研究費",
      "燃料費",
      "教育研修費",
      "包装材料費",
    ],
    mc("other"),
  ],
  [["期首仕掛品棚卸高", "期首仕掛品たな卸高"], { 製造業: line("openingWip") }],
  [["期末仕掛品棚卸高", "期末仕掛品たな卸高"], { 製造業: line("closingWip") }],
  [
    ["当期製造費用", "当期総製造費用", "当期製造総費用", "製造費用合計"],
    { 製造業: total("ManufacturingCost") },
  ],
  [["当期製品製造原価"], { 製造業: total("COGM") }],
  [
    [
      "材料費",
      "当期材料費",
      "材料費計",
      "労務費計",
      "労務費合計",
      "経費",
      "経費計",
      "経費合計",
      "合計",
    ],
    COMPUTED,
  ],
]);

const cc = (code: string): Spec => ({ 建設業: line(`costReport.${code}`) });
const CC = rules("完成工事原価報告書", [
  [["材料費", "主要材料費"], cc("mainMaterials")],
  [["買入部品費"], cc("purchasedParts")],
  [["補助材料費"], cc("auxMaterials")],
  [["仮設材料損耗額", "仮設材料の損耗額"], cc("tempMaterialWear")],
  [["仮設材料賃借料", "仮設材料の賃借料"], cc("tempMaterialRent")],
  [["労務費", "賃金", "直接労務費"], cc("directLabor")],
  [["従業員給料手当", "給料手当", "間接労務費"], cc("indirectLabor")],
  [["法定福利費", "福利厚生費", "退職金"], cc("welfare")],
  [["動力用水光熱費", "電力費"], cc("power")],
  [["水道光熱費", "ガス・水道料"], cc("gasWater")],
  [["燃料費"], cc("fuel")],
  [["運賃"], cc("freight")],
  [["減価償却費"], cc("depreciation")],
  [["修繕費"], cc("repairs")],
  [["租税公課"], cc("taxes")],
  [["地代家賃", "不動産賃借料"], cc("rent")],
  [["保険料"], cc("insurance")],
  [["旅費交通費", "通信交通費"], cc("travel")],
  [["通信費"], cc("communication")],
  [["外注費", "外注工事費", "労務外注費"], cc("outsourcing")],
  [["雑費"], cc("misc")],
  [
    [
      "機械等経費",
      "設計費",
      "労務管理費",
      "事務用品費",
      "交際費",
      "補償費",
      "仮設経費",
      "消耗品費",
      "出張所等経費配賦額",
    ],
    cc("other"),
  ],
  [["完成工事原価", "完成工事原価合計", "当期完成工事原価"], { 建設業: total("ConstructionCost") }],
  [["材料費計", "労務費計", "外注費計", "経費", "経費計", "人件費", "合計"], COMPUTED],
]);

const BS = rules("貸借対照表", [
  [["現金", "小口現金", "当座預金", "普通預金", "現金及び預金", "現金・預金", "通知預金"], CASH],
  [
    [
      "定期預金",
      "定期積金",
      "受取手形",
      "売掛金",
      "完成工事未収入金",
      "有価証券",
      "商品",
      "製品",
      "原材料",
      "材料",
      "仕掛品",
      "未成工事支出金",
      "貯蔵品",
      "前渡金",
      "前払費用",
      "未収入金",
      "立替金",
      "仮払金",
      "短期貸付金",
      "仮払消費税等",
      "仮払法人税等",
      "貸倒引当金",
      "建物",
      "建物附属設備",
      "構築物",
      "機械装置",
      "機械及び装置",
      "車両運搬具",
      "車両及び運搬具",
      "工具器具備品",
      "工具・器具・備品",
      "一括償却資産",
      "減価償却累計額",
      "土地",
      "建設仮勘定",
      "リース資産",
      "ソフトウェア",
      "電話加入権",
      "投資有価証券",
      "出資金",
      "長期貸付金",
      "差入保証金",
      "敷金",
      "保証金",
      "保険積立金",
      "長期前払費用",
      "繰延税金資産",
      "支払手形",
      "買掛金",
      "工事未払金",
      "短期借入金",
      "未払金",
      "未払費用",
      "未払法人税等",
      "未払消費税等",
      "前受金",
      "未成工事受入金",
      "預り金",
      "仮受金",
      "仮受消費税等",
      "賞与引当金",
      "長期借入金",
      "役員借入金",
      "リース債務",
      "退職給付引当金",
      "資本金",
      "資本準備金",
      "利益準備金",
      "別途積立金",
      "繰越利益剰余金",
      "資産合計",
      "負債合計",
      "純資産合計",
      "負債・純資産合計",
      "流動資産合計",
      "固定資産合計",
      "流動負債合計",
      "固定負債合計",
      "有形固定資産合計",
    ],
    UNUSED,
  ],
]);

const TABLE: readonly AccountRule[] = [...PL, ...MC, ...CC, ...BS];

const COST_STATEMENT: Readonly<Record<Industry, Statement | undefined>> = {
  製造業: "製造原価報告書",
  "卸・小売業": undefined,
  建設業: "完成工事原価報告書",
};

function resolve(spec: Spec, industry: Industry): Target | undefined {
  return "kind" in spec ? (spec as Target) : (spec as Partial<Record<Industry, Target>>)[industry];
}

function inStatement(statement: Statement, name: string, industry: Industry): Target | undefined {
  const rule = TABLE.find((r) => r.statement === statement && r.names.includes(name));
  if (rule !== undefined) return resolve(rule.target, industry);
  return statement === "貸借対照表" ? UNUSED : undefined;
}

/** One account name of the built-in table with what it fills for an industry. */
export interface BuiltInAccount {
  statement: Statement;
  name: string;
  target: Target;
}

/**
 * The built-in table as an industry uses it, one row per account name, in the order of the
 * statements (the rows the 勘定科目対応 sheet starts from).
 */
export function builtInAccounts(industry: Industry): BuiltInAccount[] {
  const used = new Set<Statement>(searchOrder(industry));
  return TABLE.flatMap((rule) => {
    const target = used.has(rule.statement) ? resolve(rule.target, industry) : undefined;
    return target === undefined
      ? []
      : rule.names.map((name) => ({ statement: rule.statement, name, target }));
  });
}

/** Where an account a file gives no statement for is looked up, in order. */
export function searchOrder(industry: Industry): Statement[] {
  return ["損益計算書", COST_STATEMENT[industry], "貸借対照表"].filter(
    (s): s is Statement => s !== undefined
  );
}

/**
 * The line an account fills: looked up in its statement when the file says which, otherwise in
 * the 損益計算書 first, then the industry's cost report, then the balance sheet.
 */
export function targetOf(
  name: string,
  statement: Statement | undefined,
  industry: Industry
): Target | undefined {
  if (statement !== undefined) return inStatement(statement, name, industry);
  for (const s of searchOrder(industry)) {
    const rule = TABLE.find((r) => r.statement === s && r.names.includes(name));
    if (rule !== undefined) return resolve(rule.target, industry);
  }
  return undefined;
}

/** The built-in table as rows (statement, account, target) for an industry, for the mapping sheet. */
export function builtInRows(
  industry: Industry
): { statement: Statement; account: string; target: Target }[] {
  return TABLE.flatMap((r) => {
    const target = resolve(r.target, industry);
    return target === undefined
      ? []
      : r.names.map((account) => ({ statement: r.statement, account, target }));
  });
}
