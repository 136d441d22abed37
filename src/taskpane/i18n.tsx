/**
 * The pane's words in Japanese (first) and English. Figures, sheet names and the guideline's own
 * terms stay Japanese in both, as they appear in the workbook.
 */
import * as React from "react";

export type Lang = "ja" | "en";

const ja = {
  title: "BCP 財務診断",
  language: "English",
  tabsLabel: "作業",
  tabs: {
    workbook: "作成",
    import: "取込",
    check: "点検",
    compare: "比較",
    coefficients: "係数・関数",
  },
  model: "財務診断モデル",
  course: "コース",
  industry: "業種",
  forms: "様式・チェックリスト",
  formGroups: {
    様式: "BCP様式01〜20（表紙・目次つき）",
    入門: "入門コース 様式1〜5",
    取組状況: "BCP取組状況チェック（20問）",
    自己診断: "自己診断チェックリスト（コース別）",
  } as Record<string, string>,
  repeatsTitle: "事業・災害・事業所・従業員ごとの様式の数",
  repeatLabel: (no: string) =>
    ({
      "04": "携帯カード（様式04）",
      "06": "中核事業（様式06）",
      "07": "想定災害（様式07）",
      "10": "事業所（様式10）",
    })[no] ?? `様式${no}`,
  dateStyle: "様式の日付",
  tableRows: "様式の表の行数",
  tableRowsHint: (max: number) => `空欄なら様式どおり。多く用意する場合は ${max} 行まで`,
  tableRowsInvalid: (max: number) => `1〜${max} の整数を入力してください`,
  dateStyles: { 和暦: "和暦（令和）", 西暦: "西暦" } as Record<string, string>,
  courseOption: (c: string) => `${c}コース`,
  industryOption: (i: string) => i,
  hazardOption: (h: string) => (/^\d/.test(h) ? `震度${h}` : h),
  buildHint:
    "財務診断モデル（表 参考.1-1〜4-1）のシートを作ります。作成済みなら不足分を足し、入力した値はそのまま残します。",
  build: "シートを作成",
  lenderCopy: "金融機関提出用コピー",
  printCopy: "印刷・保管用コピー",
  building: "作成中",
  copying: "コピーを作成中",
  created: (sheets: string) => `作成したシート：${sheets}`,
  updated: (n: number, kept: number) =>
    `更新したシート：${n}枚（入力済みの ${kept} セルはそのまま）`,
  renamed: (sheet: string, now: string) =>
    `「${sheet}」は「${now}」に名前が変わっているため、作り直していません。`,
  edited: (sheet: string, cells: string) =>
    `「${sheet}」は入力欄以外が変更されているため、上書きしていません（${cells}）。`,
  carried: (cells: string) => `財務診断に入力済みの値を様式の記入欄に移しました（${cells}）。`,
  reentered: (n: number) =>
    `ファイルから開いたため計算されていなかった BCP 関数の数式 ${n} 個を入れ直し、計算できるようにしました。`,
  nameConflict: (name: string, existing: string) =>
    `ブックには名前「${existing}」が既にあり、Excel では「${name}」と同じ名前になるため追加できませんでした。既存の名前を変更または削除してから、もう一度シートを作成してください。`,
  dropped: (cell: string, value: string, keptIn: string) =>
    `${cell} に入力されていた ${value} は、${keptIn} の値を使うため計算に使われなくなりました。必要なら確認してください。`,
  copied: (n: number, first: string) =>
    `新しいブックに金融機関提出用コピーを作りました（${n}シート、先頭は${first}）。元のブックは変更していません。保存してから金融機関に渡してください。`,
  printed: (n: number) =>
    `新しいブックに印刷・保管用コピーを作りました（${n}シート）。数値はすべて値で、入力欄の色や検証結果はありません。元のブックは変更していません。`,
  failed: (m: string) => `できませんでした：${m}`,
  buildFailed: (m: string) =>
    `シートの作成が途中で止まりました（${m}）。ブックが途中までしか作られていないことがあります。もう一度［シートを作成］を押すと、足りない部分を作り直します（入力済みの値はそのまま残ります）。`,
  scenario: "災害の想定を比べる",
  scenarioHint: "ブックの入力はそのままに、災害だけを変えて主要な数値を比べます（表 参考.1-14）。",
  scenarioA: "想定A",
  scenarioB: "想定B",
  compare: "比べる",
  computing: "計算中",
  compareFailed: (m: string) => `比べられませんでした：${m}`,
  figuresTable: "想定ごとの主要な数値（千円）",
  unit: "千円",
  rows: {
    A: "資産の復旧費用 (A)",
    B: "キャッシュフロー悪化額 (B)",
    C: "復旧費用総額 (C)",
    D1: "手元資金 (D1)",
    E: "新規借入必要額 (E)",
    e: "新規借入可能金額 (e)",
    N: "営業再開日数 (N)",
    peak: "ピーク時の資金不足",
    insurance: "火災保険の推定受取額",
    uninsuredB: "保険でまかなえない悪化額（B − 利益保険）",
    withPlan: "事前対策後の復旧費用総額 (C2)",
    planSaving: "事前対策の正味の節減額 (C1 − H2)",
  },
  days: (n: number) => `${n}日`,
  overTarget: (t: number) => `（目標${t}日を超過）`,
  month: (m: number) => `${m}ヶ月目`,
  none: "なし",
  chartAlt: (h: string) => `${h}の月次資金収支（棒）と累計資金収支（線）`,
  importTitle: "会計ソフトから取り込む",
  importHint: (industry: string) =>
    `弥生会計・freee会計・マネーフォワード クラウド会計の残高試算表、勘定科目と金額だけの CSV、固定資産台帳の CSV を選んでください（${industry}の行に入れます）。取り込む前に、今の値と並べて見せます。`,
  chooseFiles: "ファイルを選ぶ",
  reading: "読み込み中",
  importFailed: (m: string) => `取り込めませんでした：${m}`,
  filesRead: "読んだファイル",
  totalsTitle: "ファイルの合計との照合",
  totalColumn: "合計",
  printedColumn: "ファイルの金額（円）",
  resultColumn: "科目から計算",
  agrees: "一致",
  differs: "不一致",
  unassignedTitle: (n: number) => `行の決まっていない科目 ${n}件：入れる行を選んでください`,
  chooseLine: "入れる行を選ぶ",
  reread: "選んだ行で読み直す",
  inputsTitle: (n: number, changed: number) =>
    `入れる値 ${n}欄（今の値と違うもの ${changed}欄、千円）`,
  inputColumn: "入力欄",
  currentColumn: "今の値",
  importedColumn: "取込値",
  mappingSheetNew:
    "取り込むと「勘定科目対応」シートができます。科目の対応はそこで変えられ、次の取込から使われます。",
  applyImport: "取り込む",
  cancelImport: "やめる",
  imported: (n: number) =>
    `${n}欄に入れました。値の出どころは「取込記録」シートにあります。点検すると、後で書き換えた欄がわかります。`,
  undoImport: "元に戻す",
  importUndone: "取込の前の値に戻しました。",
  importedSummary: (n: number, over: number, empty: number) =>
    `会計ファイルから ${n}欄（書き換え ${over}欄）・取込で埋まらない必須入力 ${empty}欄`,
  check: "点検",
  checkHint:
    "未入力・入力誤り・決算書との不一致（表 参考.1-1〜1-8 と 4-7 の照合）を探し、「検証結果」シートに書き出します。直したらもう一度点検してください。",
  runCheck: "点検する",
  checking: "点検中",
  checkFailed: (m: string) => `点検できませんでした：${m}`,
  required: (a: number, b: number, defaults: number) =>
    `必須入力 ${a} / ${b}${defaults > 0 ? `（既定値のまま ${defaults}項目）` : ""}`,
  counts: (status: string, e: number, w: number, i: number) =>
    `${status}：エラー ${e}件・警告 ${w}件・情報 ${i}件`,
  sheetCount: (sheet: string, n: number) => `${sheet}（${n}件）`,
  coefficients: "係数",
  coefficientsHint:
    "作成したシートの BCP 関数は係数シートの値で計算し、係数を変えるとすぐに再計算されます。自分で入力した BCP 関数（係数の引数なし）にも使うときは［係数を反映］を押してください。",
  apply: "係数を反映",
  loading: "読み込み中",
  noOverride: "係数シートに既定値と異なる係数はありません。既定値で計算します。",
  overridden: (n: number) => `${n}個の係数をブックの値で計算し、再計算しました。`,
  applyFailed: (m: string) => `係数を読めませんでした：${m}`,
  functions: (n: number) => `BCP 関数（${n}）`,
  functionsHint: "金額は千円、割合は小数（0.3 = 30%）で指定します。",
  showFunctions: "関数の一覧を表示",
  hideFunctions: "関数の一覧を閉じる",
  optional: "（省略可）",
  example: "例：",
};

