/**
 * The BCP custom-function catalogue: each entry declares its parameters by domain (an amount, a
 * rate, a hazard, a range of days…) and computes with the model. The catalogue converts and checks
 * every argument once, by its domain, before the model is called. The Excel functions (namespace
 * BCP), the in-memory evaluator and `bcp-calc fn` all evaluate these entries, so a formula and the
 * command line always agree, bad input included.
 */
import { collapseProbabilities, pgvFromIntensity } from "../model/building";
import { flowsAtRate, stopCashflow } from "../model/businessInterruption";
import { FUNDING_SOURCES, cashflowTable, peakOf } from "../model/cashflowTable";
import { readinessVerdict } from "../model/checklists";
import {
  ASSET_CLASSES,
  type AssetClass,
  type Countermeasures,
  type DamageContext,
  NO_COUNTERMEASURES,
  damageRate,
  damageStatus,
} from "../model/damage";
import type { AnnualFigures } from "../model/directCosting";
import { invalid } from "../model/errors";
import { borrowingNeed, collateralLimit, repaymentCapacity } from "../model/funding";
import { MAX_OPERATING_RATE } from "../model/guards";
import type { Hazard } from "../model/hazard";
import {
  INSURANCE_ITEMS,
  INSURED_CATEGORIES,
  byCategory,
  POLICY_TYPES,
  coverage,
  heldPolicies,
  insuranceClaim,
  insuranceItem,
  insuranceStatus,
  perilOf,
} from "../model/insurance";
import { profitInsurancePayout } from "../model/profitInsurance";
import { impactRank, impactScore } from "../model/impactScore";
import type { Parameters } from "../model/parameters";
import { comparePrevention } from "../model/prevention";
import {
  RATED_BY,
  RECOVERY_RESOURCES,
  lifelineDays,
  referenceRecoveryDays,
  reopenDays,
} from "../model/recovery";
import type { Arg } from "./arguments";
import { DOMAINS, type DomainName, type DomainValue, type ParamType } from "./domains";

export type { ParamType } from "./domains";
export type ResultType = "number" | "string" | "matrix";
export type FunctionResult = number | string | (number | string)[][];

/** A parameter: its English name (functions.json), its domain, and its Japanese side. */
export interface ParamDef<D extends DomainName = DomainName> {
  name: string;
  domain: D;
  /** how Excel passes it, from the domain */
  type: ParamType;
  /** the argument's name in messages */
  label: string;
  descriptionJa: string;
  optional?: true;
}

/** One BCP function: its id, its Japanese name and description (functions-ja.json), its checks. */
export interface FunctionDef {
  id: string;
  nameJa: string;
  descriptionJa: string;
  result: ResultType;
  params: readonly ParamDef[];
  /** arguments of a worked call: shown in the pane as a formula, run by tests and the benchmark */
  example: readonly Arg[];
  /** converts the arguments by their domains and computes */
  evaluate(args: readonly Arg[], params: Parameters): FunctionResult;
}

type Values<P extends readonly ParamDef[]> = {
  [I in keyof P]: P[I] extends ParamDef<infer D> ? DomainValue<D> : never;
};

function p<D extends DomainName>(
  name: string,
  domain: D,
  label: string,
  descriptionJa: string,
  optional?: true
): ParamDef<D> {
  const def = { name, domain, type: DOMAINS[domain].type, label, descriptionJa };
  return optional ? { ...def, optional } : def;
}

type Converter = { convert: (v: Arg | undefined, l: string, pp: Parameters) => unknown };

/** The last, optional parameter of every function that computes with coefficients. */
const COEFFICIENTS_PARAM = {
  name: "coefficients",
  domain: "coefficients",
  type: DOMAINS.coefficients.type,
  label: "係数",
  descriptionJa:
    "係数シートの値の列（名前 Coefficients）。作成した数式はこれを渡すので、係数を変えると再計算されます。省略時は既定値（［係数を反映］の後はその値）",
  optional: true,
} as const satisfies ParamDef<"coefficients">;

