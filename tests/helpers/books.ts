/**
 * Trial balances and asset ledgers of made-up companies, written in the layouts the import reads
 * (docs/import.md), for the tests: the example company's 決算書 and a wholesaler and a builder of
 * our own. Each writer follows its layout's header names, statement marks, quoting and encoding.
 */
import iconv from "iconv-lite";
import type { Statement } from "../../src/accounting/statements";
import type { FinancialStatements } from "../../src/model/directCosting";
import { readFileSync } from "fs";
import { join } from "path";
import type { ScenarioInput } from "../../src/model/scenario";

export interface BookLine {
  statement: Statement;
  account: string;
  /** yen, on the account's own side */
  yen: number;
}

export const EXAMPLE: ScenarioInput = JSON.parse(
  readFileSync(join(__dirname, "../../examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;

const yen = (thousands: number | undefined) => Math.round((thousands ?? 0) * 1000);
const amountOf = (line: unknown) =>
  typeof line === "number" ? line : ((line as { amount: number } | undefined)?.amount ?? 0);

/** Account names the layouts' standard charts use for each breakdown item. */
const MC_ACCOUNTS: Record<string, string> = {
  laborBasic: "賃金",
  laborAllowances: "法定福利費",
  power: "電力料",
  gasWater: "水道光熱費",
  freight: "運賃",
  depreciation: "減価償却費",
  repairs: "修繕費",
  taxes: "租税公課",
  rent: "賃借料",
  insurance: "保険料",
  travel: "旅費交通費",
  communication: "通信費",
  outsourcing: "外注加工費",
  misc: "雑費",
  other: "消耗品費",
};
const CC_ACCOUNTS: Record<string, string> = {
  mainMaterials: "材料費",
  directLabor: "労務費",
  indirectLabor: "従業員給料手当",
  welfare: "法定福利費",
  power: "動力用水光熱費",
  fuel: "燃料費",
  depreciation: "減価償却費",
  repairs: "修繕費",
  taxes: "租税公課",
  rent: "地代家賃",
  insurance: "保険料",
  travel: "通信交通費",
  outsourcing: "外注費",
  misc: "雑費",
  other: "設計費",
};
const SGA_ACCOUNTS: Record<string, string> = {
  salesSalaries: "販売員給与手当",
  salesTravel: "販売員旅費",
  advertising: "広告宣伝費",
  shipping: "荷造運賃",
  officerPay: "役員報酬",
  clerkPay: "給料手当",
  depreciation: "減価償却費",
  rent: "地代家賃",
  repairs: "修繕費",
  supplies: "事務用品費",
  commTravel: "旅費交通費",
  misc: "雑費",
  other: "支払手数料",
};

/** The lines of a company's 損益計算書 and cost report, with the totals a trial balance prints. */
export function bookLines(s: FinancialStatements, cashYen = 0): BookLine[] {
  const pl = (account: string, v: number): BookLine => ({
    statement: "損益計算書",
    account,
    yen: v,
  });
  const out: BookLine[] = [pl("売上高", yen(s.sales))];
  let costOfSales = 0;
  const cost: BookLine[] = [];
  if (s.industry === "製造業") {
    const mc = (account: string, v: number) =>
      cost.push({ statement: "製造原価報告書", account, yen: v });
    mc("期首材料棚卸高", yen(s.materialsOpening));
    mc("材料仕入高", yen(s.materialsPurchases));
    mc("期末材料棚卸高", yen(s.materialsClosing));
    let manufacturing =
      yen(s.materialsOpening) + yen(s.materialsPurchases) - yen(s.materialsClosing);
    for (const [code, line] of Object.entries(s.costReport)) {
      mc(MC_ACCOUNTS[code] as string, yen(amountOf(line)));
      manufacturing += yen(amountOf(line));
    }
    mc("当期製造費用", manufacturing);
    mc("期首仕掛品棚卸高", yen(s.openingWip));
    mc("期末仕掛品棚卸高", yen(s.closingWip));
    const cogm = manufacturing + yen(s.openingWip) - yen(s.closingWip);
    mc("当期製品製造原価", cogm);
    out.push(pl("期首製品棚卸高", yen(s.openingFinishedGoods)));
    out.push(pl("当期製品製造原価", cogm));
    out.push(pl("期末製品棚卸高", yen(s.closingFinishedGoods)));
    costOfSales = yen(s.openingFinishedGoods) + cogm - yen(s.closingFinishedGoods);
  } else if (s.industry === "卸・小売業") {
    out.push(pl("期首商品棚卸高", yen(s.openingGoods)));
    out.push(pl("仕入高", yen(s.purchases)));
    out.push(pl("期末商品棚卸高", yen(s.closingGoods)));
    costOfSales = yen(s.openingGoods) + yen(s.purchases) - yen(s.closingGoods);
  } else {
    for (const [code, line] of Object.entries(s.costReport)) {
      cost.push({
        statement: "完成工事原価報告書",
        account: CC_ACCOUNTS[code] as string,
        yen: yen(amountOf(line)),
      });
      costOfSales += yen(amountOf(line));
    }
    cost.push({ statement: "完成工事原価報告書", account: "完成工事原価", yen: costOfSales });
  }
  out.push(pl("売上原価", costOfSales));
  out.push(pl("売上総利益", yen(s.sales) - costOfSales));
  let sga = 0;
  for (const [code, line] of Object.entries(s.sga)) {
    out.push(pl(SGA_ACCOUNTS[code] as string, yen(amountOf(line))));
    sga += yen(amountOf(line));
  }
  out.push(pl("販売費及び一般管理費合計", sga));
  out.push(pl("営業利益", yen(s.sales) - costOfSales - sga));
  out.push(pl("受取利息", yen(s.nonOperatingIncome)));
  out.push(pl("支払利息", yen(s.nonOperatingExpenses)));
  out.push(pl("法人税、住民税及び事業税", yen(s.incomeTaxes)));
  const bs = (account: string, v: number): BookLine => ({
    statement: "貸借対照表",
    account,
    yen: v,
  });
  return [
    bs("現金", Math.round(cashYen * 0.1)),
    bs("普通預金", cashYen - Math.round(cashYen * 0.1)),
    bs("売掛金", 61_234_000),
    bs("建物", 52_000_000),
    bs("長期借入金", 80_000_000),
    ...out.filter((l) => l.yen !== 0 || ["売上高", "営業利益"].includes(l.account)),
    ...cost,
  ];
}

/** Accounts whose balance a trial balance shows on the credit side (revenue, closing stock, liabilities, profits). */
const onCredit = (l: BookLine) =>
  /^(売上高|期末|受取|長期借入金|営業利益|売上総利益)/.test(l.account);
/** The period's debit and credit movements that make a line's balance. */
const movements = (l: BookLine): [number, number] => (onCredit(l) ? [0, l.yen] : [l.yen, 0]);

const q = (cells: (string | number)[]) => cells.map((c) => `"${String(c)}"`).join(",");
const plain = (cells: (string | number)[]) => cells.join(",");
const COST_MARK: Partial<Record<Statement, string>> = {
  製造原価報告書: "(製)",
  完成工事原価報告書: "(工事)",
};
const ORDER: Statement[] = ["貸借対照表", "損益計算書", "製造原価報告書", "完成工事原価報告書"];

/** 弥生会計 残高試算表（月次・期間）: a title line, the header, statements as [heading] lines. */
export function yayoiText(lines: readonly BookLine[]): string {
  const out = [
    q(["残高試算表（月次・期間）", "令和7年4月1日～令和8年3月31日", "税抜", "円"]),
    q(["勘定科目", "前期繰越", "借方発生", "貸方発生", "当期残高", "構成比"]),
  ];
  for (const statement of ORDER) {
    const own = lines.filter((l) => l.statement === statement);
    if (own.length === 0) continue;
    out.push(q([`[${statement}]`, "", "", "", "", ""]));
    for (const l of own) out.push(q([l.account, 0, ...movements(l), l.yen, ""]));
  }
  return `${out.join("\r\n")}\r\n`;
}

/** freee会計 試算表: no title line; cost-report accounts carry (製) / (工事). */
export function freeeText(lines: readonly BookLine[]): string {
  const out = [plain(["勘定科目", "開始残高", "借方金額", "貸方金額", "期末残高", "構成比"])];
  for (const l of lines) {
    const name = `${l.account}${COST_MARK[l.statement] ?? ""}`;
    const [debit, credit] = movements(l).map((v) => `"${v.toLocaleString("en-US")}"`);
    out.push(
      plain([name, 0, debit as string, credit as string, `"${l.yen.toLocaleString("en-US")}"`, ""])
    );
  }
  return `${out.join("\n")}\n`;
}

/** マネーフォワード 残高試算表: headings per statement, sub-account lines under 普通預金. */
export function moneyforwardText(lines: readonly BookLine[]): string {
  const out = [plain(["勘定科目", "補助科目", "前月繰越", "借方", "貸方", "残高", "構成比率"])];
  for (const statement of ORDER) {
    const own = lines.filter((l) => l.statement === statement);
    if (own.length === 0) continue;
    out.push(plain([statement, "", "", "", "", "", ""]));
    for (const l of own) {
      out.push(plain([l.account, "", 0, ...movements(l), l.yen, ""]));
      if (l.account === "普通預金") {
        const half = Math.round(l.yen / 2);
        out.push(plain([l.account, "A銀行", 0, half, 0, half, ""]));
        out.push(plain([l.account, "B信用金庫", 0, l.yen - half, 0, l.yen - half, ""]));
      }
    }
  }
  return `${out.join("\r\n")}\r\n`;
}

/** 勘定科目,金額 in 千円, negatives as △, statements as heading lines. */
export function genericText(lines: readonly BookLine[]): string {
  const out = ["（単位：千円）", "勘定科目,金額"];
  for (const statement of ORDER) {
    const own = lines.filter((l) => l.statement === statement);
    if (own.length === 0) continue;
    out.push(`【${statement}】,`);
    for (const l of own) {
      const k = l.yen / 1000;
      out.push(
        `${l.account},"${k < 0 ? "△" : ""}${Math.abs(k).toLocaleString("en-US", { maximumFractionDigits: 3 })}"`
      );
    }
  }
  return `${out.join("\n")}\n`;
}

export const sjis = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, "Shift_JIS"));
export const utf8 = (text: string, bom = false): Uint8Array =>
  new Uint8Array(Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf8"));

/** A wholesaler of our own (千円). */
export const WHOLESALER: FinancialStatements = {
  industry: "卸・小売業",
  sales: 365_400,
  openingGoods: 28_300,
  purchases: 281_900,
  closingGoods: 30_150,
  sga: {
    salesSalaries: 14_200,
    advertising: 2_150,
    shipping: 9_870,
    officerPay: 18_000,
    clerkPay: 11_300,
    depreciation: 2_430,
    rent: 7_200,
    repairs: 380,
    supplies: 640,
    commTravel: 1_910,
    misc: 520,
    other: 3_260,
  },
  nonOperatingIncome: 210,
  nonOperatingExpenses: 1_340,
  incomeTaxes: 4_100,
};

/** A builder of our own (千円): labour not directly employed. */
export const BUILDER: FinancialStatements = {
  industry: "建設業",
  sales: 248_700,
  costReport: {
    mainMaterials: 61_400,
    directLabor: 22_800,
    indirectLabor: 9_600,
    welfare: 4_300,
    power: 1_150,
    fuel: 3_420,
    depreciation: 5_100,
    repairs: 1_870,
    taxes: 640,
    rent: 2_400,
    insurance: 980,
    travel: 1_260,
    outsourcing: 98_300,
    misc: 730,
    other: 2_150,
  },
  laborDirectlyEmployed: false,
  sga: {
    officerPay: 12_000,
    clerkPay: 6_800,
    depreciation: 900,
    rent: 1_800,
    supplies: 420,
    commTravel: 760,
    misc: 310,
    other: 2_240,
  },
  nonOperatingIncome: 95,
  nonOperatingExpenses: 880,
  incomeTaxes: 1_950,
};

/** A fixed-asset ledger (円), as an asset register exports it. */
export function ledgerText(): string {
  return [
    "固定資産台帳,令和8年3月31日現在",
    "資産コード,資産名,勘定科目,取得年月日,取得価額,期末簿価,償却方法",
    '1001,本社工場,建物,S53/6/1,"98,000,000","21,560,000",定額法',
    '1002,第二倉庫,建物,H12/10/1,"82,000,000","38,540,000",定額法',
    '1101,受変電設備,建物附属設備,2008/04/01,"30,000,000","4,200,000",定率法',
    '1201,マシニングセンタ,機械装置,2019/07/15,"95,000,000","31,350,000",定率法',
    '1202,プレス機,機械装置,令和3年5月10日,"55,000,000","27,500,000",定率法',
    '1301,測定器,工具器具備品,2021/11/01,"12,500,000","4,375,000",定率法',
    '1302,事務用パソコン,工具器具備品,2023/04/01,"7,500,000","3,750,000",定率法',
    '1401,舗装,構築物,2001/03/20,"8,000,000","800,000",定額法',
    '1501,フォークリフト,車両運搬具,2020/02/01,"12,000,000","1,800,000",定率法',
    '1601,工場用地,土地,S53/6/1,"60,000,000","60,000,000",',
    '1701,生産管理システム,ソフトウエア,2022/04/01,"6,000,000","3,600,000",定額法',
    '合計,,,,"466,000,000","197,475,000",',
  ].join("\r\n");
}
