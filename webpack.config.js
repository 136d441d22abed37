/**
 * Builds the add-in into dist/web: the task pane page with the functions, commands and pane
 * bundles (one shared runtime), functions.json from the JSDoc, functions-ja.json and the help
 * pages from the catalogue, the icons and the manifest. `ADDIN_ORIGIN` replaces the development
 * origin in a deployed build.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const OUTPUT = path.resolve(__dirname, "dist/web");

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");
  const withOrigin = (text) => (origin === DEV_ORIGIN ? text : text.split(DEV_ORIGIN).join(origin));
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/excel/commands.ts",
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
    // One runtime for the three bundles: they share module instances (the coefficients the
    // functions calculate with are the ones the pane applies).
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    // exceljs's browser build expects these Node modules to be absent
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { fs: false, path: false, stream: false, crypto: false } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin({ from: DEV_ORIGIN, to: origin }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
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
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: OUTPUT },
    },
  };
  if (dev) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
