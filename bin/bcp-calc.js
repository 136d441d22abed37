#!/usr/bin/env node
// Runs the compiled command line (npm install builds it into dist/).
const { mainAsync } = require("../dist/cli/main.js");
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
