/**
 * 入門コース 様式1–5 (guideline lines 548-790): the short plan a manager can write alone. The
 * printed wording of the forms (purpose statement, assumed impacts, example duties) comes in as
 * default content the company may change.
 */
import type { SheetBuilder } from "../../sheets/builder";
import {
  type Column,
  type FormSpec,
  type RenderOptions,
  type Section,
  type Text,
  tx,
} from "../spec";

const AVAILABILITY: readonly Text[] = [tx("○", "○"), tx("△", "△"), tx("×", "×")];

const WHAT_WHO_WHEN: readonly Column[] = [
  { key: "What", label: tx("何をやる？", "What"), width: 40 },
  { key: "Who", label: tx("誰がやる？", "Who") },
  { key: "When", label: tx("いつやる？", "When") },
];

export const INTRO1: FormSpec = {
  no: "入門1",
  title: tx("BCPの基本方針", "Basic policy of the BCP"),
  sheetName: "入門様式1_基本方針",
  purpose: tx(
    "計画の目的、会社として守るもの、優先して続ける商品・サービスを決めます。",
    "States why the plan exists, what the company protects first and which products it keeps going."
  ),
  columnWidths: [12, 60, 30],
  sections: [
    { kind: "heading", text: tx("1. 目的", "1. Purpose") },
    {
      kind: "fields",
      fields: [
        {
          key: "Purpose",
          label: tx("目的", "Purpose"),
          required: true,
          value: tx(
            "本計画は、緊急事態（地震の発生等）においても、従業員及びその家族の安全を確保しながら自社の事業を継続することを目的として策定したものである。",
            "This plan is drawn up so that the company can continue its business in an emergency (such as an earthquake) while keeping its employees and their families safe."
          ),
        },
      ],
    },
    { kind: "heading", text: tx("2. 基本方針", "2. Basic policy") },
    {
      kind: "checklist",
      key: "Policy",
      items: [
        tx("人命（従業員・顧客）の安全を守る", "Protect the lives of employees and customers"),
        tx("自社の経営を維持する", "Keep the company running"),
        tx("顧客からの信用を守る", "Keep the trust of customers"),
        tx("供給責任を果たし、従業員の雇用を守る", "Meet supply duties and keep jobs"),
        tx("地域経済の活力を守る", "Keep the local economy alive"),
      ],
      blankRows: 1,
    },
    { kind: "heading", text: tx("3. 重要商品", "3. Key products") },
    {
      kind: "table",
      key: "Products",
      columns: [{ key: "Name", label: tx("重要商品名", "Key product or service"), required: true }],
      rows: 3,
    },
  ],
};

function infrastructure(key: string, label: Text, impact: Text, mark: string): Section {
  return {
    kind: "fields",
    fields: [
      {
        key: `${key}Impact`,
        label: tx(`${label.ja}：想定される影響`, `${label.en}: expected impact`),
        value: impact,
      },
      {
        key: `${key}Use`,
        label: tx(`${label.ja}：利用の可否`, `${label.en}: usable`),
        list: AVAILABILITY,
        value: tx(mark, mark),
        required: true,
      },
    ],
  };
}

function companyImpact(key: string, label: Text, impact: Text): Section {
  return {
    kind: "fields",
    fields: [
      {
        key,
        label: tx(`${label.ja}：想定される影響`, `${label.en}: expected impact`),
        value: impact,
      },
    ],
  };
}

