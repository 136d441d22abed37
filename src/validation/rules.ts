/**
 * Completeness and consistency checks over a built workbook: required inputs, types and ranges,
 * the reconciliation with the 決算書, and plausibility warnings. Each finding names its cell and
 * says what to do, in Japanese.
 */
import { CHECK_MARK } from "../forms/spec";
import { FUNDING_SOURCES } from "../model/cashflowTable";
import { COEFFICIENTS } from "../model/parameters";
import { cellsOfRange, parseA1 } from "../sheets/address";
import { groupedDigits } from "../model/numberText";
import { formatDateSerial } from "../sheets/dates";
import {
  REPORTED_TOTAL_MEANINGS,
  type WorkbookName,
  isWorkbookName,
  nameInfo,
} from "../sheets/names";
import { REPORTED_TOTALS } from "../sheets/intermediate/statements";
import type { CellDef, SheetDef, WorkbookDef } from "../sheets/types";
import { type FormulaError, type Scalar, isError } from "../engine/formula/evaluate";
import type { MemoryWorkbook } from "../engine/memory";
import { type ImportSummary, type ImportedInput, checkImported } from "./imported";
import type { Finding, Severity } from "./finding";

export type { Finding, Severity } from "./finding";

export interface ValidationResult {
  findings: Finding[];
  /** required inputs without a default that hold a value, of all of them */
  requiredFilled: number;
  requiredTotal: number;
  /** required inputs that still hold the value the sheet came with (shown as defaults) */
  defaultsKept: number;
  checkedOn: string;
  status: "エラーあり" | "警告あり" | "問題なし";
  /** present when the workbook records an import from the accountant's books */
  imported?: ImportSummary;
}

interface Context {
  def: WorkbookDef;
  memory: MemoryWorkbook;
  today: string;
  /** each sheet's row texts, gathered the first time a message needs a label there */
  texts: Map<string, RowTexts>;
}

function isEmpty(v: Scalar | FormulaError | undefined): boolean {
  return v === null || v === undefined || v === "";
}

function stored(ctx: Context, sheet: string, ref: string) {
  return ctx.memory.sheets.get(sheet)?.get(ref);
}

/** A sheet's text cells by row, each row's from the right. */
type RowTexts = Map<number, { column: number; text: string }[]>;

function rowTexts(sheet: SheetDef): RowTexts {
  const texts: RowTexts = new Map();
  for (const c of sheet.cells) {
    if (c.role === "input" || c.formula !== undefined || typeof c.value !== "string") continue;
    const { row, column } = parseA1(c.ref);
    const line = texts.get(row) ?? [];
    line.push({ column, text: c.value });
    texts.set(row, line);
  }
  for (const line of texts.values()) line.sort((a, b) => b.column - a.column);
  return texts;
}

/**
 * What a cell is called, for messages: a cell of a table by its column's header and its line
 * ("対策項目（3行目）"); any other by the nearest text to its left on its row, else by its name.
 */
function labelOf(ctx: Context, sheet: SheetDef, cell: CellDef): string {
  const { row, column } = parseA1(cell.ref);
  for (const table of sheet.tables ?? []) {
    const [from, to] = table.ref.split(":") as [string, string];
    const top = parseA1(from);
    const header = table.columns[column - top.column];
    if (header !== undefined && row > top.row && row <= parseA1(to).row)
      return `${header}（${row - top.row}行目）`;
  }
  let texts = ctx.texts.get(sheet.name);
  if (texts === undefined) {
    texts = rowTexts(sheet);
    ctx.texts.set(sheet.name, texts);
  }
  const nearest = texts.get(row)?.find((t) => t.column < column);
  if (nearest !== undefined) return nearest.text;
  if (cell.name !== undefined && isWorkbookName(cell.name)) return nameInfo(cell.name).meaning;
  return `${cell.ref}の欄`;
}

/**
 * Inputs the diagnosis does not need in a given case: left blank on purpose, they are not
 * missing (a rented building has no 建物 to rebuild).
 */
const NOT_APPLICABLE: readonly { input: WorkbookName; when: WorkbookName; is: number }[] = [
  { input: "Asset_Building", when: "BuildingOwned", is: 0 },
];

