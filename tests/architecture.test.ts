/**
 * The layers of src/ as docs/architecture.md describes them: the lint rule that keeps imports
 * pointing down refuses an upward import and an Excel call outside src/excel/, and no module
 * imports itself through others.
 */
import { spawnSync } from "child_process";
import { readFileSync, readdirSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "..");
const ESLINT = join(ROOT, "node_modules/eslint/bin/eslint.js");

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints `source` as if it were the file at `path` in the project. */
function lint(path: string, source: string): LintMessage[] {
  const run = spawnSync(
    process.execPath,
    [ESLINT, "-c", "eslint.config.mjs", "--stdin", "--stdin-filename", path, "--format", "json"],
    { cwd: ROOT, input: source, encoding: "utf8" }
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result?.messages ?? [];
}

const rulesOf = (messages: LintMessage[]) => messages.map((m) => m.ruleId);

describe("imports point down between the layers of src/", () => {
  it("refuses the model importing the workbook engine", () => {
    const messages = lint(
      "src/model/example.ts",
      'import { MemoryWorkbook } from "../engine/memory";\nexport const x = MemoryWorkbook;\n'
    );
    expect(rulesOf(messages)).toContain("layers/imports");
    expect(messages[0]?.message).toContain("src/model/ may not import src/engine/");
  });

  it("refuses a renderer importing a use case, and allows a use case importing a renderer", () => {
    const up =
      'import { exportDefinition } from "../usecases/export";\nexport const x = exportDefinition;\n';
    expect(rulesOf(lint("src/file/example.ts", up))).toContain("layers/imports");
    const down = 'import { writeXlsx } from "../file/xlsx";\nexport const x = writeXlsx;\n';
    expect(rulesOf(lint("src/usecases/example.ts", down))).not.toContain("layers/imports");
  });

  it("keeps Excel API calls in src/excel/", () => {
    const call = "export const run = () => Excel.run(async () => undefined);\n";
    expect(rulesOf(lint("src/taskpane/example.ts", call))).toContain("no-restricted-globals");
    expect(rulesOf(lint("src/excel/example.ts", `/* global Excel */\n${call}`))).not.toContain(
      "no-restricted-globals"
    );
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
    const base = resolve(dirname(file), m[1] as string);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    if (found !== undefined) out.push(found);
  }
  return out;
}

describe("no import cycles", () => {
  it("no module of src/ reaches itself through its imports", () => {
    const files = sourceFiles(join(ROOT, "src"));
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        const from = path.indexOf(file);
        cycles.push([...path.slice(from), file].map((f) => relative(ROOT, f)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
