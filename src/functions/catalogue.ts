/**
 * The BCP custom-function catalogue: each entry checks its Excel arguments and calls the model.
 * The Excel functions (namespace BCP) and `bcp-calc fn` both evaluate these entries, so a formula
 * and the command line always agree, bad input included.
 */
import {
  collapseProbabilities,
  pgvFromIntensity,
  requireEra,
  requireStructure,
} from "../model/building";
import { flowsAtRate, stopCashflow } from "../model/businessInterruption";
import {
  FUNDING_SOURCES,
  type FundingSchedule,
  cashflowTable,
  peakOf,
} from "../model/cashflowTable";
import { readinessVerdict } from "../model/checklists";
import { impactRank, impactScore } from "../model/impactScore";
import {
  ASSET_CLASSES,
  type AssetClass,
  type Countermeasures,
  type DamageContext,
  NO_COUNTERMEASURES,
  damageRate,
  damageStatus,
} from "../model/damage";
import { invalid } from "../model/errors";
import { borrowingNeed, collateralLimit, repaymentCapacity } from "../model/funding";
import { type Hazard, parseHazard } from "../model/hazard";
import { POLICY_TYPES, coverage, perilOf } from "../model/insurance";
import type { Parameters } from "../model/parameters";
import { comparePrevention } from "../model/prevention";
import {
  LIFELINES,
  RATED_BY,
  RECOVERY_RESOURCES,
  RESOURCE_ALIASES,
  type RecoveryResource,
  lifelineDays,
  referenceRecoveryDays,
  reopenDays,
} from "../model/recovery";
import {
  isBlank,
  optionalRate,
  requireAmount,
  requireCode,
  requireDays,
  requireFlag,
  requireNumber,
  requireSignedAmount,
} from "../model/guards";
import { type Arg, type Cell, flatten, optionalFlagArg, scalar } from "./arguments";

export type ParamType = "number" | "string" | "any" | "range";
export type ResultType = "number" | "string" | "matrix";

/** The Japanese side of a parameter; its English description lives in the JSDoc of functions.ts. */
export interface ParamDef {
  name: string;
  type: ParamType;
  optional?: true;
  descriptionJa: string;
}

/** One BCP function: its id, its Japanese name and description (functions-ja.json), its checks. */
export interface FunctionDef {
  id: string;
  nameJa: string;
  descriptionJa: string;
  result: ResultType;
  params: readonly ParamDef[];
  evaluate(args: readonly Arg[], params: Parameters): number | string | (number | string)[][];
}

function p(name: string, type: ParamType, descriptionJa: string, optional?: true): ParamDef {
  return optional ? { name, type, descriptionJa, optional } : { name, type, descriptionJa };
}

const HAZARD_PARAM = p(
  "hazard",
  "any",
  "災害の種類：5弱〜7、計測震度（4.5〜7.0）、床上浸水、床下浸水、火災"
);
const SHINDO_PARAM = p("shindo", "any", "震度階級（5弱〜7）または計測震度（4.5〜7.0）");
const STRUCTURE_PARAM = p(
  "structure",
  "number",
  "建物構造：1 木造、2 RC・SRC造、3 鉄骨造、4 軽量鉄骨造"
);
const ERA_PARAM = p(
  "era",
  "number",
  "建築年代：1 1981年以降、2 1971-80年、3 1961-70年、4 1951-60年、5 1950年以前"
);
const RETROFIT_PARAM = p(
  "retrofitted",
  "any",
  "耐震補強あり＝1（1981年以降として評価）。省略時は0",
  true
);
const ASSET_PARAM = p("assetClass", "string", `資産の科目：${ASSET_CLASSES.join("、")}`);
const SHARE_PARAM = p(
  "protectedShare",
  "any",
  "対策済みの割合（0〜1）：地震は固定・転倒防止、浸水は浸水対策・高所保管。省略時は0",
  true
);
const S_PARAM = p("annualSales", "number", "年間売上高（千円）");
const V_PARAM = p("annualVariable", "number", "年間変動費（千円）");
const F_PARAM = p("annualFixed", "number", "年間固定費（減価償却費を含む、千円）");
const D_PARAM = p("annualDepreciation", "number", "年間減価償却費（千円）");

