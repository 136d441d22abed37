/**
 * Builds the command line into one file, dist/bcp-calc.js, from what `npm run build:core`
 * compiled into dist/cli: bin/bcp-calc.js loads it with V8's code cache (src/cli/codeCache.ts),
 * one file read and one compile instead of some 120 modules and ExcelJS.
 */
const path = require("path");
const { optimize } = require("webpack");

module.exports = {
  mode: "production",
  target: "node20",
  entry: "./dist/cli/main.js",
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "bcp-calc.js",
    library: { type: "commonjs2" },
    // written at every build, even unchanged: bin/bcp-calc.js takes the modules instead when
    // they are newer than this file
    compareBeforeEmit: false,
  },
  // minified: less to read, hash and hand to V8 at every start (the command line prints its
  // own messages, never a stack trace)
  optimization: { minimize: true },
  resolve: {
    // ExcelJS from its source, as in the add-in (webpack.config.js): its prebuilt file carries an
    // old elliptic the command line never calls; Node's own modules serve the source
    alias: { "exceljs/dist/exceljs.bare.min.js$": require.resolve("exceljs/lib/exceljs.bare.js") },
  },
  // the lender copy's lazy import of the writer stays in the one file
  plugins: [new optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  performance: { hints: false },
};
