/**
 * Offline checks of manifest.xml (the online validator cannot run here): it parses, every resid
 * is defined, every URL is a file the build emits, and the settings the add-in relies on hold.
 * Needs the production build in dist/web (npm test builds it first).
 */
import { XMLParser } from "fast-xml-parser";
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..");
const WEB = join(ROOT, "dist/web");
const ORIGIN = "https://localhost:3000/";
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
});
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;

/** Every value of an attribute anywhere in the tree. */
function attributes(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, name, out));
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@${name}` && typeof v === "string") out.push(v);
      else attributes(v, name, out);
    }
  }
  return out;
}

/** The URLs the add-in loads: every DefaultValue / Value attribute that is a URL. */
function urls(): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
    (m) => m[1] as string
  );
}

describe("manifest.xml", () => {
  it("parses as a task-pane add-in for workbooks", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("defines every resid it refers to", () => {
    const resources = ((app.VersionOverrides as Node).Resources ?? {}) as Node;
    const defined = new Set(attributes(resources, "id"));
    const used = attributes(app.VersionOverrides, "resid");
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
  });

  it("asks for no more than ReadWriteDocument, uses the shared runtime, and reaches no other domain", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    // page layout, page breaks and print titles of the sheets need ExcelApi 1.9
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(app.AppDomains).toBeUndefined();
    expect(urls().filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
  });

  it("is Japanese by default with English overrides, and loads functions-ja.json in ja-jp", () => {
    expect(app.DefaultLocale).toBe("ja-JP");
    expect(xml).toMatch(/<DisplayName DefaultValue="BCP 財務診断">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(
      /functions\.json">\s*<bt:Override Locale="ja-jp" Value="https:\/\/localhost:3000\/functions-ja\.json"\/>/
    );
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="BCP"/>');
  });

  it("points every URL at a file the build emits", () => {
    const missing = urls()
      .map((u) => u.slice(ORIGIN.length).split("#")[0] as string)
      .filter((path) => !existsSync(join(WEB, path)));
    expect(missing).toEqual([]);
  });

  it("the emitted task pane loads Office.js from Microsoft's CDN and does not bundle it", () => {
    const html = readFileSync(join(WEB, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // the shared runtime: one entry carries the pane, the functions and the ribbon command
    const scripts = [...html.matchAll(/<script defer src=([^ >]+)>/g)].map((m) => m[1]);
    expect(scripts).toEqual(["runtime.js", "taskpane.js"]);
    const page = readFileSync(join(WEB, "taskpane.js"), "utf8");
    expect(page).toContain('CustomFunctions.associate("STOP_CASHFLOW"');
    expect(page).toContain('Office.actions.associate("applyCoefficients"');
    // functions.js stands for the script the manifest must name; Excel loads the page above
    expect(readFileSync(join(WEB, "functions.js"), "utf8")).toContain(
      'CustomFunctions.associate("STOP_CASHFLOW"'
    );
    for (const file of ["taskpane.js", "functions.js"])
      expect(readFileSync(join(WEB, file), "utf8")).not.toContain("OSF.DDA"); // not Office.js itself
  });

  it("passes the rules Microsoft's validator applies: HTTPS, icon sizes, lengths of ids and strings", () => {
    // every address is HTTPS (the validator refuses plain HTTP)
    expect(urls().filter((u) => !u.startsWith("https://"))).toEqual([]);
    // each image is as large as the place that shows it says: PNG width and height in its header
    const pixels = (url: string) => {
      const png = readFileSync(join(ROOT, url.slice(ORIGIN.length)));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const imageUrl = new Map(
      [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1], m[2]])
    );
    for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      const size = Number(m[1]);
      expect({ resid: m[2], pixels: pixels(imageUrl.get(m[2] as string) as string) }).toEqual({
        resid: m[2],
        pixels: [size, size],
      });
    }
    expect(pixels(/<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] as string)).toEqual([32, 32]);
    expect(
      pixels(/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1] as string)
    ).toEqual([64, 64]);
    // resource ids at most 32 characters; short strings 125, long strings 250
    for (const id of attributes(app.VersionOverrides, "resid"))
      expect(id.length).toBeLessThanOrEqual(32);
    const strings = (section: string) =>
      [
        ...(
          new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(xml)?.[1] ?? ""
        ).matchAll(/(?:DefaultValue|Value)="([^"]*)"/g),
      ].map((m) => m[1] as string);
    expect(strings("ShortStrings").length).toBeGreaterThan(5);
    for (const text of strings("ShortStrings")) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of strings("LongStrings")) expect(text.length).toBeLessThanOrEqual(250);
  });

  it("calls no Office.js API above the requirement sets it declares (scripts/check-api-sets.js)", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts/check-api-sets.js")], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("requirement set used: ExcelApi 1.9 (manifest: 1.9)");
  });
});
