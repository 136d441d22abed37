/**
 * What each argument of a BCP function may hold. A catalogue entry declares the domain of each
 * parameter; the catalogue converts and checks every argument once, with the parameter's Japanese
 * label in the message, before the model is called with plain values.
 */
import { type EraCode, type StructureCode, requireEra, requireStructure } from "../model/building";
import { FUNDING_SOURCES, type FundingSchedule } from "../model/cashflowTable";
import { ASSET_CLASSES, type AssetClass } from "../model/damage";
import { invalid } from "../model/errors";
import {
  isBlank,
  optionalRate,
  ownEntry,
  requireAmount,
  requireCode,
  requireDays,
  requireFlag,
  requireNumber,
  requireOperatingRate,
  requireRate,
  MAX_OPERATING_RATE,
  requireSignedAmount,
} from "../model/guards";
import { type Hazard, parseHazard } from "../model/hazard";
import {
  INSURANCE_ITEMS,
  type InsuranceItem,
  POLICY_TYPES,
  type PolicyType,
} from "../model/insurance";
import { type Parameters, parametersFromColumn } from "../model/parameters";
import {
  LIFELINES,
  type Lifeline,
  RECOVERY_RESOURCES,
  RESOURCE_ALIASES,
  type RecoveryResource,
} from "../model/recovery";
import { type Arg, type Cell, flatten, scalar } from "./arguments";

// Excel hands a function a new array on every call: the last column seen is kept with what it
// gave, so that a sheet of BCP cells reads its coefficients once.
let lastColumn: { cells: Cell[]; params: Parameters } | null = null;

/** Whether a range holds, cell by cell, the values seen last (plain loops: every call runs it). */
function sameCells(value: Arg, cells: readonly Cell[]): boolean {
  if (!Array.isArray(value)) return false;
  const rows = value as unknown[][];
  let i = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) return false;
    for (let c = 0; c < row.length; c++) if (row[c] !== cells[i++]) return false;
  }
  return i === cells.length;
}

function coefficientColumn(value: Arg | undefined, label: string, params: Parameters): Parameters {
  if (value === undefined || value === null) return params;
  if (lastColumn !== null && sameCells(value, lastColumn.cells)) return lastColumn.params;
  const cells = flatten(value, label);
  const parsed = parametersFromColumn(cells);
  lastColumn = { cells, params: parsed };
  return parsed;
}

/** How Excel passes the argument (functions.json): one value of a type, or a range. */
export type ParamType = "number" | "string" | "any" | "range";

export interface Domain<T> {
  type: ParamType;
  convert(value: Arg | undefined, label: string, params: Parameters): T;
}

type Earthquake = Extract<Hazard, { kind: "earthquake" }>;

/** A domain of single values: a range holding one cell counts as that cell. */
function single<T>(
  type: ParamType,
  check: (cell: Cell, label: string, params: Parameters) => T
): Domain<T> {
  return { type, convert: (value, label, params) => check(scalar(value, label), label, params) };
}

function code<T extends string>(codes: readonly T[]): Domain<T> {
  return single("string", (cell, label) => requireCode(cell, label, codes));
}

/**
 * A range read cell by cell, each cell named by its position in a message. `quick` takes the
 * cells that need no message (a plain number in range, a blank) without building one.
 */
function list<T>(
  check: (cell: Cell, label: string) => T,
  quick?: (cell: Cell) => T | undefined
): Domain<T[]> {
  return {
    type: "range",
    convert: (value, label) => {
      if (value === undefined || value === null) return [];
      const cells = flatten(value, label);
      const out: T[] = new Array(cells.length);
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as Cell;
        const fast = quick?.(cell);
        out[i] = fast !== undefined ? fast : check(cell, `${label}（${i + 1}番目）`);
      }
      return out;
    },
  };
}

/** A finite number of at least zero, taken as it is. */
const nonNegative = (cell: Cell) =>
  typeof cell === "number" && cell >= 0 && Number.isFinite(cell) ? cell : undefined;
const isBlankCell = (cell: Cell) => cell === null || cell === undefined || cell === "";

function earthquake(cell: Cell, label: string, params: Parameters): Earthquake {
  const hazard = parseHazard(cell, params);
  if (hazard.kind !== "earthquake")
    throw invalid(
      `${label}：この関数は地震の震度だけを扱います。震度階級か計測震度を指定してください。`
    );
  return hazard;
}

function resource(cell: Cell, label: string): RecoveryResource {
  const text = typeof cell === "string" ? cell.trim() : cell;
  const alias = typeof text === "string" ? ownEntry(RESOURCE_ALIASES, text) : undefined;
  return alias ?? requireCode(text, label, RECOVERY_RESOURCES);
}

