/**
 * 様式02–05 (guideline lines 4320-4455): basic policy, the teams that write and run the BCP, the
 * employee card, and the set-up for planning together with other companies.
 */
import { type FormSpec, entry, tx } from "../spec";

export const FORM02: FormSpec = {
  no: "02",
  title: tx("BCPの基本方針", "Basic policy of the BCP"),
  sheetName: "様式02_基本方針",
  purpose: tx(
    "BCPを作り運用する目的と、緊急時に会社を存続させる上での要点、見直しの時期を決めます。",
    "States why the company keeps a BCP, what matters most for surviving an emergency, and when the plan is updated."
  ),
  columnWidths: [36, 70],
  sections: [
    { kind: "heading", text: tx("1. BCP策定・運用の目的", "1. Purpose of the BCP") },
    {
      kind: "fields",
      fields: [
        entry("ForCustomers", "①顧客にとって", "For customers", true),
        entry("ForEmployees", "②従業員にとって", "For employees", true),
        entry("ForCommunity", "③地域にとって", "For the community", true),
        entry("ForOthers", "④その他", "Other"),
      ],
    },
    {
      kind: "heading",
      text: tx("2. 緊急時に企業存続を図る上での要点", "2. Keys to survival in an emergency"),
    },
    {
      kind: "fields",
      fields: [
        entry("MutualAid", "①企業同士の助け合い", "Help between companies"),
        entry("Ethics", "②商取引上のモラル", "Fair dealing"),
        entry("Community", "③地域への貢献", "Contribution to the community"),
        entry("PublicSupport", "④公的支援制度の活用", "Use of public support"),
        entry("Other", "⑤その他", "Other"),
      ],
    },
    { kind: "heading", text: tx("3. BCP及び災害計画の更新時期", "3. When the BCP is updated") },
    {
      kind: "fields",
      fields: [
        {
          key: "UpdateMonth",
          label: tx("毎年（月）", "Every year in month"),
          kind: "number",
          required: true,
        },
        {
          key: "UpdatesPerYear",
          label: tx("年（回）更新", "Updates per year"),
          kind: "number",
          required: true,
        },
      ],
    },
  ],
};

export const FORM03: FormSpec = {
  no: "03",
  title: tx("BCPの策定・運用体制", "Teams that write and run the BCP"),
  sheetName: "様式03_策定運用体制",
  purpose: tx(
    "BCPを作る体制、平時に運用する体制、緊急時に発動する体制を決めます。責任者は経営者が務めます。",
    "Names the team that writes the plan, the team that runs it day to day and the team that acts in an emergency; management leads each."
  ),
  columnWidths: [34, 30, 30],
  sections: [
    { kind: "heading", text: tx("1. BCPの策定体制", "1. Planning team") },
    {
      kind: "fields",
      fields: [
        entry("PlanLead", "①責任者", "Lead", true),
        entry("PlanSub1", "②サブリーダー", "Sub-leader"),
        entry("PlanSub2", "②サブリーダー（2人目）", "Sub-leader (2)"),
      ],
    },
    {
      kind: "heading",
      text: tx("2. 平常時におけるBCPの運用推進体制", "2. Team running the BCP day to day"),
    },
    {
      kind: "fields",
      fields: [
        entry("RunLead", "①責任者", "Lead", true),
        entry("RunSub1", "②サブリーダー", "Sub-leader"),
        entry("RunSub2", "②サブリーダー（2人目）", "Sub-leader (2)"),
        entry("Partners", "③連携する取引先企業や協力会社", "Partner companies"),
        entry("Associations", "④一緒に取組む組合等の組織", "Associations taking part"),
        {
          key: "Scope",
          label: tx("⑤BCP運用の対象者", "Who runs the BCP"),
          value: tx("従業員全員で運用する。", "All employees."),
        },
      ],
    },
    { kind: "heading", text: tx("3. 緊急時におけるBCPの発動体制", "3. Emergency team") },
    {
      kind: "table",
      key: "Emergency",
      columns: [
        { key: "Role", label: tx("役割", "Role"), width: 34 },
        { key: "Person", label: tx("担当者", "Person"), required: true },
        { key: "Deputy", label: tx("代行者", "Deputy"), required: true },
      ],
      rows: 5,
      items: [
        tx("①責任者", "Lead"),
        tx("②顧客・協力会社担当サブリーダー", "Customers and partners"),
        tx("③事業資源担当サブリーダー", "Business resources"),
        tx("④財務担当サブリーダー", "Finance"),
        tx("⑤従業員支援担当サブリーダー", "Employee support"),
      ],
    },
  ],
};

