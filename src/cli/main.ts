/**
 * bcp-calc: the model from the command line.
 *   bcp-calc fn NAME ARG...        one BCP function, Excel-style arguments, JSON result
 *   bcp-calc scenario FILE.json    the headline figures of a company scenario (--full for all)
 *   bcp-calc workbook …            the workbook as .xlsx
 *   bcp-calc list                  the function catalogue
 *   bcp-calc coefficients          the coefficient table with sources
 * Every failure is a Japanese message and an exit code by kind (failures.ts, docs/cli.md).
 */
import { CATALOGUE, evaluateFunction } from "../functions/catalogue";
import { invalid } from "../model/errors";
import { COEFFICIENTS, DEFAULT_PARAMETERS } from "../model/parameters";
import { type ScenarioResult, evaluateScenario } from "../model/scenario";
import { INDUSTRIES, type Industry } from "../model/industries";
import { COURSES, type Course } from "../sheets/courseList";
import { CASHFLOW_MONTHS } from "../sheets/intermediate/cashflow";
import { inputsFor, scenarioInputs } from "../usecases/scenarioInputs";
import { FORM_GROUPS, repeatsProblem } from "../forms/formSet";
import { REPEATABLE, TABLE_ROWS_MAX } from "../forms/spec";
import { contentsFor, workbookDefinition } from "../usecases/workbookChoice";
import { checkStatusText, exportDefinition } from "../usecases/export";
import { writeXlsxBytes } from "../file/xlsx";
import { MemoryWorkbook } from "../engine/memory";
import { EXIT, UsageError, failure } from "./failures";
import { deflateRaw, readScenario, writeOutput } from "./files";
import type { Io } from "./io";
import { type OptionSpec, oneOf, readOptions } from "./options";
import { finiteJson, headline, roundDeep } from "./scenarioOutput";
import { parseArg } from "./parseArg";
import {
  importOptions,
  importReport,
  runImport,
  scenarioWithImport,
  workbookImport,
  writeScenario,
} from "./importCommand";
import { linesOf } from "../accounting/lines";
import { importRecords, importedInputs, recordInputs } from "../usecases/importInputs";

export type { Io };

const USAGE = `使い方 / usage:
  bcp-calc fn NAME ARG...        BCP 関数を1つ計算します（例: bcp-calc fn STOP_CASHFLOW 1250000 108000 30）
  bcp-calc scenario FILE.json    シナリオの主要数値を JSON で出力します（--full ですべて）
  bcp-calc workbook --course 中級 --industry 製造業 [--input FILE.json] [--forms LIST] [--lender | --print] --out FILE.xlsx [--force]
                                 財務診断モデルのブックを .xlsx に書き出します（--lender は金融機関提出用、
                                 --print は印刷・保管用：値だけで入力欄の色や検証結果なし）
                                 --forms: 様式番号・チェックリストのカンマ区切り（例 01,06,09,自己診断）、
                                   または ${Object.keys(FORM_GROUPS).join(" / ")}。--forms-only で様式だけ
                                 --lang ja|en（見出しの言語）、--dates 和暦|西暦（様式の日付表示）
                                 --table-rows N（様式の表に用意する行数、1〜${TABLE_ROWS_MAX}）
                                 --repeat 06=3,10=2（中核事業・事業所・従業員ごとの様式 ${REPEATABLE.join("/")} の数）
                                 --force: すでにある --out のファイルを置き換えます
                                 --import FILE,…: 会計ソフトの残高試算表・固定資産台帳の CSV から入力を埋めます
  bcp-calc import FILE… --industry 製造業 [--layout yayoi|freee|moneyforward|generic]
                 [--mapping 対応表.csv] [--factor 建物=1.2,…] [--labor-direct] [--base FILE.json] [--out FILE.json]
                                 会計ソフトの CSV を読み、照合して結果を表示します（--out でシナリオに書き出し）
  bcp-calc import --lines --industry 製造業   科目を入れられる行の一覧
  bcp-calc list                  関数の一覧
  bcp-calc coefficients          係数の一覧（出典つき）
終了コード: 0 成功、1 計算できない値、2 コマンドの使い方・出力先、3 入力ファイル、4 その他`;

