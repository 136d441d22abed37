/**
 * Errors raised by the model on bad input. Each carries a Japanese message that tells the user
 * what to fix, and the class of Excel error it becomes in a custom function.
 */

/** value: wrong type, range or code (#VALUE!); missing: required data absent (#N/A). */
export type ModelErrorKind = "value" | "missing";

export class ModelError extends Error {
  readonly kind: ModelErrorKind;

  constructor(kind: ModelErrorKind, message: string) {
    super(message);
    this.name = "ModelError";
    this.kind = kind;
  }
}

export function invalid(message: string): ModelError {
  return new ModelError("value", message);
}

export function missing(message: string): ModelError {
  return new ModelError("missing", message);
}