const COEFFICIENTS_PARAM_DOMAIN = DOMAINS.coefficients as Converter;

function define<const P extends readonly ParamDef[]>(def: {
  id: string;
  nameJa: string;
  descriptionJa: string;
  result: ResultType;
  params: P;
  /** takes the 係数 sheet's values as its last argument */
  coefficients?: true;
  example: readonly Arg[];
  compute(args: Values<P>, params: Parameters): FunctionResult;
}): FunctionDef {
  const { compute, coefficients, ...meta } = def;
  const own = def.params.length;
  // looked up once: every recalculation of every cell runs evaluate
  const converters = def.params.map((q) => DOMAINS[q.domain] as Converter);
  const labels = def.params.map((q) => q.label);
  return {
    ...meta,
    params: coefficients ? [...def.params, COEFFICIENTS_PARAM] : def.params,
    evaluate: (args, defaults) => {
      // the coefficients first: the other arguments are read with them (a hazard's intensities)
      const params = coefficients
        ? (COEFFICIENTS_PARAM_DOMAIN.convert(
            args[own],
            COEFFICIENTS_PARAM.label,
            defaults
          ) as Parameters)
        : defaults;
      const values = new Array<unknown>(own);
      for (let i = 0; i < own; i++)
        values[i] = (converters[i] as Converter).convert(args[i], labels[i] as string, params);
      return compute(values as Values<P>, params);
    },
  };
}

/** A column of cells, as Excel passes a one-column range. */
const column = (...values: number[]): number[][] => values.map((v) => [v]);

const HAZARD = p(
  "hazard",
  "hazard",
  "災害の種類",
  "災害の種類：5弱〜7、計測震度（4.5〜7.0）、床上浸水、床下浸水、火災"
);
const SHINDO = p("shindo", "earthquake", "震度", "震度階級（5弱〜7）または計測震度（4.5〜7.0）");
const STRUCTURE = p(
  "structure",
  "structure",
  "建物構造",
  "建物構造：1 木造、2 RC・SRC造、3 鉄骨造、4 軽量鉄骨造"
);
const ERA = p(
  "era",
  "era",
  "建築年代",
  "建築年代：1 1981年以降、2 1971-80年、3 1961-70年、4 1951-60年、5 1950年以前"
);
const RETROFIT = p(
  "retrofitted",
  "flag",
  "耐震補強",
  "耐震補強あり＝1（1981年以降として評価）。省略時は0",
  true
);
const ASSET = p(
  "assetClass",
  "assetClass",
  "資産の科目",
  `資産の科目：${ASSET_CLASSES.join("、")}`
);
const SHARE = p(
  "protectedShare",
  "share",
  "対策済みの割合",
  "対策済みの割合（0〜1）：地震は固定・転倒防止、浸水は浸水対策・高所保管。省略時は0",
  true
);
const HELD = p(
  "policiesHeld",
  "flags",
  "加入の有無",
  `加入の有無（1/0、4セル）：${POLICY_TYPES.join("、")}`
);
function lossesOf(cells: readonly (number | null)[]) {
  if (cells.length !== INSURED_CATEGORIES.length)
    throw invalid(
      `損害額は${INSURED_CATEGORIES.length}セル（${INSURED_CATEGORIES.join("、")}）で指定してください。`
    );
  return byCategory(cells);
}
const SALES = p("annualSales", "amount", "年間売上高", "年間売上高（千円）");
const VARIABLE = p("annualVariable", "amount", "年間変動費", "年間変動費（千円）");
const FIXED = p("annualFixed", "amount", "年間固定費", "年間固定費（減価償却費を含む、千円）");
const DEPRECIATION = p("annualDepreciation", "amount", "年間減価償却費", "年間減価償却費（千円）");

function annual(
  sales: number,
  variable: number,
  fixed: number,
  depreciation: number
): AnnualFigures {
  return { sales, variable, fixed, depreciation };
}

