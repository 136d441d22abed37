/**
 * The open workbook as the use cases see it (engine/host.ts), through Office.js: each operation
 * runs inside the Excel.run batch the pane opened for it.
 */
/* global Excel */
import { toBase64 } from "../engine/base64";
import type { WorkbookHost } from "../engine/host";
import { buildInExcel, replaceSheet, selectCell } from "./build";
import { readCourseOnce } from "./read";
import { fillNamed } from "./fill";

export function excelHost(context: Excel.RequestContext): WorkbookHost {
  return {
    read: (def) => readCourseOnce(context, def),
    build: async (def) => (await buildInExcel(context, def)).report,
    fill: (values) => fillNamed(context, values),
    replaceSheet: (def) => replaceSheet(context, def),
    select: (sheet, ref) => selectCell(context, sheet, ref),
    // the copy opens as a new workbook; the open one is not changed and nothing leaves the machine
    deliver: (bytes) => Excel.createWorkbook(toBase64(bytes)),
  };
}

/** Runs a use case on the open workbook. */
export function withExcel<T>(work: (host: WorkbookHost) => Promise<T>): Promise<T> {
  return Excel.run((context) => work(excelHost(context)));
}
