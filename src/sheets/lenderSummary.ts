/**
 * 金融機関提出用サマリー: one A4 page for the bank — the company, the assumed hazard, A to e and
 * whether e covers E, N against the 目標復旧時間, the peak shortage, insurance, the 事前対策
 * plan, the completeness check and the coefficients changed from their defaults.
 */
import { SEISMIC_CLASSES } from "../model/hazard";
import { SheetBuilder } from "./builder";
import type { SheetDef } from "./types";

export const LENDER_SUMMARY_SHEET = "金融機関提出用サマリー";

export interface LenderSummaryFacts {
  courseLabel: string;
  /** the date of the copy, in the workbook's date style */
  createdOn: string;
  checkStatus: string;
  /** what the check found still missing or wrong, when it found errors: the copy says 未完成 */
  incomplete?: string;
  changedCoefficients: { label: string; value: number; defaultValue: number }[];
}

/** 「地震 震度6強」, 「地震 計測震度 6.3」 or the hazard's name: a bank reads no bare 「6強」. */
function hazardInFull(name: string): string {
  const isClass = `OR(${SEISMIC_CLASSES.map((c) => `${name}="${c}"`).join(",")},${name}=7)`;
  return `IF(${isClass},"地震 震度"&${name},IF(ISNUMBER(${name}),"地震 計測震度 "&${name},${name}))`;
}

export function lenderSummarySheet(
  course: "基本" | "中級" | "上級",
  facts: LenderSummaryFacts
): SheetDef {
  const s = new SheetBuilder("lender.summary", LENDER_SUMMARY_SHEET, [42, 18, 44]);
  s.title(
    facts.incomplete === undefined
      ? "BCP 財務診断 金融機関提出用サマリー"
      : "【未完成】BCP 財務診断 金融機関提出用サマリー"
  );
  if (facts.incomplete !== undefined) s.note(`未完成：${facts.incomplete}`);
  s.formulaLine("会社名", "CompanyName", { format: "text" });
  s.label(0, "作成日");
  s.label(1, facts.createdOn);
  s.row += 1;
  s.label(0, "コース");
  s.label(1, facts.courseLabel);
  s.row += 1;
  s.formulaLine("想定する災害", hazardInFull(course === "基本" ? "Basic_Hazard" : "Hazard"), {
    format: "text",
  });
  s.skip();
  s.header(["項目", "金額・日数", "判定・備考"]);
  const line = (
    label: string,
    value: string,
    note?: string,
    format: "amount" | "days" | "text" = "amount"
  ) => s.figureLine(label, value, note, { format });
  if (course === "基本") {
    line("資産関係の復旧費用 (A)", "Basic_AssetsA");
    line("事業中断損失 (B)", "Basic_InterruptionB");
    line("うち利益保険でまかなえない額", "Basic_UninsuredB");
    line("復旧費用 計 (C)", "Basic_RecoveryC");
    line("手元資金 (D1)", "Basic_HandFundsD1", "Basic_Verdict");
    line("現金・預金", "Basic_Cash", "Basic_CashVerdict");
    line("損害保険（想定する災害）", '""', "Basic_InsuranceStatus", "text");
  } else {
    line("資産の復旧費用 (A)", "AssetRecoveryA");
    line("事業中断によるキャッシュフローの悪化額 (B)", "CashflowWorseningB");
    line("復旧費用総額 (C = A + B)", "RecoveryTotalC");
    line("手元資金 (D1)", "HandFunds_D1", "FundingVerdict");
    line("新規借入必要額 (E)", "BorrowingNeedE");
    line("事前対策の借入 (G)", "PreventionLoanG");
    line("新規借入可能金額 (e)", "BorrowingCapacityE", "RepaymentVerdict");
    line("営業再開日数 (N)", "ReopenDays", "RecoveryVerdict", "days");
    line("目標復旧時間", "TargetRecoveryDays", undefined, "days");
    line(
      "ピーク時の資金不足額",
      "PeakShortage",
      'IF(PeakMonth=0,"資金不足なし",PeakMonth&"ヶ月目")'
    );
    line(
      "資金調達後の最大不足額",
      "FundingPlanShortage",
      'IF(FundingPlanShortageMonth=0,"資金計画で不足なし",FundingPlanShortageMonth&"ヶ月目に不足（資金計画の見直しが必要）")'
    );
    line("損害保険の推定受取額", "InsuranceEstimate", "InsuranceStatus");
    line("利益保険の推定受取額", "ProfitInsuranceEstimate");
    line("保険でまかなえない悪化額（B − 利益保険）", "UninsuredB");
    line("現金・預金", "Cash", "CashHoldingVerdict");
    line("担保による借入上限", "CollateralLimit", "CollateralVerdict");
    line("事前対策費用 (F)", "PreventionCostF");
    line("対策後の復旧費用総額 (C2)", "RecoveryTotal_C2");
    line("対策の正味の節減額 (C1 − H2)", "PreventionSaving", "PreventionVerdict");
  }
  s.skip();
  s.title("入力の点検と係数", null);
  s.label(0, "入力の点検");
  s.label(1, facts.createdOn);
  s.label(2, facts.checkStatus);
  s.row += 1;
  if (facts.changedCoefficients.length === 0) {
    s.label(0, "既定値から変更した係数");
    s.label(2, "なし（すべて既定値）");
    s.row += 1;
  } else {
    s.header(["既定値から変更した係数", "値", "既定値"]);
    for (const c of facts.changedCoefficients) {
      s.label(0, c.label);
      s.formula(1, String(c.value), { format: "decimal" });
      s.formula(2, String(c.defaultValue), { format: "decimal" });
      s.row += 1;
    }
  }
  s.note(
    `このコピーは ${facts.courseLabel} の BCP 財務診断ブックから ${facts.createdOn} に作成したものです。計算式は含まず、すべて作成時点の値です（金額の単位は千円）。`
  );
  return { ...s.build(), fitOnePage: true };
}