function buildingContext(
  structure: DamageContext["structure"],
  era: DamageContext["era"],
  hazard: Hazard,
  countermeasures: Countermeasures,
  params: Parameters
): DamageContext {
  return { structure, era, hazard, countermeasures, params };
}

// The countermeasures a retrofit (and data backup) flag stands for, made once: every call uses
// them. Not frozen: V8 copies a frozen object far more slowly when a share is applied.
const FLAGGED: Record<"00" | "01" | "10" | "11", Countermeasures> = {
  "00": { ...NO_COUNTERMEASURES },
  "10": { ...NO_COUNTERMEASURES, retrofitted: true },
  "01": { ...NO_COUNTERMEASURES, dataBackup: true },
  "11": { ...NO_COUNTERMEASURES, retrofitted: true, dataBackup: true },
};
const retrofitted = (retrofit: boolean, backup = false): Countermeasures =>
  FLAGGED[`${retrofit ? 1 : 0}${backup ? 1 : 0}`];

// Which countermeasure share a protectedShare argument stands for, by asset class and hazard.
const SHARE_FIELD: Partial<
  Record<AssetClass, Partial<Record<Hazard["kind"], keyof Countermeasures>>>
> = {
  機械及び装置: { earthquake: "machineryAnchoredShare", floodAbove: "machineryFloodShare" },
  "工具・器具・備品": { earthquake: "toolsFixedShare" },
  棚卸資産: { earthquake: "inventoryFallShare", floodAbove: "inventoryRaisedShare" },
};

/** A copy with one field changed (a copy then a store: cheaper than a spread with a computed key). */
function withValue<T extends object, K extends keyof T>(value: T, key: K, to: T[K]): T {
  const copy = { ...value };
  copy[key] = to;
  return copy;
}

/** Applies a protectedShare argument to the countermeasure it stands for. */
function withShare(assetClass: AssetClass, ctx: DamageContext, share: number): DamageContext {
  const fields = SHARE_FIELD[assetClass];
  if (share > 0 && fields === undefined) {
    throw invalid(
      `${assetClass}には対策済みの割合を指定できません（建物は耐震補強の引数を使ってください）。`
    );
  }
  const field = fields?.[ctx.hazard.kind];
  return field === undefined || ctx.countermeasures[field] === share
    ? ctx
    : { ...ctx, countermeasures: withValue(ctx.countermeasures, field, share) };
}

/** Row order of the CASHFLOW_TABLE spill (表 参考.3-3 then 3-4). */
export const CASHFLOW_TABLE_ROWS = [
  "稼働率",
  "営業収入",
  "変動費",
  "固定費",
  "営業支出 小計",
  "事業資金収支",
  "復旧費用",
  "月次資金収支",
  "累計資金収支",
  "現金・預金取崩し",
  "新規借入",
  "損害保険金",
  "会社資産売却",
  "経営者から支援",
  "総合資金収支",
] as const;