function notApplicable(ctx: Context, cell: CellDef): boolean {
  return NOT_APPLICABLE.some(
    (rule) =>
      rule.input === cell.name && ctx.memory.has(rule.when) && ctx.memory.get(rule.when) === rule.is
  );
}

const hasDefault = (cell: CellDef) => cell.value !== undefined && cell.value !== "";

/**
 * Required inputs left empty (必須 inputs of 表 4.3-1 and of the model). Only what the user types
 * counts as filled: an input the sheet gives a default is not counted, and one still holding its
 * default is reported as such.
 */
function requiredInputs(
  ctx: Context,
  out: Finding[]
): { filled: number; total: number; defaultsKept: number; modelMissing: number } {
  let filled = 0;
  let total = 0;
  let defaultsKept = 0;
  let modelMissing = 0;
  for (const sheet of ctx.def.sheets) {
    for (const cell of sheet.cells) {
      if (cell.role !== "input" || !cell.required) continue;
      const s = stored(ctx, sheet.name, cell.ref);
      const holds = s?.formula !== undefined || !isEmpty(s?.value ?? null);
      if (hasDefault(cell)) {
        if (holds && s?.formula === undefined && s?.value === cell.value) defaultsKept += 1;
      } else {
        total += 1;
        if (holds) filled += 1;
      }
      if (holds || notApplicable(ctx, cell)) continue;
      if (!sheet.key.startsWith("forms.")) modelMissing += 1;
      out.push({
        severity: "エラー",
        rule: "required",
        sheet: sheet.name,
        ref: cell.ref,
        message: `必須の入力「${labelOf(ctx, sheet, cell)}」が空欄です。値を入力してください。`,
      });
    }
  }
  return { filled, total, defaultsKept, modelMissing };
}

/** What a figure shows, for a message. */
function shownText(v: Scalar | FormulaError | undefined): string {
  if (v === null || v === undefined || v === "") return "空欄";
  if (isError(v)) return v.error;
  return typeof v === "number" ? v.toLocaleString("ja-JP") : String(v);
}

/**
 * Built formulas the workbook no longer holds: a value typed over one (it stays, and the
 * diagnosis and the copies use it) or a formula changed by hand.
 */
function overwritten(ctx: Context, out: Finding[]): void {
  for (const sheet of ctx.def.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined || cell.role === "input") continue;
      const s = stored(ctx, sheet.name, cell.ref);
      if (s === undefined) continue;
      const label = labelOf(ctx, sheet, cell);
      const add = (message: string) =>
        out.push({
          severity: "警告",
          rule: "overwritten",
          sheet: sheet.name,
          ref: cell.ref,
          message,
        });
      if (s.formula === undefined)
        add(
          `「${label}」の計算式が値で上書きされています（${shownText(s.value)}）。この値のまま診断と提出用コピーに使われます。計算に戻すには値を消してから［シートを作成］を実行してください。`
        );
      else if (s.formula !== cell.formula)
        add(
          `「${label}」の計算式が変更されています（=${s.formula}）。表示されている値のまま使われます。元の計算式に戻すには値を消してから［シートを作成］を実行してください。`
        );
    }
  }
}

/** Typed values against the cell's list or range. */
function typesAndRanges(ctx: Context, out: Finding[]): void {
  for (const sheet of ctx.def.sheets) {
    for (const cell of sheet.cells) {
      if (cell.role !== "input" || cell.validation === undefined) continue;
      const s = stored(ctx, sheet.name, cell.ref);
      if (s === undefined || s.formula !== undefined || isEmpty(s.value ?? null)) continue;
      const value = s.value as string | number | boolean;
      const label = labelOf(ctx, sheet, cell);
      const add = (message: string) =>
        out.push({ severity: "エラー", rule: "range", sheet: sheet.name, ref: cell.ref, message });
      const v = cell.validation;
      if (v.type === "list") {
        if (!v.values.includes(String(value)))
          add(
            `「${label}」の「${String(value)}」は選べません。${v.values.join("、")}から選んでください。`
          );
      } else if (typeof value !== "number") {
        add(
          `「${label}」に数値以外（「${String(value)}」）が入っています。数値を入力してください。`
        );
      } else if (value < v.min || value > v.max) {
        if (cell.format === "percent")
          add(`「${label}」は0%〜100%で入力してください（${Math.round(value * 1000) / 10}%）。`);
        else if (v.min === 0 && value < 0)
          add(`「${label}」がマイナスです。0以上で入力してください。`);
        else add(`「${label}」は${v.min}〜${v.max}の範囲で入力してください（${value}）。`);
      } else if (v.type === "whole" && !Number.isInteger(value)) {
        add(`「${label}」は整数で入力してください（${value}）。`);
      }
    }
  }
}

