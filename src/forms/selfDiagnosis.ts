/**
 * 自己診断チェックリスト (表 4.6-2) of the 基本 (guideline line 2783) and 中級 (line 3669) courses,
 * with the per-stage counts of 表 4.6-1 they must add up to.
 *
 * 必須/推奨: the seed text keeps the priority column for the first rows only. From 基本 2. I-4
 * and 中級 2. I-2 on, the table's two priority columns collapse into one and cannot be told
 * apart; those rows carry `inferred: true` and a priority chosen so that every stage matches
 * 表 4.6-1 (the structural measures, know-how sharing and outward-facing items as 推奨; for
 * 中級 ⑤ the last three rows, which the seed sets apart). 基本 ⑤ has no 推奨 item, so it is
 * certain. The 中級 total row prints 67 / 7, which neither the stages (58 / 14) nor the 72 items
 * add up to; the stages are followed.
 */
import type { Priority } from "../model/checklists";
import type { Course } from "../sheets/course";
import { type Text, tx } from "./spec";

export interface SelfDiagnosisItem {
  /** the guideline's numbering, e.g. "1.III-2" */
  id: string;
  priority: Priority;
  /** priority not readable in the seed text (see above) */
  inferred: boolean;
  text: Text;
}

const item = (id: string, priority: Priority, inferred: boolean, text: Text) => ({
  id,
  priority,
  inferred,
  text,
});

export interface Stage {
  name: Text;
  /** 表 4.6-1: number of 必須 and 推奨 items */
  required: number;
  recommended: number;
}

const LATER_STAGES: readonly Text[] = [
  tx("①「事業を理解する」", "1 Understand the business"),
  tx("②「BCPの準備、事前対策を検討する」", "2 Prepare the BCP and preventive measures"),
  tx("③「BCPを策定する」", "3 Write the BCP"),
  tx("④「BCP文化を定着させる」", "4 Root the BCP in the company culture"),
  tx("⑤「BCPの診断、維持・更新を行う」", "5 Check, maintain and update the BCP"),
];

function stages(first: Text, counts: readonly (readonly [number, number])[]): Stage[] {
  const names = [
    first,
    tx("BCPサイクルの運用体制確立", "Organisation for the BCP cycle"),
    ...LATER_STAGES,
  ];
  return names.map((name, i) => ({
    name,
    required: counts[i]?.[0] ?? 0,
    recommended: counts[i]?.[1] ?? 0,
  }));
}

/** 表 4.6-1 (基本コース, line 2762). */
export const BASIC_STAGES = stages(
  tx("緊急時企業存続基本方針の立案", "Basic policy for survival in an emergency"),
  [
    [2, 1],
    [2, 2],
    [10, 3],
    [7, 2],
    [12, 4],
    [2, 11],
    [8, 0],
  ]
);

/** 表 4.6-1 (中級コース, line 3648). */
export const INTERMEDIATE_STAGES = stages(
  tx("事業継続基本方針の立案", "Business continuity policy"),
  [
    [3, 0],
    [4, 0],
    [14, 0],
    [8, 1],
    [15, 2],
    [6, 8],
    [8, 3],
  ]
);

/** Index of the stage of an item: 0.I and 0.II are the two preparatory stages, then ① … ⑤. */
export function stageIndex(id: string): number {
  const [stage, rest] = id.split(".") as [string, string];
  if (stage === "0") return rest.startsWith("II-") ? 1 : 0;
  return Number(stage) + 1;
}

/** Steps within the stages ①–⑤, by the id's prefix. */
export const STEPS: Readonly<Record<string, Text>> = {
  "1.I": tx("1. 事業への影響度を評価する", "1. Assess the business impact"),
  "1.II": tx("2. 中核事業が受ける被害を評価する", "2. Assess the damage to the core business"),
  "1.III": tx("3. 財務状況を診断する", "3. Diagnose the finances"),
  "2.I": tx("1. 事業継続のための代替策の特定と選択をする", "1. Find and choose alternatives"),
  "2.II": tx("2. 事前対策を検討・実施する", "2. Plan and carry out preventive measures"),
  "3.I": tx("1. BCP発動基準を明確にする", "1. Set the activation criteria"),
  "3.II": tx("2. BCP発動時の体制を明確にする", "2. Set the emergency organisation"),
  "3.III": tx(
    "3. 事業継続に関連する情報の整理と文書化をする",
    "3. Organise and document the information"
  ),
  "4.I": tx("1. 従業員へのBCP教育を実施する", "1. Train employees"),
  "4.II": tx("2. BCP訓練を実施する", "2. Hold drills"),
  "4.III": tx("3. BCP文化を醸成する", "3. Build the BCP culture"),
  "5.I": tx("1. BCPの診断・チェックを行う", "1. Check the BCP"),
  "5.II": tx("2. BCPの維持・更新を行う", "2. Maintain and update the BCP"),
};

