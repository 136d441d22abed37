/**
 * Forms held once per core business, site or employee (様式04, 06, 07, 10) repeated: each copy a
 * sheet of its own with names of its own, listed in the 目次 under its form's heading, checked
 * like the form, and added by a rebuild without touching what was typed in the others.
 */
import { MemoryHost } from "../../src/engine/memoryHost";
import { repeatsProblem } from "../../src/forms/formSet";
import { mainAsync } from "../../src/cli/main";
import type { SheetDef } from "../../src/sheets/types";
import { checkDefinition } from "../../src/usecases/check";
import {
  type WorkbookChoice,
  workbookDefinition,
  workbookLayout,
} from "../../src/usecases/workbookChoice";

const CHOICE: WorkbookChoice = {
  course: "中級",
  industry: "製造業",
  forms: ["01", "06", "07", "10"],
  repeats: { "06": 3, "10": 2 },
};

const sheet = (def: { sheets: SheetDef[] }, name: string) =>
  def.sheets.find((s) => s.name === name) as SheetDef;

describe("a form repeated per core business or site", () => {
  const def = workbookDefinition(CHOICE);

  it("gets a sheet per copy, after the form, each with names of its own", () => {
    const names = def.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("様式06"))).toEqual([
      "様式06_中核事業",
      "様式06_中核事業(2)",
      "様式06_中核事業(3)",
    ]);
    expect(names.filter((n) => n.startsWith("様式10"))).toEqual([
      "様式10_避難計画",
      "様式10_避難計画(2)",
    ]);
    expect(names.filter((n) => n.startsWith("様式07"))).toEqual(["様式07_影響度評価"]);
    const defined = def.sheets.flatMap((s) => [
      ...s.cells.flatMap((c) => (c.name === undefined ? [] : [c.name])),
      ...(s.rangeNames ?? []).map((r) => r.name),
    ]);
    expect(new Set(defined).size).toBe(defined.length);
    const copy = sheet(def, "様式06_中核事業(2)");
    expect(copy.cells.some((c) => c.name?.startsWith("Form06c2_"))).toBe(true);
    expect(copy.cells.find((c) => c.role === "title")?.value).toBe(
      "【様式06】中核事業に係る情報（2）"
    );
  });

  it("is listed in the 目次 under its form's heading, with the page it starts on", () => {
    const cover = sheet(def, "様式01_表紙目次");
    const rows = cover.cells.filter((c) => typeof c.value === "string");
    const at = (text: string) => rows.findIndex((c) => c.value === text);
    expect(at("様式06_中核事業(3)")).toBeGreaterThan(at("3. 中核事業と復旧目標"));
    expect(at("様式06_中核事業(3)")).toBeLessThan(at("4. 財務診断と事前対策計画"));
    expect(at("様式10_避難計画(2)")).toBeGreaterThan(at("(2) 避難"));
  });

  it("is checked like the form: its required entries reported on its own sheet", async () => {
    const host = new MemoryHost();
    await host.build(workbookLayout(CHOICE));
    const { result } = await checkDefinition(host, workbookLayout(CHOICE), "2026-12-02");
    const sheets = new Set(
      result.findings.filter((f) => f.rule === "required").map((f) => f.sheet)
    );
    expect(sheets.has("様式06_中核事業(2)")).toBe(true);
    expect(sheets.has("様式10_避難計画(2)")).toBe(true);
  });

  it("adds a copy on a rebuild and keeps what was typed in the others", async () => {
    const host = new MemoryHost();
    await host.build(workbookLayout({ ...CHOICE, repeats: { "06": 2 } }));
    const typed = sheet(
      workbookDefinition({ ...CHOICE, repeats: { "06": 2 } }),
      "様式06_中核事業(2)"
    ).cells.find((c) => c.role === "input" && c.format === "text") as { ref: string };
    host.memory.setCell("様式06_中核事業(2)", typed.ref, "金型の受託製造");
    const report = await host.build(workbookLayout(CHOICE));
    expect(report.created).toContain("様式06_中核事業(3)");
    expect(host.memory.value("様式06_中核事業(2)", typed.ref)).toBe("金型の受託製造");
  });

  it("refuses a form that does not repeat, or too many copies, in Japanese", () => {
    expect(repeatsProblem({ "09": 2 })).toBe(
      "様式「09」は繰り返せません。繰り返せるのは 04、06、07、10 です。"
    );
    expect(repeatsProblem({ "06": 21 })).toBe(
      "様式06の数は 1〜20 の整数で指定してください（21）。"
    );
    expect(repeatsProblem({ "06": 2, "04": 5 })).toBeNull();
  });

  it("comes from the command line's --repeat", async () => {
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    const code = await mainAsync(
      ["workbook", "--forms", "06", "--repeat", "06=2", "--out", "/tmp/bcp-repeat.xlsx", "--force"],
      io
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines.join("\n")).sheets).toContain("様式06_中核事業(2)");
    lines.length = 0;
    expect(await mainAsync(["workbook", "--repeat", "06:2", "--out", "/tmp/x.xlsx"], io)).toBe(2);
    expect(lines.join("")).toContain("--repeat の「06:2」が読めません");
  });
});
