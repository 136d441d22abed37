/**
 * 様式16–20 (guideline lines 4792-4940): bottleneck resources, supplies and suppliers, the
 * insurance list, the emergency kit and community activities. 様式18's policy table feeds the
 * insurance check of the diagnosis (加入 and 保険金額 by 補償範囲).
 */
import { INSURED_CATEGORIES, POLICY_TYPES } from "../../model/insurance";
import { type Column, type FormSpec, type Text, entry, tx } from "../spec";
import { COMPANY_COLUMNS, contactColumns } from "./contacts";

const STATUS: readonly Text[] = [
  tx("現在、使用中", "in use"),
  tx("リース予定/購入予定", "to lease or buy"),
];

/** Who uses a bottleneck resource and whether it is there yet (様式16-1, 16-2). */
const RESOURCE_USE: readonly Column[] = [
  entry("Task", "当該資源を利用する社内重要業務", "Key task using it", true),
  entry("Owner", "社内責任者", "Responsible"),
  { ...entry("Status", "当該資源の現状", "Status"), list: STATUS },
];

/** The supplier and the spare one (様式16-1, 16-2, 16-3). */
function suppliers(required: boolean): Column[] {
  return [
    entry("Supplier", "供給業者", "Supplier", required),
    entry("Supplier2", "供給業者（予備）", "Spare supplier"),
  ];
}

export const FORM16_1: FormSpec = {
  no: "16-1",
  title: tx(
    "中核事業に係るボトルネック資源【設備/機械/車両など】",
    "Bottleneck resources: equipment, machines, vehicles"
  ),
  sheetName: "様式16-1_設備機械",
  purpose: tx(
    "中核事業のボトルネックになる設備・機械・車両を1資源1行で記入します。風水害の前に安全な場所へ動かせるかも備考に書きます。コンピュータは様式16-2へ。",
    "One row per machine, installation or vehicle that limits the core business; note whether it can be moved before a storm. Computers go to form 16-2."
  ),
  columnWidths: [22, 14, 14, 20, 18, 18, 20, 14, 24],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Items",
      columns: [
        ...RESOURCE_USE,
        entry("Model", "品名（モデル名）", "Item (model)", true),
        ...suppliers(true),
        entry("Place", "事業継続の際の想定設置場所", "Where it would be set up"),
        entry("Lead", "交換・設置に要する時間", "Time to replace and install"),
        entry("Remarks", "備考（関連して必要となるもの等）", "Remarks (what else it needs)"),
      ],
      rows: 10,
    },
  ],
};

export const FORM16_2: FormSpec = {
  no: "16-2",
  title: tx(
    "中核事業に係るボトルネック資源【コンピュータ機器とソフトウェア】",
    "Bottleneck resources: computers and software"
  ),
  sheetName: "様式16-2_コンピュータ",
  purpose: tx(
    "中核事業のボトルネックになるコンピュータ、周辺機器、ソフトウェアを1品1行で記入します。",
    "One row per computer, peripheral or software product that limits the core business."
  ),
  columnWidths: [22, 14, 14, 20, 8, 16, 18, 18, 20, 24],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Items",
      columns: [
        ...RESOURCE_USE,
        entry("Model", "品名（バージョン等）", "Item (version)", true),
        { ...entry("Quantity", "数量（機器）", "Quantity"), kind: "number" },
        {
          ...entry("Type", "タイプ", "Type"),
          list: [
            tx("コンピュータ", "computer"),
            tx("周辺機器", "peripheral"),
            tx("ソフトウェア", "software"),
          ],
        },
        ...suppliers(true),
        entry("Place", "事業継続の際の想定設置場所", "Where it would be set up"),
        entry(
          "Remarks",
          "備考（購買/リースの日付・価格、シリアル番号等）",
          "Remarks (date, price, serial)"
        ),
      ],
      rows: 10,
    },
  ],
};

