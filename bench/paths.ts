// The project's root, whether a benchmark runs from bench/ or from its compiled copy.
import { existsSync } from "fs";
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
