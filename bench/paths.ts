// The project's root, whether a benchmark runs from bench/ or from its compiled copy, and the
// scripts a page of the build loads.
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("package.json not found above the benchmark");
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);

/** The scripts a page loads, from its own HTML (Office.js from Microsoft's CDN left out). */
export function pageScripts(page: string): string[] {
  const html = readFileSync(page, "utf8");
  return [...html.matchAll(/<script[^>]* src="?([^" >]+)"?/g)]
    .map((m) => m[1] as string)
    .filter((src) => !src.startsWith("https://"));
}