export const FORM16_3: FormSpec = {
  no: "16-3",
  title: tx(
    "中核事業に係るボトルネック資源【その他の器具類】",
    "Bottleneck resources: other fittings"
  ),
  sheetName: "様式16-3_器具類",
  purpose: tx(
    "代わりの場所で中核事業を続けるときに要る机や道具などを記入します。例にない物は空いた行に追加します。",
    "Furniture and tools needed to run the core business at another site; add what the list lacks."
  ),
  columnWidths: [22, 10, 22, 22, 22],
  sections: [
    {
      kind: "table",
      key: "Items",
      columns: [
        entry("Item", "項目", "Item"),
        { ...entry("Quantity", "数量", "Quantity"), kind: "number" },
        ...suppliers(false),
        entry("Place", "設置場所", "Where"),
      ],
      rows: 14,
      items: [
        tx("イス", "Chairs"),
        tx("机", "Desks"),
        tx("延長コード", "Extension cords"),
        tx("キャビネット", "Cabinets"),
        tx("メール箱", "Mail boxes"),
        tx("移動用エアコン", "Portable air conditioner"),
        tx("テーブル", "Tables"),
        tx("ゴミ箱", "Bins"),
        tx("その他（説明）", "Other (describe)"),
      ],
    },
  ],
};

export const FORM17_1: FormSpec = {
  no: "17-1",
  title: tx("中核事業に必要な供給品目情報", "Supplies the core business needs"),
  sheetName: "様式17-1_供給品目",
  purpose: tx(
    "中核事業の復旧・継続に要る供給品目（設備の維持に欠かせない品を含む）を記入します。事務用品や家具は様式16-3へ。",
    "Supplies needed to restore and continue the core business, including what keeps machines running; office supplies and furniture go to form 16-3."
  ),
  columnWidths: [26, 16, 10, 24, 26],
  sections: [
    {
      kind: "table",
      key: "Items",
      columns: [
        entry("Item", "供給品目", "Supply", true),
        entry("OrderNo", "注文番号", "Order number"),
        { ...entry("Quantity", "数量", "Quantity"), kind: "number" },
        entry("Supplier", "供給業者", "Supplier", true),
        entry("Task", "関連する社内重要業務", "Key task"),
      ],
      rows: 15,
    },
    { kind: "fields", fields: [{ key: "Remarks", label: tx("備考", "Remarks") }] },
  ],
};

export const FORM17_2: FormSpec = {
  no: "17-2",
  title: tx("主要供給者/業者情報【供給品目別】", "Key suppliers, by supply"),
  sheetName: "様式17-2_供給者",
  purpose: tx(
    "様式17-1の供給品目ごとに、いまの供給者と予備の供給者を1社1行で記入します。",
    "One row per current or spare supplier of each supply of form 17-1."
  ),
  columnWidths: [22, 22, 14, 20, 14, 24, 18, 14],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Suppliers",
      columns: [
        entry("Supply", "提供される製品／材料／サービス", "Product, material or service", true),
        entry("Name", "会社名", "Company", true),
        {
          ...entry("Relation", "業者との取引状況", "Relationship", true),
          list: [tx("現在取引中", "current"), tx("予備", "spare")],
        },
        entry("Delivery", "平時における製品等の納入手段（輸送手段等）", "Usual delivery"),
        ...COMPANY_COLUMNS,
        ...contactColumns(1),
        ...contactColumns(2),
        entry("Remarks", "備考", "Remarks"),
      ],
      rows: 15,
    },
  ],
};

/** The policy types and insured categories of the diagnosis, so 様式18 can feed it. */
const same = (v: string) => tx(v, v);
export const FORM18_OTHER = "その他";