export function stepOf(id: string): string {
  return id.split("-")[0] as string;
}

/**
 * Questions the 基本 and 中級 lists ask in the same words, written once and keyed by their 基本
 * numbering; each list gives them its own numbering and priority.
 */
const ASKED_IN_BOTH = {
  "0.II-1": tx(
    "平時においてBCPサイクルの運用を推進する社内体制が確立されていますか？",
    "Is there an internal team that drives the BCP cycle in normal times?"
  ),
  "0.II-2": tx(
    "上記の社内体制は、経営者自らが率先してBCPの策定・運用にあたるものになっていますか？",
    "Does management itself lead the writing and running of the BCP in that team?"
  ),
  "0.II-3": tx(
    "BCPサイクル運用体制について、当該メンバー以外の従業員も、その存在を明確に認識していますか？",
    "Do employees outside the team know that it exists?"
  ),
  "0.II-4": tx(
    "BCPサイクルの運用体制の状況を確認し評価する機能はありますか？",
    "Is there a function that checks and evaluates how the BCP team works?"
  ),
  "1.I-1": tx(
    "事業影響度評価を通して、あなたの会社における中核事業を明確に認識しましたか？",
    "Has the business impact assessment identified the core business clearly?"
  ),
  "1.II-1": tx(
    "自然災害、人的災害を含めて、中核事業が影響を受ける災害を明確に認識しましたか？",
    "Are the hazards, natural and man-made, that affect the core business clearly identified?"
  ),
  "1.II-3": tx(
    "中核事業が影響を受ける災害について、影響度の順位付けはされていますか？",
    "Are the hazards that affect the core business ranked by impact?"
  ),
  "1.III-1": tx(
    "「財務診断モデル」を利用して、あなたの会社の被災後のキャッシュフローを把握しましたか？",
    "Has the financial diagnosis model been used to see the company's cash flow after a disaster?"
  ),
  "1.III-2": tx(
    "財務診断の結果にもとづき、政府系中小企業金融機関などの災害復旧貸付制度の利用を検討しましたか？",
    "In the light of the diagnosis, has the use of disaster recovery loans from government-affiliated lenders been considered?"
  ),
  "1.III-3": tx(
    "財務診断の結果にもとづき、1ヶ月程度の操業停止に耐え得るだけの資金確保の必要性を検討しましたか？",
    "In the light of the diagnosis, has keeping enough funds to survive about a month's stoppage been considered?"
  ),
  "1.III-4": tx(
    "財務診断の結果にもとづき、損害保険の追加加入の必要性を検討しましたか？",
    "In the light of the diagnosis, has additional damage insurance been considered?"
  ),
  "1.III-5": tx(
    "財務診断の結果にもとづき、目標復旧時間を財務状況面から再検討しましたか？",
    "In the light of the diagnosis, has the target recovery time been reviewed from the financial side?"
  ),
  "1.III-6": tx(
    "最新の事業影響度評価、被害評価及び財務診断は、それぞれ過去12ヶ月以内に実施されたものですか？",
    "Were the latest impact assessment, damage assessment and financial diagnosis all done in the past 12 months?"
  ),
  "2.I-1": tx(
    "緊急時における情報連絡の拠点場所の確保について検討しましたか？",
    "Has securing a communication hub for emergencies been considered?"
  ),
  "2.I-2": tx(
    "被災したあなたの会社の重要施設・設備の代替確保について検討しましたか？",
    "Have replacements for the company's key facilities and equipment been considered?"
  ),
  "2.I-3": tx(
    "臨時従業員の確保について検討しましたか？",
    "Has finding temporary staff been considered?"
  ),
  "2.I-4": tx("資金調達の方針について検討しましたか？", "Has a funding policy been considered?"),
  "2.I-6": tx(
    "通信手段や電力などのインフラに関する二重化対策やバックアップの必要性を検討しましたか？",
    "Has the need for duplicated or backup communications and power been considered?"
  ),
  "2.II-2": tx(
    "事前対策に投入できる年間予算が明確に割り当てられていますか？",
    "Is an annual budget for preventive measures clearly allocated?"
  ),
  "2.II-3": tx(
    "ハードウェア面での事前対策のための融資制度の活用を検討しましたか？",
    "Has the use of loan schemes for structural preventive measures been considered?"
  ),
  "3.I-2": tx(
    "BCP発動を判断する人物が明確に決められていますか？",
    "Is it clearly decided who judges whether to activate the BCP?"
  ),
  "3.I-3": tx(
    "BCP発動を判断すべき人物が不在などで判断できない場合、代理の判断者が決められていますか？",
    "Is a deputy decided for when that person cannot judge?"
  ),
  "3.I-4": tx(
    "BCP発動を判断する人物（もしくはその代理者）を、平時よりすべての従業員に周知させていますか？",
    "Do all employees know in normal times who judges activation (or the deputy)?"
  ),
  "3.II-2": tx(
    "BCP発動時の社内体制は経営者が指揮命令を下せるようになっていますか？",
    "Can management give orders within that organisation?"
  ),
  "3.II-3": tx(
    "BCP発動時の体制に規定されている全体のリーダー（経営者）が不在の場合に、代理のリーダーが決められていますか？",
    "Is a deputy leader decided for when the overall leader (management) is absent?"
  ),
  "3.II-5": tx(
    "代理リーダーを、平時よりすべての従業員が周知していますか？",
    "Do all employees know the deputy leader in normal times?"
  ),
  "3.III-1": tx(
    "従業員連絡先リスト、もしくは電話連絡網が作成され、最新の情報に更新されていますか？",
    "Is an employee contact list or phone tree in place and up to date?"
  ),
  "3.III-2": tx(
    "主要な取引先の連絡先リストが作成され、最新の情報に更新されていますか？",
    "Is a contact list of key business partners in place and up to date?"
  ),
  "3.III-3": tx("緊急避難計画は規定されていますか？", "Is an emergency evacuation plan laid down?"),
  "3.III-5": tx(
    "あなたの会社が保有する電話/FAX番号リストを整理し、中核事業の継続・復旧において各番号が不可欠かどうかを評価しましたか？",
    "Have the company's telephone and fax numbers been listed and judged for whether each is essential to the core business?"
  ),
  "4.I-1": tx(
    "BCPや防災に関して従業員と平時より議論したり、勉強会などを開催したりしていますか？",
    "Do management and employees discuss BCP and disaster preparedness or hold study sessions in normal times?"
  ),
  "4.I-2": tx(
    "BCPや防災に関する知識や技能を従業員に身につけさせるための支援を行っていますか？",
    "Does the company help employees gain BCP and disaster-preparedness knowledge and skills?"
  ),
  "4.II-1": tx(
    "机上訓練や電話連絡診断など様々なレベルの訓練を、必要に応じて定期的実施していますか？",
    "Are drills of various levels, such as table-top exercises and call-tree tests, held regularly as needed?"
  ),
  "4.II-2": tx(
    "自治体などで開催されている防災訓練に関する情報を入手する体制がありますか？",
    "Is there a way to learn about disaster drills held by local authorities?"
  ),
  "4.II-3": tx(
    "自治体などで開催されている防災訓練に参加していますか？",
    "Does the company take part in disaster drills held by local authorities?"
  ),
  "4.II-5": tx(
    "各従業員の役割や義務、責任や権限が本人に理解されていますか？",
    "Does each employee understand his or her role, duties, responsibility and authority?"
  ),
  "4.III-1": tx(
    "経営者がBCPを積極的に支持していますか？",
    "Does management actively support the BCP?"
  ),
  "4.III-2": tx(
    "経営者のBCPに対する積極的な姿勢が、従業員に理解されていますか？",
    "Do employees understand management's active stance on the BCP?"
  ),
  "4.III-3": tx(
    "全社的なBCPの運用に対して従業員が積極的に取り組んでいますか？",
    "Do employees take an active part in running the BCP across the company?"
  ),
  "4.III-4": tx(
    "経営者層と従業員との平時からのコミュニケーションが適切に取れていますか？",
    "Do management and employees communicate well in normal times?"
  ),
  "4.III-5": tx(
    "社宅の耐震化や家庭用防災用具の配布など、従業員の安全を守るための対策を会社として実施していますか？",
    "Does the company take measures to keep employees safe, such as strengthening company housing or handing out home emergency kits?"
  ),
  "4.III-6": tx(
    "社内報やイントラネット、口頭での連絡も含め、BCPや防災に関する情報が社内に周知されていますか？",
    "Is BCP and disaster-preparedness information shared in the company, through newsletters, intranet or word of mouth?"
  ),
  "4.III-7": tx(
    "従業員のBCPへの参加や貢献を評価するための制度がありますか？",
    "Is there a scheme that recognises employees' participation in and contribution to the BCP?"
  ),
  "5.I-1": tx(
    "本チェックリストを用いてBCPをチェックしましたか？",
    "Has the BCP been checked with this checklist?"
  ),
  "5.II-1": tx(
    "BCPの維持・定期的な更新が明確に規定されていますか？",
    "Is the upkeep and regular updating of the BCP clearly laid down?"
  ),
  "5.II-2": tx(
    "BCPの運用体制の見直しの必要性を判断し、必要に応じて見直しを行っていますか？",
    "Is the need to revise the BCP organisation judged and revisions made when needed?"
  ),
  "5.II-3": tx(
    "事前対策や教育訓練の費用等、BCPの運用に必要な経費を見積もり、その資金を確保するための手順が明確にされていますか？",
    "Is there a clear procedure for estimating the costs of running the BCP (measures, training) and securing the money?"
  ),
  "5.II-4": tx(
    "訓練や診断により明らかとなった問題点がBCPの更新に反映される仕組みがありますか？",
    "Is there a way for problems found in drills and checks to be reflected in BCP updates?"
  ),
  "5.II-5": tx(
    "あなたの会社の組織体制に大きな変更があった場合、取引先に大きな変更があった場合、新製品を開発した場合などの際に、BCPの更新に反映される仕組みがありますか？",
    "Is there a way for big changes (organisation, business partners, new products) to be reflected in BCP updates?"
  ),
  "5.II-7": tx(
    "BCPの更新が従業員に周知される仕組みがありますか？",
    "Is there a way to make BCP updates known to employees?"
  ),
} as const;

