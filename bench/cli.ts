// Benchmark of the command line: wall time of `bcp-calc workbook --forms all` (every form and
// checklist, the example inputs, written to .xlsx) beside a bare ExcelJS write of an empty
// workbook, each in a process of its own, in turns; the ratio is taken run by run. Run with
// `npm run bench` (it builds first).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT } from "./paths";

const RUNS = 7;
const dir = mkdtempSync(join(tmpdir(), "bcp-bench-"));

function wall(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const cli = [
  join(ROOT, "bin/bcp-calc.js"),
  "workbook",
  "--course",
  "中級",
  "--industry",
  "製造業",
  "--forms",
  "all",
  "--input",
  join(ROOT, "examples/scenario-manufacturing.json"),
  "--out",
  join(dir, "all.xlsx"),
  // every run writes the same file again
  "--force",
];
const bare = (build: string) => [
  join(__dirname, "bareExcelJs.js"),
  join(dir, `bare-${build}.xlsx`),
  build,
];

try {
  // one of each first, not counted: the file cache warms
  for (const args of [cli, bare("package"), bare("single-file")]) wall(args);
  const times = { cli: [] as number[], package: [] as number[], single: [] as number[] };
  const ratios = { package: [] as number[], single: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const c = wall(cli);
    const p = wall(bare("package"));
    const s = wall(bare("single-file"));
    times.cli.push(c);
    times.package.push(p);
    times.single.push(s);
    ratios.package.push(c / p);
    ratios.single.push(c / s);
  }
  console.log(`\ncommand line, wall time, median of ${RUNS} runs in turns`);
  console.log(
    `${"bcp-calc workbook --forms all (example inputs)".padEnd(52)}${median(times.cli).toFixed(0).padStart(6)} ms`
  );
  console.log(
    `${'ExcelJS empty workbook, require("exceljs")'.padEnd(52)}${median(times.package).toFixed(0).padStart(6)} ms   ratio ${median(ratios.package).toFixed(2)}× (target ≤ 1.5×)`
  );
  console.log(
    `${"ExcelJS empty workbook, its single-file build".padEnd(52)}${median(times.single).toFixed(0).padStart(6)} ms   ratio ${median(ratios.single).toFixed(2)}×`
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
