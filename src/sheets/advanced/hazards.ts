/**
 * 上級 表 参考.2-1 緊急事態の種類ごとの影響の検討: likelihood and impacts rated 大・中・小 for the
 * 12 hazard types, a score (likelihood × the larger impact) and the 要・否 of measures, which the
 * user may set themselves.
 */
import { HAZARD_TYPES, RATINGS } from "../../model/advanced/hazardMatrix";
import { AMOUNT, SheetBuilder } from "../builder";
import { hazardNumber } from "../names";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

const RATING_LIST = { type: "list", values: RATINGS } as const;
const DECISION_LIST = { type: "list", values: ["要", "否"] } as const;

const score = (ref: string) => `IF(${ref}="大",3,IF(${ref}="中",2,IF(${ref}="小",1,0)))`;

export function hazardMatrixSheet(name: string, language?: SheetLanguage): SheetDef {
  // eleven columns of ratings: a landscape page prints them at full size
  const s = new SheetBuilder(
    "advanced.hazards",
    name,
    [10, 18, 10, 10, 14, 10, 14, 8, 10, 10, 10],
    { landscape: true, language }
  );
  s.title("表 参考.2-1 緊急事態の種類ごとの影響の検討", "（推定損害金額の単位：千円）");
  s.header([
    "種別",
    "緊急事態",
    "発生の可能性",
    "資産 影響度",
    "資産 推定損害",
    "事業中断 影響度",
    "事業中断 推定損害",
    "点数",
    "目安",
    "要否（入力）",
    "対策の要否",
  ]);
  const first = s.row;
  for (const [i, h] of HAZARD_TYPES.entries()) {
    const r = s.row;
    s.label(0, h.group);
    s.label(1, h.name);
    s.input(2, { format: "text", validation: RATING_LIST });
    s.input(3, { format: "text", validation: RATING_LIST });
    s.input(4, { validation: AMOUNT });
    s.input(5, { format: "text", validation: RATING_LIST });
    s.input(6, { validation: AMOUNT });
    s.formula(7, `${score(`C${r}`)}*MAX(${score(`D${r}`)},${score(`F${r}`)})`, {
      format: "integer",
      name: `HazardScore_${hazardNumber(i)}`,
    });
    s.formula(8, `IF(H${r}=0,"",IF(H${r}>=HazardScoreThreshold,"要","否"))`, { format: "text" });
    s.input(9, { format: "text", validation: DECISION_LIST });
    s.formula(10, `IF(J${r}="",I${r},J${r})`, {
      format: "text",
      name: `HazardDecision_${hazardNumber(i)}`,
    });
    s.row += 1;
  }
  const column = (letter: string) => `${letter}${first}:${letter}${s.row - 1}`;
  s.nameRange("HM_Likelihood", column("C"));
  s.nameRange("HM_AssetImpact", column("D"));
  s.nameRange("HM_AssetLoss", column("E"));
  s.nameRange("HM_InterruptionImpact", column("F"));
  s.nameRange("HM_InterruptionLoss", column("G"));
  s.nameRange("HM_DecisionInput", column("J"));
  s.note(
    "点数＝発生の可能性×（資産と事業中断の影響度の大きい方）、大3・中2・小1。係数シートの点数以上を「要」の目安にしています。要否を入力すればそれが優先されます。"
  );
  return s.build();
}
