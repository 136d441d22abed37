/**
 * 中級 参考.2: 復旧費用の調達 (表 参考.2-1 / 2-2: D1 and E), 返済原資 (2-3: e), 担保 (2-4 / 2-5).
 */
import { type InsuranceItem, POLICY_TYPES, VALUATIONS } from "../../model/insurance";
import { AMOUNT, FLAG_LIST, SHARE, SheetBuilder } from "../builder";
import { COLLATERAL_ITEMS, type DefinedName, collateralNumber, policyNumber } from "../names";
import { profitInsuranceInputs } from "../profitInsurance";
import type { SheetDef } from "../types";
import type { SheetLanguage } from "../language";

const amount = (name: DefinedName, required = false) => ({ name, validation: AMOUNT, required });

const HELD_RANGE = (held: readonly string[]) => `${held[0]}:${held[held.length - 1]}`;

/**
 * 表 参考.2-1 / 2-2: the fire policies held and what they pay for the hazard (each △ by its
 * note, at 新価 or 時価, with the expense covers), and the business-interruption insurance
 * against B. The estimate is D1's 損害保険金 unless the user types the figure.
 */
function insurance(s: SheetBuilder): void {
  s.title("損害保険の加入状況（表 参考.2-1）と想定災害の補償");
  s.header(["保険の種類", "加入（1/0）", "想定災害の補償"]);
  const held: string[] = [];
  POLICY_TYPES.forEach((type, i) => {
    s.label(0, type);
    held.push(
      s.input(1, {
        name: `Ins_Held${policyNumber(i)}`,
        value: 0,
        format: "integer",
        validation: FLAG_LIST,
      })
    );
    s.formula(
      2,
      `IF(Ins_Held${i + 1}=1,BCP.INSURANCE_COVERAGE("${type}",Hazard,Coefficients),"−")`,
      { format: "text" }
    );
    s.row += 1;
  });
  const sums = [
    s.inputLine("保険金額 建物", amount("Ins_SumBuilding")),
    s.inputLine("保険金額 什器備品・機械設備等", amount("Ins_SumEquipment")),
    s.inputLine("保険金額 商品・製品等", amount("Ins_SumStock")),
  ];
  s.inputLine("保険金額の基準（新価・時価）", {
    name: "Ins_Valuation",
    value: "新価",
    format: "text",
    validation: { type: "list", values: VALUATIONS },
    required: true,
  });
  s.inputLine("時価の割合（時価 ÷ 新価、時価のとき）", {
    name: "Ins_MarketRatio",
    format: "percent",
    validation: SHARE,
  });
  const losses = [
    s.formulaLine(
      "損害額 建物（建物・附属設備・構築物）",
      "Damage_Building+Damage_BuildingEquipment+Damage_Structures"
    ),
    s.formulaLine("損害額 什器備品・機械設備等", "Damage_Machinery+Damage_Tools"),
    s.formulaLine("損害額 商品・製品等", "Damage_Inventory"),
  ];
  // without a policy held nothing else is needed: D1 does not wait for the damage inputs
  const none = `SUM(${HELD_RANGE(held)})=0`;
  s.formulaLine(
    "補償の状況",
    `IF(${none},"保険なし",BCP.INSURANCE_STATUS(${HELD_RANGE(held)},Hazard,Coefficients))`,
    {
      name: "InsuranceStatus",
      format: "text",
    }
  );
  const payout = (item: InsuranceItem) =>
    `IF(${none},0,BCP.INSURANCE_PAYOUT(${HELD_RANGE(held)},Hazard,${losses[0]}:${losses[2]},${sums[0]}:${sums[2]},IF(Ins_Valuation="時価",IF(Ins_MarketRatio="",1,Ins_MarketRatio),""),"${item}",Coefficients))`;
  s.formulaLine("損害保険金（注記の限度・新価／時価による）", payout("保険金"), {
    name: "InsuranceClaim",
  });
  s.formulaLine("臨時費用保険金", payout("臨時費用"));
  s.formulaLine("推定受取額（損害保険金＋臨時費用）", payout("受取額計"), {
    name: "InsuranceEstimate",
  });
  s.formulaLine("残存物片付費用（片付けの実費をこの額まで）", payout("残存物片付費用"));
  s.formulaLine("修理付帯費用（仮店舗などの実費をこの額まで）", payout("修理付帯費用"));
  s.formulaLine("地震火災費用（地震の火災で半焼以上のとき）", payout("地震火災費用"));
  s.note(
    "○：補償される、△：限度額や対象の範囲で補償される（注記による）、×：補償されない（指針が示すある損害保険会社の例）。限度額や割合は係数シートの「損害保険」で契約に合わせて変えられます。残存物片付・修理付帯・地震火災の費用保険金は、条件を満たしたときの上限なので推定受取額には含めていません。"
  );
  s.skip();
  s.title("事業中断に対する保険（表 参考.2-2：利益保険など）");
  profitInsuranceInputs(s, { limit: "ProfitIns_Limit", months: "ProfitIns_Months" });
  s.formulaLine(
    "推定受取額（B のうちてん補期間内の日数分）",
    'IF(ProfitIns_Limit="",0,BCP.PROFIT_INSURANCE(ProfitIns_Limit,ProfitIns_Months,Hazard,IF(InsuranceStatus="補償対象",1,0),CashflowWorseningB,ReopenDays,Coefficients))',
    { name: "ProfitInsuranceEstimate" }
  );
  s.formulaLine(
    "保険でまかなえない悪化額（B − 利益保険）",
    "CashflowWorseningB-ProfitInsuranceEstimate",
    {
      name: "UninsuredB",
    }
  );
  s.note(
    "利益保険は火災保険が全額補償する災害に付くものとして見積もり、地震は対象外としています（表 参考.1-4）。"
  );
}