export const SELF_DIAGNOSIS_BASIC_ITEMS: readonly SelfDiagnosisItem[] = [
  item(
    "0.I-1",
    "必須",
    false,
    tx(
      "経営者が関与して規定された緊急時企業存続の基本方針がありますか？",
      "Is there a basic policy for keeping the company alive in an emergency, set with management involved?"
    )
  ),
  item(
    "0.I-2",
    "必須",
    false,
    tx(
      "上記の緊急時企業存続の基本方針について、内容をすべての従業員に周知させるための仕組みがありますか？",
      "Is there a way to make that policy known to every employee?"
    )
  ),
  item(
    "0.I-3",
    "推奨",
    false,
    tx(
      "上記の緊急時企業存続の基本方針について、取引先企業や協力会社などに内容が公開されていますか？",
      "Has that policy been disclosed to business partners and subcontractors?"
    )
  ),
  item("0.II-1", "必須", false, ASKED_IN_BOTH["0.II-1"]),
  item("0.II-2", "必須", false, ASKED_IN_BOTH["0.II-2"]),
  item("0.II-3", "推奨", false, ASKED_IN_BOTH["0.II-3"]),
  item("0.II-4", "推奨", false, ASKED_IN_BOTH["0.II-4"]),
  item("1.I-1", "必須", false, ASKED_IN_BOTH["1.I-1"]),
  item(
    "1.I-2",
    "必須",
    false,
    tx(
      "上記の中核事業に不可欠な、あなたの会社の重要業務及び資源（人、物、金、情報等）を明確に認識しましたか？",
      "Are the key tasks and resources (people, things, money, information) the core business needs clearly identified?"
    )
  ),
  item(
    "1.I-3",
    "推奨",
    false,
    tx(
      "上記の中核事業の継続に不可欠な資源について、重要度の順位付けはされていますか？",
      "Are the resources essential to the core business ranked by importance?"
    )
  ),
  item(
    "1.I-4",
    "必須",
    false,
    tx(
      "上記の中核事業について、取引先企業やサプライチェーンの要請を考慮して目標復旧時間を設定しましたか？",
      "Has a target recovery time been set for the core business, taking account of customers and the supply chain?"
    )
  ),
  item("1.II-1", "必須", false, ASKED_IN_BOTH["1.II-1"]),
  item(
    "1.II-2",
    "必須",
    false,
    tx(
      "上記の各災害が中核事業の各ボトルネックに与える影響について、可能な限り漏れなく評価しましたか？",
      "Has the effect of each hazard on each bottleneck of the core business been assessed as fully as possible?"
    )
  ),
  item("1.II-3", "必須", false, ASKED_IN_BOTH["1.II-3"]),
  item("1.III-1", "必須", false, ASKED_IN_BOTH["1.III-1"]),
  item("1.III-2", "推奨", false, ASKED_IN_BOTH["1.III-2"]),
  item("1.III-3", "必須", false, ASKED_IN_BOTH["1.III-3"]),
  item("1.III-4", "推奨", false, ASKED_IN_BOTH["1.III-4"]),
  item("1.III-5", "必須", false, ASKED_IN_BOTH["1.III-5"]),
  item("1.III-6", "必須", false, ASKED_IN_BOTH["1.III-6"]),
  item("2.I-1", "必須", false, ASKED_IN_BOTH["2.I-1"]),
  item("2.I-2", "必須", false, ASKED_IN_BOTH["2.I-2"]),
  item("2.I-3", "必須", false, ASKED_IN_BOTH["2.I-3"]),
  item("2.I-4", "必須", true, ASKED_IN_BOTH["2.I-4"]),
  item(
    "2.I-5",
    "必須",
    true,
    tx(
      "中核事業の復旧・継続に必要となる重要情報のバックアップ方針について検討しましたか？",
      "Has a backup policy for the key information needed to restore the core business been considered?"
    )
  ),
  item("2.I-6", "推奨", true, ASKED_IN_BOTH["2.I-6"]),
  item(
    "2.II-1",
    "必須",
    true,
    tx(
      "中核事業への影響が高いと思われる災害と、それにより影響を受けるボトルネック資源の両面から事前対策を検討し、可能なソフトウェア対策を実施しましたか？",
      "Have preventive measures been studied from both the most harmful hazards and the bottlenecks they hit, and the feasible non-structural ones carried out?"
    )
  ),
  item("2.II-2", "必須", true, ASKED_IN_BOTH["2.II-2"]),
  item("2.II-3", "推奨", true, ASKED_IN_BOTH["2.II-3"]),
  item(
    "3.I-1",
    "必須",
    true,
    tx(
      "BCP発動基準が明確に設定されていますか？",
      "Are the criteria for activating the BCP clearly set?"
    )
  ),
  item("3.I-2", "必須", true, ASKED_IN_BOTH["3.I-2"]),
  item("3.I-3", "必須", true, ASKED_IN_BOTH["3.I-3"]),
  item("3.I-4", "推奨", true, ASKED_IN_BOTH["3.I-4"]),
  item(
    "3.II-1",
    "必須",
    true,
    tx(
      "BCP発動時の社内体制を明確に規定していますか？",
      "Is the internal organisation for an activated BCP clearly defined?"
    )
  ),
  item("3.II-2", "必須", true, ASKED_IN_BOTH["3.II-2"]),
  item("3.II-3", "必須", true, ASKED_IN_BOTH["3.II-3"]),
  item(
    "3.II-4",
    "推奨",
    true,
    tx(
      "上記の代理リーダーが適切な指揮命令ができるように、平時より経営者のノウハウの共有が図られていますか？",
      "Is management's know-how shared in normal times so the deputy can command properly?"
    )
  ),
  item("3.II-5", "推奨", true, ASKED_IN_BOTH["3.II-5"]),
  item(
    "3.II-6",
    "必須",
    true,
    tx(
      "BCP発動時の体制における各自の役割を、各従業員は明確に把握していますか？",
      "Does each employee clearly know his or her role when the BCP is activated?"
    )
  ),
  item(
    "3.II-7",
    "必須",
    true,
    tx(
      "取引先や協力会社からの問い合わせへの対応体制および責任者が明確にされていますか？",
      "Are the team and the person who answer enquiries from partners and subcontractors clearly set?"
    )
  ),
  item("3.III-1", "必須", true, ASKED_IN_BOTH["3.III-1"]),
  item("3.III-2", "必須", true, ASKED_IN_BOTH["3.III-2"]),
  item("3.III-3", "必須", true, ASKED_IN_BOTH["3.III-3"]),
  item(
    "3.III-4",
    "必須",
    true,
    tx(
      "救急や公共サービス、行政組織等への連絡先リストが作成され、最新の情報に更新されていますか？",
      "Is a contact list of emergency services, public services and authorities in place and up to date?"
    )
  ),
  item("3.III-5", "推奨", true, ASKED_IN_BOTH["3.III-5"]),
  item("4.I-1", "必須", true, ASKED_IN_BOTH["4.I-1"]),
  item("4.I-2", "推奨", true, ASKED_IN_BOTH["4.I-2"]),
  item("4.II-1", "推奨", true, ASKED_IN_BOTH["4.II-1"]),
  item("4.II-2", "推奨", true, ASKED_IN_BOTH["4.II-2"]),
  item("4.II-3", "推奨", true, ASKED_IN_BOTH["4.II-3"]),
  item("4.II-5", "推奨", true, ASKED_IN_BOTH["4.II-5"]),
  item("4.III-1", "必須", true, ASKED_IN_BOTH["4.III-1"]),
  item("4.III-2", "推奨", true, ASKED_IN_BOTH["4.III-2"]),
  item("4.III-3", "推奨", true, ASKED_IN_BOTH["4.III-3"]),
  item("4.III-4", "推奨", true, ASKED_IN_BOTH["4.III-4"]),
  item("4.III-5", "推奨", true, ASKED_IN_BOTH["4.III-5"]),
  item("4.III-6", "推奨", true, ASKED_IN_BOTH["4.III-6"]),
  item("4.III-7", "推奨", true, ASKED_IN_BOTH["4.III-7"]),
  item("5.I-1", "必須", false, ASKED_IN_BOTH["5.I-1"]),
  item("5.II-1", "必須", false, ASKED_IN_BOTH["5.II-1"]),
  item("5.II-2", "必須", false, ASKED_IN_BOTH["5.II-2"]),
  item("5.II-3", "必須", false, ASKED_IN_BOTH["5.II-3"]),
  item("5.II-4", "必須", false, ASKED_IN_BOTH["5.II-4"]),
  item("5.II-5", "必須", false, ASKED_IN_BOTH["5.II-5"]),
  item(
    "5.II-6",
    "必須",
    false,
    tx(
      "現状のBCPの不適切な点等について、従業員が経営者へ伝える仕組みがありますか？",
      "Is there a way for employees to tell management about weaknesses of the current BCP?"
    )
  ),
  item("5.II-7", "必須", false, ASKED_IN_BOTH["5.II-7"]),
];

