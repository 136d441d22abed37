/**
 * 様式06 中核事業に係る情報 and 様式07 中核事業影響度評価フォーム (guideline lines 4457-4575).
 * 様式06's 目標復旧時間 is the one the diagnosis compares with 営業再開日数 N (converted to days);
 * its 損失額 shows the model's B when the course is built alongside.
 */
import type { SheetBuilder } from "../../sheets/builder";
import { formPrefix } from "../render";
import { type Column, type FormSpec, type RenderOptions, type Text, tx } from "../spec";

const PARTY: readonly Column[] = [
  { key: "Company", label: tx("会社名", "Company"), required: true, width: 30 },
  { key: "Contact", label: tx("主要連絡先（電話番号等）", "Main contact (phone)"), required: true },
  { key: "InCharge", label: tx("社内担当者", "Person in charge") },
];

/** Units of 目標復旧時間 with their length in days. */
export const TARGET_UNITS: readonly { unit: Text; days: number }[] = [
  { unit: tx("時間", "hours"), days: 1 / 24 },
  { unit: tx("日", "days"), days: 1 },
  { unit: tx("週間", "weeks"), days: 7 },
];

/** 目標復旧時間: a number, its unit, and the figure in days the diagnosis uses. */
function targetTime(s: SheetBuilder, o: RenderOptions): void {
  const ja = o.locale === "ja";
  // a copy of the form (a further core business) has names of its own
  const p = formPrefix("06", o.copy);
  s.inputLine(ja ? "目標復旧時間" : "Target recovery time", {
    name: `${p}_TargetValue`,
    format: "general",
    validation: { type: "decimal", min: 0, max: 3650 },
    required: true,
  });
  s.inputLine(ja ? "目標復旧時間の単位" : "Unit", {
    name: `${p}_TargetUnit`,
    format: "text",
    validation: { type: "list", values: TARGET_UNITS.map((u) => u.unit[o.locale]) },
    value: TARGET_UNITS[1]?.unit[o.locale] as string,
    required: true,
  });
  const factor = TARGET_UNITS.reduceRight(
    (rest, u) =>
      `IF(${p}_TargetUnit="${u.unit[o.locale]}",${u.days === 1 / 24 ? "1/24" : u.days},${rest})`,
    '""'
  );
  s.formulaLine(
    ja
      ? "目標復旧時間（日換算：営業再開日数 N と比べる値）"
      : "Target in days (compared with reopening days N)",
    `IF(OR(${p}_TargetValue="",${p}_TargetUnit=""),"",${p}_TargetValue*${factor})`,
    { name: `${p}_TargetDays`, format: "amountDecimal" }
  );
  s.skip();
}

export const FORM06: FormSpec = {
  no: "06",
  title: tx("中核事業に係る情報", "Core business"),
  sheetName: "様式06_中核事業",
  purpose: tx(
    "中核事業と、その納入先・入手先、目標復旧時間をまとめます。中核事業が複数あれば、シートの作成で事業の数を指定すると、事業ごとに1枚ずつ作られます。",
    "Describes the core business, its customers and suppliers and the target recovery time. For several core businesses, give their number when building the sheets: one sheet each."
  ),
  columnWidths: [40, 30, 24],
  sections: [
    {
      kind: "fields",
      fields: [
        { key: "Business", label: tx("中核事業", "Core business"), required: true },
        { key: "Owner", label: tx("中核事業の社内責任者", "Person responsible"), required: true },
        {
          key: "Loss",
          label: tx(
            "中核事業中断の場合の損失額（含む違約金等、千円）",
            "Loss if interrupted, incl. penalties (thousand yen)"
          ),
          kind: "amount",
          required: true,
          shownFrom: ["CashflowWorseningB", "Basic_InterruptionB"],
        },
      ],
    },
    {
      kind: "heading",
      text: tx("中核事業による製品等の納入・提供先", "Customers of the core business"),
    },
    { kind: "table", key: "Customers", columns: PARTY, rows: 5 },
    {
      kind: "heading",
      text: tx("中核事業に必要な原材料等の入手先", "Suppliers of the core business"),
    },
    { kind: "table", key: "Suppliers", columns: PARTY, rows: 5 },
    { kind: "custom", render: targetTime },
    {
      kind: "fields",
      fields: [
        {
          key: "Hazards",
          label: tx("中核事業中断の可能性がある災害等", "Events that could interrupt it"),
          required: true,
        },
        { key: "Remarks", label: tx("備考", "Remarks") },
      ],
    },
  ],
};

