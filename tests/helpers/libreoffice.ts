/**
 * LibreOffice headless, for opening the files as a user without the add-in would: a private
 * profile set to recalculate every formula on load, then conversion to .xlsx or PDF.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "bcp-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/** Converts `file` with LibreOffice (recalculating everything) and returns the new file's path. */
export function convert(file: string, format: "xlsx" | "pdf"): string {
  if (!sofficeAvailable()) {
    throw new Error(
      "LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui"
    );
  }
  const out = mkdtempSync(join(tmpdir(), "bcp-out-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      out,
      file,
    ],
    {
      stdio: "ignore",
      timeout: 600_000,
    }
  );
  return join(out, basename(file).replace(/\.xlsx$/, `.${format}`));
}

export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const m = /Pages:\s+(\d+)/.exec(info);
  if (m === null) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}