export const FORM18: FormSpec = {
  no: "18",
  title: tx("保険情報リスト【損害補償の範囲検討用】", "Insurance list (scope of cover)"),
  sheetName: "様式18_保険",
  purpose: tx(
    "保険代理店と契約中の保険を整理します。保険の種類と補償範囲を一覧から選ぶと、財務診断の保険の加入状況と保険金額にそのまま使われます。",
    "Records the agent and the policies held. Choosing the policy type and the insured category from the lists feeds the insurance check of the diagnosis."
  ),
  columnWidths: [26, 18, 14, 24, 16, 24],
  sections: [
    {
      kind: "fields",
      fields: [
        { key: "Agent", label: tx("保険代理店名", "Agent"), required: true },
        { key: "Address", label: tx("住所", "Address") },
        { key: "Dept", label: tx("連絡先部署", "Department") },
        { key: "Person", label: tx("担当者名", "Contact person") },
        { key: "Phone", label: tx("連絡先電話", "Phone"), required: true },
        { key: "Phone2", label: tx("予備連絡先電話", "Spare phone") },
        { key: "Fax", label: tx("Fax番号", "Fax") },
        { key: "Mail", label: tx("eメールアドレス", "E-mail") },
      ],
    },
    {
      kind: "heading",
      text: tx(
        "保険証情報（1契約・1補償範囲につき1行）",
        "Policies (one row per policy and insured category)"
      ),
    },
    {
      kind: "table",
      key: "Policies",
      columns: [
        {
          ...entry("Type", "保険のタイプ", "Policy type", true),
          list: [...POLICY_TYPES, FORM18_OTHER].map(same),
        },
        entry("Number", "保険証番号", "Policy number"),
        { ...entry("Deductible", "免責金額（千円）", "Deductible (thousand yen)"), kind: "amount" },
        {
          ...entry("Scope", "補償範囲", "Insured category", true),
          list: [...INSURED_CATEGORIES, FORM18_OTHER].map(same),
        },
        { ...entry("Limit", "補償限度額（千円）", "Limit (thousand yen)", true), kind: "amount" },
        entry("Remarks", "備考（特約等）", "Remarks (riders)"),
      ],
      rows: 10,
    },
    {
      kind: "questions",
      key: "Need",
      questions: [
        tx("洪水保険を必要としますか？", "Is flood insurance needed?"),
        tx("地震保険を必要としますか？", "Is earthquake insurance needed?"),
        tx(
          "事業収益及び特別損失に関する保険を必要としますか？",
          "Is business-interruption and extraordinary-loss insurance needed?"
        ),
      ],
    },
    {
      kind: "fields",
      fields: [
        {
          key: "Questions",
          label: tx(
            "その他の災害関連の保険に関する質問等",
            "Other questions on disaster insurance"
          ),
        },
      ],
    },
  ],
};

export const FORM19: FormSpec = {
  no: "19",
  title: tx("災害対応用具チェックリスト", "Emergency kit checklist"),
  sheetName: "様式19_災害対応用具",
  purpose: tx(
    "救援が来るまでに要る防災用具のそろい具合を確かめます。足りない物は早めに買い、他に要る物は従業員と相談して追加します。",
    "Checks the emergency supplies needed until help arrives; buy what is missing and add what employees think is needed."
  ),
  columnWidths: [10, 70, 24],
  sections: [
    {
      kind: "checklist",
      key: "Kit",
      noteHeader: tx("数量・保管場所", "Quantity and place"),
      blankRows: 3,
      items: [
        tx(
          "従業員分の水（飲料用と生活用のためには、一人当たり一日3リットルが目安）",
          "Water for every employee (about 3 litres a person a day)"
        ),
        tx(
          "従業員分の食物（非腐敗性食品を少なくとも3日間分）",
          "Food for every employee (non-perishable, at least 3 days)"
        ),
        tx("缶切及び紙製（またはプラスチック製）食器", "Can opener and paper or plastic tableware"),
        tx("カセットコンロ及びガスボンベ", "Portable stove and gas cartridges"),
        tx(
          "ラジオ（乾電池型、手巻充電型）と予備乾電池",
          "Radio (battery or crank) and spare batteries"
        ),
        tx("懐中電燈と予備乾電池", "Torches and spare batteries"),
        tx("救急箱", "First-aid kit"),
        tx("笛（救助を求めるためのもの）", "Whistle to call for help"),
        tx(
          "作業用防具類（ヘルメット、防塵マスク、アイガード、作業用手袋など）",
          "Protective gear (helmets, dust masks, goggles, gloves)"
        ),
        tx(
          "衛生用具類（ウェットティッシュ、トイレットペーパーなど）",
          "Hygiene supplies (wet wipes, toilet paper)"
        ),
        tx(
          "工具類（ペンチ、ハンマー、遮断レンチ、シャベル、てこ用棒など）",
          "Tools (pliers, hammer, shut-off wrench, shovel, crowbar)"
        ),
        tx(
          "文具類（鉛筆、マジックペン（数色）、ノートなど）",
          "Stationery (pencils, markers, notebooks)"
        ),
        tx("蓋付きポリバケツ、ゴミ袋、ほうき", "Bucket with lid, rubbish bags, broom"),
        tx(
          "ビニールシート及びテープ（部屋を閉じるため）",
          "Plastic sheeting and tape to seal rooms"
        ),
        tx("ブルーシート", "Tarpaulins"),
        tx(
          "簡易トイレ製品（または、トイレ用ビニール袋及びビニールテープ）",
          "Portable toilets (or toilet bags and tape)"
        ),
        tx(
          "カメラ、フィルム、予備乾電池（損害を記録するため。使い捨てカメラでもOK）",
          "Camera and batteries to record damage"
        ),
        tx(
          "毛布（可能ならば、簡易ベッドやマットなどもあるとよい）",
          "Blankets (cots or mats if possible)"
        ),
        tx(
          "現金（電話用の小銭も含む）、キャッシュカード、クレジットカード（停電により、ATMが利用不可な状況などに備えるため）",
          "Cash incl. coins, bank and credit cards (ATMs may be down)"
        ),
        tx(
          "連絡先リスト（従業員、警察、消防等の公益事業会社などの緊急サービスなど）",
          "Contact lists (employees, police, fire, utilities)"
        ),
        tx("事業継続のための活動項目リスト", "List of continuity actions"),
        tx("地図、ビル内フロアマップ", "Maps and floor plans"),
        tx("拡声器", "Megaphone"),
      ],
    },
  ],
};