export const INTRO2: FormSpec = {
  no: "入門2",
  title: tx("被害想定", "Assumed damage"),
  sheetName: "入門様式2_被害想定",
  purpose: tx(
    "大規模地震（震度5弱以上）を例に、インフラと自社が受ける影響を書き出します。既定の文面は指針の想定で、自社に合わせて直せます。",
    "Writes down, for a large earthquake (intensity 5- or more), how infrastructure and the company are affected. The defaults are the guideline's assumptions; adjust them."
  ),
  columnWidths: [34, 70],
  sections: [
    { kind: "heading", text: tx("インフラへの影響", "Impact on infrastructure") },
    infrastructure(
      "Lifeline",
      tx("ライフライン", "Utilities"),
      tx(
        "停電が発生し、水道とガスが停止する。その後、電気、水道、ガスの順番で復旧する。",
        "Power fails and water and gas stop; power returns first, then water, then gas."
      ),
      "×"
    ),
    infrastructure(
      "Telecom",
      tx("情報通信", "Telecommunications"),
      tx(
        "電話やインターネット等が発生直後は、つながらなくなる。その後、ケーブル断線の復旧等により、順次復旧する。",
        "Telephone and internet are cut at first and come back as cables are repaired."
      ),
      "×"
    ),
    infrastructure(
      "Road",
      tx("道路", "Roads"),
      tx(
        "一部の道路が通行規制となる。その他の道路で、渋滞が発生する。",
        "Some roads are closed; the others are congested."
      ),
      "△"
    ),
    infrastructure(
      "Rail",
      tx("鉄道", "Railways"),
      tx(
        "発生直後は、鉄道の運行が完全に停止する。その後、被害の少ない地域から順次再開する。",
        "Trains stop entirely at first and restart area by area, least damaged first."
      ),
      "×"
    ),
    { kind: "heading", text: tx("あなたの会社への影響", "Impact on the company") },
    companyImpact(
      "People",
      tx("人", "People"),
      tx(
        "設備・什器類の移動・転倒、耐震性の低い建物の倒壊、津波の発生等により、一部の従業員が負傷する。従業員やその家族の負傷、交通機関の停止等により、一部の従業員が出勤できなくなる。",
        "Some employees are injured by falling equipment, collapsing weak buildings or a tsunami; some cannot come to work because of injuries in the family or stopped transport."
      )
    ),
    companyImpact(
      "Information",
      tx("情報", "Information"),
      tx(
        "パソコン等の機器類が破損する。重要な書類・データ(顧客管理簿、仕入先管理簿、商品の設計図 等)が復旧できなくなる。",
        "Computers are damaged; important records and data (customer and supplier ledgers, product drawings) are lost."
      )
    ),
    companyImpact(
      "Things",
      tx("物", "Facilities and goods"),
      tx(
        "工場・店舗等が、大破・倒壊・浸水する。固定していない設備・什器類が移動・転倒する。商品・備品類が落下・破損する。仕入先の被災により、部品や原材料等が調達できずに、商品の生産・販売ができなくなる。",
        "Plants and shops are wrecked, collapse or flood; loose equipment moves or falls; goods fall and break; damaged suppliers cannot deliver parts, so production and sales stop."
      )
    ),
    companyImpact(
      "Money",
      tx("金", "Money"),
      tx(
        "工場の生産停止や従業員の出勤率の低下により事業が停止してしまい、その間の売上がなくなる。会社の運転資金(従業員の給与、賃借料等)と建物・設備等の復旧のための資金が必要となる。",
        "The business stops, so there are no sales for that time; working capital (wages, rent) and money to restore buildings and equipment are needed."
      )
    ),
  ],
};

/** One 経営資源 of 様式3: step 1 questions (はい/いいえ), step 2 what / who / when. */
function resourceMeasures(key: string, title: Text, questions: readonly Text[]): Section[] {
  return [
    { kind: "heading", text: title },
    {
      kind: "note",
      text: tx("【ステップ1】事前対策の実施状況の把握", "Step 1: what is already in place"),
    },
    { kind: "questions", key, questions },
    { kind: "note", text: tx("【ステップ2】事前対策の検討・実施", "Step 2: measures to take") },
    { kind: "table", key: `${key}Plan`, columns: WHAT_WHO_WHEN, rows: 3 },
  ];
}

