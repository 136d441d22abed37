import { type Ast, parseFormula } from "../../src/engine/formula/parse";
import { INDUSTRIES } from "../../src/model/directCosting";
import { COURSES } from "../../src/sheets/course";
import { lenderSummarySheet } from "../../src/sheets/lenderSummary";
import { NAMES, type WorkbookName, isWorkbookName } from "../../src/sheets/names";
import type { WorkbookDef } from "../../src/sheets/types";
import { workbookDefinition } from "../../src/usecases/workbookChoice";
import { importRecordLayout } from "../../src/usecases/importInputs";
import { builtInMappingSheet } from "../../src/usecases/accountMapping";
import { NO_SHAPE } from "../../src/engine/snapshot";

/** Every course and industry with every form and the lender summary: all the sheets made. */
const DEFINITIONS: WorkbookDef[] = COURSES.flatMap((course) =>
  INDUSTRIES.map((industry) => {
    const def = workbookDefinition({ course, industry, forms: ["all"] });
    const summary = lenderSummarySheet(course, {
      courseLabel: course,
      createdOn: "2026-12-01",
      checkStatus: "",
      changedCoefficients: [],
    });
    // the sheets an import adds: its record and the account mapping
    const imported = [...importRecordLayout(NO_SHAPE).sheets, builtInMappingSheet(industry)];
    return { sheets: [summary, ...def.sheets, ...imported] };
  })
);

interface Defined {
  sheetKey: string;
  range: boolean;
}

function definedNames(def: WorkbookDef): Map<string, Defined> {
  const out = new Map<string, Defined>();
  for (const sheet of def.sheets) {
    for (const c of sheet.cells)
      if (c.name !== undefined) out.set(c.name, { sheetKey: sheet.key, range: false });
    for (const r of sheet.rangeNames ?? []) out.set(r.name, { sheetKey: sheet.key, range: true });
  }
  return out;
}

function namesIn(ast: Ast, out: Set<string>): void {
  switch (ast.type) {
    case "name":
      out.add(ast.name);
      return;
    case "unary":
      namesIn(ast.arg, out);
      return;
    case "binary":
      namesIn(ast.left, out);
      namesIn(ast.right, out);
      return;
    case "call":
      ast.args.forEach((a) => namesIn(a, out));
      return;
    default:
      return;
  }
}

describe("the registry of defined names (src/sheets/names.ts)", () => {
  const everywhere = new Map<string, Defined[]>();
  for (const def of DEFINITIONS)
    for (const [name, d] of definedNames(def))
      everywhere.set(name, [...(everywhere.get(name) ?? []), d]);

  it("declares only names some sheet defines, on the sheets it says, as a cell or a range", () => {
    const wrong: string[] = [];
    for (const name of Object.keys(NAMES) as WorkbookName[]) {
      const info = NAMES[name];
      const found = everywhere.get(name) ?? [];
      if (found.length === 0) wrong.push(`${name}: defined nowhere`);
      for (const d of found) {
        if (!info.sheets.includes(d.sheetKey as never))
          wrong.push(`${name}: on ${d.sheetKey}, declared on ${info.sheets.join("/")}`);
        if (d.range !== (info.range === true)) wrong.push(`${name}: range ${d.range}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("holds every name of the course sheets and 係数 (forms and checklists name their own cells)", () => {
    const local = /^(Form|Intro|Readiness_|SelfDiag_|BCPSHEET_)/;
    const missing = [...everywhere.keys()].filter((n) => !local.test(n) && !isWorkbookName(n));
    expect(missing).toEqual([]);
  });

  it("gives each name a meaning", () => {
    const blank = Object.entries(NAMES).filter(([, info]) => info.meaning.trim() === "");
    expect(blank).toEqual([]);
  });

  it("leaves no formula of any workbook referring to a name that workbook does not define", () => {
    const undefinedNames: string[] = [];
    for (const def of DEFINITIONS) {
      const defined = definedNames(def);
      for (const sheet of def.sheets)
        for (const cell of sheet.cells) {
          if (cell.formula === undefined) continue;
          const used = new Set<string>();
          namesIn(parseFormula(cell.formula), used);
          for (const name of used)
            if (!defined.has(name)) undefinedNames.push(`${sheet.name}!${cell.ref}: ${name}`);
        }
    }
    expect([...new Set(undefinedNames)]).toEqual([]);
  });
});
