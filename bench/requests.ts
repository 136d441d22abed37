// Benchmark of the requests a build sends to Excel, as Microsoft's Office.js library serializes
// them (tests/helpers/officeJs.ts runs the library from npm against the fake workbook): request
// count, actions, the largest request and bytes per cell, beside Excel on the web's 5 MB cap on
// one request and the add-in's own 1 MB ceiling. Run with `npm run bench` (it builds first).
import { FakeWorkbookModel } from "../tests/helpers/fakeExcel";
import { RealExcelSession, officeJs } from "../tests/helpers/officeJs";
import { buildInExcel } from "../src/excel/build";
import { type WorkbookChoice, workbookDefinition } from "../src/usecases/workbookChoice";

/** Excel on the web refuses a request body over 5 MB. */
const WEB_CAP = 5 * 1024 * 1024;
/** The add-in's ceiling per request. */
const CEILING = 1024 * 1024;
/** Bytes a build may spend on each cell a workbook gains (the growth as tables get longer). */
const PER_CELL_TARGET = 120;

// each "…" row is the one above with longer tables: its growth per added cell is measured
const CASES: readonly [string, WorkbookChoice][] = [
  ["中級・製造業", { course: "中級", industry: "製造業", forms: [] }],
  ["上級・製造業", { course: "上級", industry: "製造業", forms: [] }],
  ["中級・製造業 + every form", { course: "中級", industry: "製造業", forms: ["all"] }],
  [
    "  … 100 rows per table",
    { course: "中級", industry: "製造業", forms: ["all"], tableRows: 100 },
  ],
  [
    "  … 1,000 rows per table",
    { course: "中級", industry: "製造業", forms: ["all"], tableRows: 1000 },
  ],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  // the build reads enums and Excel.createWorkbook from the global Excel
  (globalThis as unknown as { Excel: unknown }).Excel = officeJs().Excel;
  console.log("\nrequests of a new build, as the Office.js library serializes them");
  const header = [
    "workbook",
    "cells",
    "requests",
    "actions",
    "largest",
    "of 5 MB",
    "of 1 MB",
    "total",
    "B/cell",
    "B/added",
    "of 120",
  ];
  const widths = [28, 9, 9, 9, 9, 9, 9, 10, 8, 9, 8];
  const line = (cols: string[]) =>
    console.log(
      cols.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("")
    );
  line(header);
  let previous: { cells: number; total: number } | null = null;
  for (const [label, choice] of CASES) {
    const def = workbookDefinition(choice);
    const cells = def.sheets.reduce((n, sheet) => n + sheet.cells.length, 0);
    const session = new RealExcelSession(new FakeWorkbookModel());
    await buildInExcel(session.context, def);
    if (session.problems.length > 0) throw new Error(session.problems.join("\n"));
    const total = session.requests.reduce((n, r) => n + r.bytes, 0);
    const actions = session.requests.reduce((n, r) => n + r.actions, 0);
    const largest = session.largestRequest;
    const added = label.trimStart().startsWith("…") && previous !== null ? previous : null;
    const perAdded = added === null ? null : (total - added.total) / (cells - added.cells);
    previous = { cells, total };
    line([
      label,
      cells.toLocaleString("en-US"),
      String(session.requests.length),
      actions.toLocaleString("en-US"),
      kb(largest),
      pct(largest / WEB_CAP),
      pct(largest / CEILING),
      kb(total),
      (total / cells).toFixed(1),
      perAdded === null ? "" : perAdded.toFixed(1),
      perAdded === null ? "" : `${(perAdded / PER_CELL_TARGET).toFixed(2)}×`,
    ]);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