export const SELF_DIAGNOSIS_INTERMEDIATE_ITEMS: readonly SelfDiagnosisItem[] = [
  item(
    "0.I-1",
    "必須",
    false,
    tx(
      "経営者が関与して規定された事業継続の基本方針がありますか？",
      "Is there a business continuity policy set with management involved?"
    )
  ),
  item(
    "0.I-2",
    "必須",
    false,
    tx(
      "上記の事業継続の基本方針について、すべての従業員に内容が周知されるための仕組みがありますか？",
      "Is there a way to make that policy known to every employee?"
    )
  ),
  item(
    "0.I-3",
    "必須",
    false,
    tx(
      "上記の事業継続の基本方針について、取引先企業や協力会社などに内容が公開されていますか？",
      "Has that policy been disclosed to business partners and subcontractors?"
    )
  ),
  item("0.II-1", "必須", false, ASKED_IN_BOTH["0.II-1"]),
  item("0.II-2", "必須", false, ASKED_IN_BOTH["0.II-2"]),
  item("0.II-3", "必須", false, ASKED_IN_BOTH["0.II-3"]),
  item("0.II-4", "必須", false, ASKED_IN_BOTH["0.II-4"]),
  item("1.I-1", "必須", false, ASKED_IN_BOTH["1.I-1"]),
  item(
    "1.I-2",
    "必須",
    false,
    tx(
      "上記の中核事業に不可欠な、あなたの会社の重要業務を明確に認識しましたか？",
      "Are the key tasks the core business needs clearly identified?"
    )
  ),
  item(
    "1.I-3",
    "必須",
    false,
    tx(
      "上記の中核事業を継続するにあたっての障害となるボトルネック資源を可能な限り漏れなく把握できていますか？",
      "Have the bottleneck resources that stand in the way of continuing the core business been identified as fully as possible?"
    )
  ),
  item(
    "1.I-4",
    "必須",
    false,
    tx(
      "上記の中核事業を継続するにあたっての障害となるボトルネック資源に順位付けはされていますか？",
      "Are those bottleneck resources ranked?"
    )
  ),
  item(
    "1.I-5",
    "必須",
    false,
    tx(
      "上記の中核事業について、取引先企業やサプライチェーンの要請を把握しつつ目標復旧時間を設定しましたか？",
      "Has a target recovery time been set for the core business, knowing what customers and the supply chain require?"
    )
  ),
  item("1.II-1", "必須", false, ASKED_IN_BOTH["1.II-1"]),
  item(
    "1.II-2",
    "必須",
    false,
    tx(
      "上記の各災害が中核事業の各ボトルネックに及ぼす影響について、可能な限り漏れなく評価しましたか？",
      "Has the effect of each hazard on each bottleneck of the core business been assessed as fully as possible?"
    )
  ),
  item("1.II-3", "必須", false, ASKED_IN_BOTH["1.II-3"]),
  item("1.III-1", "必須", false, ASKED_IN_BOTH["1.III-1"]),
  item("1.III-2", "必須", false, ASKED_IN_BOTH["1.III-2"]),
  item("1.III-3", "必須", false, ASKED_IN_BOTH["1.III-3"]),
  item("1.III-4", "必須", false, ASKED_IN_BOTH["1.III-4"]),
  item("1.III-5", "必須", false, ASKED_IN_BOTH["1.III-5"]),
  item("1.III-6", "必須", false, ASKED_IN_BOTH["1.III-6"]),
  item("2.I-1", "必須", false, ASKED_IN_BOTH["2.I-1"]),
  item("2.I-2", "必須", true, ASKED_IN_BOTH["2.I-2"]),
  item("2.I-3", "必須", true, ASKED_IN_BOTH["2.I-3"]),
  item("2.I-4", "必須", true, ASKED_IN_BOTH["2.I-4"]),
  item(
    "2.I-5",
    "必須",
    true,
    tx(
      "中核事業の復旧・継続に必要な重要情報のバックアップ方針について検討しましたか？",
      "Has a backup policy for the key information needed to restore the core business been considered?"
    )
  ),
  item("2.I-6", "必須", true, ASKED_IN_BOTH["2.I-6"]),
  item(
    "2.II-1",
    "必須",
    true,
    tx(
      "中核事業に与える影響が高いと思われる災害と、それにより影響を受けるボトルネック資源の両面から事前対策を検討し、可能なソフトウェア対策を実施しましたか？",
      "Have preventive measures been studied from both the most harmful hazards and the bottlenecks they hit, and the feasible non-structural ones carried out?"
    )
  ),
  item("2.II-2", "必須", true, ASKED_IN_BOTH["2.II-2"]),
  item("2.II-3", "推奨", true, ASKED_IN_BOTH["2.II-3"]),
  item(
    "3.I-1",
    "必須",
    true,
    tx(
      "中核事業に影響を与え得る災害とその大きさ、ボトルネック資源への影響にもとづくBCP発動基準が明確に設定されていますか？",
      "Are BCP activation criteria clearly set, based on the hazards, their size and their effect on bottleneck resources?"
    )
  ),
  item("3.I-2", "必須", true, ASKED_IN_BOTH["3.I-2"]),
  item("3.I-3", "必須", true, ASKED_IN_BOTH["3.I-3"]),
  item("3.I-4", "必須", true, ASKED_IN_BOTH["3.I-4"]),
  item(
    "3.I-5",
    "推奨",
    true,
    tx(
      "BCP発動基準を定期的に見直す仕組みがありますか？",
      "Is there a way to review the activation criteria regularly?"
    )
  ),
  item(
    "3.II-1",
    "必須",
    true,
    tx(
      "BCP発動時の社内体制は明確に規定されていますか？",
      "Is the internal organisation for an activated BCP clearly defined?"
    )
  ),
  item("3.II-2", "必須", true, ASKED_IN_BOTH["3.II-2"]),
  item("3.II-3", "必須", true, ASKED_IN_BOTH["3.II-3"]),
  item(
    "3.II-4",
    "推奨",
    true,
    tx(
      "上記の代理のリーダーが適切な指揮命令ができるように、平時より経営者のノウハウの共有が図られていますか？",
      "Is management's know-how shared in normal times so the deputy leader can command properly?"
    )
  ),
  item("3.II-5", "必須", true, ASKED_IN_BOTH["3.II-5"]),
  item(
    "3.II-6",
    "必須",
    true,
    tx(
      "BCP発動時の体制における各自の役割を従業員は明確に把握していますか？",
      "Do employees clearly know their roles when the BCP is activated?"
    )
  ),
  item(
    "3.II-7",
    "必須",
    true,
    tx(
      "取引先や協力会社からの問い合わせへの対応体制および責任者が明確にされているか？",
      "Are the team and the person who answer enquiries from partners and subcontractors clearly set?"
    )
  ),
  item("3.III-1", "必須", true, ASKED_IN_BOTH["3.III-1"]),
  item("3.III-2", "必須", true, ASKED_IN_BOTH["3.III-2"]),
  item("3.III-3", "必須", true, ASKED_IN_BOTH["3.III-3"]),
  item(
    "3.III-4",
    "必須",
    true,
    tx(
      "救急や公共サービス、行政組織等への連絡先リストが作成されていますか？",
      "Is a contact list of emergency services, public services and authorities in place?"
    )
  ),
  item("3.III-5", "必須", true, ASKED_IN_BOTH["3.III-5"]),
  item("4.I-1", "必須", true, ASKED_IN_BOTH["4.I-1"]),
  item("4.I-2", "必須", true, ASKED_IN_BOTH["4.I-2"]),
  item(
    "4.II-1",
    "必須",
    true,
    tx(
      "BCPで特定された様々な災害を想定した従業員による訓練を定期的実施していますか？",
      "Are employee drills held regularly for the various hazards the BCP identifies?"
    )
  ),
  item("4.II-2", "必須", true, ASKED_IN_BOTH["4.II-1"]),
  item("4.II-3", "推奨", true, ASKED_IN_BOTH["4.II-2"]),
  item("4.II-4", "推奨", true, ASKED_IN_BOTH["4.II-3"]),
  item("4.II-5", "推奨", true, ASKED_IN_BOTH["4.II-5"]),
  item("4.III-1", "必須", true, ASKED_IN_BOTH["4.III-1"]),
  item("4.III-2", "必須", true, ASKED_IN_BOTH["4.III-2"]),
  item("4.III-3", "推奨", true, ASKED_IN_BOTH["4.III-3"]),
  item("4.III-4", "推奨", true, ASKED_IN_BOTH["4.III-4"]),
  item("4.III-5", "推奨", true, ASKED_IN_BOTH["4.III-5"]),
  item("4.III-6", "推奨", true, ASKED_IN_BOTH["4.III-6"]),
  item("4.III-7", "推奨", true, ASKED_IN_BOTH["4.III-7"]),
  item(
    "5.I-1",
    "必須",
    true,
    tx(
      "BCPの診断計画が明確に規定されていますか？",
      "Is a plan for checking the BCP clearly laid down?"
    )
  ),
  item(
    "5.I-2",
    "必須",
    true,
    tx("BCP診断を定期的実施していますか？", "Is the BCP checked regularly?")
  ),
  item("5.I-3", "必須", true, ASKED_IN_BOTH["5.I-1"]),
  item("5.II-1", "必須", true, ASKED_IN_BOTH["5.II-1"]),
  item("5.II-2", "必須", true, ASKED_IN_BOTH["5.II-2"]),
  item("5.II-3", "必須", true, ASKED_IN_BOTH["5.II-3"]),
  item("5.II-4", "必須", true, ASKED_IN_BOTH["5.II-4"]),
  item("5.II-5", "必須", true, ASKED_IN_BOTH["5.II-5"]),
  item(
    "5.II-6",
    "推奨",
    true,
    tx(
      "BCPに遵守していない点や不適切な点を経営者へ伝える仕組みが明確にされていますか？",
      "Is there a clear way to tell management where the BCP is not followed or is inadequate?"
    )
  ),
  item("5.II-7", "推奨", true, ASKED_IN_BOTH["5.II-7"]),
  item(
    "5.II-8",
    "推奨",
    true,
    tx("BCPの外部審査を受けていますか？", "Has the BCP been audited externally?")
  ),
];
export interface SelfDiagnosisList {
  course: "基本" | "中級";
  table: Text;
  stages: readonly Stage[];
  items: readonly SelfDiagnosisItem[];
}

export const SELF_DIAGNOSIS: Readonly<Record<"基本" | "中級", SelfDiagnosisList>> = {
  基本: {
    course: "基本",
    table: tx("表 4.6-2（基本コース版）", "Table 4.6-2, basic course"),
    stages: BASIC_STAGES,
    items: SELF_DIAGNOSIS_BASIC_ITEMS,
  },
  中級: {
    course: "中級",
    table: tx("表 4.6-2（中級コース版）", "Table 4.6-2, intermediate course"),
    stages: INTERMEDIATE_STAGES,
    items: SELF_DIAGNOSIS_INTERMEDIATE_ITEMS,
  },
};

/** The checklist of a course: the 上級コース uses the 中級 one. */
export function selfDiagnosisFor(course: Course): SelfDiagnosisList {
  return SELF_DIAGNOSIS[course === "基本" ? "基本" : "中級"];
}
