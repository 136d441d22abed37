/**
 * 様式10–15 (guideline lines 4640-4790): evacuation, contacts of organisations, employees,
 * communication means, the company's own numbers and key customers. Forms the guideline repeats
 * per organisation, employee, means or customer are tables with one row per entry.
 */
import { type Column, type FormSpec, type Text, tx, entry } from "../spec";

/** 第1/第2連絡先 of 様式11, 15 and 17-2. */
export function contactColumns(n: 1 | 2): Column[] {
  const p = (ja: string) => `第${n}連絡先 ${ja}`;
  const e = (en: string) => `Contact ${n}: ${en}`;
  return [
    entry(`Dept${n}`, p("部署"), e("department")),
    entry(`Person${n}`, p("担当者名"), e("name"), n === 1),
    entry(`Phone${n}`, p("電話番号"), e("phone"), n === 1),
    entry(`Mobile${n}`, p("携帯電話等"), e("mobile")),
    entry(`Fax${n}`, p("Fax番号"), e("fax")),
    entry(`Mail${n}`, p("eメール"), e("e-mail")),
  ];
}

/** 会社 block of 様式11, 15 and 17-2. */
export const COMPANY_COLUMNS: readonly Column[] = [
  entry("Account", "口座番号（必要な場合）", "Account number"),
  entry("Address", "住所", "Address"),
  entry("Web", "ホームページアドレス", "Website"),
  entry("MainPhone", "電話番号（代表）", "Main phone", true),
];

export const FORM10: FormSpec = {
  no: "10",
  title: tx("避難計画シート【屋外避難用】", "Evacuation plan (outdoor)"),
  sheetName: "様式10_避難計画",
  purpose: tx(
    "会社から屋外へ避難するときの集合場所と責任者を決めます。隣の事業所やビルの管理者と一緒に作ると混乱が減ります。",
    "Sets the assembly point and the people in charge when leaving the premises; best written together with neighbours and the building manager."
  ),
  columnWidths: [40, 60],
  sections: [
    {
      kind: "fields",
      fields: [
        { key: "Place", label: tx("避難場所の名称", "Evacuation site"), required: true },
        {
          key: "Tasks",
          label: tx(
            "会社から避難が必要となった場合にすべき事項",
            "What to do when leaving the premises"
          ),
        },
        { key: "Assembly", label: tx("集合場所", "Assembly point"), required: true },
        {
          key: "AssemblyLead",
          label: tx("集合場所責任者（代理責任者）", "Assembly lead (deputy)"),
          required: true,
        },
        { key: "AssemblyDuty", label: tx("上記責任者の責務", "Duties") },
        {
          key: "StopLead",
          label: tx("業務停止責任者（代理責任者）", "Shutdown lead (deputy)"),
          required: true,
        },
        { key: "StopDuty", label: tx("上記責任者の責務", "Duties") },
        {
          key: "ClearLead",
          label: tx("避難解除責任者（代理責任者）", "All-clear lead (deputy)"),
          required: true,
        },
        { key: "Remarks", label: tx("備考", "Remarks") },
        {
          key: "DrillsPerYear",
          label: tx("避難訓練の回数（1年間に）", "Drills per year"),
          kind: "number",
          required: true,
        },
      ],
    },
    {
      kind: "note",
      text: tx(
        "避難場所の地図を掲示し、非常口をはっきり示しておきます。",
        "Post a map of the evacuation site and keep the emergency exits clearly marked."
      ),
    },
  ],
};

const ORGANISATION_KINDS: readonly Text[] = [
  tx("消防署", "fire station"),
  tx("警察署", "police"),
  tx("病院", "hospital"),
  tx("電話会社", "telephone company"),
  tx("電力会社", "power company"),
  tx("ガス会社", "gas company"),
  tx("水道事業者", "water utility"),
  tx("金融機関", "bank"),
  tx("保険会社", "insurer"),
  tx("監査法人", "audit firm"),
  tx("会計士", "accountant"),
  tx("債権者", "creditor"),
  tx("建物管理者", "building manager"),
  tx("建物所有者", "building owner"),
  tx("建物警備会社", "security company"),
  tx("その他", "other"),
];

