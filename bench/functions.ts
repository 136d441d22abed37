// Benchmark of the BCP functions in Node: calls per second of the damage and cash-flow
// functions and of a whole scenario, and the size (raw and gzip) of the add-in's bundles.
// Run with `npm run bench` (it builds first).
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import type { Arg } from "../src/functions/arguments";
import { evaluateFunction } from "../src/functions/catalogue";
import { DEFAULT_PARAMETERS } from "../src/model/parameters";
import { type ScenarioInput, evaluateScenario } from "../src/model/scenario";
import { ROOT } from "./paths";

const TARGET_MS = 400;

function rate(label: string, fn: () => unknown): number {
  for (let i = 0; i < 200; i++) fn(); // warm up
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < TARGET_MS) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSecond = (calls / elapsed) * 1000;
  console.log(
    `${label.padEnd(44)} ${Math.round(perSecond).toLocaleString("en-US").padStart(12)} calls/s`
  );
  return perSecond;
}

const fn =
  (id: string, ...args: Arg[]) =>
  () =>
    evaluateFunction(id, args, DEFAULT_PARAMETERS);
const months = (n: number, v: number): number[][] => [
  Array.from({ length: n }, (_, i) => (i === 0 ? 0 : v)),
];
const column = (values: number[]): number[][] => values.map((v) => [v]);

console.log(`BCP function evaluation rate (Node ${process.version})`);
rate("BCP.DAMAGE (機械及び装置, 6強)", fn("DAMAGE", 150000, "機械及び装置", "6強", 3, 2, 0.3));
rate(
  "BCP.DAMAGE (工具・器具・備品, 計測震度 6.3)",
  fn("DAMAGE", 20000, "工具・器具・備品", 6.3, 1, 4)
);
rate("BCP.BUILDING_DAMAGE_RATE (木造, 7)", fn("BUILDING_DAMAGE_RATE", 1, 3, "7"));
rate("BCP.DAMAGE_STATUS (RC, 床上浸水)", fn("DAMAGE_STATUS", 2, 1, "床上浸水"));
rate("BCP.REFERENCE_RECOVERY_DAYS (建物, 6強)", fn("REFERENCE_RECOVERY_DAYS", "建物", "6強", 1, 2));
rate(
  "BCP.REOPEN_DAYS (10 resources)",
  fn(
    "REOPEN_DAYS",
    column([2, 15, 30, 80, 80, 8, 3, 14, 0, 3]),
    column([1, 1, 0, 1, 1, 1, 1, 0, 0, 1])
  )
);
rate("BCP.STOP_CASHFLOW", fn("STOP_CASHFLOW", 189274, 18956, 109));
rate("BCP.MONTHLY_BALANCE", fn("MONTHLY_BALANCE", 480000, 250826, 189274, 18956, 0.6));
rate(
  "BCP.CASHFLOW_TABLE (12 months)",
  fn("CASHFLOW_TABLE", 480000, 250826, 189274, 18956, months(12, 1), months(12, 0))
);
rate(
  "BCP.CASHFLOW_TABLE (24 months)",
  fn("CASHFLOW_TABLE", 480000, 250826, 189274, 18956, months(24, 1), months(24, 0))
);
const scenario = JSON.parse(
  readFileSync(join(ROOT, "examples/scenario-manufacturing.json"), "utf8")
) as ScenarioInput;
rate("whole scenario (examples/, 中級 + 上級 parts)", () => evaluateScenario(scenario));

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
// The add-in's bundles as webpack wrote them (npm run build), per entry point.
const web = join(ROOT, "dist/web");
const entrypoints = JSON.parse(readFileSync(join(web, "entrypoints.json"), "utf8")) as Record<
  string,
  string[]
>;
for (const [name, files] of Object.entries(entrypoints)) {
  const code = Buffer.concat(
    files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(web, f)))
  );
  console.log(
    `${`${name} bundle`.padEnd(44)} ${kib(code.length).padStart(12)}, gzip ${kib(gzipSync(code, { level: 9 }).length)}`
  );
}
