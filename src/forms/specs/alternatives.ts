/**
 * 様式08 事業継続に係る各種資源の代替の情報 and 様式09 事前対策のための投資計画 (guideline lines
 * 4577-4700). 様式09's checked projects add up to the 災害防止対策費用 F of the 事前対策 sheet.
 */
import type { SheetBuilder } from "../../sheets/builder";
import {
  CHECK,
  CHECK_MARK,
  type FormSpec,
  type RenderOptions,
  type Section,
  tx,
  entry,
} from "../spec";

function site(prefix: string, title: [string, string], purpose: [string, string]): Section[] {
  return [
    { kind: "heading", text: tx(...title) },
    {
      kind: "fields",
      fields: [
        entry(`${prefix}Address`, "住所", "Address", true),
        entry(`${prefix}Owner`, "建物所有者/管理者", "Building owner or manager"),
        entry(`${prefix}Phone`, "第一電話番号", "Main phone", true),
        entry(`${prefix}Phone2`, "予備電話番号", "Spare phone"),
        entry(`${prefix}Other`, "その他連絡先（携帯電話等）", "Other contact (mobile)"),
        entry(`${prefix}Mail`, "eメール", "E-mail"),
        entry(`${prefix}Purpose`, purpose[0], purpose[1]),
        entry(`${prefix}Staff`, "当該場所に行くべき従業員", "Employees who go there"),
        entry(`${prefix}Remarks`, "備考", "Remarks"),
      ],
    },
  ];
}

export const FORM08: FormSpec = {
  no: "08",
  title: tx("事業継続に係る各種資源の代替の情報", "Alternatives for the resources of the business"),
  sheetName: "様式08_代替の情報",
  purpose: tx(
    "被災後に中核事業を立て直すための代わりの拠点、要員、資金、通信・インフラ、重要な情報の守り方をまとめます。",
    "Records the fallback sites, staff, funding, utilities and data protection used to restore the core business."
  ),
  columnWidths: [30, 22, 16, 16, 14, 12, 16, 16, 14, 30, 16],
  landscape: true,
  sections: [
    ...site(
      "Hub",
      ["① 情報連絡の拠点となる場所", "1. Communication hub"],
      ["連絡すべき内容", "What to report"]
    ),
    ...site(
      "Site",
      ["② 事業復旧を実施するための場所", "2. Recovery site"],
      ["事業復旧場所で継続される中核事業", "Core business continued there"]
    ),
    // The seed text of the guideline lacks block ③; it follows 自己診断 2.I-3 (臨時従業員の確保).
    { kind: "heading", text: tx("③ 要員の確保（臨時従業員等）", "3. Staff (temporary workers)") },
    {
      kind: "fields",
      fields: [
        entry("StaffPolicy", "要員確保の方針", "How staff are found"),
        entry("StaffSources", "応援を頼める先（協力会社・人材派遣等）", "Who can lend staff"),
        entry("StaffRemarks", "備考", "Remarks"),
      ],
    },
    { kind: "heading", text: tx("④ 資金調達", "4. Funding") },
    {
      kind: "fields",
      fields: [
        entry("FundingPolicy", "資金調達手段、方針等", "Means and policy of funding", true),
        entry("FundingRemarks", "備考", "Remarks"),
      ],
    },
    { kind: "heading", text: tx("⑤ 通信手段・各種インフラ", "5. Communications and utilities") },
    {
      kind: "fields",
      fields: [
        entry("Telecom", "電話等の通信手段の代替方針", "Fallback for telephone and data", true),
        entry("Power", "電力", "Power"),
        entry("Gas", "ガス", "Gas"),
        entry("Water", "水道", "Water"),
        entry("UtilityOther", "その他", "Other"),
        entry("UtilityRemarks", "備考", "Remarks"),
      ],
    },
    {
      kind: "heading",
      text: tx(
        "⑥ 中核事業に必要となる情報に関する情報（バックアップに関する情報を含む）",
        "6. Information the core business needs, with its backups"
      ),
    },
    {
      kind: "table",
      key: "Records",
      columns: [
        { key: "Name", label: tx("情報名・書類名等", "Record"), required: true },
        { key: "Task", label: tx("関連する社内重要業務", "Key task") },
        { key: "Place", label: tx("保管場所", "Kept at") },
        { key: "Owner", label: tx("社内責任者", "Responsible") },
        { key: "Medium", label: tx("記録媒体", "Medium") },
        {
          key: "Backup",
          label: tx("バックアップの有無", "Backed up"),
          list: [tx("あり", "yes"), tx("なし", "no")],
          required: true,
        },
        { key: "BackupMedium", label: tx("バックアップの記録媒体", "Backup medium") },
        { key: "BackupPlace", label: tx("バックアップの保管場所", "Backup kept at") },
        { key: "Frequency", label: tx("バックアップの頻度", "Backup frequency") },
        { key: "IfLost", label: tx("情報が無効になった場合の対応方針", "If the record is lost") },
        { key: "Remarks", label: tx("備考", "Remarks") },
      ],
      rows: 9,
    },
    {
      kind: "note",
      text: tx(
        "記録媒体の例：印刷物、パソコンのハードディスク、外付けハードディスク、CD・DVD など。",
        "Media: paper, computer disk, external disk, CD or DVD, and so on."
      ),
    },
  ],
};