export const FORM11: FormSpec = {
  no: "11",
  title: tx("主要組織の連絡先", "Contacts of key organisations"),
  sheetName: "様式11_主要組織",
  purpose: tx(
    "中核事業の継続・復旧に欠かせない組織（銀行、保険会社、公共サービス等）の連絡先を、1組織1行で記入します。消防・病院・インフラ企業を優先します。",
    "One row per organisation the core business depends on (banks, insurers, utilities); start with fire, hospital and utilities."
  ),
  columnWidths: [16, 24, 24, 14, 24, 18, 14],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Orgs",
      columns: [
        { ...entry("Kind", "業種分類", "Kind", true), list: ORGANISATION_KINDS },
        entry("Name", "事業名（またはサービス名）", "Organisation", true),
        entry("Service", "提供されるサービス内容", "Service"),
        ...COMPANY_COLUMNS,
        ...contactColumns(1),
        ...contactColumns(2),
        entry("Remarks", "備考", "Remarks"),
      ],
      rows: 15,
      items: [],
    },
  ],
};

const EMPLOYEE: readonly Column[] = [
  entry("Name", "氏名", "Name", true),
  entry("Title", "役職", "Position"),
];

/** An employee's own numbers (様式12-1, 12-2, 12-3). */
const PHONES: readonly Column[] = [
  entry("Phone", "自宅電話番号", "Home phone", true),
  entry("Mobile", "携帯電話番号等", "Mobile"),
];

export const FORM12_1: FormSpec = {
  no: "12-1",
  title: tx("従業員連絡先リスト【従業員一覧】", "Employee contact list (all employees)"),
  sheetName: "様式12-1_従業員一覧",
  purpose: tx(
    "全従業員の一覧です。番号は様式12-2（個別用）の番号と合わせます。",
    "All employees; the number matches the individual sheet (form 12-2)."
  ),
  columnWidths: [8, 20, 16, 18, 18, 24],
  personalData: true,
  sections: [
    {
      kind: "table",
      key: "Staff",
      columns: [
        entry("No", "No.", "No.", true),
        ...EMPLOYEE,
        ...PHONES,
        entry("Duty", "主要な責務", "Main duty"),
      ],
      rows: 30,
    },
  ],
};

export const FORM12_2: FormSpec = {
  no: "12-2",
  title: tx("従業員連絡先リスト【従業員個別用】", "Employee contact list (per employee)"),
  sheetName: "様式12-2_従業員個別",
  purpose: tx(
    "様式12-1の従業員ごとの詳しい連絡先と、災害時に出社できるか、役立つ資格を1人1行で記入します。",
    "One row per employee of form 12-1: detailed contacts, whether they can reach work in a disaster and useful skills."
  ),
  columnWidths: [8, 16, 14, 20, 24],
  landscape: true,
  personalData: true,
  sections: [
    {
      kind: "table",
      key: "Staff",
      columns: [
        entry("No", "No.（様式12-1）", "No. (12-1)", true),
        ...EMPLOYEE,
        entry("Duty", "主要な責務", "Main duty"),
        entry("Address", "自宅の住所", "Home address"),
        ...PHONES,
        entry("WorkMail", "会社用eメール", "Work e-mail"),
        entry("HomeMail", "自宅用eメール", "Private e-mail"),
        entry("Emergency", "上記以外の緊急時連絡先", "Other emergency contact"),
        entry("Relation", "本人との続柄", "Relationship"),
        entry("EmergencyPhone", "緊急時連絡先電話番号", "Emergency phone"),
        entry("EmergencyPhone2", "予備電話番号", "Spare phone"),
        entry("Requests", "電話による確認事項、依頼事項等", "What to check or ask by phone"),
        {
          ...entry("DistanceKm", "自宅から会社までの距離（km）", "Distance home to work (km)"),
          kind: "number",
        },
        entry("Commute", "平時の通勤手段", "Usual commute"),
        entry(
          "Skills",
          "資格・技能等（応急処置、CPR、無線、重機・特殊車両の免許等）",
          "Skills (first aid, CPR, radio, licences)"
        ),
        entry("Remarks", "備考", "Remarks"),
      ],
      rows: 30,
    },
  ],
};

