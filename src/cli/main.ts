/**
 * bcp-calc: the model from the command line.
 *   bcp-calc fn NAME ARG...        one BCP function, Excel-style arguments, JSON result
 *   bcp-calc scenario FILE.json    the headline figures of a company scenario (--full for all)
 *   bcp-calc list                  the function catalogue
 *   bcp-calc coefficients          the coefficient table with sources
 */
import { readFileSync, writeFileSync } from "fs";
import { CATALOGUE, evaluateFunction } from "../functions/catalogue";
import { errorCodeOf } from "../functions/errorCodes";
import { ModelError } from "../model/errors";
import { COEFFICIENTS, DEFAULT_PARAMETERS } from "../model/parameters";
import { type ScenarioInput, evaluateScenario } from "../model/scenario";
import { scenarioFromJson } from "../model/scenarioFile";
import { INDUSTRIES, type Industry } from "../model/directCosting";
import { invalid } from "../model/errors";
import { COURSES, type Course } from "../sheets/course";
import { inputsFor, scenarioInputs } from "../usecases/scenarioInputs";
import { FORM_GROUPS } from "../forms/formSet";
import { TABLE_ROWS_MAX } from "../forms/spec";
import { workbookDefinition } from "../usecases/workbookChoice";
import { checkStatusText, exportDefinition } from "../usecases/export";
import { evaluatedWorkbook, writeXlsx } from "../file/xlsx";
import { headline, roundDeep } from "./scenarioOutput";
import { parseArg } from "./parseArg";

/** A command that cannot start (a file it cannot read): exit code 2, as for wrong usage. */
class CannotStart extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `使い方 / usage:
  bcp-calc fn NAME ARG...        BCP 関数を1つ計算します（例: bcp-calc fn STOP_CASHFLOW 1250000 108000 30）
  bcp-calc scenario FILE.json    シナリオの主要数値を JSON で出力します（--full ですべて）
  bcp-calc workbook --course 中級 --industry 製造業 [--input FILE.json] [--forms LIST] [--lender] --out FILE.xlsx
                                 財務診断モデルのブックを .xlsx に書き出します（--lender は金融機関提出用）
                                 --forms: 様式番号・チェックリストのカンマ区切り（例 01,06,09,自己診断）、
                                   または ${Object.keys(FORM_GROUPS).join(" / ")}。--forms-only で様式だけ
                                 --lang ja|en（見出しの言語）、--dates 和暦|西暦（様式の日付表示）
                                 --table-rows N（様式の表に用意する行数、1〜${TABLE_ROWS_MAX}）
  bcp-calc list                  関数の一覧
  bcp-calc coefficients          係数の一覧（出典つき）`;

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function runFn(args: string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(USAGE);
    return 2;
  }
  const result = evaluateFunction(name, rest.map(parseArg), DEFAULT_PARAMETERS);
  io.out(JSON.stringify(roundDeep(result, 10)));
  return 0;
}

function runScenario(args: string[], io: Io): number {
  const file = args.find((a) => !a.startsWith("--"));
  if (file === undefined) {
    io.err(USAGE);
    return 2;
  }
  const result = evaluateScenario(readScenario(file));
  io.out(json(args.includes("--full") ? roundDeep(result) : headline(result)));
  return 0;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * A scenario file as both commands read it: the same checks (scenarioFromJson, then the model's
 * own), so that they accept and refuse the same files with the same messages.
 */
function readScenario(file: string): ScenarioInput {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new CannotStart(`シナリオファイル「${file}」を読めません: ${(e as Error).message}`);
  }
  return scenarioFromJson(json);
}

async function runWorkbook(args: string[], io: Io): Promise<number> {
  const out = option(args, "--out");
  const course = option(args, "--course") ?? "中級";
  const inputFile = option(args, "--input");
  if (out === undefined) {
    io.err(USAGE);
    return 2;
  }
  if (!(COURSES as readonly string[]).includes(course))
    throw invalid(`コース「${course}」はありません。${COURSES.join("、")}のいずれかです。`);
  const scenario = inputFile === undefined ? undefined : readScenario(inputFile);
  if (scenario !== undefined) {
    evaluateScenario(scenario); // what the scenario command would refuse, this one refuses too
    if (scenario.statements === undefined)
      throw invalid(
        "ブックは損益計算書から作るため、シナリオファイルに statements が必要です（annual だけのファイルは scenario コマンドで計算できます）。"
      );
  }
  const industry = option(args, "--industry") ?? scenario?.statements?.industry ?? "製造業";
  if (!(INDUSTRIES as readonly string[]).includes(industry))
    throw invalid(`業種「${industry}」はありません。${INDUSTRIES.join("、")}のいずれかです。`);
  if (scenario?.statements !== undefined && scenario.statements.industry !== industry) {
    throw invalid(
      `シナリオの業種（${scenario.statements.industry}）と --industry（${industry}）が違います。`
    );
  }
  const forms = option(args, "--forms");
  const lang = option(args, "--lang") ?? "ja";
  if (lang !== "ja" && lang !== "en") throw invalid(`--lang は ja か en です（${lang}）。`);
  const era = option(args, "--dates") ?? "和暦";
  const tableRows = option(args, "--table-rows");
  if (tableRows !== undefined && !/^\d+$/.test(tableRows))
    throw invalid(`--table-rows は1〜${TABLE_ROWS_MAX}の整数です（${tableRows}）。`);
  if (tableRows !== undefined && (Number(tableRows) < 1 || Number(tableRows) > TABLE_ROWS_MAX))
    throw invalid(`--table-rows は1〜${TABLE_ROWS_MAX}の整数です（${tableRows}）。`);
  if (era !== "和暦" && era !== "西暦") throw invalid(`--dates は 和暦 か 西暦 です（${era}）。`);
  const courseDef = workbookDefinition({
    course: course as Course,
    industry: industry as Industry,
    forms: forms === undefined ? [] : forms.split(","),
    locale: lang,
    dateStyle: era,
    formsOnly: args.includes("--forms-only"),
    ...(tableRows !== undefined ? { tableRows: Number(tableRows) } : {}),
  });
  const inputs = scenario === undefined ? {} : inputsFor(courseDef, scenarioInputs(scenario));
  const started = Date.now();
  const lender = args.includes("--lender");
  const { def, validation, memory } = exportDefinition(
    courseDef,
    evaluatedWorkbook(courseDef, inputs),
    {
      course: course as Course,
      courseLabel: `${course}コース・${industry}`,
      today: new Date().toISOString().slice(0, 10),
      lender,
    }
  );
  writeFileSync(out, await writeXlsx(def, { memory }));
  io.out(
    json({
      file: out,
      course,
      industry,
      lender,
      sheets: def.sheets.map((s) => s.name),
      inputsFilled: Object.keys(inputs).length,
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
      case "list":
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
        io.out(json(COEFFICIENTS));
        return 0;
      default:
        io.err(USAGE);
        return command === undefined || command === "help" || command === "--help" ? 0 : 2;
    }
  } catch (e) {
    return failure(e, io);
  }
}

/** What a failed command prints and returns: never a stack trace for what the user can fix. */
function failure(e: unknown, io: Io): number {
  if (e instanceof CannotStart) {
    io.err(e.message);
    return 2;
  }
  if (e instanceof ModelError) {
    io.err(`${errorCodeOf(e)} ${e.message}`);
    return 1;
  }
  throw e;
}