function place(ctx: Context, name: WorkbookName): { sheet: string; ref: string } | undefined {
  return ctx.memory.place(name);
}

function num(ctx: Context, name: WorkbookName): number | undefined {
  if (!ctx.memory.has(name)) return undefined;
  const v = ctx.memory.get(name);
  return typeof v === "number" ? v : undefined;
}

function at(
  ctx: Context,
  name: WorkbookName,
  severity: Severity,
  rule: string,
  message: string,
  out: Finding[]
): void {
  const p = place(ctx, name);
  if (p !== undefined) out.push({ severity, rule, sheet: p.sheet, ref: p.ref, message });
}

/** 作成日 must not lie in the future. */
function dates(ctx: Context, out: Finding[]): void {
  const p = place(ctx, "DiagnosisDate");
  if (p === undefined) return;
  const v = stored(ctx, p.sheet, p.ref)?.value;
  if (typeof v !== "string" || v === "") return;
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v.trim());
  if (m === null) {
    at(
      ctx,
      "DiagnosisDate",
      "エラー",
      "date",
      `診断日「${v}」を日付として読めません。2026-04-30 のように入力してください。`,
      out
    );
    return;
  }
  const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  if (iso > ctx.today)
    at(
      ctx,
      "DiagnosisDate",
      "エラー",
      "date",
      `診断日（${iso}）が今日より後です。作成した日付を入力してください。`,
      out
    );
}

/** 様式01's 作成日 and 改訂日: dates, not in the future, the revision not before the writing. */
function coverDates(ctx: Context, out: Finding[]): void {
  const iso = (name: WorkbookName, label: string): string | null => {
    const p = place(ctx, name);
    const v = p === undefined ? undefined : stored(ctx, p.sheet, p.ref)?.value;
    if (v === undefined || v === null || v === "") return null;
    if (typeof v !== "number") {
      at(
        ctx,
        name,
        "エラー",
        "date",
        `${label}「${v}」を日付として読めません。日付で入力してください。`,
        out
      );
      return null;
    }
    const date = formatDateSerial(v, "dateIso");
    if (date > ctx.today)
      at(ctx, name, "エラー", "date", `${label}（${date}）が今日より後です。`, out);
    return date;
  };
  const written = iso("Form01_Written", "作成日");
  const revised = iso("Form01_Revised", "改訂日");
  if (written !== null && revised !== null && revised < written)
    at(
      ctx,
      "Form01_Revised",
      "警告",
      "date",
      `改訂日（${revised}）が作成日（${written}）より前です。`,
      out
    );
}

/** Breakdowns against the totals printed in the 決算書, and direct costing against the PL. */
function reconciliation(ctx: Context, out: Finding[]): void {
  const tolerance = ctx.memory.parameters().ReconciliationTolerance;
  for (const { total } of REPORTED_TOTALS) {
    const p = place(ctx, `Reported_${total}`);
    if (p === undefined) continue;
    const typed = stored(ctx, p.sheet, p.ref)?.value;
    const computed = num(ctx, `Reported_${total}_Computed`);
    if (typeof typed !== "number" || computed === undefined) continue;
    if (Math.abs(typed - computed) > tolerance) {
      out.push({
        severity: "エラー",
        rule: "reconciliation",
        sheet: p.sheet,
        ref: p.ref,
        message: `${REPORTED_TOTAL_MEANINGS[total]}：決算書の ${typed.toLocaleString("ja-JP")} 千円と内訳からの計算 ${groupedDigits(computed)} 千円が合いません。内訳の入力を確認してください。`,
      });
    }
  }
  const diff = num(ctx, "ReconDifference");
  if (diff !== undefined && Math.abs(diff) > tolerance) {
    at(
      ctx,
      "ReconDifference",
      "エラー",
      "reconciliation",
      `直接原価計算の営業利益が損益計算書と ${groupedDigits(diff)} 千円ずれています（製品棚卸高の増減では説明できません）。原価報告書と販管費の入力を確認してください。`,
      out
    );
  }
}

