/**
 * bcp-calc import and workbook --import: the example company's books exported as a 弥生会計
 * trial balance (Shift_JIS) and an asset ledger become the scenario's statements and assets, the
 * workbook's inputs with a 取込記録 sheet; an unsettled import writes nothing and says why.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXIT, mainAsync } from "../../src/cli/main";
import { evaluateScenario } from "../../src/model/scenario";
import type { ScenarioInput } from "../../src/model/scenario";
import { EXAMPLE, bookLines, ledgerText, sjis, utf8, yayoiText } from "../helpers/books";

const dir = mkdtempSync(join(tmpdir(), "bcp-import-"));
// the example company's books as the README's command reads them
const tb = join(__dirname, "../../examples/books/残高試算表.csv");
const ledger = join(__dirname, "../../examples/books/固定資産台帳.csv");
const base = join(dir, "base.json");
writeFileSync(base, JSON.stringify({ ...EXAMPLE, statements: undefined, annual: undefined }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await mainAsync(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("bcp-calc import", () => {
  it("has the example company's books in examples/books, as the layouts write them", () => {
    expect(new Uint8Array(readFileSync(tb))).toEqual(
      sjis(yayoiText(bookLines(EXAMPLE.statements!, 45_000_000)))
    );
    expect(new Uint8Array(readFileSync(ledger))).toEqual(sjis(ledgerText()));
  });

  it("writes the scenario the books give, over the base's other parts", async () => {
    const out = join(dir, "imported.json");
    const r = await run("import", tb, ledger, "--industry", "製造業", "--base", base, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      files: { kind: string; encoding: string }[];
      totals: { agrees: boolean }[];
    };
    expect(report.files.map((f) => [f.kind, f.encoding])).toEqual([
      ["残高試算表", "Shift_JIS"],
      ["固定資産台帳", "Shift_JIS"],
    ]);
    expect(report.totals.every((t) => t.agrees)).toBe(true);
    const scenario = JSON.parse(readFileSync(out, "utf8")) as ScenarioInput;
    expect(scenario.statements).toMatchObject({ sales: 480_000, materialsPurchases: 190_000 });
    expect(scenario.funds.cash).toBe(45_000);
    // the ledger's 取得価額 (factor 1) are the example's 再調達価格; S53 building → 建築年代 2
    expect(scenario.assets).toEqual({ ...EXAMPLE.assets });
    expect(scenario.building).toEqual({ ...EXAMPLE.building, era: 2 });
    // the file cannot say the example's その他 is variable; marked so, the figures are the example's
    const statements = scenario.statements as { costReport: Record<string, unknown> };
    statements.costReport.other = { amount: statements.costReport.other, behaviour: "variable" };
    expect(evaluateScenario(scenario).E).toBeCloseTo(evaluateScenario(EXAMPLE).E, 9);
  });

  it("lists what is unsettled, exits 3 and writes nothing", async () => {
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, utf8("勘定科目,金額\n売上高,1000000\n特許使用料,5000\n営業利益,995000\n"));
    const out = join(dir, "never.json");
    const r = await run("import", odd, "--industry", "卸・小売業", "--out", out);
    expect(r.code).toBe(EXIT.inputFile);
    expect(r.err).toContain("「");
    expect(r.err).toContain("3行目の科目「特許使用料」");
    expect(r.err).toContain("何も書き出していません");
    expect(existsSync(out)).toBe(false);
    const mapping = join(dir, "対応表.csv");
    writeFileSync(mapping, utf8("勘定科目,行\n特許使用料,販管費 その他\n"));
    const ok = await run(
      "import",
      odd,
      "--industry",
      "卸・小売業",
      "--mapping",
      mapping,
      "--out",
      out
    );
    expect(ok.code).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as ScenarioInput).statements).toMatchObject({
      sga: { other: 5 },
    });
  });

  it("reads a mapping's accounts as it reads the file's: marks, codes and spaces alike", async () => {
    const odd = join(dir, "marked.csv");
    writeFileSync(
      odd,
      utf8("勘定科目,金額\n売上高,1000000\n特許使用料(製),40000\n組合会費,3000\n営業利益,960000\n")
    );
    const mapping = join(dir, "対応表2.csv");
    writeFileSync(mapping, utf8("特許使用料(製),製造原価報告書 その他\n組合 会費,使わない\n"));
    const out = join(dir, "marked.json");
    const r = await run("import", odd, "--mapping", mapping, "--out", out);
    expect(r.err).toBe("");
    const scenario = JSON.parse(readFileSync(out, "utf8")) as ScenarioInput;
    expect(scenario.statements).toMatchObject({ costReport: { other: 40 } });
  });

  it("takes the workbook's 勘定科目対応 sheet saved as CSV as the mapping, and names a bad row", async () => {
    const odd = join(dir, "sheet-odd.csv");
    writeFileSync(odd, utf8("勘定科目,金額\n売上高,1000000\n特許使用料,5000\n営業利益,995000\n"));
    const sheet = (line: string) =>
      utf8(
        "黄色の列を書き換えると…,,\n勘定科目対応,,\n決算書,勘定科目,入れる行（固定費・変動費は指針の区分）\n" +
          `損益計算書,売上高,売上高\n,特許使用料,${line}\n,,\n,,入れる行に選べるもの\n,,使わない\n`
      );
    const mapping = join(dir, "勘定科目対応.csv");
    writeFileSync(mapping, sheet("販管費 その他：固定費（変動に変更可）"));
    const out = join(dir, "sheet.json");
    const args = ["import", odd, "--industry", "卸・小売業", "--mapping", mapping, "--out", out];
    const ok = await run(...args);
    expect(ok.err).toBe("");
    expect((JSON.parse(readFileSync(out, "utf8")) as ScenarioInput).statements).toMatchObject({
      sga: { other: 5 },
    });
    writeFileSync(mapping, sheet("どこか"));
    const bad = await run(...args);
    expect(bad.code).toBe(EXIT.inputFile);
    expect(bad.err).toContain(
      "対応表「" + mapping + "」の5行目「特許使用料」の入れる行「どこか」が一覧にありません。"
    );
  });

  it("names a PDF given as a trial balance", async () => {
    const pdf = join(dir, "tb.csv");
    writeFileSync(pdf, "%PDF-1.4\n");
    const r = await run("import", pdf);
    expect(r).toEqual({
      code: EXIT.inputFile,
      out: "",
      err: `「${pdf}」は CSV ではなくPDFです。会計ソフトの書き出しで「CSV」を選んでください。`,
    });
  });
});

describe("bcp-calc workbook --import", () => {
  it("fills the course from the books and records each value's origin", async () => {
    const out = join(dir, "book.xlsx");
    const r = await run(
      "workbook",
      "--course",
      "中級",
      "--industry",
      "製造業",
      "--import",
      `${tb},${ledger}`,
      "--out",
      out
    );
    expect(r.err).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const value = (name: string) => {
      const [ref] = wb.definedNames.getRanges(name).ranges;
      const [sheet, cell] = (ref as string).split("!");
      return wb
        .getWorksheet((sheet as string).replace(/^'|'$/g, ""))
        ?.getCell((cell as string).replace(/\$/g, "")).value;
    };
    expect(value("Sales")).toBe(480_000);
    expect(value("MC_power")).toBe(9_000);
    expect(value("Asset_Building")).toBe(180_000);
    // the 営業利益 the file prints: the example's 損益計算書 (its その他's behaviour does not enter it)
    expect(value("Reported_OperatingProfit")).toBeCloseTo(
      evaluateScenario(EXAMPLE).costing!.pl.operatingProfit,
      6
    );
    const record = wb.getWorksheet("取込記録");
    expect(record).toBeDefined();
    const texts: string[] = [];
    record!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(
      texts.some((t) => t.includes("残高試算表.csv") && t.includes("「売上高」480,000,000円"))
    ).toBe(true);
    // land is listed among what the import left out, with its file and line
    expect(texts).toContain("モデルの資産区分にない資産");
    expect(texts.some((t) => t.startsWith("工場用地（土地）（固定資産台帳.csv 12行目）"))).toBe(
      true
    );
    // 当期製品製造原価 is printed twice and reconciled twice, but typed into one input
    expect(texts.filter((t) => t === "Reported_COGM")).toHaveLength(1);
    expect(texts.filter((t) => t === "当期製品製造原価")).toHaveLength(2);
    // the import date in the workbook's date style (和暦 unless --dates 西暦)
    expect(texts[texts.indexOf("取込日") + 1]).toMatch(/^令和\d+年\d+月\d+日$/);
  });
});
