#!/usr/bin/env node
// Runs the command line's single-file build (npm install builds it into dist/) with V8's code
// cache beside it: a command's first run writes dist/bcp-calc.<command>.cache, its later runs
// skip most compiling. One cache per command: each holds the functions its command ran.
const { existsSync, statSync } = require("fs");
const { join } = require("path");
const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "bcp-calc.js");
const modules = join(dist, "cli", "main.js");
const COMMANDS = ["workbook", "import", "scenario", "fn", "list", "coefficients"];
// the single file unless the modules were compiled after it (npm run build:core alone)
const bundled = existsSync(bundle) && (!existsSync(modules) || statSync(bundle).mtimeMs >= statSync(modules).mtimeMs);
let mainAsync;
if (bundled) {
  const { loadWithCodeCache } = require("../dist/cli/codeCache.js");
  const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : "other";
  const loaded = loadWithCodeCache(bundle, join(dist, `bcp-calc.${command}.cache`), require);
  process.once("exit", loaded.saveCache);
  mainAsync = loaded.exports.mainAsync;
} else {
  // the modules npm run build:core compiled: the same command line, compiled on each run
  mainAsync = require(modules).mainAsync;
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
