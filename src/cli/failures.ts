/**
 * What a failed command says and returns. Every failure is one or two Japanese lines (what was
 * wrong, where, what to do) and an exit code by kind, the same for every command
 * (docs/cli.md): never a stack trace.
 */
import { errorCodeOf } from "../functions/errorCodes";
import { ModelError } from "../model/errors";
import { ImportFileError } from "../accounting/errors";
import type { Io } from "./io";

export const EXIT = {
  /** the model refused a value (an amount, a code, a coefficient): the message says which */
  calculation: 1,
  /** the command line: an unknown command or option, a missing or wrong option value, the output file */
  usage: 2,
  /** the input file: it cannot be read, is not JSON, or holds what the format does not know */
  inputFile: 3,
  /** a fault of the program itself */
  internal: 4,
} as const;

/** A mistake on the command line (or about the output file). */
export class UsageError extends Error {}

/** A mistake in, or about, the input file. */
export class InputFileError extends Error {}

export function failure(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(e.message);
    return EXIT.usage;
  }
  // a file the import cannot use is an input file like the scenario
  if (e instanceof InputFileError || e instanceof ImportFileError) {
    io.err(e.message);
    return EXIT.inputFile;
  }
  if (e instanceof ModelError) {
    io.err(`${errorCodeOf(e)} ${e.message}`);
    return EXIT.calculation;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(
    `予期しないエラーで止まりました（${message}）。入力を確かめ、直らなければこのメッセージを添えて開発元に知らせてください。`
  );
  return EXIT.internal;
}
