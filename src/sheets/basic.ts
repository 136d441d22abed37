/**
 * 基本コース 財務診断モデル: 復旧費用の算定 by industry (表 参考.1-1 / 1-2 / 1-3), 損害保険の
 * 加入状況 (表 参考.2-1), 手元資金 (表 参考.3-1) and the 財務診断 of 参考.4 (D1 against C, and
 * the rule of one month's sales in cash).
 */
import type { Industry } from "../model/directCosting";
import { PERILS, POLICY_TYPES, VALUATIONS, coverage } from "../model/insurance";
import { AMOUNT, DAYS, FLAG_LIST, HAZARD_LIST, SheetBuilder } from "./builder";
import { profitInsuranceInputs } from "./profitInsurance";
import { RECOVERY_TABLES } from "./recoveryTables";
import { type DefinedName, policyNumber } from "./names";
import type { SheetDef } from "./types";
import type { SheetLanguage } from "./language";

const amount = (name: DefinedName, required = false) => ({ name, validation: AMOUNT, required });

export function basicRecoverySheet(
  name: string,
  industry: Industry,
  language?: SheetLanguage
): SheetDef {
  const s = new SheetBuilder("basic.recovery", name, [30, 12, 14, 16, 30], { language });
  const { table, rows } = RECOVERY_TABLES[industry];
  s.inputLine("想定する被害の程度（全壊・半壊）", {
    name: "Basic_Severity",
    value: "全壊",
    format: "text",
    validation: { type: "list", values: ["全壊", "半壊"] },
    required: true,
  });
  s.skip();
  s.title(table);
  s.header(["資産", "損害の程度", "復旧期間（日）", "復旧費用", "計算に含める"]);
  const days: string[] = [];
  const costs: string[] = [];
  const first = s.row;
  for (const row of rows) {
    s.label(0, row.asset);
    s.label(1, row.severity === null ? "−" : row.severity);
    const d = s.input(2, { format: "days", validation: DAYS });
    const c = s.input(3, { validation: AMOUNT });
    const included = row.severity === null ? "1" : `IF(Basic_Severity="${row.severity}",1,0)`;
    const flag = s.formula(4, included, { format: "integer" });
    days.push(`IF(${flag}=1,${d},0)`);
    costs.push(`${flag}*${c}`);
    s.row += 1;
  }
  s.nameRange("Basic_RecoveryDays", `C${first}:C${s.row - 1}`);
  s.nameRange("Basic_RecoveryCosts", `D${first}:D${s.row - 1}`);
  s.formulaLine("資産関係 計 (A)", costs.join("+"), { name: "Basic_AssetsA" }, 3);
  s.formulaLine(
    "最長の復旧期間（日）",
    `MAX(${days.join(",")})`,
    { name: "Basic_LongestDays", format: "days" },
    2
  );
  s.skip();
  s.title("事業中断損失 (B) の計算に使う数値");
  s.inputLine("年間売上高", amount("Basic_Sales", true));
  s.inputLine(
    "年間固定費（人件費・家賃・減価償却費など、売上が止まっても出ていく費用）",
    amount("Basic_Fixed", true)
  );
  s.inputLine("うち 年間減価償却費", amount("Basic_Depreciation"));
  s.inputLine("事業が止まる日数（既定値は最長の復旧期間）", {
    name: "Basic_StopDays",
    formula: "Basic_LongestDays",
    format: "days",
    validation: DAYS,
  });
  s.formulaLine(
    "事業中断損失 (B)",
    "BCP.STOP_CASHFLOW(Basic_Fixed,Basic_Depreciation,Basic_StopDays,Coefficients)",
    { name: "Basic_InterruptionB" }
  );
  s.formulaLine("復旧費用 計 (C = A + B)", "Basic_AssetsA+Basic_InterruptionB", {
    name: "Basic_RecoveryC",
  });
  s.note("事業中断損失は、止まっている間も出ていく固定費（減価償却費を除く）です。");
  return s.build();
}