// The seed text has no layout for 様式12-3; it holds the basic data of 12-1 and 12-2 in one list.
export const FORM12_3: FormSpec = {
  no: "12-3",
  title: tx("従業員連絡先リスト【基本情報整理用】", "Employee contact list (basic data)"),
  sheetName: "様式12-3_従業員基本",
  purpose: tx(
    "様式12-1・12-2を使わない場合に、従業員の基本的な連絡先と災害時の出社の見込みを1人1行でまとめます。",
    "When forms 12-1 and 12-2 are not used: one row per employee with basic contacts and whether they can reach work."
  ),
  columnWidths: [18, 14, 16, 16, 22, 16, 14],
  landscape: true,
  personalData: true,
  sections: [
    {
      kind: "table",
      key: "Staff",
      columns: [
        ...EMPLOYEE,
        ...PHONES,
        entry("Emergency", "緊急時連絡先（続柄・電話番号）", "Emergency contact (relation, phone)"),
        {
          ...entry("DistanceKm", "自宅から会社までの距離（km）", "Distance home to work (km)"),
          kind: "number",
        },
        entry("Skills", "災害時に役立つ資格・技能", "Useful skills"),
      ],
      rows: 30,
    },
  ],
};

// The seed text has no layout for 様式13; the columns follow its purpose in 表 4.3-1.
export const FORM13: FormSpec = {
  no: "13",
  title: tx("情報通信手段の情報", "Communication means"),
  sheetName: "様式13_通信手段",
  purpose: tx(
    "代替策で選んだ通信手段（携帯電話、衛星電話、IP電話、無線等）ごとに、番号や使える場所、使い方を1手段1行でまとめます。",
    "One row per communication means chosen as a fallback (mobile, satellite, IP phone, radio): number, where it works, how it is used."
  ),
  columnWidths: [20, 18, 18, 18, 24, 16],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Means",
      columns: [
        entry("Means", "通信手段", "Means", true),
        entry("Provider", "提供事業者", "Provider"),
        entry("Number", "番号・アカウント", "Number or account", true),
        entry("Holder", "保有者・保管場所", "Holder or location"),
        entry("Use", "緊急時の用途（誰と何を連絡するか）", "Use in an emergency"),
        entry("Remarks", "備考", "Remarks"),
      ],
      rows: 8,
    },
  ],
};

export const FORM14: FormSpec = {
  no: "14",
  title: tx("電話/FAX番号シート【自社用】", "The company's telephone and fax numbers"),
  sheetName: "様式14_電話FAX",
  purpose: tx(
    "中核事業に関わる自社の電話・FAX番号と、それが欠かせない場合の対応策をまとめます。",
    "The company's numbers that matter for the core business, and what to do if an essential one fails."
  ),
  columnWidths: [18, 18, 20, 10, 36, 20],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Numbers",
      columns: [
        entry("Number", "電話番号", "Number", true),
        {
          ...entry("Type", "タイプ", "Type", true),
          list: [
            tx("内線", "extension"),
            tx("外線", "outside line"),
            tx("フリーダイヤル", "toll-free"),
            tx("FAX", "fax"),
            tx("携帯電話", "mobile"),
            tx("その他", "other"),
          ],
        },
        {
          ...entry("State", "状態", "State"),
          list: [tx("現在、使用中", "in use"), tx("復旧期間中のみ確立", "recovery period only")],
        },
        {
          ...entry("Importance", "重要度", "Importance", true),
          list: [tx("高", "high"), tx("低", "low")],
        },
        entry("Measure", "対応策（重要度が高の場合）", "Measure if high"),
        entry("Task", "関連する社内重要業務", "Key task"),
      ],
      rows: 12,
    },
  ],
};

export const FORM15: FormSpec = {
  no: "15",
  title: tx("主要顧客情報", "Key customers"),
  sheetName: "様式15_主要顧客",
  purpose: tx("中核事業の顧客を1社1行で記入します。", "One row per customer of the core business."),
  columnWidths: [24, 24, 20, 14, 24, 18, 14],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Customers",
      columns: [
        entry("Name", "会社名", "Company", true),
        entry("Product", "提供する製品／材料／サービス", "Products or services supplied", true),
        entry("Delivery", "平時における製品等の提供手段（輸送手段等）", "Usual delivery"),
        ...COMPANY_COLUMNS,
        ...contactColumns(1),
        ...contactColumns(2),
        entry("Remarks", "備考", "Remarks"),
      ],
      rows: 15,
    },
  ],
};

export const CONTACT_FORMS: readonly FormSpec[] = [
  FORM10,
  FORM11,
  FORM12_1,
  FORM12_2,
  FORM12_3,
  FORM13,
  FORM14,
  FORM15,
];