export const CATALOGUE: readonly FunctionDef[] = [
  define({
    id: "SEISMIC_PGV",
    nameJa: "最大地動速度",
    descriptionJa: "震度から最大地動速度 PGV（cm/s）を求めます（翠川ほか1999）。",
    result: "number",
    coefficients: true,
    example: ["6強"],
    params: [SHINDO],
    compute: ([shindo], params) => pgvFromIntensity(shindo.intensity, params),
  }),
  define({
    id: "COLLAPSE_RATE",
    nameJa: "全壊率",
    descriptionJa: "建物構造・建築年代・震度から全壊率を求めます。",
    result: "number",
    coefficients: true,
    example: [1, 3, "6強"],
    params: [STRUCTURE, ERA, SHINDO],
    compute: ([structure, era, shindo], params) =>
      collapseProbabilities(structure, era, shindo.intensity, params).collapse,
  }),
  define({
    id: "HALF_COLLAPSE_RATE",
    nameJa: "半壊率",
    descriptionJa: "建物構造・建築年代・震度から半壊率（全半壊率−全壊率）を求めます。",
    result: "number",
    coefficients: true,
    example: [1, 3, "6強"],
    params: [STRUCTURE, ERA, SHINDO],
    compute: ([structure, era, shindo], params) =>
      collapseProbabilities(structure, era, shindo.intensity, params).halfCollapse,
  }),
  define({
    id: "BUILDING_DAMAGE_RATE",
    nameJa: "建物被害率",
    descriptionJa: "災害による建物の被害率（再調達価格に対する割合）を求めます。",
    result: "number",
    coefficients: true,
    example: [1, 3, "7"],
    params: [STRUCTURE, ERA, HAZARD, RETROFIT],
    compute: ([structure, era, hazard, retrofit], params) =>
      damageRate("建物", buildingContext(structure, era, hazard, retrofitted(retrofit), params)),
  }),
  define({
    id: "DAMAGE_STATUS",
    nameJa: "被害状況",
    descriptionJa: "建物の被害状況（全壊・半壊・一部損壊・被害なし）を返します。",
    result: "string",
    coefficients: true,
    example: [2, 1, "床上浸水"],
    params: [STRUCTURE, ERA, HAZARD, RETROFIT],
    compute: ([structure, era, hazard, retrofit], params) =>
      damageStatus(
        damageRate("建物", buildingContext(structure, era, hazard, retrofitted(retrofit), params)),
        params
      ),
  }),
  define({
    id: "DAMAGE_RATE",
    nameJa: "資産被害率",
    descriptionJa: "資産の科目ごとの被害率を求めます。",
    result: "number",
    coefficients: true,
    example: ["機械及び装置", "6強", 3, 2, 0.3],
    params: [ASSET, HAZARD, STRUCTURE, ERA, SHARE, RETROFIT],
    compute: ([asset, hazard, structure, era, share, retrofit], params) =>
      damageRate(
        asset,
        withShare(
          asset,
          buildingContext(structure, era, hazard, retrofitted(retrofit), params),
          share
        )
      ),
  }),
  define({
    id: "DAMAGE",
    nameJa: "資産被害額",
    descriptionJa: "再調達価格から資産の被害額（千円）を求めます。",
    result: "number",
    coefficients: true,
    example: [150000, "機械及び装置", "6強", 3, 2, 0.3],
    params: [
      p("amount", "amount", "再調達価格", "再調達価格（千円）"),
      ASSET,
      HAZARD,
      STRUCTURE,
      ERA,
      SHARE,
      RETROFIT,
    ],
    compute: ([amount, asset, hazard, structure, era, share, retrofit], params) =>
      amount *
      damageRate(
        asset,
        withShare(
          asset,
          buildingContext(structure, era, hazard, retrofitted(retrofit), params),
          share
        )
      ),
  }),
  define({
    id: "LIFELINE_DAYS",
    nameJa: "ライフライン復旧日数",
    descriptionJa: "電気・水道・ガスの復旧日数を返します（指針 資料16）。",
    result: "number",
    coefficients: true,
    example: ["電気", "6強"],
    params: [p("lifeline", "lifeline", "ライフライン", "電気、水道、ガスのいずれか"), HAZARD],
    compute: ([lifeline, hazard], params) => lifelineDays(lifeline, hazard, params),
  }),
  define({
    id: "REFERENCE_RECOVERY_DAYS",
    nameJa: "参考復旧日数",
    descriptionJa: "表 参考.1-17 の資源ごとの参考復旧日数を返します。",
    result: "number",
    coefficients: true,
    example: ["建物", "6強", 1, 2],
    params: [
      p("resource", "resource", "資源", `資源：${RECOVERY_RESOURCES.join("、")}`),
      HAZARD,
      STRUCTURE,
      ERA,
      RETROFIT,
      p(
        "dataBackup",
        "flag",
        "データのバックアップ",
        "重要データのバックアップあり＝1。省略時は0",
        true
      ),
      p(
        "protectedShare",
        "share",
        "対策済みの割合",
        "機械及び装置・工具・器具・備品の対策済みの割合（0〜1）。データ消失は工具・器具・備品の割合を使います。省略時は0",
        true
      ),
    ],
    compute: ([resource, hazard, structure, era, retrofit, backup, share], params) => {
      const ctx = buildingContext(structure, era, hazard, retrofitted(retrofit, backup), params);
      const rated = RATED_BY[resource];
      return referenceRecoveryDays(
        resource,
        rated === undefined ? ctx : withShare(rated, ctx, share)
      );
    },
  }),
  define({
    id: "REOPEN_DAYS",
    nameJa: "営業再開日数",
    descriptionJa: "事業再開に不可欠な資源の復旧日数の最大値（営業再開日数予想結果）を求めます。",
    result: "number",
    example: [column(2, 15, 30, 80, 8), column(1, 1, 0, 1, 1)],
    params: [
      p("daysRange", "daysList", "復旧日数", "資源ごとの復旧日数（空欄は参考値を使用）"),
      p("essentialRange", "flags", "事業再開に不可欠", "事業再開に不可欠な資源に1"),
      p("referenceRange", "daysList", "参考復旧日数", "資源ごとの参考復旧日数", true),
    ],
    compute: ([days, essential, reference]) => {
      if (
        essential.length !== days.length ||
        (reference.length > 0 && reference.length !== days.length)
      ) {
        throw invalid("復旧日数・不可欠フラグ・参考日数の範囲は同じ大きさにしてください。");
      }
      const rows = days.map((d, i) => ({
        label: `${i + 1}行目`,
        days: d,
        reference: reference[i] ?? null,
        essential: essential[i] ?? false,
      }));
      return reopenDays(rows).days;
    },
  }),
  define({
    id: "STOP_CASHFLOW",
    nameJa: "事業中断CF悪化額",
    descriptionJa: "N日間の事業停止によるキャッシュフローの悪化額 (B) を求めます。",
    result: "number",
    coefficients: true,
    example: [1250000, 108000, 30],
    params: [FIXED, DEPRECIATION, p("days", "days", "停止日数", "停止日数")],
    compute: ([fixed, depreciation, days], params) =>
      stopCashflow(fixed, depreciation, days, params),
  }),
  define({
    id: "MONTHLY_BALANCE",
    nameJa: "月次資金収支",
    descriptionJa: "稼働率 r のときの月次資金収支を求めます。",
    result: "number",
    example: [5923000, 4467000, 1250000, 108000, 0.5],
    params: [
      SALES,
      VARIABLE,
      FIXED,
      DEPRECIATION,
      p("rate", "rate", "稼働率", `稼働率（平常＝1、0〜${MAX_OPERATING_RATE}）`),
    ],
    compute: ([sales, variable, fixed, depreciation, rate]) =>
      flowsAtRate(annual(sales, variable, fixed, depreciation), rate).balance,
  }),
  define({
    id: "CASHFLOW_TABLE",
    nameJa: "キャッシュフロー表",
    descriptionJa: `月ごとのキャッシュフロー検討表（表 参考.3-3/3-4）を列ごとに返します。行：${CASHFLOW_TABLE_ROWS.join("、")}`,
    result: "matrix",
    coefficients: true,
    example: [5923000, 4467000, 1250000, 108000, [[0, 0.3, 0.6, 1]], [[0, 50000, 0, 0]]],
    params: [
      SALES,
      VARIABLE,
      FIXED,
      DEPRECIATION,
      p(
        "ratesRange",
        "rates",
        "稼働率",
        `月ごとの稼働率（平常＝1、0〜${MAX_OPERATING_RATE}）。範囲の長さが月数`
      ),
      p("recoveryCostRange", "amounts", "復旧費用", "月ごとの復旧費用"),
      p(
        "fundingRange",
        "funding",
        "資金調達",
        "資金調達（5行×月数）：現金・預金取崩し、新規借入、損害保険金、会社資産売却、経営者から支援",
        true
      ),
    ],
    compute: ([sales, variable, fixed, depreciation, rates, recoveryCosts, funding], params) => {
      const table = cashflowTable(
        {
          annual: annual(sales, variable, fixed, depreciation),
          months: rates.length,
          rates,
          recoveryCosts,
          funding: funding(rates.length),
        },
        params
      );
      const row = (pick: (r: (typeof table.rows)[number]) => number) => table.rows.map(pick);
      return [
        row((r) => r.rate),
        row((r) => r.revenue),
        row((r) => r.variable),
        row((r) => r.fixed),
        row((r) => r.expenses),
        row((r) => r.operatingBalance),
        row((r) => r.recoveryCost + r.extraExpenses),
        row((r) => r.balance),
        row((r) => r.cumulative),
        ...FUNDING_SOURCES.map((s) => row((r) => r.funding[s])),
        row((r) => r.overallBalance),
      ];
    },
  }),
  define({
    id: "PEAK_SHORTAGE",
    nameJa: "ピーク資金不足額",
    descriptionJa: "累計資金収支の最大不足額（正の値）。不足がなければ0。",
    result: "number",
    example: [column(-120, -310, -640, -455)],
    params: [p("cumulativeRange", "numbers", "累計資金収支", "月ごとの累計資金収支")],
    compute: ([cumulative]) => peakOf(cumulative).peakShortage,
  }),
  define({
    id: "PEAK_MONTH",
    nameJa: "ピーク資金不足月",
    descriptionJa: "累計資金収支が最も不足する月（1から数える）。不足がなければ0。",
    result: "number",
    example: [column(-120, -310, -640, -455)],
    params: [p("cumulativeRange", "numbers", "累計資金収支", "月ごとの累計資金収支")],
    compute: ([cumulative]) => peakOf(cumulative).peakPeriod ?? 0,
  }),
  define({
    id: "BORROWING_NEED",
    nameJa: "新規借入必要額",
    descriptionJa: "復旧費用総額 (C) が手元資金 (D1) を超える額（新規借入必要額 E）。",
    result: "number",
    example: [150000, 90000],
    params: [
      p("C", "amount", "復旧費用総額 (C)", "復旧費用総額 C（千円）"),
      p("D1", "amount", "手元資金 (D1)", "手元資金 D1（千円）"),
    ],
    compute: ([c, d1]) => borrowingNeed(c, d1),
  }),
  define({
    id: "REPAYMENT_CAPACITY",
    nameJa: "新規借入可能額",
    descriptionJa: "返済原資から新規借入可能金額 (e) を求めます（表 参考.2-3）。",
    result: "number",
    coefficients: true,
    example: [12000, 10800, 9000],
    params: [
      p("netIncomeAfterTax", "signedAmount", "税引後当期純利益", "税引後当期純利益（千円）"),
      DEPRECIATION,
      p(
        "existingAnnualRepayment",
        "amount",
        "既往借入金年間約定返済額",
        "既往借入金年間約定返済額（千円）"
      ),
      p("years", "years", "返済年数", "返済年数。省略時は係数シートの値（8年）", true),
    ],
    compute: ([netIncomeAfterTax, annualDepreciation, existingAnnualRepayment, years], params) =>
      repaymentCapacity(
        { netIncomeAfterTax, annualDepreciation, existingAnnualRepayment },
        params,
        years ?? params.RepaymentYears
      ).borrowingCapacity,
  }),
  define({
    id: "COLLATERAL_LIMIT",
    nameJa: "担保借入上限",
    descriptionJa: "担保価値から借入可能金額の上限を求めます（表 参考.2-5 の例示条件）。",
    result: "number",
    coefficients: true,
    example: [20000],
    params: [
      p("collateralValue", "amount", "担保価値", "担保価値＝担保評価額−先順位担保権（千円）"),
    ],
    compute: ([value], params) => collateralLimit(value, params),
  }),
  define({
    id: "CHECK_VERDICT",
    nameJa: "取組状況判定",
    descriptionJa: "BCP取組状況チェックの「はい」の数から判定を返します。",
    result: "string",
    example: [12],
    params: [p("yesCount", "count", "「はい」の数", "「はい」の数（0〜20）")],
    compute: ([yes]) => readinessVerdict(yes).level,
  }),
  define({
    id: "IMPACT_SCORE",
    nameJa: "影響度評価点",
    descriptionJa: "様式07：資源の重要度（1〜3）と災害の影響度（1〜3）の積を返します。",
    result: "number",
    example: [3, 2],
    params: [
      p(
        "criticality",
        "count",
        "資源の重要度",
        "資源の重要度 ②（3：代替不可、2：一部代替可、1：支障なし）"
      ),
      p(
        "impact",
        "count",
        "災害の影響度",
        "災害の影響度 ③（3：目標復旧時間に間に合わない、2：間に合う、1：ほぼ影響なし）"
      ),
    ],
    compute: ([criticality, impact]) => impactScore(criticality, impact),
  }),
  define({
    id: "IMPACT_RANK",
    nameJa: "影響度区分",
    descriptionJa:
      "図 4.1-5 で復旧を左右する組合せの区分（1〜3、1が最も重い）を返します。該当しなければ0。",
    result: "number",
    example: [3, 3],
    params: [
      p("criticality", "count", "資源の重要度", "資源の重要度 ②（1〜3）"),
      p("impact", "count", "災害の影響度", "災害の影響度 ③（1〜3）"),
    ],
    compute: ([criticality, impact]) => impactRank(criticality, impact),
  }),
  define({
    id: "INSURANCE_COVERAGE",
    nameJa: "保険補償区分",
    descriptionJa: "保険の種類が災害を補償するか（○・△・×）を返します（表 参考.2-1）。",
    result: "string",
    coefficients: true,
    example: ["店舗総合保険", "床上浸水"],
    params: [
      p("policyType", "policyType", "保険の種類", `保険の種類：${POLICY_TYPES.join("、")}`),
      HAZARD,
    ],
    compute: ([policy, hazard]) => coverage(policy, perilOf(hazard)),
  }),
  define({
    id: "INSURANCE_STATUS",
    nameJa: "保険補償状況",
    descriptionJa:
      "加入している火災保険が想定災害をどう補償するかを、表 参考.2-1 の△の注記に従って返します（補償対象・限度内で補償・補償対象外・保険なし）。",
    result: "string",
    coefficients: true,
    example: [[[0, 0, 1, 0]], "床上浸水"],
    params: [HELD, HAZARD],
    compute: ([held, hazard]) => insuranceStatus(hazard, heldPolicies(held, [0, 0, 0], null)),
  }),
  define({
    id: "INSURANCE_PAYOUT",
    nameJa: "損害保険金推定",
    descriptionJa:
      "火災保険の推定受取額を、表 参考.2-1 の注記（限度・対象）と新価・時価に従って求めます。項目で臨時費用などの費用保険金も返します。",
    result: "number",
    coefficients: true,
    example: [[[0, 1, 0, 0]], "火災", [[50000], [30000], [15000]], [[40000], [50000], [10000]]],
    params: [
      HELD,
      HAZARD,
      p("losses", "amounts", "損害額", `損害額（千円、3セル）：${INSURED_CATEGORIES.join("、")}`),
      p(
        "sumsInsured",
        "amounts",
        "保険金額",
        `保険金額（千円、3セル）：${INSURED_CATEGORIES.join("、")}`
      ),
      p(
        "marketValueRatio",
        "marketValueRatio",
        "時価の割合",
        "時価で契約している場合の 時価÷新価（0〜1）。空欄は新価",
        true
      ),
      p(
        "item",
        "insuranceItem",
        "項目",
        `項目：${INSURANCE_ITEMS.join("、")}。省略時は保険金`,
        true
      ),
    ],
    compute: ([held, hazard, losses, sums, ratio, item], params) =>
      insuranceItem(
        insuranceClaim(hazard, heldPolicies(held, sums, ratio), lossesOf(losses), params),
        item
      ),
  }),
  define({
    id: "PROFIT_INSURANCE",
    nameJa: "利益保険金推定",
    descriptionJa:
      "利益保険（表 参考.2-2）の推定受取額：キャッシュフローの悪化額 B のうち約定てん補期間内の日数分を、支払限度額まで。地震と、火災保険で全額補償されない災害は0です。",
    result: "number",
    coefficients: true,
    example: [40000, 6, "火災", 1, 51568, 109],
    params: [
      p("limit", "amount", "支払限度額", "利益保険の支払限度額（千円）"),
      p("indemnityMonths", "days", "約定てん補期間", "約定てん補期間（月）"),
      HAZARD,
      p(
        "propertyCovered",
        "requiredFlag",
        "火災保険で補償",
        "火災保険がこの災害を全額補償するか（1/0）"
      ),
      p("B", "amount", "キャッシュフローの悪化額 (B)", "キャッシュフローの悪化額 B（千円）"),
      p("N", "days", "営業再開日数 (N)", "営業再開日数 N"),
    ],
    compute: ([limit, months, hazard, covered, B, N], params) =>
      profitInsurancePayout(
        { limit, indemnityMonths: months },
        perilOf(hazard),
        covered,
        B,
        N,
        params
      ).payout,
  }),
  define({
    id: "PREVENTION_VERDICT",
    nameJa: "事前対策判定",
    descriptionJa: "対策なしの C1 と、対策費用 F を含む H2＝F＋C2 を比べて判定します。",
    result: "string",
    example: [180000, 60000, 40000],
    params: [
      p("C1", "amount", "対策なしの復旧費用総額 (C1)", "対策なしの復旧費用総額 C1"),
      p("C2", "amount", "対策ありの復旧費用総額 (C2)", "対策ありの復旧費用総額 C2"),
      p("F", "amount", "災害防止対策費用 (F)", "災害防止対策費用 F"),
    ],
    compute: ([c1, c2, f]) => comparePrevention(c1, c2, f).verdict,
  }),
];

