// Benchmark of the BCP functions in Node: calls per second of the damage and cash-flow
// functions and of a whole scenario, and the size (raw and gzip) of the add-in's bundles.
// Run with `npm run bench` (it builds first).
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import type { Arg } from "../src/functions/arguments";
import { CATALOGUE, evaluateFunction } from "../src/functions/catalogue";
import { COEFFICIENTS, DEFAULT_PARAMETERS } from "../src/model/parameters";
import { type ScenarioInput, evaluateScenario } from "../src/model/scenario";
import { ROOT, pageScripts } from "./paths";

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
  (id: string, ...args: readonly Arg[]) =>
  () =>
    evaluateFunction(id, args, DEFAULT_PARAMETERS);
const months = (n: number, v: number): number[][] => [
  Array.from({ length: n }, (_, i) => (i === 0 ? 0 : v)),
];

// Every function that returns one value, on its worked call from the catalogue, against the
// target of one million calls a second (a sheet of a few thousand BCP cells recalculates at once).
const TARGET = 1e6;
console.log(
  `BCP function evaluation rate (Node ${process.version}), target ${TARGET.toLocaleString("en-US")} calls/s`
);
const below: string[] = [];
const scalar = (label: string, run: () => unknown) => {
  const perSecond = rate(label, run);
  console.log(`${"".padEnd(44)} ${(perSecond / TARGET).toFixed(2).padStart(12)} × target`);
  if (perSecond < TARGET) below.push(label);
};
for (const def of CATALOGUE.filter((d) => d.result !== "matrix")) {
  scalar(`BCP.${def.id}`, fn(def.id, ...def.example));
}
scalar(
  "BCP.DAMAGE (計測震度 6.3, 工具・器具・備品)",
  fn("DAMAGE", 20000, "工具・器具・備品", 6.3, 1, 4)
);
// as the built sheets call them: with the 係数 sheet's column, a new array each call as Excel
// passes it (made beforehand: making it is Excel's work, not the function's)
const columns = Array.from({ length: 64 }, () => COEFFICIENTS.map((c) => [c.value]));
let call = 0;
const column = () => columns[call++ & 63] as number[][];
scalar("BCP.DAMAGE with the 係数 column", () =>
  evaluateFunction(
    "DAMAGE",
    [150000, "機械及び装置", "6強", 3, 2, 0.3, 0, column()],
    DEFAULT_PARAMETERS
  )
);
scalar("BCP.STOP_CASHFLOW with the 係数 column", () =>
  evaluateFunction("STOP_CASHFLOW", [1250000, 108000, 30, column()], DEFAULT_PARAMETERS)
);
console.log(
  below.length === 0
    ? "every scalar function meets the target"
    : `below the target: ${below.join(", ")}`
);

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
// What each page of the add-in loads at start, as webpack wrote it (npm run build): the pane's
// page carries the custom functions and the ribbon command (one shared runtime).
const web = join(ROOT, "dist/web");
for (const [name, page] of [
  ["task pane page", "taskpane.html"],
  ["preview page", "preview.html"],
]) {
  const files = pageScripts(join(web, page as string));
  const code = Buffer.concat(files.map((f) => readFileSync(join(web, f))));
  console.log(
    `${`${name} scripts`.padEnd(44)} ${kib(code.length).padStart(12)}, gzip ${kib(gzipSync(code, { level: 9 }).length)}`
  );
}
