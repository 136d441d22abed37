/**
 * Loads the command line's single-file build with V8's code cache beside it, so a run after the
 * first skips compiling its ~1 MB of JavaScript again (Node 22 has this built in as
 * `module.enableCompileCache`; Node 20 does not). The cache is written once the command has
 * run, so it also holds the functions compiled while running (V8 compiles functions lazily).
 *
 * The cache is keyed by the bundle's content and Node's version: a rebuilt bundle or another
 * Node never reads a stale one. V8 rejects cache data it cannot use (other flags, a damaged
 * file); the bundle then compiles as usual and the cache is written again. A cache that cannot
 * be written (a read-only install) only costs the time it would have saved.
 */
import { createHash } from "crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { dirname } from "path";
import { Script } from "vm";

export interface CachedModule {
  exports: unknown;
  /** whether V8 took the cache data on disk */
  cacheUsed: boolean;
  /**
   * Writes the cache when it was missing or unusable (else does nothing): called once the
   * command has run, the cache also holds the functions it compiled on the way.
   */
  saveCache(): void;
}

/** The first bytes of a cache file: which bundle and which Node it was made for. */
export function cacheKey(source: string): string {
  const hash = createHash("sha256").update(source).digest("hex");
  return `${hash} ${process.version} ${process.arch}\n`;
}

function readCache(cacheFile: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = Buffer.from(key);
  return bytes.subarray(0, head.length).equals(head) ? bytes.subarray(head.length) : undefined;
}

function writeCache(cacheFile: string, key: string, data: Buffer): void {
  // a whole file or none: another run may be reading it
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key), data]));
    renameSync(temporary, cacheFile);
  } catch {
    // not writable here: the next run compiles again, nothing else changes
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/**
 * Runs a CommonJS file (one with no `require` of files of its own, only of Node's modules)
 * with the code cache in `cacheFile`, and returns what it exports.
 */
export function loadWithCodeCache(
  file: string,
  cacheFile: string,
  requireFn: (id: string) => unknown
): CachedModule {
  const source = readFileSync(file, "utf8");
  const key = cacheKey(source);
  const cachedData = readCache(cacheFile, key);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, ...(cachedData !== undefined ? { cachedData } : {}) }
  );
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, requireFn, module, file, dirname(file));
  return {
    exports: module.exports,
    cacheUsed,
    saveCache: () => {
      if (!cacheUsed) writeCache(cacheFile, key, script.createCachedData());
    },
  };
}
