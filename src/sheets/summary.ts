/**
 * サマリー: the headline figures of the diagnosis on one page, for the accountant and the bank,
 * with the monthly and cumulative cash flow the chart is drawn from.
 */
import { a1, sheetRef } from "./address";
import { SheetBuilder } from "./builder";
import type { SheetDef } from "./types";
import type { SheetLanguage } from "./language";

export interface SummaryOptions {
  courseLabel: string;
  cashflowSheet: string;
  /** row of the monthly balance and of the cumulative balance in the cash-flow sheet */
  monthlyRow: number;
  cumulativeRow: number;
  months: number;
}

export const SUMMARY_CHART_TITLE = "月次資金収支と累計資金収支";

export function summarySheet(name: string, o: SummaryOptions, language?: SheetLanguage): SheetDef {
  const s = new SheetBuilder("summary", name, [40, 18, 18, 30], { language });
  s.title(`BCP 財務診断 サマリー（${o.courseLabel}）`, "（単位：千円）");
  s.inputLine("会社名", { name: "CompanyName", format: "text", required: true, value: "" });
  s.inputLine("診断日", { name: "DiagnosisDate", format: "text", required: true, value: "" });
  s.formulaLine("想定する災害", "Hazard", { format: "text" });
  s.skip();
  s.header(["項目", "金額・日数", "", "判定"]);
  s.formulaLine("資産の復旧費用 (A)", "AssetRecoveryA");
  s.formulaLine("事業中断によるキャッシュフローの悪化額 (B)", "CashflowWorseningB");
  s.formulaLine("復旧費用総額 (C = A + B)", "RecoveryTotalC");
  const verdict = { noteColumn: 3 };
  s.figureLine("手元資金 (D1)", "HandFunds_D1", "FundingVerdict", verdict);
  s.formulaLine("新規借入必要額 (E)", "BorrowingNeedE");
  s.formulaLine("事前対策の借入 (G)", "PreventionLoanG");
  s.figureLine("新規借入可能金額 (e)", "BorrowingCapacityE", "RepaymentVerdict", verdict);
  s.figureLine(
    "営業再開日数 (N)",
    "ReopenDays",
    'IF(TargetRecoveryDays="","目標復旧時間が未入力",IF(RecoveryGap>0,"目標復旧時間を"&RecoveryGap&"日超過","目標復旧時間内"))',
    { ...verdict, format: "days", noteName: "RecoveryVerdict" }
  );
  s.formulaLine("目標復旧時間", "TargetRecoveryDays", { format: "days" });
  s.figureLine(
    "ピーク時の資金不足額",
    "PeakShortage",
    'IF(PeakMonth=0,"資金不足なし",PeakMonth&"ヶ月目")',
    verdict
  );
  s.figureLine(
    "資金調達後の最大不足額",
    "FundingPlanShortage",
    'IF(FundingPlanShortageMonth=0,"資金計画で不足なし",FundingPlanShortageMonth&"ヶ月目に不足（資金計画の見直しが必要）")',
    verdict
  );
  s.figureLine("現金・預金", "Cash", "CashHoldingVerdict", verdict);
  s.figureLine("損害保険の推定受取額（想定災害）", "InsuranceEstimate", "InsuranceStatus", verdict);
  s.formulaLine("利益保険の推定受取額", "ProfitInsuranceEstimate");
  s.formulaLine("保険でまかなえない悪化額（B − 利益保険）", "UninsuredB");
  s.figureLine("担保による借入上限", "CollateralLimit", "CollateralVerdict", verdict);
  s.figureLine(
    "事前対策（C1 と H2 = F + C2 の比較）",
    "PreventionSaving",
    "PreventionVerdict",
    verdict
  );
  s.figureLine("損益計算書との照合", null, "ReconStatus", verdict);
  s.skip();
  s.title(SUMMARY_CHART_TITLE);
  s.note(
    "グラフ（表の下）：棒は月次資金収支（赤はマイナス）、線は累計資金収支。縦軸は千円、横軸は被災後の月。"
  );
  const header = s.row;
  s.header(["月", "月次資金収支", "累計資金収支"]);
  for (let m = 1; m <= o.months; m++) {
    s.label(0, `${m}ヶ月目`);
    s.formula(1, sheetRef(o.cashflowSheet, a1(m, o.monthlyRow)));
    s.formula(2, sheetRef(o.cashflowSheet, a1(m, o.cumulativeRow)));
    s.row += 1;
  }
  const last = s.row - 1;
  s.nameRange("Summary_Chart", `A${header + 1}:C${last}`);
  return {
    ...s.build(),
    chart: {
      title: SUMMARY_CHART_TITLE,
      data: `A${header}:C${last}`,
      monthly: `B${header + 1}:B${last}`,
      cumulative: `C${header + 1}:C${last}`,
      // below the monthly figures, not beside them: the page keeps a readable scale
      anchor: `A${last + 2}`,
    },
  };
}
