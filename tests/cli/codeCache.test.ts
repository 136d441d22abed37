// Each load runs in a Node process of its own: within one process V8 keeps what it compiled and
// would answer a second compile of the same source from memory, whatever the cache file holds.
import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cacheKey } from "../../src/cli/codeCache";

const ROOT = join(__dirname, "../..");
const LOADER = join(ROOT, "dist/cli/codeCache.js");

describe("the command line's code cache", () => {
  let dir: string;
  let file: string;
  let cache: string;
  const source = (answer: number) =>
    `const path = require("path");\nmodule.exports = { answer: () => ${answer}, sep: path.sep };\n`;

  /** Loads the file in a new process as bin/bcp-calc.js does; what it answered and whether the cache served. */
  function load(): { answer: number; sep: string; cacheUsed: boolean } {
    const script = `
      const { loadWithCodeCache } = require(${JSON.stringify(LOADER)});
      const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)}, require);
      process.once("exit", loaded.saveCache);
      const { answer, sep } = loaded.exports;
      process.stdout.write(JSON.stringify({ answer: answer(), sep, cacheUsed: loaded.cacheUsed }));`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as { answer: number; sep: string; cacheUsed: boolean };
  }

  beforeAll(() => expect(existsSync(LOADER)).toBe(true)); // npm install builds dist/
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "bcp-cache-"));
    file = join(dir, "bundle.js");
    cache = join(dir, "bundle.cache");
    writeFileSync(file, source(42));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  test("the first run compiles and writes the cache; the next one takes it", () => {
    expect(load()).toEqual({ answer: 42, sep: require("path").sep, cacheUsed: false });
    expect(readFileSync(cache).subarray(0, 64).toString()).toBe(cacheKey(source(42)).slice(0, 64));
    expect(load()).toMatchObject({ answer: 42, cacheUsed: true });
  });

  test("a rebuilt file of the same length never runs with the old cache", () => {
    load();
    writeFileSync(file, source(43));
    expect(load()).toMatchObject({ answer: 43, cacheUsed: false });
    expect(load()).toMatchObject({ answer: 43, cacheUsed: true });
  });

  test("damaged cache data is refused by V8 and written again", () => {
    load();
    const bytes = readFileSync(cache);
    const head = Buffer.byteLength(cacheKey(source(42)));
    const damaged = Buffer.from(bytes);
    damaged.fill(7, head + 8, head + 200);
    writeFileSync(cache, damaged);
    expect(load()).toMatchObject({ answer: 42, cacheUsed: false });
    expect(load()).toMatchObject({ answer: 42, cacheUsed: true });
  });

  test("a place it cannot write to costs only the cache", () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a path under a file stands for the unwritable place
      cache = join(file, "bundle.cache");
    } else chmodSync(dir, 0o555);
    expect(load()).toMatchObject({ answer: 42, cacheUsed: false });
    expect(load()).toMatchObject({ answer: 42, cacheUsed: false });
  });
});
