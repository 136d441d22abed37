// Lint configuration read by office-addin-lint: the Office add-in rules and prettier, with the
// globals each part of the tree runs with, and the direction of imports between the layers of
// src/ (eslint/layers.mjs, docs/architecture.md).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import { layersPlugin } from "./eslint/layers.mjs";

const recommended = officeAddins.configs.recommended;
// the add-in rules are declared for .ts and .js; the pane's .tsx files get the same
const forScripts = recommended.find((c) => c.files?.some((f) => f.includes("ts")));

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "artifacts/**"] },
  ...recommended,
  { ...forScripts, files: ["**/*.tsx"] },
  {
    plugins: { "office-addins": officeAddins, layers: layersPlugin },
    languageOptions: { parser: tsParser, globals: { ...globals.es2021 } },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "layers/imports": "error" },
  },
  {
    // the Office host's APIs are used in src/excel/ only (and the custom functions' own runtime
    // in src/functions/)
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel API calls belong in src/excel/." },
        { name: "Office", message: "Office API calls belong in src/excel/." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/preview/**/*.tsx", "tests/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/cli/**/*.ts", "bench/**/*.{ts,js}", "bin/**/*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["tests/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