/** --repeat 06=3,10=2: how many copies of each form held per core business, site or employee. */
function readRepeats(text: string | undefined): Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const repeats: Record<string, number> = {};
  for (const part of text.split(",")) {
    const [name, count] = part.split("=").map((x) => x.trim());
    if (name === undefined || name === "" || count === undefined || !/^\d+$/.test(count))
      throw new UsageError(`--repeat の「${part}」が読めません。「06=3」の形で指定してください。`);
    repeats[name] = Number(count);
  }
  const problem = repeatsProblem(repeats);
  if (problem !== null) throw new UsageError(`--repeat：${problem}`);
  return repeats;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

const SCENARIO_OPTIONS: OptionSpec = { values: [], flags: ["--full"], positional: 1 };
const WORKBOOK_OPTIONS: OptionSpec = {
  values: [
    "--course",
    "--industry",
    "--input",
    "--forms",
    "--lang",
    "--dates",
    "--table-rows",
    "--repeat",
    "--import",
    "--layout",
    "--mapping",
    "--factor",
    "--out",
  ],
  flags: ["--lender", "--print", "--forms-only", "--force", "--labor-direct"],
  positional: 0,
};
const IMPORT_OPTIONS: OptionSpec = {
  values: ["--industry", "--layout", "--mapping", "--factor", "--base", "--out"],
  flags: ["--force", "--labor-direct", "--lines"],
  positional: 50,
};
const NO_OPTIONS: OptionSpec = { values: [], flags: [], positional: 0 };

function runFn(args: string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === undefined)
    throw new UsageError(`fn：関数の名前がありません。（使い方は bcp-calc help）`);
  const result = evaluateFunction(name, rest.map(parseArg), DEFAULT_PARAMETERS);
  io.out(finiteJson(roundDeep(result, 10)));
  return 0;
}

function runScenario(args: string[], io: Io): number {
  const options = readOptions("scenario", args, SCENARIO_OPTIONS);
  const file = options.positional[0];
  if (file === undefined)
    throw new UsageError(
      `scenario：シナリオファイルを指定してください。（使い方は bcp-calc help）`
    );
  const result = evaluateScenario(readScenario(file));
  io.out(finiteJson(options.flags.has("--full") ? roundDeep(result) : headline(result), 2));
  return 0;
}

function runImportCommand(args: string[], io: Io): number {
  const { values, flags, positional } = readOptions("import", args, IMPORT_OPTIONS);
  const industry = oneOf("--industry", values.get("--industry") ?? "製造業", INDUSTRIES);
  if (flags.has("--lines")) {
    io.out(json(linesOf(industry)));
    return 0;
  }
  const result = runImport(positional, importOptions(values, flags, industry));
  const out = values.get("--out");
  const base = values.get("--base");
  if (out !== undefined)
    writeScenario(out, scenarioWithImport(result, base), flags.has("--force"), [
      ...positional,
      ...(base !== undefined ? [base] : []),
    ]);
  io.out(
    json({
      ...(importReport(result, importRecords(result)) as object),
      ...(out !== undefined ? { out } : {}),
    })
  );
  return 0;
}

