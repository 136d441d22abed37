import { spawnSync } from "child_process";
import { existsSync, rmSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";
import { parseArg } from "../../src/cli/parseArg";

const ROOT = join(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/scenario-manufacturing.json");

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("parseArg: Excel-style arguments from words", () => {
  it("reads numbers, blanks, booleans, ranges and text", () => {
    expect(parseArg("1250")).toBe(1250);
    expect(parseArg("-0.5")).toBe(-0.5);
    expect(parseArg("1e3")).toBe(1000);
    expect(parseArg("")).toBeNull();
    expect(parseArg("TRUE")).toBe(true);
    expect(parseArg("[1,2,null]")).toEqual([[1, 2, null]]);
    expect(parseArg("[[1],[2]]")).toEqual([[1], [2]]);
    expect(parseArg("6強")).toBe("6強");
  });

  it("refuses malformed ranges", () => {
    expect(() => parseArg("[1,2")).toThrow("JSON");
    expect(() => parseArg("[[1,{}]]")).toThrow("範囲");
  });
});

describe("bcp-calc fn", () => {
  it("prints the result as JSON (表 参考.2-5: 担保価値 30 百万円 → 110 百万円)", () => {
    expect(run("fn", "COLLATERAL_LIMIT", "30000")).toEqual({ code: 0, out: "110000", err: "" });
  });

  it("spills a table as nested JSON arrays", () => {
    const r = run(
      "fn",
      "BCP.CASHFLOW_TABLE",
      "12000",
      "7920",
      "3480",
      "300",
      "[0,0.5,1]",
      "[0,0,150]"
    );
    expect(r.code).toBe(0);
    const table = JSON.parse(r.out) as number[][];
    expect(table[5]).toEqual([-265, -95, 75]);
  });

  it("prints the Excel error and the Japanese message for bad input, and exits non-zero", () => {
    const r = run("fn", "STOP_CASHFLOW", "abc", "108", "30");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "#VALUE! 年間固定費には数値を入力してください（文字列「abc」は使えません）。"
    );
    const blank = run("fn", "COLLATERAL_LIMIT", "");
    expect(blank.code).toBe(1);
    expect(blank.err).toMatch(/^#N\/A 担保価値が空欄です/);
  });

  it("explains usage without a function name", () => {
    expect(run("fn").code).toBe(2);
    // one line that says what is wrong and where the usage is; help prints it
    expect(run("nonsense").err).toBe(
      "コマンド「nonsense」はありません。（使い方は bcp-calc help）"
    );
    expect(run("help").out).toContain("bcp-calc fn NAME");
  });
});

describe("bcp-calc scenario", () => {
  it("prints the headline figures of the example", () => {
    const r = run("scenario", EXAMPLE);
    expect(r.code).toBe(0);
    const h = JSON.parse(r.out);
    for (const key of [
      "A",
      "B",
      "C",
      "D1",
      "E",
      "e",
      "N",
      "peakShortage",
      "peakMonth",
      "assets",
      "recoveryDays",
    ]) {
      expect(h).toHaveProperty(key);
    }
    expect(h.C).toBeCloseTo(h.A + h.B, 4);
    expect(h.assets).toHaveLength(7);
    // E = 113,413 is over the limit
    expect(h.collateral).toEqual({ value: 30000, limit: 110000, covers: false });
  });

  it("--full prints the monthly table too", () => {
    const full = JSON.parse(run("scenario", EXAMPLE, "--full").out);
    expect(full.cashflow.rows).toHaveLength(24); // the example's two years, as the workbook's table
  });

  it("says so when the file cannot be read", () => {
    const r = run("scenario", join(ROOT, "no-such-file.json"));
    expect(r.code).toBe(3);
    expect(r.err).toContain("が見つかりません");
  });
});

describe("the installed bin", () => {
  const bin = join(ROOT, "bin/bcp-calc.js");
  it("is built by the install step", () => {
    expect(existsSync(join(ROOT, "dist/cli/main.js"))).toBe(true);
    expect(existsSync(join(ROOT, "dist/bcp-calc.js"))).toBe(true);
  });

  it("keeps a code cache per command, written by the command's run", () => {
    const cache = join(ROOT, "dist/bcp-calc.coefficients.cache");
    rmSync(cache, { force: true });
    const first = spawnSync(process.execPath, [bin, "coefficients"], { encoding: "utf8" });
    expect(first.status).toBe(0);
    expect(existsSync(cache)).toBe(true);
    const second = spawnSync(process.execPath, [bin, "coefficients"], { encoding: "utf8" });
    expect(second.stdout).toBe(first.stdout);
  });

  it("runs as a program with the same output and exit codes", () => {
    const ok = spawnSync(process.execPath, [bin, "fn", "STOP_CASHFLOW", "1250", "108", "30"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(Math.round(JSON.parse(ok.stdout))).toBe(95);
    const bad = spawnSync(process.execPath, [bin, "fn", "COLLAPSE_RATE", "1", "1", "8"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("#VALUE! 計測震度は4.5〜7の範囲");
  });
});

describe("bcp-calc workbook", () => {
  it("writes the course with the scenario's inputs and reports what it wrote", async () => {
    const { mkdtempSync } = await import("fs");
    const { tmpdir } = await import("os");
    const { mainAsync } = await import("../../src/cli/main");
    const out = join(mkdtempSync(join(tmpdir(), "bcp-")), "wb.xlsx");
    const lines: string[] = [];
    const code = await mainAsync(
      ["workbook", "--course", "上級", "--input", EXAMPLE, "--out", out],
      {
        out: (t) => lines.push(t),
        err: (t) => lines.push(t),
      }
    );
    expect(code).toBe(0);
    const report = JSON.parse(lines.join("\n"));
    expect(report).toMatchObject({ course: "上級", industry: "製造業", file: out });
    expect(report.sheets).toContain("上級_2事業所");
    expect(existsSync(out)).toBe(true);
  });

  it("refuses an unknown course or an industry that contradicts the scenario", async () => {
    const { mainAsync } = await import("../../src/cli/main");
    const errors: string[] = [];
    const io = { out: () => undefined, err: (t: string) => errors.push(t) };
    expect(await mainAsync(["workbook", "--course", "特級", "--out", "/tmp/x.xlsx"], io)).toBe(2);
    expect(
      await mainAsync(
        ["workbook", "--industry", "建設業", "--input", EXAMPLE, "--out", "/tmp/x.xlsx"],
        io
      )
    ).toBe(2);
    expect(errors[0]).toContain("--course の「特級」は使えません");
    expect(errors[1]).toContain("業種");
  });
});

describe("bcp-calc workbook --forms", () => {
  it("adds the checklists to the workbook, and refuses unknown forms", async () => {
    const { mkdtempSync } = await import("fs");
    const { tmpdir } = await import("os");
    const { mainAsync } = await import("../../src/cli/main");
    const out = join(mkdtempSync(join(tmpdir(), "bcp-")), "forms.xlsx");
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    expect(
      await mainAsync(["workbook", "--input", EXAMPLE, "--forms", "all", "--out", out], io)
    ).toBe(0);
    expect(JSON.parse(lines.join("\n")).sheets).toContain("チェック_取組状況");
    lines.length = 0;
    expect(await mainAsync(["workbook", "--forms", "様式99", "--out", out], io)).toBe(1);
    expect(lines[0]).toContain("様式・チェックリスト「様式99」はありません");
  });

  it("builds the forms alone in English with Western dates, and the scenario's figures reach them", async () => {
    const { mkdtempSync } = await import("fs");
    const { tmpdir } = await import("os");
    const ExcelJS = (await import("exceljs")).default;
    const { mainAsync } = await import("../../src/cli/main");
    const out = join(mkdtempSync(join(tmpdir(), "bcp-")), "forms-en.xlsx");
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    const args = ["workbook", "--input", EXAMPLE, "--forms", "01,06,09", "--lang", "en"];
    expect(await mainAsync([...args, "--dates", "西暦", "--out", out], io)).toBe(0);
    expect(JSON.parse(lines.join("\n")).sheets.slice(0, 4)).toEqual([
      "様式01_表紙目次",
      "サマリー",
      "中級_損益",
      "中級_直接原価",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const form06 = wb.getWorksheet("様式06_中核事業");
    expect(form06?.getCell("A2").value).toBe("Form 06: Core business");
    const [sheet, ref] = (
      wb.definedNames.getRanges("Form06_TargetValue").ranges[0] as string
    ).split("!");
    expect(
      wb.getWorksheet(String(sheet).replace(/'/g, ""))?.getCell(String(ref).replace(/\$/g, ""))
        .value
    ).toBe(30);
    lines.length = 0;
    expect(await mainAsync([...args, "--dates", "明治", "--out", out], io)).toBe(2);
    expect(lines[0]).toContain("--dates の「明治」は使えません。和暦、西暦のいずれかです");
  });

  it("lays out as many rows per 様式 table as asked (--table-rows), and refuses what is not 1 to 1,000", async () => {
    const { mkdtempSync } = await import("fs");
    const { tmpdir } = await import("os");
    const ExcelJS = (await import("exceljs")).default;
    const { mainAsync } = await import("../../src/cli/main");
    const out = join(mkdtempSync(join(tmpdir(), "bcp-")), "rows.xlsx");
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    const args = ["workbook", "--forms", "11,16-1", "--forms-only", "--table-rows", "40"];
    expect(await mainAsync([...args, "--out", out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // the names over each table column cover the rows laid out
    const columns = (wb.definedNames.model as { name: string; ranges: string[] }[]).filter(
      (n) => /^Form(11|16_1)_/.test(n.name) && (n.ranges[0] ?? "").includes(":")
    );
    expect(columns.length).toBeGreaterThan(4);
    for (const { ranges } of columns) {
      const [from, to] = (ranges[0] as string).split(":").map((r) => Number(/\d+$/.exec(r)?.[0]));
      expect((to as number) - (from as number) + 1).toBeGreaterThanOrEqual(40);
    }
    for (const bad of ["0", "1001", "abc"]) {
      lines.length = 0;
      expect(await mainAsync(["workbook", "--table-rows", bad, "--out", out], io)).toBe(2);
      expect(lines[0]).toContain("--table-rows は1〜1000の整数です");
    }
  });
});