function earthquakeOnly(value: Arg, params: Parameters): Extract<Hazard, { kind: "earthquake" }> {
  const hazard = parseHazard(scalar(value, "震度"), params);
  if (hazard.kind !== "earthquake")
    throw invalid("この関数は地震の震度だけを扱います。震度階級か計測震度を指定してください。");
  return hazard;
}

function probabilities(args: readonly Arg[], params: Parameters) {
  const structure = requireStructure(scalar(args[0], "建物構造"));
  const era = requireEra(scalar(args[1], "建築年代"));
  const hazard = earthquakeOnly(args[2] as Arg, params);
  return collapseProbabilities(structure, era, hazard.intensity, params);
}

function buildingContext(
  args: readonly Arg[],
  params: Parameters,
  cm: Countermeasures
): DamageContext {
  return {
    structure: requireStructure(scalar(args[0], "建物構造")),
    era: requireEra(scalar(args[1], "建築年代")),
    hazard: parseHazard(scalar(args[2], "災害の種類"), params),
    countermeasures: cm,
    params,
  };
}

function retrofit(value: Arg): Countermeasures {
  return { ...NO_COUNTERMEASURES, retrofitted: optionalFlagArg(value, "耐震補強") };
}

// Which countermeasure share a protectedShare argument stands for, by asset class and hazard.
const SHARE_FIELD: Partial<
  Record<AssetClass, Partial<Record<Hazard["kind"], keyof Countermeasures>>>
> = {
  機械及び装置: { earthquake: "machineryAnchoredShare", floodAbove: "machineryFloodShare" },
  "工具・器具・備品": { earthquake: "toolsFixedShare" },
  棚卸資産: { earthquake: "inventoryFallShare", floodAbove: "inventoryRaisedShare" },
};

/** assetClass, hazard, structure, era, [protectedShare], [retrofitted] → class and context */
/** Applies a protectedShare argument to the countermeasure it stands for. */
function withShare(
  assetClass: AssetClass,
  ctx: DamageContext,
  value: Arg | undefined
): DamageContext {
  const share = optionalRate(scalar(value, "対策済みの割合"), "対策済みの割合");
  const fields = SHARE_FIELD[assetClass];
  if (share > 0 && fields === undefined) {
    throw invalid(
      `${assetClass}には対策済みの割合を指定できません（建物は耐震補強の引数を使ってください）。`
    );
  }
  const field = fields?.[ctx.hazard.kind];
  return field === undefined
    ? ctx
    : { ...ctx, countermeasures: { ...ctx.countermeasures, [field]: share } };
}

function assetContext(
  args: readonly Arg[],
  params: Parameters
): { assetClass: AssetClass; ctx: DamageContext } {
  const assetClass = requireCode(scalar(args[0], "資産の科目"), "資産の科目", ASSET_CLASSES);
  const ctx = buildingContext(
    [args[2] as Arg, args[3] as Arg, args[1] as Arg],
    params,
    retrofit(args[5] as Arg)
  );
  return { assetClass, ctx: withShare(assetClass, ctx, args[4]) };
}

function resourceOf(value: Arg): RecoveryResource {
  const cell = scalar(value, "資源");
  const text = typeof cell === "string" ? cell.trim() : cell;
  const alias = typeof text === "string" ? RESOURCE_ALIASES[text] : undefined;
  return alias ?? requireCode(text, "資源", RECOVERY_RESOURCES);
}

function numbersOf(value: Arg, label: string): number[] {
  return flatten(value, label).map((cell, i) => requireNumber(cell, `${label}（${i + 1}番目）`));
}