const level = (ja: string, en: string): Column => ({
  key: "",
  label: tx(ja, en),
  kind: "level",
  required: true,
});

/** Counts of 図 4.1-5's ranks under the table, the figures the manager acts on first. */
function rankCounts(s: SheetBuilder, o: RenderOptions): void {
  const ja = o.locale === "ja";
  [1, 2, 3].forEach((rank) =>
    s.formulaLine(
      ja ? `区分${rank}の資源の数` : `Resources ranked ${rank}`,
      `COUNTIF(Form07_Resources_Rank,${rank})`,
      { name: `Form07_Rank${rank}Count`, format: "integer" }
    )
  );
  s.formulaLine(ja ? "評価点の最大" : "Highest score", "MAX(Form07_Resources_Score)", {
    name: "Form07_MaxScore",
    format: "integer",
  });
  s.note(
    ja
      ? "区分1（代替不可×目標に間に合わない）、2（代替不可×間に合う）、3（一部代替可×間に合わない）の資源が多いほど、この災害で中核事業の復旧が難しくなります。"
      : "The more resources ranked 1 (irreplaceable, misses the target), 2 (irreplaceable, recovers in time) or 3 (partly replaceable, misses the target), the harder the recovery from this hazard."
  );
}

export const FORM07: FormSpec = {
  no: "07",
  title: tx("中核事業影響度評価フォーム", "Impact assessment of the core business"),
  sheetName: "様式07_影響度評価",
  purpose: tx(
    "ボトルネック資源ごとに、資源の重要度②（3：代替不可、2：人手で一部代替可、1：支障なし）と、想定災害の影響度③（3：目標復旧時間に間に合わない、2：影響は受けるが間に合う、1：ほぼ影響なし）を1〜3で入れると、④＝②×③と区分が出ます。災害ごとに評価するときは、シートの作成で災害の数を指定すると1枚ずつ作られます。",
    "For each bottleneck resource enter its criticality (3 irreplaceable, 2 partly replaceable by hand, 1 no effect) and the hazard's impact on it (3 misses the target recovery time, 2 affected but in time, 1 hardly affected); the sheet gives the score and the rank. To rate several hazards, give their number when building the sheets: one sheet each."
  ),
  columnWidths: [34, 14, 14, 14, 12],
  sections: [
    {
      kind: "fields",
      fields: [
        {
          key: "Business",
          label: tx("中核事業", "Core business"),
          required: true,
          shownFrom: ["Form06_Business"],
        },
        {
          key: "Hazard",
          label: tx("想定する災害（規模を含む）", "Hazard assumed, with its size"),
          required: true,
        },
      ],
    },
    {
      kind: "table",
      key: "Resources",
      columns: [
        { key: "Resource", label: tx("①ボトルネック資源", "Bottleneck resource"), required: true },
        { ...level("②資源の重要度", "Criticality"), key: "Criticality" },
        { ...level("③災害の影響度", "Impact"), key: "Impact" },
        {
          key: "Score",
          label: tx("④評価点（②×③）", "Score"),
          kind: "level",
          formula: (c) =>
            `IF(OR(${c.Criticality}="",${c.Impact}=""),"",BCP.IMPACT_SCORE(${c.Criticality},${c.Impact}))`,
        },
        {
          key: "Rank",
          label: tx("区分（図 4.1-5）", "Rank"),
          kind: "level",
          formula: (c) =>
            `IF(OR(${c.Criticality}="",${c.Impact}=""),"",IF(BCP.IMPACT_RANK(${c.Criticality},${c.Impact})=0,"",BCP.IMPACT_RANK(${c.Criticality},${c.Impact})))`,
        },
      ],
      rows: 12,
    },
    { kind: "custom", render: rankCounts },
  ],
};

export const CORE_BUSINESS_FORMS: readonly FormSpec[] = [FORM06, FORM07];
