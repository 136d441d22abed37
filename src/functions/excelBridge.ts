/**
 * Runs a catalogue function for Excel: model errors become CustomFunctions.Error values carrying
 * the Japanese message (#VALUE! for bad input, #N/A for missing data).
 */
import { ModelError } from "../model/errors";
import type { Arg } from "./arguments";
import { evaluateFunction, findFunction } from "./catalogue";
import { type FunctionErrorCode, errorCodeOf } from "./errorCodes";
import { currentParameters } from "./runtimeParameters";

/* global CustomFunctions */

const EXCEL_CODE: Readonly<Record<FunctionErrorCode, () => CustomFunctions.ErrorCode>> = {
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
};

export function toExcelError(error: ModelError): CustomFunctions.Error {
  return new CustomFunctions.Error(EXCEL_CODE[errorCodeOf(error)](), error.message);
}

/** Excel passes omitted optional arguments as null or undefined: drop them from the end. */
function trimOmitted(id: string, args: readonly unknown[]): Arg[] {
  const required = findFunction(id).params.filter((q) => !q.optional).length;
  const out = [...args] as Arg[];
  while (
    out.length > required &&
    (out[out.length - 1] === undefined || out[out.length - 1] === null)
  )
    out.pop();
  return out;
}

export function runForExcel<T>(id: string, args: readonly unknown[]): T {
  try {
    return evaluateFunction(id, trimOmitted(id, args), currentParameters()) as T;
  } catch (e) {
    if (e instanceof ModelError) throw toExcelError(e);
    throw e;
  }
}
