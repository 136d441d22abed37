/**
 * Loads a workbook definition into HyperFormula, a real spreadsheet engine, with the BCP
 * functions registered as a plugin, so that the sheets' formulas are evaluated independently of
 * the project's own evaluator.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { Arg, Cell } from "../../src/functions/arguments";
import { CATALOGUE, evaluateFunction } from "../../src/functions/catalogue";
import { type FunctionErrorCode, errorCodeOf } from "../../src/functions/errorCodes";
import { ModelError } from "../../src/model/errors";
import { DEFAULT_PARAMETERS } from "../../src/model/parameters";
import { absoluteRange, cellsOfRange, parseA1, sheetRef } from "../../src/sheets/address";
import type { InputValues } from "../../src/sheets/types";
import type { CellValue, WorkbookDef } from "../../src/sheets/types";

function plain(v: unknown): Cell | CellError {
  if (v instanceof CellError) return v;
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // typed numbers
  return v as Cell;
}

const ERROR_TYPE: Readonly<Record<FunctionErrorCode, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
};

class BcpPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    CATALOGUE.map((def) => [
      `BCP.${def.id}`,
      {
        method: "bcp",
        parameters: def.params.map((q) => ({
          argumentType:
            q.type === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
          optionalArg: q.optional === true,
        })),
        vectorizationForbidden: true,
      },
    ])
  );

  bcp(ast: ProcedureAst, state: InterpreterState) {
    const name = ast.procedureName;
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const values: Arg[] = [];
      for (const a of args) {
        if (a instanceof SimpleRangeValue) {
          const rows = a.rawData().map((row) => row.map(plain));
          const bad = rows.flat().find((c) => c instanceof CellError);
          if (bad !== undefined) return bad;
          values.push(rows as Cell[][]);
        } else {
          const v = plain(a);
          if (v instanceof CellError) return v;
          values.push(v);
        }
      }
      while (values.length > 0 && values[values.length - 1] === null) values.pop();
      try {
        const result = evaluateFunction(name.slice(4), values, DEFAULT_PARAMETERS);
        if (Array.isArray(result))
          return new CellError(ErrorType.VALUE, "spilled results are not used in the sheets");
        return result;
      } catch (e) {
        if (e instanceof ModelError) return new CellError(ERROR_TYPE[errorCodeOf(e)], e.message);
        throw e;
      }
    });
  }
}

HyperFormula.registerFunctionPlugin(BcpPlugin, {
  enGB: Object.fromEntries(CATALOGUE.map((d) => [`BCP.${d.id}`, `BCP.${d.id}`])),
});

export interface LoadedWorkbook {
  hf: HyperFormula;
  get(name: string): unknown;
  names: string[];
}

export function loadIntoHyperFormula(def: WorkbookDef, inputs: InputValues = {}): LoadedWorkbook {
  const place = new Map<string, { sheet: string; ref: string }>();
  for (const sheet of def.sheets) {
    for (const c of sheet.cells) if (c.name) place.set(c.name, { sheet: sheet.name, ref: c.ref });
    for (const r of sheet.rangeNames ?? []) place.set(r.name, { sheet: sheet.name, ref: r.ref });
  }
  // typed inputs by cell: a list fills its named range, skipping its null entries
  const typed = new Map<string, CellValue | null>();
  for (const [name, value] of Object.entries(inputs)) {
    const p = place.get(name);
    if (p === undefined) continue;
    const refs = cellsOfRange(p.ref);
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v: CellValue | null | undefined, i: number) => {
      if (Array.isArray(value) && (v === null || v === undefined)) return;
      typed.set(`${p.sheet}!${refs[i]}`, v ?? null);
    });
  }
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of def.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const c of sheet.cells) {
      const { column, row } = parseA1(c.ref);
      while (grid.length < row) grid.push([]);
      const line = grid[row - 1] as (string | number | boolean | null)[];
      while (line.length <= column) line.push(null);
      const key = `${sheet.name}!${c.ref}`;
      line[column] = typed.has(key)
        ? (typed.get(key) ?? null)
        : c.formula !== undefined
          ? `=${c.formula}`
          : (c.value ?? null);
    }
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  for (const [name, p] of place)
    hf.addNamedExpression(name, `=${sheetRef(p.sheet, absoluteRange(p.ref))}`);
  return {
    hf,
    // names of single cells (range names have no single value to compare)
    names: [...place].filter(([, p]) => !p.ref.includes(":")).map(([name]) => name),
    get(name: string) {
      return hf.getNamedExpressionValue(name);
    },
  };
}
