/**
 * The one mapping from a model error to the error value a spreadsheet shows: bad input (wrong
 * type, range or code) is #VALUE!, missing data is #N/A. The Excel functions, the in-memory
 * evaluator, the command line and the tests' spreadsheet engine all use it.
 */
import type { ModelError, ModelErrorKind } from "../model/errors";

export type FunctionErrorCode = "#VALUE!" | "#N/A";

const CODE_OF: Readonly<Record<ModelErrorKind, FunctionErrorCode>> = {
  value: "#VALUE!",
  missing: "#N/A",
};

export function errorCodeOf(error: ModelError): FunctionErrorCode {
  return CODE_OF[error.kind];
}