export type PaneText = typeof ja;

const en: PaneText = {
  title: "BCP Financial Diagnosis",
  language: "日本語",
  tabsLabel: "Tasks",
  tabs: {
    workbook: "Build",
    import: "Import",
    check: "Check",
    compare: "Compare",
    coefficients: "Coefficients",
  },
  model: "Diagnosis model",
  course: "Course",
  industry: "Industry",
  forms: "Forms and checklists",
  formGroups: {
    様式: "BCP forms 01-20 (with cover and contents)",
    入門: "Introductory course forms 1-5",
    取組状況: "BCP readiness check (20 questions)",
    自己診断: "Self-check list (per course)",
  } as Record<string, string>,
  repeatsTitle: "Forms per business, hazard, site and employee",
  repeatLabel: (no: string) =>
    ({
      "04": "Employee cards (form 04)",
      "06": "Core businesses (form 06)",
      "07": "Hazards rated (form 07)",
      "10": "Sites (form 10)",
    })[no] ?? `Form ${no}`,
  dateStyle: "Dates on the forms",
  tableRows: "Rows per form table",
  tableRowsHint: (max: number) => `Blank: as each form lays out; more, up to ${max}`,
  tableRowsInvalid: (max: number) => `Enter a whole number from 1 to ${max}`,
  dateStyles: { 和暦: "Japanese era", 西暦: "Western calendar" } as Record<string, string>,
  courseOption: (c: string) =>
    ({ 基本: "Basic (基本)", 中級: "Intermediate (中級)", 上級: "Advanced (上級)" })[c] ?? c,
  industryOption: (i: string) =>
    ({
      製造業: "Manufacturing",
      "卸・小売業": "Wholesale and retail",
      建設業: "Construction",
    })[i] ?? i,
  // JMA intensity classes: 5弱 is "5 lower", 5強 "5 upper"; short enough for half the pane
  hazardOption: (h: string) => {
    const seismic = /^(\d)(弱|強)?$/.exec(h);
    if (seismic !== null)
      return `Intensity ${seismic[1]}${seismic[2] === "弱" ? " lower" : seismic[2] === "強" ? " upper" : ""}`;
    return (
      (
        {
          床上浸水: "Flood above floor",
          床下浸水: "Flood below floor",
          火災: "Fire",
        } as Record<string, string>
      )[h] ?? h
    );
  },
  buildHint:
    "Creates the course's sheets. If they exist, missing parts are added and typed values are kept.",
  build: "Create sheets",
  lenderCopy: "Copy for the lender",
  printCopy: "Copy to print and file",
  building: "Creating",
  copying: "Making the copy",
  created: (sheets: string) => `Created: ${sheets}`,
  updated: (n: number, kept: number) => `Updated ${n} sheets (${kept} typed cells kept)`,
  renamed: (sheet: string, now: string) =>
    `"${sheet}" was renamed to "${now}", so it was not built again.`,
  edited: (sheet: string, cells: string) =>
    `"${sheet}" has cells changed outside its inputs, so it was left as it is (${cells}).`,
  carried: (cells: string) => `Values typed in the diagnosis moved to the forms (${cells}).`,
  reentered: (n: number) =>
    `Entered ${n} BCP formulas again that Excel had not calculated since the file was opened.`,
  nameConflict: (name: string, existing: string) =>
    `The workbook already has a name "${existing}", which Excel takes for "${name}", so it was not added. Rename or delete that name, then build the sheets again.`,
  dropped: (cell: string, value: string, keptIn: string) =>
    `${value} typed in ${cell} is no longer used: ${keptIn} now gives that figure. Check it if needed.`,
  copied: (n: number, first: string) =>
    `The lender copy opened as a new workbook (${n} sheets, starting with ${first}). This workbook is unchanged. Save the copy before sending it.`,
  printed: (n: number) =>
    `The copy to print and file opened as a new workbook (${n} sheets): values only, without input colours or the check sheet. This workbook is unchanged.`,
  failed: (m: string) => `Could not finish: ${m}`,
  buildFailed: (m: string) =>
    `Building the sheets stopped part-way (${m}). The workbook may be only partly built: press Create sheets again to complete it (values you typed stay).`,
  scenario: "Compare hazards",
  scenarioHint: "Keeps the workbook's inputs and changes only the hazard (table 1-14).",
  scenarioA: "Case A",
  scenarioB: "Case B",
  compare: "Compare",
  computing: "Calculating",
  compareFailed: (m: string) => `Could not compare: ${m}`,
  figuresTable: "Headline figures per case (thousand yen)",
  unit: "千円",
  rows: {
    A: "Asset recovery cost (A)",
    B: "Cash-flow worsening (B)",
    C: "Recovery cost total (C)",
    D1: "Funds on hand (D1)",
    E: "Borrowing need (E)",
    e: "Repayable borrowing (e)",
    N: "Days to reopen (N)",
    peak: "Peak shortage",
    insurance: "Estimated fire-insurance claim",
    uninsuredB: "B not covered by interruption insurance",
    withPlan: "Recovery total with the plan (C2)",
    planSaving: "Net saving of the plan (C1 − H2)",
  },
  days: (n: number) => `${n} days`,
  overTarget: (t: number) => ` (over the ${t}-day target)`,
  month: (m: number) => `month ${m}`,
  none: "none",
  chartAlt: (h: string) => `${h}: monthly cash balance (bars) and cumulative balance (line)`,
  importTitle: "Import from accounting software",
  importHint: (industry: string) =>
    `Choose trial balances exported by Yayoi, freee or Money Forward Cloud, a CSV of accounts and amounts, or a fixed-asset ledger CSV (filled into the ${industry} lines). You see the values beside the workbook's before anything is written.`,
  chooseFiles: "Choose files",
  reading: "Reading",
  importFailed: (m: string) => `Could not import: ${m}`,
  filesRead: "Files read",
  totalsTitle: "Totals against the file",
  totalColumn: "Total",
  printedColumn: "In the file (yen)",
  resultColumn: "From the accounts",
  agrees: "agrees",
  differs: "differs",
  unassignedTitle: (n: number) => `${n} accounts without a line: choose where each goes`,
  chooseLine: "Choose a line",
  reread: "Read again with these lines",
  inputsTitle: (n: number, changed: number) =>
    `${n} inputs to fill (${changed} differ from now; thousand yen)`,
  inputColumn: "Input",
  currentColumn: "Now",
  importedColumn: "Imported",
  mappingSheetNew:
    "Importing adds the 勘定科目対応 sheet, where the account mapping can be changed for the next import.",
  applyImport: "Import",
  cancelImport: "Cancel",
  imported: (n: number) =>
    `Filled ${n} inputs. The 取込記録 sheet says where each value came from; the check shows inputs changed later.`,
  undoImport: "Undo",
  importUndone: "The values from before the import are back.",
  importedSummary: (n: number, over: number, empty: number) =>
    `${n} inputs from the books (${over} changed since), ${empty} required inputs the import left empty`,
  check: "Check",
  checkHint:
    "Finds empty or wrong inputs and totals that do not match the statements, and writes them to the 検証結果 sheet.",
  runCheck: "Run the check",
  checking: "Checking",
  checkFailed: (m: string) => `Could not check: ${m}`,
  required: (a: number, b: number, defaults: number) =>
    `Required inputs ${a} / ${b}${defaults > 0 ? ` (${defaults} left at their defaults)` : ""}`,
  counts: (status: string, e: number, w: number, i: number) =>
    `${status}: ${e} errors, ${w} warnings, ${i} notes`,
  sheetCount: (sheet: string, n: number) => `${sheet} (${n})`,
  coefficients: "Coefficients",
  coefficientsHint:
    "The BCP functions of the built sheets compute with the 係数 sheet and recalculate as soon as a coefficient changes. To use it in BCP functions you typed yourself (without the coefficients argument), apply it.",
  apply: "Apply coefficients",
  loading: "Reading",
  noOverride: "No coefficient differs from its default; the defaults are used.",
  overridden: (n: number) => `${n} coefficients from the workbook applied and recalculated.`,
  applyFailed: (m: string) => `Could not read the coefficients: ${m}`,
  functions: (n: number) => `BCP functions (${n})`,
  functionsHint: "Amounts in thousand yen; rates as fractions (0.3 = 30%).",
  showFunctions: "Show the functions",
  hideFunctions: "Hide the functions",
  optional: " (optional)",
  example: "Example: ",
};

const TEXT: Record<Lang, PaneText> = { ja, en };
const LangContext = React.createContext<Lang>("ja");

export const LangProvider = LangContext.Provider;

export function useText(): PaneText {
  return TEXT[React.useContext(LangContext)];
}

export function textFor(lang: Lang): PaneText {
  return TEXT[lang];
}
