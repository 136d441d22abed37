/**
 * The pane's actions over a workbook host: the same use cases run on Excel (src/excel/host.ts)
 * and on the preview's in-memory workbook.
 */
import type { WorkbookHost } from "../engine/host";
import type { ImportActions } from "./ImportPanel";
import type { ScenarioActions } from "./ScenarioPanel";
import type { WorkbookActions } from "./WorkbookPanel";

/** Runs one piece of work on the workbook (in Excel: inside one Excel.run). */
export type HostRunner = <T>(work: (host: WorkbookHost) => Promise<T>) => Promise<T>;

const isoToday = () => new Date().toISOString().slice(0, 10);

// Each use case (with the sheets and forms it builds) loads on its first use, before the work
// starts on the workbook: the pane opens with its own code only.
export function workbookActions(run: HostRunner, today = isoToday): WorkbookActions {
  return {
    buildCourse: async (choice) => {
      const { workbookLayout } = await import("../usecases/workbookChoice");
      return run((host) => host.build(workbookLayout(choice)));
    },
    validate: async (choice) => {
      const { checkWorkbook } = await import("../usecases/check");
      return run((host) => checkWorkbook(host, choice, today()));
    },
    select: (sheet, ref) => run((host) => host.select(sheet, ref)),
    createLenderCopy: async (choice) => {
      const { makeLenderCopy } = await import("../usecases/lenderCopy");
      return run((host) => makeLenderCopy(host, choice, today()));
    },
    createPrintCopy: async (choice) => {
      const { makePrintCopy } = await import("../usecases/lenderCopy");
      return run((host) => makePrintCopy(host, choice, today()));
    },
  };
}

/** The import's steps: the accounting code loads with the first file chosen. */
export function importActions(run: HostRunner, today = isoToday): ImportActions {
  return {
    preview: async (choice, files, added) => {
      const { previewImport } = await import("../usecases/importBooks");
      return run((host) => previewImport(host, choice, files, added));
    },
    apply: async (choice, preview) => {
      const { applyImport } = await import("../usecases/importBooks");
      return run((host) => applyImport(host, choice, preview, today()));
    },
    undo: async (choice, undo) => {
      const { undoImport } = await import("../usecases/importBooks");
      return run((host) => undoImport(host, choice, undo, today()));
    },
  };
}

/** Hazards are compared on the course as read: the workbook is not changed. */
export function scenarioActions(run: HostRunner): ScenarioActions {
  return {
    compare: async (course, industry, hazards) => {
      const { compareHazards } = await import("../usecases/compare");
      return run((host) => compareHazards(host, course, industry, hazards));
    },
  };
}
