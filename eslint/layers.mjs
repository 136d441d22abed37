// The layers of src/ and what each may import (docs/architecture.md). A layer is the first folder
// under src/; an import that reaches a layer not listed for the importing one is an error, so
// imports keep pointing down.
import path from "node:path";

const BELOW_USECASES = [
  "model",
  "accounting",
  "functions",
  "sheets",
  "forms",
  "engine",
  "validation",
  "file",
];

export const LAYERS = {
  model: [],
  accounting: ["model"],
  functions: ["model"],
  sheets: ["model", "functions"],
  forms: ["model", "functions", "sheets"],
  engine: ["model", "functions", "sheets"],
  validation: ["model", "functions", "sheets", "forms", "engine"],
  file: ["model", "functions", "sheets", "engine"],
  excel: ["model", "functions", "sheets", "engine"],
  usecases: BELOW_USECASES,
  cli: [...BELOW_USECASES, "usecases"],
  taskpane: [...BELOW_USECASES, "usecases", "excel"],
  preview: [...BELOW_USECASES, "usecases", "taskpane"],
};

function layerOf(file) {
  const parts = path.relative(process.cwd(), file).split(path.sep);
  return parts[0] === "src" && parts.length > 2 ? parts[1] : null;
}

export const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "imports between the layers of src/ point down (docs/architecture.md)" },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null) return {};
    const allowed = LAYERS[from];
    const check = (node, spec) => {
      if (typeof spec !== "string" || !spec.startsWith(".")) return;
      const target = path.resolve(path.dirname(context.filename), spec);
      const to = layerOf(target);
      if (to === null || to === from) return;
      if (allowed === undefined || !allowed.includes(to))
        context.report({
          node,
          message: `src/${from}/ may not import src/${to}/ (allowed: ${(allowed ?? []).join(", ") || "none"}); see docs/architecture.md`,
        });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { imports: layersRule } };