export const INTRO3: FormSpec = {
  no: "入門3",
  title: tx("重要商品提供のための対策", "Measures to keep supplying key products"),
  sheetName: "入門様式3_事前対策",
  purpose: tx(
    "経営資源（人・物・情報・金）ごとに今の備えを確かめ、足りない対策を誰がいつやるか決めます。",
    "For each resource (people, things, information, money), checks what is in place and decides who does what, and when."
  ),
  columnWidths: [60, 24, 24],
  sections: [
    {
      kind: "fields",
      fields: [{ key: "Product", label: tx("重要商品", "Key product"), required: true }],
    },
    ...resourceMeasures("People", tx("経営資源(人)への事前対策", "People"), [
      tx(
        "従業員の安否確認ルールの決定や安否確認手段の確保を行っているか？",
        "Are there rules and means to confirm that employees are safe?"
      ),
      tx(
        "緊急時に必要な従業員が出社できない場合に、代行できる従業員を育成しているか？",
        "Are stand-ins trained for key employees who cannot come in?"
      ),
    ]),
    ...resourceMeasures("Things", tx("経営資源(物)への事前対策", "Things"), [
      tx("什器や棚等、設備を固定しているか？", "Are furniture, shelves and equipment fixed?"),
      tx(
        "原材料の代替調達や代替生産等、業務を代替して行う手段を確保しているか？",
        "Are there alternative sources of materials or alternative production?"
      ),
    ]),
    ...resourceMeasures("Information", tx("経営資源(情報)への事前対策", "Information"), [
      tx(
        "重要なデータを特別に保管(バックアップ、耐火金庫等)しているか？",
        "Is important data kept safe (backups, fireproof safe)?"
      ),
      tx(
        "緊急時に取引先等へ情報を発信、取引先等の情報を収集する手段を整備しているか？",
        "Can the company send information to and gather it from business partners in an emergency?"
      ),
    ]),
    ...resourceMeasures("Money", tx("経営資源(金)への事前対策", "Money"), [
      tx(
        "操業が停止した場合に、必要な運転資金を把握しているか？",
        "Is the working capital needed during a stoppage known?"
      ),
      tx(
        "緊急時に運転資金として活用できる現金・預金を準備しているか？",
        "Is cash set aside as emergency working capital?"
      ),
    ]),
    ...resourceMeasures("Other", tx("その他の事前対策", "Other"), [
      tx(
        "取引先及び同業者等と災害発生時の相互支援について取り決めているか？",
        "Is mutual support agreed with partners and peers?"
      ),
    ]),
  ],
};

/** 様式4's example duties of the 統括責任者 with the 連携 mark of the guideline (○: mutual aid helps). */
const DUTIES: readonly { phase: Text; duty: Text; joint: boolean }[] = [
  {
    phase: tx("当日～（初動対応）", "Day 1 (first response)"),
    duty: tx("従業員・お客様の避難", "Evacuate employees and customers"),
    joint: true,
  },
  {
    phase: tx("当日～（初動対応）", "Day 1 (first response)"),
    duty: tx("従業員・お客様の安否確認", "Confirm everyone is safe"),
    joint: false,
  },
  {
    phase: tx("当日～（初動対応）", "Day 1 (first response)"),
    duty: tx("被災した従業員・お客様対応", "Care for injured employees and customers"),
    joint: true,
  },
  {
    phase: tx("当日～（初動対応）", "Day 1 (first response)"),
    duty: tx("初期消火", "Put out fires early"),
    joint: true,
  },
  {
    phase: tx("当日～（初動対応）", "Day 1 (first response)"),
    duty: tx(
      "地域への対応（瓦礫処理による避難経路確保）等",
      "Help the neighbourhood (clear escape routes)"
    ),
    joint: true,
  },
  {
    phase: tx("数日～（復旧に向けた対応）", "Following days (recovery)"),
    duty: tx("重要商品の提供（・休止）", "Supply (or pause) key products"),
    joint: false,
  },
  {
    phase: tx("数日～（復旧に向けた対応）", "Following days (recovery)"),
    duty: tx("各種取引先との連絡調整", "Coordinate with business partners"),
    joint: false,
  },
  {
    phase: tx("数日～（復旧に向けた対応）", "Following days (recovery)"),
    duty: tx("行政・業界団体への対応", "Deal with authorities and trade bodies"),
    joint: true,
  },
  {
    phase: tx("数日～（復旧に向けた対応）", "Following days (recovery)"),
    duty: tx("対外への情報発信", "Inform the outside world"),
    joint: false,
  },
  {
    phase: tx("数日～（復旧に向けた対応）", "Following days (recovery)"),
    duty: tx("資金の確保", "Secure funds"),
    joint: false,
  },
];

