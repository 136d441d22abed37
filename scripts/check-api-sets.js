// Every Office.js API the add-in calls must belong to a requirement set manifest.xml declares, at
// the version it declares or below: Excel refuses to load an add-in on hosts without the declared
// sets, so a call above them would fail at run time on some of the hosts it loads in. The
// requirement sets come from the "[Api set: …]" lines of @types/office-js, read with the
// TypeScript compiler. Prints the sets used; exits 1 naming each call above the manifest.
const path = require("path");
const fs = require("fs");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const OFFICE_TYPES = path.join("node_modules", "@types", "office-js", "index.d.ts");

/** The sets the manifest declares: { ExcelApi: [1, 9], SharedRuntime: [1, 1] }. */
function declaredSets() {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const sets = {};
  for (const m of xml.matchAll(/<Set Name="([^"]+)" MinVersion="([\d.]+)"\s*\/>/g))
    sets[m[1]] = m[2].split(".").map(Number);
  return sets;
}

const newer = (a, b) => a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) > (b[1] ?? 0));

/** Requirement sets of other hosts (Outlook's Mailbox, Word's…): they say nothing about Excel. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/;

/**
 * The requirement set of a declaration, from its documentation: "[Api set: ExcelApi 1.9]" or
 * "**Requirement set**: {@link … | SharedRuntime 1.1}"; the first one that applies to Excel.
 */
function apiSetOf(declaration) {
  const text = declaration.getFullText();
  const doc = text.slice(0, text.length - declaration.getText().length);
  for (const m of doc.matchAll(/(?:\[\s*Api set:\s*|\|\s*)([A-Za-z]+)\s+(\d+\.\d+)\s*[\]}]/g)) {
    if (!OTHER_HOSTS.test(m[1])) return { name: m[1], version: m[2].split(".").map(Number) };
  }
  return null;
}

function main() {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  );
  const files = config.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const declared = declaredSets();
  const used = new Map(); // "ExcelApi" → highest version seen
  const above = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(path.normalize(source.fileName))) continue;
    const visit = (node) => {
      const target = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : null;
      if (target !== null) {
        const symbol = checker.getSymbolAtLocation(target);
        for (const declaration of symbol?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.endsWith(OFFICE_TYPES)) continue;
          const set = apiSetOf(declaration);
          if (set === null) continue;
          const seen = used.get(set.name);
          if (seen === undefined || newer(set.version, seen)) used.set(set.name, set.version);
          const allowed = declared[set.name];
          if (allowed === undefined || newer(set.version, allowed)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            above.push(
              `${path.relative(ROOT, source.fileName)}:${line + 1} ${target.getText()} needs ${set.name} ${set.version.join(".")} (manifest: ${allowed ? allowed.join(".") : "not declared"})`
            );
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const [name, version] of [...used].sort())
    console.log(`requirement set used: ${name} ${version.join(".")} (manifest: ${declared[name]?.join(".") ?? "not declared"})`);
  if (above.length > 0) {
    console.error(`Office.js calls above the requirement sets manifest.xml declares:\n${[...new Set(above)].join("\n")}`);
    process.exitCode = 1;
  }
}

main();
