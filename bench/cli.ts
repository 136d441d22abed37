// Benchmark of the command line: wall time of `bcp-calc workbook --forms all` (every form and
// checklist, the example inputs, written to .xlsx) beside a bare ExcelJS write of an empty
// workbook, each in a process of its own, in turns; the ratio is taken run by run. The command
// line runs as installed (with the code cache its first run wrote) and as on that first run
// (cache removed before it). Run with `npm run bench` (it builds first).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT } from "./paths";

const RUNS = 11;
const CODE_CACHE = join(ROOT, "dist/bcp-calc.workbook.cache");
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
  // one of each first, not counted: the file cache warms (and the code cache is written)
  for (const args of [cli, bare("package"), bare("single-file")]) wall(args);
  const times = { cli: [] as number[], first: [] as number[], package: [] as number[] };
  const ratios = { cli: [] as number[], first: [] as number[], single: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    rmSync(CODE_CACHE, { force: true });
    const f = wall(cli);
    const c = wall(cli);
    const p = wall(bare("package"));
    const s = wall(bare("single-file"));
    times.first.push(f);
    times.cli.push(c);
    times.package.push(p);
    ratios.first.push(f / p);
    ratios.cli.push(c / p);
    ratios.single.push(c / s);
  }
  const row = (label: string, ms: number, ratio: string) =>
    console.log(`${label.padEnd(52)}${ms.toFixed(0).padStart(6)} ms   ${ratio}`);
  console.log(`\ncommand line, wall time, median of ${RUNS} runs in turns`);
  row(
    "bcp-calc workbook --forms all (example inputs)",
    median(times.cli),
    `ratio ${median(ratios.cli).toFixed(2)}× (target ≤ 1.5×)`
  );
  row(
    "  … its first run (writes the code cache)",
    median(times.first),
    `ratio ${median(ratios.first).toFixed(2)}×`
  );
  row('ExcelJS empty workbook, require("exceljs")', median(times.package), "(the baseline)");
  console.log(
    `${"  ratio to ExcelJS's single-file build instead".padEnd(52)}${"".padStart(6)}      ${median(ratios.single).toFixed(2)}×`
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