export function basicInsuranceSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("basic.insurance", name, [22, 18, 18, 16, 16], { language });
  s.title("表 参考.2-1 資産の損害に対する損害保険の加入状況の検討", "（保険金額の単位：千円）");
  s.header(["", ...POLICY_TYPES]);
  s.label(0, "加入の有無（1/0）");
  const heldRow = s.row;
  POLICY_TYPES.forEach((_, i) =>
    s.input(i + 1, {
      name: `Basic_Held${policyNumber(i)}`,
      value: 0,
      format: "integer",
      validation: FLAG_LIST,
    })
  );
  s.row += 1;
  for (const [label, name] of [
    ["保険金額 建物", "Basic_SumBuilding"],
    ["保険金額 什器備品・機械設備等", "Basic_SumEquipment"],
    ["保険金額 商品・製品等", "Basic_SumStock"],
  ] as const) {
    s.inputLine(label, amount(name));
  }
  // line 6201: the sums insured are either 時価 or 新価
  s.inputLine("保険金額の基準（新価・時価）", {
    name: "Basic_Valuation",
    value: "新価",
    format: "text",
    validation: { type: "list", values: VALUATIONS },
  });
  s.skip();
  s.header(["災害の種類", ...POLICY_TYPES]);
  for (const peril of PERILS) {
    s.label(0, peril);
    POLICY_TYPES.forEach((type, i) => s.label(i + 1, coverage(type, peril)));
    s.row += 1;
  }
  s.note(
    "○：補償される、△：特約を付けた場合や限度額の範囲で補償、×：補償されない（指針が示すある損害保険会社の例）。"
  );
  s.skip();
  s.inputLine("想定する災害", {
    name: "Basic_Hazard",
    value: "6強",
    format: "text",
    validation: HAZARD_LIST,
    required: true,
  });
  s.label(0, "加入している保険の補償");
  POLICY_TYPES.forEach((type, i) =>
    s.formula(
      i + 1,
      `IF(Basic_Held${i + 1}=1,BCP.INSURANCE_COVERAGE("${type}",Basic_Hazard,Coefficients),"−")`,
      { format: "text" }
    )
  );
  s.row += 1;
  const held = `B${heldRow}:E${heldRow}`;
  // each △ read by its note (注2 limited flood cover, 注4 residential only): INSURANCE_STATUS
  s.formulaLine(
    "判定",
    `IF(SUM(${held})=0,"保険に加入していません",BCP.INSURANCE_STATUS(${held},Basic_Hazard,Coefficients))`,
    { name: "Basic_InsuranceStatus", format: "text" }
  );
  s.skip();
  s.title("表 参考.2-2 事業中断の損害に対する保険（利益保険など）");
  profitInsuranceInputs(s, { limit: "Basic_ProfitLimit", months: "Basic_ProfitMonths" });
  s.formulaLine(
    "事業中断損失 (B) のうち利益保険の推定受取額",
    `IF(Basic_ProfitLimit="",0,BCP.PROFIT_INSURANCE(Basic_ProfitLimit,Basic_ProfitMonths,Basic_Hazard,IF(Basic_InsuranceStatus="補償対象",1,0),Basic_InterruptionB,Basic_StopDays,Coefficients))`,
    { name: "Basic_ProfitInsurance" }
  );
  s.formulaLine("保険でまかなえない事業中断損失", "Basic_InterruptionB-Basic_ProfitInsurance", {
    name: "Basic_UninsuredB",
  });
  return s.build();
}

export function basicFundsSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("basic.funds", name, [22, 16, 24, 34], { language });
  s.title("表 参考.3-1 手元資金の状況");
  s.header(["種類", "金額", "投入時期", "備考"]);
  const line = (label: string, key: DefinedName, timing: string, remark: string) => {
    s.label(0, label);
    s.input(1, amount(key, key === "Basic_Cash"));
    s.label(2, timing);
    s.label(3, remark);
    s.row += 1;
  };
  line("現金・預金", "Basic_Cash", "すぐに使える", "");
  line("損害保険金", "Basic_Insurance", "支払までに時間がかかる", "代理店に支払までの期間を確認");
  line("会社資産売却", "Basic_AssetSale", "換金までに時間がかかる", "株式など換金できる資産");
  line("経営者から支援", "Basic_OwnerSupport", "経営者の判断による", "");
  s.formulaLine("計 (D1)", "Basic_Cash+Basic_Insurance+Basic_AssetSale+Basic_OwnerSupport", {
    name: "Basic_HandFundsD1",
  });
  s.note("D1 は自力で用意できる資金です。借入を含めた資金（D2）は中級コースで検討します。");
  return s.build();
}

export function basicDiagnosisSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("basic.diagnosis", name, [40, 18, 50], { language });
  s.title("参考.4 財務診断とキャッシュフロー対策（基本コース）");
  s.inputLine("会社名", { name: "CompanyName", format: "text", value: "", required: true });
  s.inputLine("診断日", { name: "DiagnosisDate", format: "text", value: "", required: true });
  s.skip();
  s.header(["項目", "金額", "判定"]);
  s.formulaLine("復旧費用 計 (C)", "Basic_RecoveryC");
  s.formulaLine("事業中断損失のうち保険でまかなえない額", "Basic_UninsuredB");
  s.formulaLine("手元資金 (D1)", "Basic_HandFundsD1");
  s.label(0, "財務診断（D1 と C の比較）");
  s.formula(1, "Basic_HandFundsD1-Basic_RecoveryC");
  s.formula(
    2,
    'IF(Basic_Cash="","現金・預金が未入力です。",IF(Basic_HandFundsD1>=Basic_RecoveryC,"手元資金で復旧費用を賄えます。災害時は復旧に専念できます。","手元資金が不足します。災害時の貸付制度など、借入の準備をしておきましょう。"))',
    { name: "Basic_Verdict", format: "text" }
  );
  s.row += 1;
  s.label(0, "現金・預金は月商の1ヶ月分以上か");
  s.formula(1, "Basic_Sales/12*CashHoldingMonths");
  s.formula(
    2,
    'IF(OR(Basic_Cash="",Basic_Sales="",Basic_Sales=0),"現金・預金か年間売上高が未入力です。",IF(Basic_Cash>=Basic_Sales/12*CashHoldingMonths,"月商1ヶ月分以上あります。","月商1ヶ月分に足りません。被災直後の支払に備えて積み増しを検討しましょう。"))',
    {
      name: "Basic_CashVerdict",
      format: "text",
    }
  );
  s.row += 1;
  s.label(0, "損害保険（想定する災害）");
  s.formula(2, "Basic_InsuranceStatus", { format: "text" });
  s.row += 1;
  s.note(
    "事前に対策を講じれば復旧費用は減ります。借入が必要な場合は、災害時の特別相談窓口も活用しましょう。"
  );
  return s.build();
}

export function basicSheets(industry: Industry, language?: SheetLanguage): SheetDef[] {
  return [
    basicDiagnosisSheet("基本_財務診断", language),
    basicRecoverySheet("基本_復旧費用", industry, language),
    basicInsuranceSheet("基本_損害保険", language),
    basicFundsSheet("基本_手元資金", language),
  ];
}