export const FORM20: FormSpec = {
  no: "20",
  title: tx("地域貢献活動", "Community activities"),
  sheetName: "様式20_地域貢献",
  purpose: tx(
    "地域の安全・安心のために会社が平時と緊急時に行う活動を選びます。例にない活動は空いた行に追加します。",
    "Chooses what the company does for the safety of its community, in normal times and in an emergency; add your own activities."
  ),
  columnWidths: [10, 70, 30],
  sections: [
    { kind: "heading", text: tx("1. 日常的な活動", "1. In normal times") },
    {
      kind: "checklist",
      key: "Daily",
      noteHeader: tx("補足", "Details"),
      blankRows: 1,
      items: [
        tx(
          "地域の自主防災組織の活動に対して、ノウハウや人手、資金等の提供協力をする。",
          "Support the local volunteer disaster group with know-how, people or money"
        ),
        tx(
          "地域住民と共同で防災訓練を立案・実施する。",
          "Plan and hold drills together with residents"
        ),
      ],
    },
    { kind: "heading", text: tx("2. 緊急時における活動", "2. In an emergency") },
    {
      kind: "checklist",
      key: "Emergency",
      noteHeader: tx("補足", "Details"),
      blankRows: 3,
      items: [
        tx(
          "独居高齢者世帯等に対して声掛けを行う（避難勧告発令時、避難生活時等）。",
          "Check on elderly people living alone"
        ),
        tx(
          "周辺住家の被災状況を把握し、救出・応急救護・初期消火に協力する。",
          "Help with rescue, first aid and fire-fighting nearby"
        ),
        tx("被災した住家の後片付け等を手伝う。", "Help clean up damaged homes"),
        tx(
          "従業員に対し、ボランティアとして登録・活動することを推奨する。",
          "Encourage employees to volunteer"
        ),
        tx(
          "施設を避難所として提供する（学校等の公的避難所が使用できない場合等）。",
          "Offer premises as a shelter when public ones cannot be used"
        ),
        tx("在庫商品を提供する。", "Provide goods from stock"),
        tx(
          "貯水タンクの水や備蓄用品・資機材を供出する。",
          "Provide stored water, supplies and equipment"
        ),
      ],
    },
  ],
};

export const RESOURCE_FORMS: readonly FormSpec[] = [
  FORM16_1,
  FORM16_2,
  FORM16_3,
  FORM17_1,
  FORM17_2,
  FORM18,
  FORM19,
  FORM20,
];
