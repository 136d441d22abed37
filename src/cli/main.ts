/**
 * bcp-calc: the model from the command line.
 *   bcp-calc fn NAME ARG...        one BCP function, Excel-style arguments, JSON result
 *   bcp-calc scenario FILE.json    the headline figures of a company scenario (--full for all)
 *   bcp-calc list                  the function catalogue
 *   bcp-calc coefficients          the coefficient table with sources
 */
import { readFileSync } from "fs";
import { CATALOGUE, evaluateFunction } from "../functions/catalogue";
import { ModelError } from "../model/errors";
import { COEFFICIENTS, DEFAULT_PARAMETERS } from "../model/parameters";
import { type ScenarioInput, evaluateScenario } from "../model/scenario";
import { headline, roundDeep } from "./headline";
import { parseArg } from "./parseArg";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `使い方 / usage:
  bcp-calc fn NAME ARG...        BCP 関数を1つ計算します（例: bcp-calc fn STOP_CASHFLOW 1250000 108000 30）
  bcp-calc scenario FILE.json    シナリオの主要数値を JSON で出力します（--full ですべて）
  bcp-calc list                  関数の一覧
  bcp-calc coefficients          係数の一覧（出典つき）`;

/** Excel's error value for a model error, as the custom function would show it. */
export function excelErrorOf(error: ModelError): string {
  return error.kind === "missing" ? "#N/A" : "#VALUE!";
}

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
  let input: ScenarioInput;
  try {
    input = JSON.parse(readFileSync(file, "utf8")) as ScenarioInput;
  } catch (e) {
    io.err(`シナリオファイル「${file}」を読めません: ${(e as Error).message}`);
    return 2;
  }
  const result = evaluateScenario(input);
  io.out(json(args.includes("--full") ? roundDeep(result) : headline(result)));
  return 0;
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
    if (e instanceof ModelError) {
      io.err(`${excelErrorOf(e)} ${e.message}`);
      return 1;
    }
    throw e;
  }
}
