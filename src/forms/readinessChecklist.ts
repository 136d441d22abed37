/**
 * BCP取組状況チェックリスト (guideline §1.3): the 20 questions in their five groups, as printed.
 */
export const READINESS_CHECKLIST: readonly { group: string; questions: readonly string[] }[] = [
  {
    group: "人的資源",
    questions: [
      "緊急事態発生時に、支援が到着するまでの従業員の安全や健康を確保するための災害対応計画を作成していますか？",
      "災害が勤務時間中に起こった場合、勤務時間外に起こった場合、あなたの会社は従業員と連絡を取り合うことができますか？",
      "緊急時に必要な従業員が出勤できない場合に、代行できる従業員を育成していますか？",
      "定期的に避難訓練や初期救急、心肺蘇生法の訓練を実施していますか？",
    ],
  },
  {
    group: "物的資源(モノ)",
    questions: [
      "あなたの会社のビルや工場は地震や風水害に耐えることができますか？ そして、ビル内や工場内にある設備は地震や風水害から保護されますか？",
      "あなたの会社周辺の地震や風水害の被害に関する危険性を把握していますか？",
      "あなたの会社の設備の流動を管理し、目録を更新していますか？",
      "あなたの会社の工場が操業できなくなる、仕入先からの原材料の納品がストップする等の場合に備えて、代替で生産や調達する手段を準備していますか？",
    ],
  },
  {
    group: "物的資源(金)",
    questions: [
      "1週間又は1ヵ月程度、事業を中断した際の損失を把握していますか？",
      "あなたは、災害後に事業を再開させる上で現在の保険の損害補償範囲が適切であるかどうかを決定するために保険の専門家と相談しましたか？",
      "事前の災害対策や被災時復旧を目的とした融資制度を把握していますか？",
      "1ヵ月分程度の事業運転資金に相当する額のキャッシュフローを確保していますか？",
    ],
  },
  {
    group: "物的資源(情報)",
    questions: [
      "情報のコピー又はバックアップをとっていますか？",
      "あなたの会社のオフィス以外の場所に情報のコピーまたはバックアップを保管していますか？",
      "主要顧客や各種公共機関の連絡先リストを作成する等、緊急時に情報を発信・収集する手段を準備していますか？",
      "操業に不可欠なIT機器システムが故障等で使用できない場合の代替方法がありますか？",
    ],
  },
  {
    group: "体制等",
    questions: [
      "あなたの会社が自然災害や人的災害に遭遇した場合、会社の事業活動がどうなりそうかを考えたことがありますか？",
      "緊急事態に遭遇した場合、あなたの会社のどの事業を優先的に継続・復旧すべきであり、そのためには何をすべきか考え、実際に何らかの対策を打っていますか？",
      "社長であるあなたが出張中だったり、負傷したりした場合、代わりの者が指揮をとる体制が整っていますか？",
      "取引先及び同業者等と災害発生時の相互支援について取り決めていますか？",
    ],
  },
];

/** English labels of the groups and questions, in the same order (the product's own translation). */
export const READINESS_CHECKLIST_EN: readonly { group: string; questions: readonly string[] }[] = [
  {
    group: "Human resources",
    questions: [
      "Is there a disaster response plan that keeps employees safe and healthy until help arrives?",
      "Can the company reach its employees whether a disaster strikes during or outside working hours?",
      "Are employees trained to stand in for key staff who cannot come to work?",
      "Are evacuation, first-aid and CPR drills held regularly?",
    ],
  },
  {
    group: "Physical resources (things)",
    questions: [
      "Can the company's buildings and plants withstand earthquakes, storms and floods, and is the equipment inside protected?",
      "Does the company know the earthquake, storm and flood risks around its sites?",
      "Does the company track its equipment and keep the inventory up to date?",
      "Are alternative means of production or procurement prepared in case the plant stops or suppliers cannot deliver?",
    ],
  },
  {
    group: "Physical resources (money)",
    questions: [
      "Does the company know the loss from stopping the business for a week or a month?",
      "Has an insurance expert been consulted on whether the current cover is enough to restart after a disaster?",
      "Does the company know the loan schemes for disaster prevention and recovery?",
      "Does the company hold cash equal to about one month of working capital?",
    ],
  },
  {
    group: "Physical resources (information)",
    questions: [
      "Are copies or backups of information kept?",
      "Are copies or backups kept somewhere other than the company's office?",
      "Are there means, such as contact lists of key customers and public bodies, to send and gather information in an emergency?",
      "Is there an alternative if IT systems essential to operations break down?",
    ],
  },
  {
    group: "Organisation",
    questions: [
      "Has management considered what would happen to the business if a natural or man-made disaster struck?",
      "Has the company decided which business to keep or restore first in an emergency and what to do for it, and taken some action?",
      "Is someone ready to take command if the president is away or injured?",
      "Is mutual support in a disaster agreed with business partners and peers?",
    ],
  },
];