async function runWorkbook(args: string[], io: Io): Promise<number> {
  const { values, flags } = readOptions("workbook", args, WORKBOOK_OPTIONS);
  const out = values.get("--out");
  if (out === undefined)
    throw new UsageError(
      `workbook：--out で書き出すファイルを指定してください。（使い方は bcp-calc help）`
    );
  const course = oneOf("--course", values.get("--course") ?? "中級", COURSES);
  const inputFile = values.get("--input");
  const scenario = inputFile === undefined ? undefined : readScenario(inputFile);
  let result: ScenarioResult | undefined;
  if (scenario !== undefined) {
    // what the scenario command would refuse, this one refuses too; the 基本 cells take its figures
    result = evaluateScenario(scenario);
    if (scenario.statements === undefined)
      throw invalid(
        "ブックは損益計算書から作るため、シナリオファイルに statements が必要です（annual だけのファイルは scenario コマンドで計算できます）。"
      );
    const months = scenario.cashflow?.months;
    if (months !== undefined && months !== CASHFLOW_MONTHS)
      throw invalid(
        `ブックの資金繰り表は${CASHFLOW_MONTHS}ヶ月です。cashflow.months（${months}）を外すか ${CASHFLOW_MONTHS} にしてください。`
      );
  }
  const industry = oneOf(
    "--industry",
    values.get("--industry") ?? scenario?.statements?.industry ?? "製造業",
    INDUSTRIES
  );
  if (scenario?.statements !== undefined && scenario.statements.industry !== industry)
    throw new UsageError(
      `シナリオの業種（${scenario.statements.industry}）と --industry（${industry}）が違います。`
    );
  const forms = values.get("--forms");
  const locale = oneOf("--lang", values.get("--lang") ?? "ja", ["ja", "en"] as const);
  const dateStyle = oneOf("--dates", values.get("--dates") ?? "和暦", ["和暦", "西暦"] as const);
  const tableRows = values.get("--table-rows");
  if (
    tableRows !== undefined &&
    (!/^\d+$/.test(tableRows) || Number(tableRows) < 1 || Number(tableRows) > TABLE_ROWS_MAX)
  )
    throw new UsageError(`--table-rows は1〜${TABLE_ROWS_MAX}の整数です（${tableRows}）。`);
  const repeats = readRepeats(values.get("--repeat"));
  const choice = {
    course: course as Course,
    industry: industry as Industry,
    forms: forms === undefined ? [] : forms.split(","),
    locale,
    dateStyle,
    formsOnly: flags.has("--forms-only"),
    ...(tableRows !== undefined ? { tableRows: Number(tableRows) } : {}),
    ...(repeats !== undefined ? { repeats } : {}),
  };
  const today = new Date().toISOString().slice(0, 10);
  const importList = values.get("--import")?.split(",");
  const imported =
    importList === undefined
      ? undefined
      : workbookImport(importList, values, flags, industry, today, dateStyle);
  const chosenDef = workbookDefinition(choice);
  const courseDef =
    imported === undefined
      ? chosenDef
      : { ...chosenDef, sheets: [...chosenDef.sheets, ...imported.sheets] };
  // the books' figures go over the scenario's: the import is the later, more exact source
  const inputs = inputsFor(courseDef, {
    ...(scenario === undefined ? {} : scenarioInputs(scenario, result)),
    ...recordInputs(imported?.records ?? []),
  });
  const started = Date.now();
  const lender = flags.has("--lender");
  const print = flags.has("--print");
  if (lender && print)
    throw new UsageError(
      "workbook：--lender と --print は一緒に使えません。金融機関用か印刷・保管用のどちらかを選んでください。"
    );
  const filled = new MemoryWorkbook();
  filled.build(courseDef);
  // cells actually typed: a name the chosen sheets do not have fills nothing
  const inputsFilled = filled.fill(inputs);
  const { def, validation, memory } = exportDefinition(courseDef, filled, {
    course,
    courseLabel: `${course}コース・${industry}`,
    today,
    lender,
    print,
    dateStyle,
    contents: contentsFor(choice),
    ...(imported !== undefined ? { imported: importedInputs(filled) } : {}),
  });
  writeOutput(out, await writeXlsxBytes(def, { memory, deflateRaw }), {
    force: flags.has("--force"),
    inputs: [...(inputFile === undefined ? [] : [inputFile]), ...(importList ?? [])],
  });
  io.out(
    json({
      file: out,
      course,
      industry,
      lender,
      print,
      sheets: def.sheets.map((s) => s.name),
      inputsFilled,
      check: checkStatusText(validation),
      milliseconds: Date.now() - started,
    })
  );
  return 0;
}

export async function mainAsync(argv: string[], io: Io): Promise<number> {
  if (argv[0] !== "workbook") return main(argv, io);
  try {
    return await runWorkbook(argv.slice(1), io);
  } catch (e) {
    return failure(e, io);
  }
}

export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "fn":
        return runFn(rest, io);
      case "scenario":
        return runScenario(rest, io);
      case "import":
        return runImportCommand(rest, io);
      case "list":
        readOptions("list", rest, NO_OPTIONS);
        io.out(
          json(
            CATALOGUE.map((f) => ({
              name: `BCP.${f.id}`,
              nameJa: f.nameJa,
              params: f.params.map((q) => (q.optional ? `[${q.name}]` : q.name)),
              description: f.descriptionJa,
            }))
          )
        );
        return 0;
      case "coefficients":
        readOptions("coefficients", rest, NO_OPTIONS);
        io.out(json(COEFFICIENTS));
        return 0;
      case undefined:
      case "help":
      case "--help":
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(`コマンド「${command}」はありません。（使い方は bcp-calc help）`);
    }
  } catch (e) {
    return failure(e, io);
  }
}

export { EXIT };