const BY_ID = new Map(CATALOGUE.map((f) => [f.id, f]));
const REQUIRED = new Map(CATALOGUE.map((f) => [f, f.params.filter((q) => !q.optional).length]));

export function findFunction(id: string): FunctionDef {
  const exact = BY_ID.get(id); // the usual case: the id as the add-in registers it
  if (exact !== undefined) return exact;
  const name = id
    .trim()
    .toUpperCase()
    .replace(/^BCP\./, "");
  const found = BY_ID.get(name);
  if (found === undefined)
    throw invalid(
      `関数「${id}」はありません。使える関数：${CATALOGUE.map((f) => f.id).join("、")}`
    );
  return found;
}

/** Evaluates one function with its arity checked. Model errors propagate to the caller. */
export function evaluateFunction(id: string, args: readonly Arg[], params: Parameters) {
  const def = findFunction(id);
  const required = REQUIRED.get(def) ?? 0;
  if (args.length < required || args.length > def.params.length) {
    throw invalid(
      `${def.id} の引数は${required === def.params.length ? required : `${required}〜${def.params.length}`}個です（${args.length}個が指定されました）。`
    );
  }
  const result = def.evaluate(args, params);
  if (!isFiniteResult(result)) {
    // Only reachable with amounts near the limits of floating point; never show NaN or ∞.
    throw invalid(`${def.id} の計算結果が数値の範囲を超えました。入力値の桁を確認してください。`);
  }
  return result;
}

function isFiniteResult(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isFiniteResult);
  return typeof value === "string";
}
