#!/usr/bin/env node
// Runs the compiled command line (npm install builds it into dist/).
const { main } = require("../dist/cli/main.js");
process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
});
