/**
 * Reading the course from Excel: each defined name's reference and each course sheet's used range
 * (what its cells hold and what Excel shows) in one batch, turned into the in-memory workbook
 * through the names (engine/snapshot.ts), so that the check, the lender copy and the hazard
 * comparison work on the workbook as the user left it, without changing it. The build reads the
 * formulas of each sheet's defined range to plan its writes.
 */
/* global Excel */
import { a1, parseA1 } from "../sheets/address";
import type { SheetDef, WorkbookDef } from "../sheets/types";
import type { StoredCell } from "../engine/formula/evaluate";
import type { CourseRead } from "../engine/host";
import { NameMap } from "../engine/names";
import {
  type Layout,
  NO_SHAPE,
  type SheetSnapshot,
  type WorkbookSnapshot,
  courseFromSnapshot,
  layoutOf,
  shapeOf,
} from "../engine/snapshot";

/** What a range's cells hold, by address; `top` and `left` are where the range starts. */
export function snapshotOf(formulas: unknown[][], top = 1, left = 0): Map<string, StoredCell> {
  const cells = new Map<string, StoredCell>();
  formulas.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === "" || content === null || content === undefined) return;
      const ref = a1(left + c, top + r);
      cells.set(
        ref,
        typeof content === "string" && content.startsWith("=")
          ? { formula: content.slice(1) }
          : { value: content as string | number | boolean }
      );
    })
  );
  return cells;
}

export interface SheetRead {
  def: SheetDef;
  range: Excel.Range;
}

/**
 * Queues a read of what each sheet's cells hold (no sync): its used range, so that cells another
 * layout of the sheet wrote beyond this one are seen too.
 */
export function queueSheetReads(
  context: Excel.RequestContext,
  sheets: readonly SheetDef[],
  sheetNamed: (name: string) => Excel.Worksheet = (name) =>
    context.workbook.worksheets.getItem(name)
): SheetRead[] {
  return sheets.map((s) => ({
    def: s,
    range: sheetNamed(s.name).getUsedRange(true).load("address,formulas"),
  }));
}

/** What a read sheet holds, by address. */
export function readSnapshot(range: Excel.Range): Map<string, StoredCell> {
  const corner = String(range.address).split("!").pop()?.split(":")[0] ?? "A1";
  const { row, column } = parseA1(corner.replace(/\$/g, ""));
  return snapshotOf(range.formulas, row, column);
}

interface UsedRead {
  sheet: string;
  range: Excel.Range;
}

/** Queues the used range of each sheet: what its cells hold and show, and where it starts. */
function queueUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly string[],
  sheetNamed: (name: string) => Excel.Worksheet
): UsedRead[] {
  return sheets.map((sheet) => ({
    sheet,
    range: sheetNamed(sheet).getUsedRange(true).load("address,formulas,values"),
  }));
}

function sheetSnapshot(range: Excel.Range): SheetSnapshot {
  const corner = String(range.address).split("!").pop()?.split(":")[0] ?? "A1";
  const { row, column } = parseA1(corner.replace(/\$/g, ""));
  return { top: row, left: column, formulas: range.formulas, values: range.values };
}

/**
 * Reads the course as the workbook holds it, through its names, in one round trip (three when a
 * sheet of the course is missing): every defined name with its reference, and the used range of
 * each of the course's sheets. The tables' rows come from the names.
 */
export async function readCourseOnce(
  context: Excel.RequestContext,
  layout: WorkbookDef | Layout
): Promise<CourseRead> {
  const laidOut = layoutOf(layout);
  const first = laidOut(NO_SHAPE);
  const wanted = first.sheets.map((s) => s.name);
  const names = context.workbook.names.load("items/name,items/formula");
  let used = queueUsedRanges(context, wanted, (name) =>
    context.workbook.worksheets.getItemOrNullObject(name)
  );
  let reads = 1;
  try {
    await context.sync();
  } catch {
    // a sheet of the course is missing: find which, and read those that are there
    const sheets = context.workbook.worksheets.load("items/name");
    const again = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    used = queueUsedRanges(
      context,
      wanted.filter((name) => present.has(name)),
      (name) => context.workbook.worksheets.getItem(name)
    );
    await context.sync();
    reads = 3;
    return courseOf(laidOut, first, again.items, used, reads);
  }
  return courseOf(laidOut, first, names.items, used, reads);
}

function courseOf(
  layout: Layout,
  first: WorkbookDef,
  names: readonly Excel.NamedItem[],
  used: readonly UsedRead[],
  reads: number
): CourseRead {
  const snapshot: WorkbookSnapshot = {
    sheets: new Map(used.map((u) => [u.sheet, sheetSnapshot(u.range)])),
    names: new NameMap(names.map((n) => [n.name, String(n.formula)])),
  };
  const def = layout(shapeOf(first, snapshot.names));
  return {
    def,
    ...courseFromSnapshot(def, snapshot),
    reads,
    definedNames: new Set(names.map((n) => n.name)),
  };
}
