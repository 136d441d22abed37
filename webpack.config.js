/**
 * Builds the add-in into dist/web: the task pane page (the shared runtime: pane, custom functions
 * and ribbon command in one entry), functions.js for the manifest's custom-function script,
 * functions.json from the JSDoc, functions-ja.json and the help pages from the catalogue, the
 * icons and the manifest. `ADDIN_ORIGIN` replaces the development origin in a deployed build.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata-plugin");
const { ProvidePlugin } = require("webpack");

const DEV_ORIGIN = "https://localhost:3000";

/** The CORS header for an origin of Office on the web, and none for any other. */
function officeOrigin(origin) {
  const office = /^https:\/\/([a-z0-9-]+\.)*(officeapps\.live\.com|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft)$/;
  return typeof origin === "string" && office.test(origin)
    ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
    : { Vary: "Origin" };
}
const OUTPUT = path.resolve(__dirname, "dist/web");

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");
  const withOrigin = (text) => (origin === DEV_ORIGIN ? text : text.split(DEV_ORIGIN).join(origin));
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: { path: OUTPUT, filename: "[name].js", clean: true },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the unused parts of Fluent UI
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    // One runtime for every bundle. The pane's page runs one entry, which carries the custom
    // functions and the ribbon command too (one module instance each: the coefficients the
    // functions calculate with are the ones the pane applies); only what loads on first use is
    // split off, so the page starts from two scripts (each more costs the page's start a few ms).
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "async" } },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS built from its source, not its prebuilt browser file (which carries an old
      // elliptic through crypto-browserify): the few Node modules it uses get browser versions,
      // and those it never calls here (files, passwords) none
      alias: { "exceljs/dist/exceljs.bare.min.js$": require.resolve("exceljs/lib/exceljs.bare.js") },
      fallback: {
        fs: false,
        path: false,
        crypto: false,
        os: false,
        stream: require.resolve("readable-stream"),
        buffer: require.resolve("buffer/"),
        events: require.resolve("events/"),
        util: false,
      },
    },
    performance: { hints: false },
    plugins: [
      // what ExcelJS's source takes from Node's globals
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"], process: "process/browser" }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin({ from: DEV_ORIGIN, to: origin }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => withOrigin(content.toString()) },
        ],
      }),
    ],
    devServer: {
      // this machine only; cross-origin reads only for Excel on the web (it fetches the function
      // metadata from the add-in's origin), never for any page
      host: "localhost",
      port: 3000,
      headers: (req) => officeOrigin(req.headers.origin),
      static: { directory: OUTPUT },
    },
  };
  if (dev) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};

module.exports.officeOrigin = officeOrigin;
