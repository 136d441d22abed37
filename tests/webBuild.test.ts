/**
 * What the browser receives (dist/web, `npm run build`) and the command line runs
 * (dist/bcp-calc.js): ExcelJS built from its source, without the crypto code of its prebuilt
 * file (an old elliptic), and each page with its Content-Security-Policy.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const WEB = join(__dirname, "../dist/web");
const scripts = readdirSync(WEB).filter((f) => f.endsWith(".js"));

describe("the built add-in", () => {
  it("carries no elliptic or crypto-browserify code in any script", () => {
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(join(WEB, file), "utf8");
      expect(`${file} ${/secp256k1|elliptic|browserify-sign/.test(code)}`).toBe(`${file} false`);
    }
  });

  it("the command line's single file has none either, and holds ExcelJS", () => {
    const code = readFileSync(join(__dirname, "../dist/bcp-calc.js"), "utf8");
    expect(/secp256k1|elliptic|browserify-sign/.test(code)).toBe(false);
    expect(code).toContain("x14ac:dyDescent"); // what ExcelJS writes in every row
  });

  it.each([
    ["taskpane.html", "script-src 'self' https://appsforoffice.microsoft.com"],
    ["preview.html", "script-src 'self';"],
  ])("%s has its Content-Security-Policy", (page, scriptSrc) => {
    const html = readFileSync(join(WEB, page), "utf8");
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(scriptSrc);
    expect(policy).toContain("object-src 'none'");
  });
});
