/**
 * The coefficients the BCP functions calculate with. They start as the defaults and follow the
 * workbook's 係数 sheet once the add-in has read it, so an overridden coefficient changes every
 * formula, not only the sheets the add-in built.
 */
import { DEFAULT_PARAMETERS, type Parameters } from "../model/parameters";

let current: Parameters = DEFAULT_PARAMETERS;

export function currentParameters(): Parameters {
  return current;
}

export function useParameters(params: Parameters): void {
  current = params;
}