function plausibility(ctx: Context, out: Finding[]): void {
  const cash = num(ctx, "Cash");
  const sales = num(ctx, "SalesAnnual");
  const months = ctx.memory.parameters().CashHoldingMonths;
  if (cash !== undefined && sales !== undefined && sales > 0 && cash < (sales / 12) * months) {
    at(
      ctx,
      "Cash",
      "警告",
      "cash",
      `現金・預金が月商の${months}ヶ月分（${groupedDigits((sales / 12) * months)} 千円）に足りません。被災直後の支払に備えて手元資金を見直しましょう。`,
      out
    );
  }
  const gap = num(ctx, "RecoveryGap");
  if (gap !== undefined && gap > 0) {
    at(
      ctx,
      "ReopenDays",
      "警告",
      "target",
      `営業再開日数が目標復旧時間を ${gap} 日超えています。事前対策か代替手段で日数を縮める検討をしてください。`,
      out
    );
  }
  const E = num(ctx, "BorrowingNeedE");
  const e = num(ctx, "BorrowingCapacityE");
  // a loan for the countermeasures (G) is repaid from the same source (line 7187)
  const G = num(ctx, "PreventionLoanG") ?? 0;
  if (E !== undefined && e !== undefined && E + G > e) {
    const what = G > 0 ? "新規借入必要額と事前対策の借入の合計 (E + G)" : "新規借入必要額 (E)";
    at(
      ctx,
      "BorrowingCapacityE",
      "警告",
      "repayment",
      `${what}が返済できる額 (e) を ${groupedDigits(E + G - e)} 千円上回ります。収益改善か事前対策で借入を減らす計画を立ててください。`,
      out
    );
  }
  const limit = num(ctx, "CollateralLimit");
  if (E !== undefined && limit !== undefined && G > 0 && E + G > limit) {
    at(
      ctx,
      "CollateralLimit",
      "警告",
      "collateral",
      `事前対策の借入を含めた新規借入の合計 (E + G) が担保による借入上限を ${groupedDigits(E + G - limit)} 千円上回ります。借入額か担保を見直してください。`,
      out
    );
  }
  const borrowing = ctx.memory.has("CF_Funding_newBorrowing")
    ? rangeSum(ctx, "CF_Funding_newBorrowing")
    : undefined;
  if (E !== undefined && E > 0 && borrowing === 0) {
    at(
      ctx,
      "BorrowingNeedE",
      "警告",
      "funding-plan",
      "復旧費用が手元資金を上回りますが、資金繰り表に新規借入の予定がありません。借入の時期と額を入力してください。",
      out
    );
  }
  const insurance = ctx.memory.has("InsuranceStatus")
    ? ctx.memory.get("InsuranceStatus")
    : undefined;
  if (insurance === "補償対象外") {
    at(
      ctx,
      "InsuranceStatus",
      "警告",
      "insurance",
      "加入している損害保険は想定する災害を補償しません。補償の範囲を代理店と確認しましょう。",
      out
    );
  } else if (insurance === "保険なし") {
    // no insurance is a choice the diagnosis shows (D1 without a payout), not a fault
    at(
      ctx,
      "InsuranceStatus",
      "情報",
      "insurance",
      "損害保険の入力がないため、手元資金 (D1) に保険金を見込んでいません。",
      out
    );
  } else if (insurance === "限度内で補償") {
    at(
      ctx,
      "InsuranceStatus",
      "情報",
      "insurance",
      "想定する災害は限度額の範囲でしか補償されません（表 参考.2-1 の注記）。推定受取額は限度額で計算しています。契約の限度額を確認してください。",
      out
    );
  }
  if (
    ctx.memory.has("Ins_Valuation") &&
    ctx.memory.get("Ins_Valuation") === "時価" &&
    isEmpty(ctx.memory.get("Ins_MarketRatio") as never)
  ) {
    at(
      ctx,
      "Ins_MarketRatio",
      "警告",
      "insurance",
      "保険金額の基準が時価ですが、時価の割合（時価 ÷ 新価）が空欄のため新価と同じに計算しています。割合を入力してください。",
      out
    );
  }
  const params = ctx.memory.parameters();
  for (const c of COEFFICIENTS) {
    if (params[c.key] !== c.value) {
      at(
        ctx,
        c.key,
        "情報",
        "coefficient",
        `係数「${c.labelJa}」を既定値 ${c.value} から ${params[c.key]} に変えています。変更の根拠を残してください。`,
        out
      );
    }
  }
}