/** 様式09's total of the checked projects, in 百万円 as printed and in 千円 for the diagnosis. */
function investmentTotal(s: SheetBuilder, o: RenderOptions): void {
  const ja = o.locale === "ja";
  s.formulaLine(
    ja ? "実施する対策の必要資金 計（百万円）" : "Funds for the checked projects (million yen)",
    `SUMIF(Form09_Plan_Do,"${CHECK_MARK}",Form09_Plan_Funds)`,
    { name: "Form09_FundsMillion", format: "amountDecimal" }
  );
  s.formulaLine(
    ja
      ? "同 千円（事前対策シートの災害防止対策費用 F）"
      : "Same in thousand yen (prevention cost F)",
    "Form09_FundsMillion*1000",
    { name: "Form09_FundsTotal", format: "amount" }
  );
  s.note(
    ja
      ? "「実施」に✓を付けた対策の必要資金が、財務診断の事前対策（F）に入ります。公的融資制度の利用も検討してください。"
      : "The funds of projects marked ✓ become the prevention cost F of the diagnosis. Consider public loan schemes."
  );
}

export const FORM09: FormSpec = {
  no: "09",
  title: tx("事前対策のための投資計画", "Investment plan for preventive measures"),
  sheetName: "様式09_投資計画",
  purpose: tx(
    "事業継続の力を高める施設・設備への投資を、対策ごとに必要資金と時期で計画します。対策項目は例なので、自社の項目に書き換えたり追加したりしてください。",
    "Plans investments in facilities that strengthen continuity, with funds and timing per project. The projects listed are examples: replace or add your own."
  ),
  columnWidths: [32, 8, 18, 18, 14, 18, 12],
  landscape: true,
  sections: [
    {
      kind: "table",
      key: "Plan",
      columns: [
        { key: "Item", label: tx("対策項目", "Project"), width: 32, required: true },
        { key: "Do", label: tx("実施", "Do"), list: CHECK },
        { key: "Now", label: tx("現状の対策レベル", "Current level") },
        { key: "After", label: tx("対策後のレベル", "Level after") },
        {
          key: "Funds",
          label: tx("必要資金（百万円）", "Funds (million yen)"),
          kind: "million",
          required: true,
        },
        { key: "Source", label: tx("資金調達方法", "Funding") },
        { key: "Year", label: tx("実施年（予定）", "Year planned"), required: true },
      ],
      rows: 14,
      items: [
        tx("事業所の耐震強化（立替/補強）", "Seismic strengthening (rebuild or reinforce)"),
        tx("事業所の不燃化", "Fireproofing"),
        tx("水害時の浸水防止工事", "Flood barriers"),
        tx("土砂災害防止工事", "Landslide protection"),
        tx("津波用等の避難施設の整備", "Tsunami evacuation facility"),
        tx("機械等の転倒・落下防止", "Anchoring machines against toppling"),
        tx("災害対策用発電機の購入", "Emergency generator"),
        tx("応急給水設備の整備", "Emergency water supply"),
        tx("災害対策用通信施設の整備", "Emergency communications"),
        tx("防災倉庫の建築", "Emergency storehouse"),
      ],
    },
    { kind: "custom", render: investmentTotal },
  ],
};

export const ALTERNATIVE_FORMS: readonly FormSpec[] = [FORM08, FORM09];
