// Benchmark of the task pane against a minimal React + Fluent UI v9 pane (bench/minimalPane),
// which this run builds with the same webpack and loader settings: the gzip size of the scripts
// each page loads at start (the pane's with the custom functions it hosts), and the main thread's
// busy time until the pane has rendered, in
// Debian's Chromium, cold loads in turns. Office.js is answered by a stub that calls back at once
// (the pages are the same otherwise). Run with `npm run bench` (it builds first).
import { readFileSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize } from "path";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { ROOT, pageScripts } from "./paths";

const ROUNDS = 21;
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PANE = join(ROOT, "dist/web");
const MINIMAL = join(ROOT, "build/bench/minimal-pane");

// what the pages need of Office.js and of the custom functions runtime
const OFFICE_STUB = `
window.Office = {
  onReady: (cb) => Promise.resolve().then(() => cb && cb({ host: "Excel" })),
  actions: { associate() {} },
};
window.CustomFunctions = { associate() {}, Error: class extends Error {}, ErrorCode: {} };`;

/** Builds the minimal pane with the add-in's own settings (production mode, ES modules for ts-loader). */
function buildMinimal(): Promise<string[]> {
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: { pane: join(ROOT, "bench/minimalPane/index.tsx") },
    output: { path: MINIMAL, filename: "[name].js", clean: true },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: join(ROOT, "bench/minimalPane/index.html"),
      }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || stats === undefined || stats.hasErrors())
        return reject(error ?? new Error(stats?.toString("errors-only")));
      const files = stats.toJson({ all: false, entrypoints: true }).entrypoints?.pane?.assets ?? [];
      resolve(files.map((a) => a.name).filter((n) => n.endsWith(".js")));
    })
  );
}

/** Gzip (level 9) of the scripts, as one would be served compressed. */
function gzipOf(dir: string, files: readonly string[]): number {
  return gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dir, f)))), { level: 9 }).length;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
};

/** Both builds on one origin: /pane/… the add-in, /minimal/… the baseline. */
function serve() {
  const roots: Record<string, string> = { pane: PANE, minimal: MINIMAL };
  return createServer((req, res) => {
    const [, top = "", ...rest] = new URL(req.url ?? "/", "http://localhost").pathname.split("/");
    const root = roots[top];
    const file = root === undefined ? undefined : normalize(join(root, ...rest));
    if (root === undefined || file === undefined || !file.startsWith(root)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const minimalFiles = await buildMinimal();
  // what the pane's page loads at start (its functions and command come with it)
  const paneFiles = pageScripts(join(PANE, "taskpane.html"));
  const paneGzip = gzipOf(PANE, paneFiles);
  const minimalGzip = gzipOf(MINIMAL, minimalFiles);

  const server = serve();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
  /** Main-thread busy time (ms) of a cold load until the heading is on screen. */
  const load = async (path: string, heading: string): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    try {
      await context.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB })
      );
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.goto(`${origin}${path}`);
      await page.getByRole("heading", { name: heading }).waitFor();
      const { metrics } = await cdp.send("Performance.getMetrics");
      const task = metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
      return task * 1000;
    } finally {
      await context.close();
    }
  };
  const pane: number[] = [];
  const minimal: number[] = [];
  const ratios: number[] = [];
  try {
    await load("/pane/taskpane.html", "BCP 財務診断"); // not counted: caches warm
    await load("/minimal/index.html", "Minimal pane");
    for (let i = 0; i < ROUNDS; i++) {
      const p = await load("/pane/taskpane.html", "BCP 財務診断");
      const m = await load("/minimal/index.html", "Minimal pane");
      pane.push(p);
      minimal.push(m);
      ratios.push(p / m);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log("\ntask pane beside a minimal React + Fluent UI v9 pane (same toolchain, this run)");
  console.log(
    `${"script at start, gzip".padEnd(44)}${kib(paneGzip).padStart(12)}${kib(minimalGzip).padStart(12)}   ratio ${(paneGzip / minimalGzip).toFixed(2)}× (target ≤ 1.2×)`
  );
  console.log(
    `${`first render, main thread (median of ${ROUNDS})`.padEnd(44)}${`${median(pane).toFixed(0)} ms`.padStart(12)}${`${median(minimal).toFixed(0)} ms`.padStart(12)}   ratio ${median(ratios).toFixed(2)}× (target ≤ 1.15×)`
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