/** The five funding rows of the cash-flow table, one column per month. */
function fundingRows(value: Arg | undefined): (months: number) => FundingSchedule {
  return (months: number) => {
    if (value === undefined || value === null) return {};
    if (!Array.isArray(value))
      throw invalid("資金調達の範囲は5行×月数のセル範囲で指定してください。");
    if (
      value.length !== FUNDING_SOURCES.length ||
      value.some((row) => !Array.isArray(row) || row.length !== months)
    ) {
      throw invalid(
        `資金調達の範囲は${FUNDING_SOURCES.length}行（現金・預金取崩し〜経営者から支援）×${months}列で指定してください。`
      );
    }
    return Object.fromEntries(
      FUNDING_SOURCES.map((s, i) => [
        s,
        (value[i] as Cell[]).map((c, m) =>
          isBlank(c) ? null : requireAmount(c, `資金調達（${i + 1}行目・${m + 1}ヶ月目）`)
        ),
      ])
    );
  };
}

export const DOMAINS = {
  /** an amount in 千円, zero or more */
  amount: single("number", (cell, label) => requireAmount(cell, label)),
  /** a profit or balance in 千円, of either sign */
  signedAmount: single("number", (cell, label) => requireSignedAmount(cell, label)),
  /** a number of days, zero or more */
  days: single("number", (cell, label) => requireDays(cell, label)),
  /** a 稼働率, 0 to MAX_OPERATING_RATE (1 is normal) */
  rate: single("number", (cell, label) => requireOperatingRate(cell, label)),
  /** an optional share 0 to 1; blank is 0 */
  share: single("any", (cell, label) => optionalRate(cell, label)),
  /** a 1/0 flag that must be given */
  requiredFlag: single("any", (cell, label) => requireFlag(cell, label)),
  /** an optional 1/0 flag; blank is no */
  flag: single("any", (cell, label) => (isBlank(cell) ? false : requireFlag(cell, label))),
  /** a positive number, or blank for the coefficient's value */
  years: single("number", (cell, label) => (isBlank(cell) ? null : requireNumber(cell, label))),
  /** a whole number the model checks against its own scale (levels, counts) */
  count: single("number", (cell) => cell),
  hazard: single("any", (cell, _label, params) => parseHazard(cell, params)),
  earthquake: single("any", earthquake),
  structure: single("number", (cell): StructureCode => requireStructure(cell)),
  era: single("number", (cell): EraCode => requireEra(cell)),
  assetClass: code<AssetClass>(ASSET_CLASSES),
  lifeline: code<Lifeline>(LIFELINES),
  policyType: code<PolicyType>(POLICY_TYPES),
  /** an item of INSURANCE_PAYOUT; blank is the claim itself */
  insuranceItem: single("any", (cell, label): InsuranceItem =>
    isBlank(cell) ? "保険金" : requireCode(cell, label, INSURANCE_ITEMS)
  ),
  /** 時価 ÷ 新価 for a 時価 policy, 0 to 1; blank: the policy pays at 新価 */
  marketValueRatio: single("any", (cell, label) =>
    isBlank(cell) ? null : requireRate(cell, label)
  ),
  resource: single("string", resource),
  /** a range of numbers, none blank */
  numbers: list(
    (cell, label) => requireNumber(cell, label),
    (cell) => (typeof cell === "number" && Number.isFinite(cell) ? cell : undefined)
  ),
  /** a range of operating rates, none blank */
  rates: list(
    (cell, label) => {
      if (isBlank(cell)) throw invalid(`${label}が空欄です。`);
      return requireOperatingRate(cell, label);
    },
    (cell) =>
      typeof cell === "number" && cell >= 0 && cell <= MAX_OPERATING_RATE ? cell : undefined
  ),
  /** a range of amounts; a blank cell is a month or row without one */
  amounts: list(
    (cell, label) => (isBlank(cell) ? null : requireAmount(cell, label)),
    (cell) => nonNegative(cell) ?? (isBlankCell(cell) ? null : undefined)
  ),
  /** a range of day counts; a blank cell means "use the reference" */
  daysList: list(
    (cell, label) => (isBlank(cell) ? null : requireDays(cell, label)),
    (cell) => nonNegative(cell) ?? (isBlankCell(cell) ? null : undefined)
  ),
  /** a range of 1/0 flags; blank is no */
  flags: list(
    (cell, label) => (isBlank(cell) ? false : requireFlag(cell, label)),
    (cell) =>
      cell === 1 || cell === true
        ? true
        : cell === 0 || cell === false || isBlankCell(cell)
          ? false
          : undefined
  ),
  /** the funding rows (5 × months); the months come from the rates */
  funding: { type: "range", convert: fundingRows } satisfies Domain<
    (months: number) => FundingSchedule
  >,
  /** the 係数 sheet's value column: the coefficients to compute with (omitted: the defaults) */
  coefficients: { type: "range", convert: coefficientColumn } satisfies Domain<Parameters>,
} as const;

export type DomainName = keyof typeof DOMAINS;
export type DomainValue<D extends DomainName> = ReturnType<(typeof DOMAINS)[D]["convert"]>;
