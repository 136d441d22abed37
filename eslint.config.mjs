// Lint configuration read by office-addin-lint: the Office add-in rules and prettier, with the
// globals each part of the tree runs with.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "artifacts/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, globals: { ...globals.es2021 } },
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