/** The first cell of a named range (a month-1 figure), as a number when it is one. */
function firstOf(ctx: Context, name: WorkbookName): number | undefined {
  const p = place(ctx, name);
  if (p === undefined) return undefined;
  const v = ctx.memory.value(p.sheet, cellsOfRange(p.ref)[0] as string);
  return typeof v === "number" ? v : undefined;
}

/**
 * The cash-flow tables against the figures they come from: the months' recovery costs add up to
 * A, the first-month table is month 1, and the funding plan does not run dry.
 */
function cashflowPlan(ctx: Context, out: Finding[]): void {
  const tolerance = ctx.memory.parameters().ReconciliationTolerance;
  const a = num(ctx, "AssetRecoveryA");
  if (a !== undefined && ctx.memory.has("CF_RecoveryCosts")) {
    const scheduled = rangeSum(ctx, "CF_RecoveryCosts");
    if (Math.abs(scheduled - a) > tolerance)
      at(
        ctx,
        "CF_RecoveryCosts",
        "警告",
        "recovery-schedule",
        `資金繰り表の月ごとの復旧費用の計（${groupedDigits(scheduled)} 千円）が資産の復旧費用 (A)（${groupedDigits(a)} 千円）と合いません。月ごとの復旧費用を見直してください。`,
        out
      );
  }
  const firstMonth = num(ctx, "FirstMonthBalance");
  const month1 = firstOf(ctx, "CF_Balances");
  if (firstMonth !== undefined && month1 !== undefined && Math.abs(firstMonth - month1) > tolerance)
    at(
      ctx,
      "FirstMonthBalance",
      "警告",
      "first-month",
      `被災月の表（表 参考.3-1/3-2）の資金収支（${groupedDigits(firstMonth)} 千円）が資金繰り表1ヶ月目の月次資金収支（${groupedDigits(month1)} 千円）と合いません。旬ごとの稼働率と1ヶ月目の稼働率を見直してください。`,
      out
    );
  const shortage = num(ctx, "FundingPlanShortage");
  const month = num(ctx, "FundingPlanShortageMonth");
  const planned = FUNDING_SOURCES.some(
    (source) =>
      ctx.memory.has(`CF_Funding_${source}`) && rangeSum(ctx, `CF_Funding_${source}`) !== 0
  );
  if (planned && shortage !== undefined && shortage > tolerance && month !== undefined)
    at(
      ctx,
      "FundingPlanShortage",
      "警告",
      "funding-runs-dry",
      `資金調達を入れた総合資金収支の累計が ${month}ヶ月目に △${groupedDigits(shortage)} 千円まで不足します（資金計画が途中で尽きます）。借入の額と時期を見直してください。`,
      out
    );
}

function rangeSum(ctx: Context, name: WorkbookName): number {
  const p = place(ctx, name);
  if (p === undefined) return 0;
  return cellsOfRange(p.ref).reduce((sum, ref) => {
    const v = ctx.memory.value(p.sheet, ref);
    return typeof v === "number" ? sum + v : sum;
  }, 0);
}

/** Headline formulas that cannot be calculated although every required input is there. */
function formulaErrors(ctx: Context, out: Finding[]): void {
  for (const sheet of ctx.def.sheets) {
    for (const cell of sheet.cells) {
      if (cell.formula === undefined || cell.name === undefined) continue;
      const v = ctx.memory.value(sheet.name, cell.ref);
      if (isError(v)) {
        out.push({
          severity: "エラー",
          rule: "formula",
          sheet: sheet.name,
          ref: cell.ref,
          message: `「${labelOf(ctx, sheet, cell)}」を計算できません（${v.error}${v.message ? `：${v.message}` : ""}）。関係する入力を確認してください。`,
        });
      }
    }
  }
}

