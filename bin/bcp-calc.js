#!/usr/bin/env node
// Runs the command line's single-file build (npm install builds it into dist/) with V8's code
// cache beside it: the first run writes dist/bcp-calc.cache, later runs skip most compiling.
const { existsSync } = require("fs");
const { join } = require("path");
const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "bcp-calc.js");
let mainAsync;
if (existsSync(bundle)) {
  const { loadWithCodeCache } = require("../dist/cli/codeCache.js");
  const loaded = loadWithCodeCache(bundle, join(dist, "bcp-calc.cache"), require);
  process.once("exit", loaded.saveCache);
  mainAsync = loaded.exports.mainAsync;
} else {
  // only the modules built (npm run build:core): the same command line, compiled on each run
  mainAsync = require("../dist/cli/main.js").mainAsync;
}
mainAsync(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
}).then(
  (code) => (process.exitCode = code),
  (error) => {
    // mainAsync answers every failure itself; this is the last guard, still without a stack
    process.stderr.write(`予期しないエラーで止まりました（${error && error.message ? error.message : error}）。\n`);
    process.exitCode = 4;
  }
);
