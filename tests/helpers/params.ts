import { DEFAULT_PARAMETERS } from "../../src/model/parameters";

export const params = DEFAULT_PARAMETERS;

/** Rounds to the nearest unit, the way the guideline prints its tables. */
export function unit(value: number): number {
  return Math.round(value);
}
