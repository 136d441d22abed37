#!/usr/bin/env node
// Runs the compiled command line (npm install builds it into dist/).
const { mainAsync } = require("../dist/cli/main.js");
mainAsync(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
}).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
    process.exitCode = 1;
  }
);