export const FORM04: FormSpec = {
  no: "04",
  title: tx("従業員携帯カード", "Employee emergency card"),
  sheetName: "様式04_携帯カード",
  purpose: tx(
    "全従業員が持ち歩くカードです。会社の連絡先と緊急時の行動を記入し、本人欄は各自が記入します。",
    "A card every employee carries: the company fills in its contacts and the emergency actions, each employee their own details."
  ),
  // each side half a portrait page wide: folded down the middle, a side on each face
  columnWidths: [15, 24, 2, 15, 24],
  personalData: true,
  foldedCard: true,
  sections: [
    { kind: "heading", text: tx("〔表面〕", "[Front]") },
    {
      kind: "fields",
      fields: [
        {
          key: "Company",
          label: tx("会社名", "Company"),
          required: true,
          shownFrom: ["CompanyName"],
        },
        entry("Address", "所在地", "Address", true),
        entry("Phone", "電話", "Phone", true),
        entry("Fax", "FAX", "Fax"),
        {
          key: "Earthquake",
          label: tx("緊急時の行動：地震", "Earthquake"),
          value: tx(
            "①火の元を始末 ②海岸近く、大きく揺れたら高台に逃げる ③震度5強で会社に自動参集",
            "1 Turn off fires 2 Near the coast, head for high ground after strong shaking 3 At intensity 5+ report to the company"
          ),
        },
        {
          key: "Flood",
          label: tx("緊急時の行動：風水害", "Storm and flood"),
          value: tx(
            "①気象情報に注意 ②書類や資機材を2階へ移動 ③警報が出たら避難の準備",
            "1 Watch the weather news 2 Move papers and equipment upstairs 3 Prepare to evacuate when warned"
          ),
        },
        {
          key: "Fire",
          label: tx("緊急時の行動：火災", "Fire"),
          value: tx(
            "①大声で周囲に知らせ119番 ②初期消火、火が天井まで回ったら退避 ③煙に注意、口に濡タオル、姿勢低く",
            "1 Shout a warning and call 119 2 Fight it early; leave once it reaches the ceiling 3 Stay low with a wet towel over the mouth"
          ),
        },
        entry("Name", "本人情報：氏名", "Holder: name"),
        entry("BloodType", "血液型", "Blood type"),
        entry("Allergies", "持病・アレルギー", "Conditions and allergies"),
        entry("Doctor", "かかり付け医師", "Doctor"),
        entry("WorkShelter", "就業時の避難場所", "Evacuation site at work"),
        entry("HomeShelter", "自宅近くの避難所", "Shelter near home"),
      ],
    },
    {
      kind: "heading",
      text: tx("〔裏面〕連絡先（電話番号、携帯電話、携帯メール）", "[Back] Contacts"),
    },
    {
      kind: "fields",
      fields: [
        entry("HomePhone", "自宅電話番号", "Home phone"),
        entry("Family1", "家族①", "Family 1"),
        entry("Family2", "家族②", "Family 2"),
        entry("Family3", "家族③", "Family 3"),
        entry("Relative", "地域外に住む親戚", "Relative outside the area"),
        entry("President", "社長", "President", true),
        entry("Boss", "上司", "Manager"),
        entry("CallTree", "社内緊急連絡網の連絡相手", "Next person in the call tree"),
        entry("CallTreeAlt", "社内緊急連絡網 上記不在時の相手", "Call tree: if unavailable"),
        entry("Client1", "重要取引先①", "Key business partner 1"),
        entry("Client2", "重要取引先②", "Key business partner 2"),
        entry("Client3", "重要取引先③", "Key business partner 3"),
        entry("Client4", "重要取引先④", "Key business partner 4"),
        {
          key: "MessageDial",
          label: tx("災害伝言ダイヤル", "Disaster message dial"),
          value: tx("171", "171"),
        },
      ],
    },
  ],
};

export const FORM05: FormSpec = {
  no: "05",
  title: tx("複数企業連携によるBCPの策定・運用体制", "Planning together with other companies"),
  sheetName: "様式05_複数企業連携",
  purpose: tx(
    "同業者や取引先と連携してBCPに取り組むときの相手と連携の内容を整理します（上級コース）。",
    "Records partners and the kind of cooperation when several companies plan together (advanced course)."
  ),
  columnWidths: [10, 64, 36],
  sections: [
    { kind: "heading", text: tx("1. 連携企業：①種類", "1. Partners: kind") },
    {
      kind: "checklist",
      key: "Kind",
      items: [
        tx("サプライチェーン形成企業", "Companies of one supply chain"),
        tx("同業者の協同組合等", "Trade cooperative"),
        tx("地域的な協同組合等", "Regional cooperative"),
      ],
      blankRows: 0,
    },
    {
      kind: "fields",
      fields: [
        entry("Lead", "②幹事会社名と連絡先", "Lead company and contact", true),
        entry("Members", "構成企業", "Member companies", true),
      ],
    },
    { kind: "heading", text: tx("2. 連携内容", "2. Cooperation") },
    {
      kind: "checklist",
      key: "Content",
      items: [
        tx(
          "目標復旧時間の目処を予め調整の上、企業間で共通認識を持つておく。",
          "Agree the target recovery times in advance"
        ),
        tx(
          "共同でBCPに関する勉強会を開催したり、訓練を行ったりする。",
          "Hold BCP study sessions and drills together"
        ),
        tx(
          "緊急時対策のための施設や資機材を共同で設置・備蓄する。",
          "Share emergency facilities and stockpiles"
        ),
        tx(
          "緊急時に操業停止した場合、他の企業が製造や納品を代替する。",
          "Take over production or delivery for a stopped member"
        ),
        tx("緊急時に被災企業に対して要員応援を行う。", "Send staff to help a stricken member"),
        tx("その他", "Other"),
      ],
      blankRows: 0,
      noteHeader: tx("補足", "Details"),
    },
    { kind: "heading", text: tx("3. その他", "3. Other") },
    {
      kind: "fields",
      fields: [
        entry("CostSharing", "連携活動によって発生する費用の負担", "How costs are shared"),
        entry(
          "MeetingTiming",
          "幹事会社が開く連絡会の時期（少なくとも年に1回）",
          "When the lead company meets all members"
        ),
      ],
    },
  ],
};

export const POLICY_FORMS: readonly FormSpec[] = [FORM02, FORM03, FORM04, FORM05];