function duties(s: SheetBuilder, o: RenderOptions): void {
  const ja = o.locale === "ja";
  s.header(
    ja ? ["時期", "対応内容例", "連携", "担当者"] : ["When", "Duty", "Joint", "Person in charge"]
  );
  for (const d of DUTIES) {
    s.label(0, d.phase[o.locale]);
    s.label(1, d.duty[o.locale]);
    s.label(2, d.joint ? "○" : "—");
    s.input(3, { format: "text" });
    s.row += 1;
  }
  s.note(
    ja
      ? "○の項目は、近隣や取引先の企業と協力して行うと効果が大きいものです。"
      : "○ marks duties that work better when done together with neighbouring or partner companies."
  );
}

export const INTRO4: FormSpec = {
  no: "入門4",
  title: tx("緊急時の体制", "Emergency organisation"),
  sheetName: "入門様式4_緊急時体制",
  purpose: tx(
    "緊急時に全社の判断と指揮をする統括責任者と、その代理を決めます。",
    "Names who decides and commands in an emergency, and the deputies."
  ),
  columnWidths: [26, 44, 8, 20],
  sections: [
    { kind: "heading", text: tx("5. 緊急時の統括責任者", "5. Emergency lead") },
    {
      kind: "fields",
      fields: [
        {
          key: "Lead",
          label: tx("統括責任者", "Lead"),
          required: true,
          value: tx("社長", "President"),
        },
        { key: "Deputy1", label: tx("代理責任者①", "Deputy 1"), required: true },
        { key: "Deputy2", label: tx("代理責任者②", "Deputy 2") },
      ],
    },
    { kind: "custom", render: duties },
  ],
};

export const INTRO5: FormSpec = {
  no: "入門5",
  title: tx("BCPの運用", "Keeping the BCP alive"),
  sheetName: "入門様式5_運用",
  purpose: tx(
    "従業員への教育の予定と、BCPを見直すきっかけを決めます。",
    "Plans the training of employees and states when the BCP is reviewed."
  ),
  columnWidths: [20, 56, 30],
  sections: [
    { kind: "heading", text: tx("6. BCPの定着（教育計画）", "6. Training plan") },
    {
      kind: "table",
      key: "Training",
      columns: [
        { key: "Who", label: tx("誰が？", "Who"), required: true },
        { key: "What", label: tx("何をする？", "What") },
        { key: "When", label: tx("いつ？もしくはどのくらいの頻度で？", "When or how often") },
      ],
      rows: 4,
      items: [tx("経営者", "Management")],
    },
    {
      kind: "fields",
      fields: [
        {
          key: "BriefingsPerYear",
          label: tx(
            "経営者が従業員にBCPの進捗と問題点を説明する回数（毎年）",
            "Briefings by management per year"
          ),
          kind: "number",
          required: true,
        },
      ],
    },
    { kind: "heading", text: tx("7. BCPの見直し", "7. Review") },
    {
      kind: "checklist",
      key: "Review",
      items: [
        tx(
          "日頃の顧客管理、在庫管理、仕入先管理の結果に大幅な変更があった場合、商品・サービスの変更・追加、生産ラインの組み替え、人事異動等があった場合は、BCPを見直す必要があるか検討を行い、その必要があれば即座にその変更をBCPに反映する",
          "When customers, stock, suppliers, products, production lines or staff change a lot, check whether the BCP must change and update it at once"
        ),
        tx(
          "毎年1回以上、事前対策の進捗状況や問題点をチェックし、必要に応じてBCPを見直す",
          "At least once a year, check the progress of the measures and revise the BCP as needed"
        ),
      ],
      blankRows: 2,
    },
  ],
};

export const INTRO_FORMS: readonly FormSpec[] = [INTRO1, INTRO2, INTRO3, INTRO4, INTRO5];