/** e against the borrowing `need` (E, or E + G), written as `symbol` in the verdict */
function repaymentCheck(need: DefinedName, symbol: string): string {
  return `IF(BorrowingCapacityE>=${need},"返済可能（e ≧ ${symbol}）","全額の返済は困難（e < ${symbol}）")`;
}

export function fundingSheet(name: string, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("intermediate.funding", name, [38, 16, 16, 16, 24], { language });
  s.title("表 参考.2-1 / 2-2 復旧費用の調達");
  s.header(["項目", "金額", "", "備考"]);
  s.formulaLine("復旧費用総額 (C)", "RecoveryTotalC");
  s.inputLine("現金・預金", amount("Cash", true));
  s.inputLine("損害保険金（既定値は下の火災保険と利益保険の推定受取額）", {
    ...amount("InsuranceProceeds"),
    formula: "InsuranceEstimate+ProfitInsuranceEstimate",
  });
  s.inputLine("会社資産売却", amount("AssetSale"));
  s.inputLine("経営者から支援", amount("OwnerSupport"));
  s.formulaLine("手元資金 計 (D1)", "Cash+InsuranceProceeds+AssetSale+OwnerSupport", {
    name: "HandFunds_D1",
  });
  s.formulaLine("過不足金額 (D1 − C)", "HandFunds_D1-RecoveryTotalC");
  s.formulaLine("新規借入必要額 (E)", "BCP.BORROWING_NEED(RecoveryTotalC,HandFunds_D1)", {
    name: "BorrowingNeedE",
  });
  s.formulaLine("調達可能金額 計 (D2 = D1 + E)", "HandFunds_D1+BorrowingNeedE");
  // a verdict that needs an input the user has not typed says so instead of judging
  s.formulaLine(
    "判定",
    'IF(Cash="","未入力（現金・預金）",IF(BorrowingNeedE>0,"借入が必要（C > D1）","自力で賄える（C ≦ D1）"))',
    {
      name: "FundingVerdict",
      format: "text",
    }
  );
  s.formulaLine(
    "現金・預金は月商の1ヶ月分以上か",
    'IF(OR(Cash="",Sales="",Sales=0),"未入力（現金・預金または売上高）",IF(Cash>=SalesAnnual/12*CashHoldingMonths,"月商1ヶ月分以上","月商1ヶ月分に不足"))',
    { name: "CashHoldingVerdict", format: "text" }
  );
  s.skip();
  s.title("表 参考.2-3 返済原資の計算");
  s.header(["科目", "金額"]);
  // one source: the 損益計算書's figure (the P/L sheet's 税引後当期純利益), not a second input
  s.formulaLine("I. 税引後当期純利益（損益計算書から）", "NetIncome", {
    name: "NetIncomeForRepayment",
  });
  s.formulaLine("II. 年間減価償却金額", "DepreciationAnnual");
  s.formulaLine("III. 返済原資合計 (I + II)", "NetIncomeForRepayment+DepreciationAnnual", {
    name: "RepaymentSource",
  });
  s.inputLine("IV. 既往借入金年間約定返済額", amount("ExistingRepayment", true));
  s.formulaLine("V. 新規借入金返済原資（年間）(III − IV)", "RepaymentSource-ExistingRepayment", {
    name: "AnnualRepaymentCapacity",
  });
  s.formulaLine(
    "VI. 新規借入可能金額 (e)（据置2年・返済8年）",
    "BCP.REPAYMENT_CAPACITY(NetIncomeForRepayment,DepreciationAnnual,ExistingRepayment,RepaymentYears,Coefficients)",
    { name: "BorrowingCapacityE" }
  );
  // a loan for the countermeasures is repaid from the same source (中級 参考.4, line 7187)
  s.formulaLine("事前対策の借入 (G)（事前対策シートから）", "PreventionLoanG");
  s.formulaLine("新規借入の合計 (E + G)", "BorrowingNeedE+PreventionLoanG", {
    name: "TotalBorrowingEG",
  });
  s.formulaLine(
    "判定",
    `IF(OR(ExistingRepayment="",Sales=""),"未入力（既往借入金の返済額または損益計算書）",IF(PreventionLoanG>0,${repaymentCheck("TotalBorrowingEG", "E + G")},${repaymentCheck("BorrowingNeedE", "E")}))`,
    { name: "RepaymentVerdict", format: "text" }
  );
  s.formulaLine("不足額 (E + G − e)", "MAX(0,TotalBorrowingEG-BorrowingCapacityE)", {
    name: "RepaymentShortfall",
  });
  s.formulaLine("必要な返済原資の増加（年間）", "RepaymentShortfall/RepaymentYears");
  s.skip();
  s.title("表 参考.2-4 担保の状況");
  s.header(["担保科目", "担保評価額 I", "先順位担保権 II", "担保価値 (I − II)", "備考"]);
  const first = s.row;
  COLLATERAL_ITEMS.forEach((item, i) => {
    s.label(0, item);
    const appraisal = s.input(1, amount(`Collateral${collateralNumber(i)}_Appraisal`));
    const liens = s.input(2, amount(`Collateral${collateralNumber(i)}_Liens`));
    s.formula(3, `MAX(0,${appraisal}-${liens})`);
    s.row += 1;
  });
  s.label(0, "合計");
  s.formula(1, `SUM(B${first}:B${s.row - 1})`);
  s.formula(2, `SUM(C${first}:C${s.row - 1})`);
  s.formula(3, `SUM(D${first}:D${s.row - 1})`, { name: "CollateralValue" });
  s.row += 1;
  s.skip();
  s.title("表 参考.2-5 担保条件の例（中小企業金融公庫の災害復旧貸付、指針記載時の条件）");
  s.formulaLine("担保価値", "CollateralValue");
  s.formulaLine("借入可能金額の上限", "BCP.COLLATERAL_LIMIT(CollateralValue,Coefficients)", {
    name: "CollateralLimit",
  });
  s.formulaLine(
    "判定（新規借入の合計 E + G と上限）",
    `IF(TotalBorrowingEG=0,"新規借入なし",IF(CollateralLimit>=TotalBorrowingEG,"担保の上限内（上限 ≧ E + G）","担保の上限を超える（上限 < E + G）"))`,
    { name: "CollateralVerdict", format: "text" }
  );
  s.note(
    "担保価値×3 が 8,000万円以下なら 担保価値×4、超えれば 担保価値＋8,000万円。1社あたり1億5,000万円が上限（係数シートで変更可）。"
  );
  s.skip();
  insurance(s);
  return s.build();
}
