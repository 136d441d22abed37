/**
 * The pane's actions over a workbook host: the same use cases run on Excel (src/excel/host.ts)
 * and on the preview's in-memory workbook.
 */
import type { WorkbookHost } from "../engine/host";
import { checkWorkbook } from "../usecases/check";
import { compareHazards } from "../usecases/compare";
import { makeLenderCopy } from "../usecases/lenderCopy";
import { workbookDefinition } from "../usecases/workbookChoice";
import type { ScenarioActions } from "./ScenarioPanel";
import type { WorkbookActions } from "./WorkbookPanel";

/** Runs one piece of work on the workbook (in Excel: inside one Excel.run). */
export type HostRunner = <T>(work: (host: WorkbookHost) => Promise<T>) => Promise<T>;

const isoToday = () => new Date().toISOString().slice(0, 10);

export function workbookActions(run: HostRunner, today = isoToday): WorkbookActions {
  return {
    buildCourse: (choice) => run((host) => host.build(workbookDefinition(choice))),
    validate: (choice) => run((host) => checkWorkbook(host, choice, today())),
    select: (sheet, ref) => run((host) => host.select(sheet, ref)),
    createLenderCopy: (choice) => run((host) => makeLenderCopy(host, choice, today())),
  };
}

/** Hazards are compared on the course as read: the workbook is not changed. */
export function scenarioActions(run: HostRunner): ScenarioActions {
  return {
    compare: (course, industry, hazards) =>
      run((host) => compareHazards(host, course, industry, hazards)),
  };
}