function fundingRows(value: Arg | undefined, months: number): FundingSchedule {
  if (value === undefined || value === null) return {};
  if (!Array.isArray(value))
    throw invalid("資金調達の範囲は5行×月数のセル範囲で指定してください。");
  if (
    value.length !== FUNDING_SOURCES.length ||
    value.some((row) => !Array.isArray(row) || row.length !== months)
  ) {
    throw invalid(
      `資金調達の範囲は${FUNDING_SOURCES.length}行（現金・預金取崩し〜経営者から支援）×${months}列で指定してください。`
    );
  }
  return Object.fromEntries(
    FUNDING_SOURCES.map((s, i) => [
      s,
      (value[i] as Cell[]).map((c) => (isBlank(c) ? null : (c as number))),
    ])
  );
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
  {
    id: "SEISMIC_PGV",
    nameJa: "最大地動速度",
    descriptionJa: "震度から最大地動速度 PGV（cm/s）を求めます（翠川ほか1999）。",
    result: "number",
    params: [SHINDO_PARAM],
    evaluate: (args, params) =>
      pgvFromIntensity(earthquakeOnly(args[0] as Arg, params).intensity, params),
  },
  {
    id: "COLLAPSE_RATE",
    nameJa: "全壊率",
    descriptionJa: "建物構造・建築年代・震度から全壊率を求めます。",
    result: "number",
    params: [STRUCTURE_PARAM, ERA_PARAM, SHINDO_PARAM],
    evaluate: (args, params) => probabilities(args, params).collapse,
  },
  {
    id: "HALF_COLLAPSE_RATE",
    nameJa: "半壊率",
    descriptionJa: "建物構造・建築年代・震度から半壊率（全半壊率−全壊率）を求めます。",
    result: "number",
    params: [STRUCTURE_PARAM, ERA_PARAM, SHINDO_PARAM],
    evaluate: (args, params) => probabilities(args, params).halfCollapse,
  },
  {
    id: "BUILDING_DAMAGE_RATE",
    nameJa: "建物被害率",
    descriptionJa: "災害による建物の被害率（再調達価格に対する割合）を求めます。",
    result: "number",
    params: [STRUCTURE_PARAM, ERA_PARAM, HAZARD_PARAM, RETROFIT_PARAM],
    evaluate: (args, params) =>
      damageRate("建物", buildingContext(args, params, retrofit(args[3] as Arg))),
  },
  {
    id: "DAMAGE_STATUS",
    nameJa: "被害状況",
    descriptionJa: "建物の被害状況（全壊・半壊・一部損壊・被害なし）を返します。",
    result: "string",
    params: [STRUCTURE_PARAM, ERA_PARAM, HAZARD_PARAM, RETROFIT_PARAM],
    evaluate: (args, params) =>
      damageStatus(
        damageRate("建物", buildingContext(args, params, retrofit(args[3] as Arg))),
        params
      ),
  },
  {
    id: "DAMAGE_RATE",
    nameJa: "資産被害率",
    descriptionJa: "資産の科目ごとの被害率を求めます。",
    result: "number",
    params: [ASSET_PARAM, HAZARD_PARAM, STRUCTURE_PARAM, ERA_PARAM, SHARE_PARAM, RETROFIT_PARAM],
    evaluate: (args, params) => {
      const { assetClass, ctx } = assetContext(args, params);
      return damageRate(assetClass, ctx);
    },
  },
  {
    id: "DAMAGE",
    nameJa: "資産被害額",
    descriptionJa: "再調達価格から資産の被害額（千円）を求めます。",
    result: "number",
    params: [
      p("amount", "number", "再調達価格（千円）"),
      ASSET_PARAM,
      HAZARD_PARAM,
      STRUCTURE_PARAM,
      ERA_PARAM,
      SHARE_PARAM,
      RETROFIT_PARAM,
    ],
    evaluate: (args, params) => {
      const amount = requireAmount(scalar(args[0], "再調達価格"), "再調達価格");
      const { assetClass, ctx } = assetContext(args.slice(1), params);
      return amount * damageRate(assetClass, ctx);
    },
  },
  {
    id: "LIFELINE_DAYS",
    nameJa: "ライフライン復旧日数",
    descriptionJa: "電気・水道・ガスの復旧日数を返します（指針 資料16）。",
    result: "number",
    params: [p("lifeline", "string", "電気、水道、ガスのいずれか"), HAZARD_PARAM],
    evaluate: (args, params) =>
      lifelineDays(
        requireCode(scalar(args[0], "ライフライン"), "ライフライン", LIFELINES),
        parseHazard(scalar(args[1], "災害の種類"), params),
        params
      ),
  },
  {
    id: "REFERENCE_RECOVERY_DAYS",
    nameJa: "参考復旧日数",
    descriptionJa: "表 参考.1-17 の資源ごとの参考復旧日数を返します。",
    result: "number",
    params: [
      p("resource", "string", `資源：${RECOVERY_RESOURCES.join("、")}`),
      HAZARD_PARAM,
      STRUCTURE_PARAM,
      ERA_PARAM,
      RETROFIT_PARAM,
      p("dataBackup", "any", "重要データのバックアップあり＝1。省略時は0", true),
      p(
        "protectedShare",
        "any",
        "機械及び装置・工具・器具・備品の対策済みの割合（0〜1）。データ消失は工具・器具・備品の割合を使います。省略時は0",
        true
      ),
    ],
    evaluate: (args, params) => {
      const resource = resourceOf(args[0] as Arg);
      const cm = {
        ...retrofit(args[4] as Arg),
        dataBackup: optionalFlagArg(args[5] as Arg, "データのバックアップ"),
      };
      const ctx = buildingContext([args[2] as Arg, args[3] as Arg, args[1] as Arg], params, cm);
      const rated = RATED_BY[resource];
      return referenceRecoveryDays(
        resource,
        rated === undefined ? ctx : withShare(rated, ctx, args[6])
      );
    },
  },
  {
    id: "REOPEN_DAYS",
    nameJa: "営業再開日数",
    descriptionJa: "事業再開に不可欠な資源の復旧日数の最大値（営業再開日数予想結果）を求めます。",
    result: "number",
    params: [
      p("daysRange", "range", "資源ごとの復旧日数（空欄は参考値を使用）"),
      p("essentialRange", "range", "事業再開に不可欠な資源に1"),
      p("referenceRange", "range", "資源ごとの参考復旧日数", true),
    ],
    evaluate: (args) => {
      const days = flatten(args[0], "復旧日数");
      const essential = flatten(args[1], "事業再開に不可欠");
      const reference =
        args[2] === undefined || args[2] === null ? [] : flatten(args[2], "参考復旧日数");
      if (
        essential.length !== days.length ||
        (reference.length > 0 && reference.length !== days.length)
      ) {
        throw invalid("復旧日数・不可欠フラグ・参考日数の範囲は同じ大きさにしてください。");
      }
      const rows = days.map((d, i) => ({
        label: `${i + 1}行目`,
        days: isBlank(d) ? null : requireDays(d, `${i + 1}行目の復旧日数`),
        reference: isBlank(reference[i])
          ? null
          : requireDays(reference[i], `${i + 1}行目の参考復旧日数`),
        essential: isBlank(essential[i])
          ? false
          : requireFlag(essential[i], `${i + 1}行目の不可欠フラグ`),
      }));
      return reopenDays(rows).days;
    },
  },
  {
    id: "STOP_CASHFLOW",
    nameJa: "事業中断CF悪化額",
    descriptionJa: "N日間の事業停止によるキャッシュフローの悪化額 (B) を求めます。",
    result: "number",
    params: [F_PARAM, D_PARAM, p("days", "number", "停止日数")],
    evaluate: (args, params) =>
      stopCashflow(
        requireAmount(scalar(args[0], "年間固定費"), "年間固定費"),
        requireAmount(scalar(args[1], "年間減価償却費"), "年間減価償却費"),
        requireDays(scalar(args[2], "停止日数"), "停止日数"),
        params
      ),
  },
  {
    id: "MONTHLY_BALANCE",
    nameJa: "月次資金収支",
    descriptionJa: "稼働率 r のときの月次資金収支を求めます。",
    result: "number",
    params: [S_PARAM, V_PARAM, F_PARAM, D_PARAM, p("rate", "number", "稼働率（0〜1）")],
    evaluate: (args) =>
      flowsAtRate(
        {
          sales: scalar(args[0], "年間売上高") as number,
          variable: scalar(args[1], "年間変動費") as number,
          fixed: scalar(args[2], "年間固定費") as number,
          depreciation: scalar(args[3], "年間減価償却費") as number,
        },
        scalar(args[4], "稼働率") as number
      ).balance,
  },
  {
    id: "CASHFLOW_TABLE",
    nameJa: "キャッシュフロー表",
    descriptionJa: `月ごとのキャッシュフロー検討表（表 参考.3-3/3-4）を列ごとに返します。行：${CASHFLOW_TABLE_ROWS.join("、")}`,
    result: "matrix",
    params: [
      S_PARAM,
      V_PARAM,
      F_PARAM,
      D_PARAM,
      p("ratesRange", "range", "月ごとの稼働率（0〜1）。範囲の長さが月数"),
      p("recoveryCostRange", "range", "月ごとの復旧費用"),
      p(
        "fundingRange",
        "range",
        "資金調達（5行×月数）：現金・預金取崩し、新規借入、損害保険金、会社資産売却、経営者から支援",
        true
      ),
    ],
    evaluate: (args, params) => {
      const rates = flatten(args[4], "稼働率").map((c, i) => {
        if (isBlank(c)) throw invalid(`稼働率（${i + 1}ヶ月目）が空欄です。`);
        return c as number;
      });
      const table = cashflowTable(
        {
          annual: {
            sales: scalar(args[0], "年間売上高") as number,
            variable: scalar(args[1], "年間変動費") as number,
            fixed: scalar(args[2], "年間固定費") as number,
            depreciation: scalar(args[3], "年間減価償却費") as number,
          },
          months: rates.length,
          rates,
          recoveryCosts: flatten(args[5], "復旧費用") as (number | null)[],
          funding: fundingRows(args[6] as Arg | undefined, rates.length),
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
  },
  {
    id: "PEAK_SHORTAGE",
    nameJa: "ピーク資金不足額",
    descriptionJa: "累計資金収支の最大不足額（正の値）。不足がなければ0。",
    result: "number",
    params: [p("cumulativeRange", "range", "月ごとの累計資金収支")],
    evaluate: (args) => peakOf(numbersOf(args[0] as Arg, "累計資金収支")).peakShortage,
  },
  {
    id: "PEAK_MONTH",
    nameJa: "ピーク資金不足月",
    descriptionJa: "累計資金収支が最も不足する月（1から数える）。不足がなければ0。",
    result: "number",
    params: [p("cumulativeRange", "range", "月ごとの累計資金収支")],
    evaluate: (args) => peakOf(numbersOf(args[0] as Arg, "累計資金収支")).peakPeriod ?? 0,
  },
  {
    id: "BORROWING_NEED",
    nameJa: "新規借入必要額",
    descriptionJa: "復旧費用総額 (C) が手元資金 (D1) を超える額（新規借入必要額 E）。",
    result: "number",
    params: [p("C", "number", "復旧費用総額 C（千円）"), p("D1", "number", "手元資金 D1（千円）")],
    evaluate: (args) =>
      borrowingNeed(scalar(args[0], "C") as number, scalar(args[1], "D1") as number),
  },
  {
    id: "REPAYMENT_CAPACITY",
    nameJa: "新規借入可能額",
    descriptionJa: "返済原資から新規借入可能金額 (e) を求めます（表 参考.2-3）。",
    result: "number",
    params: [
      p("netIncomeAfterTax", "number", "税引後当期純利益（千円）"),
      D_PARAM,
      p("existingAnnualRepayment", "number", "既往借入金年間約定返済額（千円）"),
      p("years", "number", "返済年数。省略時は係数シートの値（8年）", true),
    ],
    evaluate: (args, params) => {
      const yearsCell = scalar(args[3], "返済年数");
      const years = isBlank(yearsCell)
        ? params.RepaymentYears
        : requireNumber(yearsCell, "返済年数");
      return repaymentCapacity(
        {
          netIncomeAfterTax: requireSignedAmount(
            scalar(args[0], "税引後当期純利益"),
            "税引後当期純利益"
          ),
          annualDepreciation: scalar(args[1], "年間減価償却費") as number,
          existingAnnualRepayment: scalar(args[2], "既往借入金年間約定返済額") as number,
        },
        params,
        years
      ).borrowingCapacity;
    },
  },
  {
    id: "COLLATERAL_LIMIT",
    nameJa: "担保借入上限",
    descriptionJa: "担保価値から借入可能金額の上限を求めます（表 参考.2-5 の例示条件）。",
    result: "number",
    params: [p("collateralValue", "number", "担保価値＝担保評価額−先順位担保権（千円）")],
    evaluate: (args, params) => collateralLimit(scalar(args[0], "担保価値") as number, params),
  },
  {
    id: "CHECK_VERDICT",
    nameJa: "取組状況判定",
    descriptionJa: "BCP取組状況チェックの「はい」の数から判定を返します。",
    result: "string",
    params: [p("yesCount", "number", "「はい」の数（0〜20）")],
    evaluate: (args) => readinessVerdict(scalar(args[0], "「はい」の数")).level,
  },
  {
    id: "IMPACT_SCORE",
    nameJa: "影響度評価点",
    descriptionJa: "様式07：資源の重要度（1〜3）と災害の影響度（1〜3）の積を返します。",
    result: "number",
    params: [
      p("criticality", "number", "資源の重要度 ②（3：代替不可、2：一部代替可、1：支障なし）"),
      p(
        "impact",
        "number",
        "災害の影響度 ③（3：目標復旧時間に間に合わない、2：間に合う、1：ほぼ影響なし）"
      ),
    ],
    evaluate: (args) =>
      impactScore(scalar(args[0], "資源の重要度"), scalar(args[1], "災害の影響度")),
  },
  {
    id: "IMPACT_RANK",
    nameJa: "影響度区分",
    descriptionJa:
      "図 4.1-5 で復旧を左右する組合せの区分（1〜3、1が最も重い）を返します。該当しなければ0。",
    result: "number",
    params: [
      p("criticality", "number", "資源の重要度 ②（1〜3）"),
      p("impact", "number", "災害の影響度 ③（1〜3）"),
    ],
    evaluate: (args) =>
      impactRank(scalar(args[0], "資源の重要度"), scalar(args[1], "災害の影響度")),
  },
  {
    id: "INSURANCE_COVERAGE",
    nameJa: "保険補償区分",
    descriptionJa: "保険の種類が災害を補償するか（○・△・×）を返します（表 参考.2-1）。",
    result: "string",
    params: [p("policyType", "string", `保険の種類：${POLICY_TYPES.join("、")}`), HAZARD_PARAM],
    evaluate: (args, params) =>
      coverage(
        requireCode(scalar(args[0], "保険の種類"), "保険の種類", POLICY_TYPES),
        perilOf(parseHazard(scalar(args[1], "災害の種類"), params))
      ),
  },
  {
    id: "PREVENTION_VERDICT",
    nameJa: "事前対策判定",
    descriptionJa: "対策なしの C1 と、対策費用 F を含む H2＝F＋C2 を比べて判定します。",
    result: "string",
    params: [
      p("C1", "number", "対策なしの復旧費用総額 C1"),
      p("C2", "number", "対策ありの復旧費用総額 C2"),
      p("F", "number", "災害防止対策費用 F"),
    ],
    evaluate: (args) =>
      comparePrevention(
        scalar(args[0], "C1") as number,
        scalar(args[1], "C2") as number,
        scalar(args[2], "F") as number
      ).verdict,
  },
];

const BY_ID = new Map(CATALOGUE.map((f) => [f.id, f]));

export function findFunction(id: string): FunctionDef {
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
  const required = def.params.filter((q) => !q.optional).length;
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