/**
 * Lines of a 様式 table that feed the diagnosis but lack the part that makes them count: on each
 * row where `when` is filled (or equals `is`), `need` must be filled too.
 */
const FORM_LINES: readonly {
  when: WorkbookName;
  is?: string;
  need: WorkbookName;
  message: string;
}[] = [
  {
    when: "Form09_Plan_Do",
    is: CHECK_MARK,
    need: "Form09_Plan_Funds",
    message: "「実施」に✓がありますが必要資金が空欄です。このままでは事前対策費用 F に入りません。",
  },
  {
    when: "Form18_Policies_Limit",
    need: "Form18_Policies_Scope",
    message:
      "補償限度額がありますが補償範囲が選ばれていません。財務診断の保険金額に数えられません。",
  },
  {
    when: "Form18_Policies_Scope",
    need: "Form18_Policies_Limit",
    message: "補償範囲が選ばれていますが補償限度額が空欄です。",
  },
  {
    when: "Form07_Resources_Criticality",
    need: "Form07_Resources_Impact",
    message: "資源の重要度だけが入力されています。災害の影響度（1〜3）も入れると評価点が出ます。",
  },
  {
    when: "Form07_Resources_Impact",
    need: "Form07_Resources_Criticality",
    message: "災害の影響度だけが入力されています。資源の重要度（1〜3）も入れると評価点が出ます。",
  },
];

function formLines(ctx: Context, out: Finding[]): void {
  for (const check of FORM_LINES) {
    const when = place(ctx, check.when);
    const need = place(ctx, check.need);
    if (when === undefined || need === undefined) continue;
    const needRefs = cellsOfRange(need.ref);
    cellsOfRange(when.ref).forEach((ref, i) => {
      const v = ctx.memory.value(when.sheet, ref);
      const n = needRefs[i];
      if (n === undefined || isEmpty(v) || (check.is !== undefined && v !== check.is)) return;
      if (!isEmpty(ctx.memory.value(need.sheet, n))) return;
      out.push({
        severity: "警告",
        rule: "form-line",
        sheet: need.sheet,
        ref: n,
        message: check.message,
      });
    });
  }
}

export function validateWorkbook(
  def: WorkbookDef,
  memory: MemoryWorkbook,
  today: string,
  /** the inputs the workbook's 取込記録 says an import filled (none: no import) */
  imported?: readonly ImportedInput[]
): ValidationResult {
  const ctx: Context = { def, memory, today, texts: new Map() };
  const findings: Finding[] = [];
  const { filled, total, defaultsKept, modelMissing } = requiredInputs(ctx, findings);
  const importSummary =
    imported === undefined
      ? undefined
      : checkImported(def, memory, imported, (sheet, cell) => labelOf(ctx, sheet, cell), findings);
  typesAndRanges(ctx, findings);
  overwritten(ctx, findings);
  dates(ctx, findings);
  coverDates(ctx, findings);
  reconciliation(ctx, findings);
  formLines(ctx, findings);
  // Calculation errors and plausibility only mean something once the model's required inputs are
  // in (a 様式 still being filled in does not hold the diagnosis back).
  if (modelMissing === 0) {
    formulaErrors(ctx, findings);
    plausibility(ctx, findings);
    cashflowPlan(ctx, findings);
  }
  const status = findings.some((f) => f.severity === "エラー")
    ? "エラーあり"
    : findings.some((f) => f.severity === "警告")
      ? "警告あり"
      : "問題なし";
  return {
    findings: diagnosisFirst(def, findings),
    requiredFilled: filled,
    requiredTotal: total,
    defaultsKept,
    checkedOn: today,
    status,
    ...(importSummary !== undefined ? { imported: importSummary } : {}),
  };
}

/** The diagnosis's findings before the forms', each group in sheet order (the sort is stable). */
function diagnosisFirst(def: WorkbookDef, findings: readonly Finding[]): Finding[] {
  const isForm = new Map(def.sheets.map((sheet) => [sheet.name, sheet.key.startsWith("forms.")]));
  return [...findings].sort(
    (a, b) => Number(isForm.get(a.sheet) ?? false) - Number(isForm.get(b.sheet) ?? false)
  );
}
