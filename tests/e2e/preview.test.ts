/**
 * End to end in Debian's Chromium: start → scenario → check → share on the preview page (the
 * pane against the in-memory workbook), asserting the figures shown; screenshots of each step go
 * to artifacts/e2e/.
 */
/* global window document */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import type { AddressInfo } from "net";
import { join } from "path";
import { type Browser, type Page, chromium } from "playwright-core";
import { evaluateScenario } from "../../src/model/scenario";
import { amount } from "../../src/taskpane/ScenarioPanel";
import { example } from "../helpers/excelFake";

const { createPreviewServer } = require("../../scripts/preview-server.js") as {
  createPreviewServer(): import("http").Server;
};

jest.setTimeout(600_000);

const SHOTS = join(__dirname, "../../artifacts/e2e");
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server: import("http").Server;
let browser: Browser;
let page: Page;
/** what the browser refused under the page's Content-Security-Policy */
const refused: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = createPreviewServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // a busy machine may take its time; the flow is waited for, never timed
  page.setDefaultTimeout(180_000);
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const model = (hazard: string) => evaluateScenario({ ...example, hazard });

describe("the accountant's workflow on the preview page", () => {
  it("1. start: builds the 中級・製造業 course with the readiness checklist and fills in the example company", async () => {
    await page.getByLabel("BCP取組状況チェック（20問）").check();
    await page.getByRole("button", { name: "シートを作成" }).click();
    await page.getByText("作成したシート：サマリー", { exact: false }).waitFor();
    await page.getByRole("button", { name: "サンプル会社の数値を入力" }).click();
    await page.getByText(/サンプル会社の数値を \d+ 項目入力しました/).waitFor();
    await page.getByRole("tab", { name: "サマリー" }).waitFor();
    await page.getByRole("tab", { name: "チェック_取組状況" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "1-start.png") });
  });

  it("2. scenario: 6強 against 7 shows the model's figures side by side", async () => {
    await page.getByRole("tab", { name: "比較" }).click();
    await page.getByRole("button", { name: "比べる" }).click();
    const table = page.getByRole("table", { name: "想定ごとの主要な数値（千円）" });
    await table.waitFor();
    const row = table.getByRole("row", { name: /^復旧費用総額 \(C\)/ });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells).toEqual([amount(model("6強").C), amount(model("7").C)]);
    const n = await table
      .getByRole("row", { name: /営業再開日数/ })
      .getByRole("cell")
      .allTextContents();
    expect(n[0]).toContain(`${model("6強").N}日`);
    await page.screenshot({ path: join(SHOTS, "2-scenario.png"), fullPage: true });
  });

  it("3. check: no error, two warnings, and a finding takes the grid to its cell", async () => {
    await page.getByRole("tab", { name: "点検" }).click();
    await page.getByRole("button", { name: "点検する" }).click();
    await page.getByText("警告あり：エラー 0件・警告 3件・情報 0件").waitFor();
    const finding = page.getByRole("button", { name: /目標復旧時間を/ });
    await finding.click();
    const selected = page
      .locator("td[data-ref]")
      .filter({ hasText: `${model("6強").N}日` })
      .first();
    await selected.waitFor();
    await page.screenshot({ path: join(SHOTS, "3-check.png") });
  });

  it("4. share: the lender copy downloads as .xlsx with the 金融機関提出用サマリー first", async () => {
    await page.getByRole("tab", { name: "作成" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "金融機関提出用コピー" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^金融機関提出用_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(SHOTS, "lender.xlsx");
    await download.saveAs(file);
    await page.getByText(/新しいブックに金融機関提出用コピーを作りました/).waitFor();
    await page.screenshot({ path: join(SHOTS, "4-share.png") });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]?.name).toBe("金融機関提出用サマリー");
  });
});

describe("the pane in English", () => {
  it("5. switches language and keeps the figures", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "BCP Financial Diagnosis" }).waitFor();
    await page.getByRole("tab", { name: "Compare" }).click();
    await page.getByRole("button", { name: "Compare" }).click();
    const table = page.getByRole("table", { name: "Headline figures per case (thousand yen)" });
    const cells = await table
      .getByRole("row", { name: /Recovery cost total/ })
      .getByRole("cell")
      .allTextContents();
    expect(cells).toEqual([amount(model("6強").C), amount(model("7").C)]);
    // both hazard choices stay inside the pane with their English names
    const pane = await page.getByRole("heading", { name: "Compare hazards" }).boundingBox();
    const paneRight = (pane?.x ?? 0) + 320;
    for (const label of ["Case A", "Case B"]) {
      const box = await page.getByRole("combobox", { name: label }).boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(paneRight);
    }
    await page.screenshot({ path: join(SHOTS, "5-english.png") });
  });
});

describe("the BCP 様式 from the pane", () => {
  it("6. adds the form set to the filled-in course: the cover lists it, 様式06 carries the target and B", async () => {
    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("tab", { name: "作成" }).click();
    await page.getByLabel("BCP様式01〜20（表紙・目次つき）").check();
    await page.getByRole("button", { name: "シートを作成" }).click();
    await page.getByText(/作成したシート：様式01_表紙目次/).waitFor();
    // the example's typed 目標復旧時間, F and policies moved to the forms; no sheet was left as it was
    await page.getByText(/財務診断に入力済みの値を様式の記入欄に移しました/).waitFor();
    expect(await page.getByText(/入力欄以外/).count()).toBe(0);
    await page.getByRole("tab", { name: "様式06_中核事業" }).click();
    // the example's 目標復旧時間 (30 日) moved into 様式06, and the loss is the model's B
    await page
      .locator("td[data-ref]")
      .filter({ hasText: amount(model("6強").B) })
      .first()
      .waitFor();
    await page.getByRole("tab", { name: "様式01_表紙目次" }).click();
    await page.getByText("4. 財務診断と事前対策計画").waitFor();
    await page.screenshot({ path: join(SHOTS, "6-forms.png"), fullPage: true });
  });
});

describe("the import from the books in the pane", () => {
  it("6b. reads the example company's books, shows them beside the workbook, applies and undoes", async () => {
    await page.getByRole("tab", { name: "取込" }).click();
    const books = join(__dirname, "../../examples/books");
    await page
      .getByLabel("ファイルを選ぶ", { exact: true })
      .setInputFiles([join(books, "残高試算表.csv"), join(books, "固定資産台帳.csv")]);
    const table = page.getByRole("table", { name: /^入れる値/ });
    await table.waitFor();
    // the books are the example company's: its 売上高 now and from the file alike
    const sales = table.getByRole("row", { name: /^売上高 / });
    expect(await sales.getByRole("cell").allTextContents()).toEqual([
      "売上高",
      amount(example.statements!.sales),
      amount(example.statements!.sales),
    ]);
    await page.screenshot({ path: join(SHOTS, "6b-import-preview.png"), fullPage: true });
    await page.getByRole("button", { name: "取り込む" }).click();
    await page.getByText(/欄に入れました/).waitFor();
    await page.getByRole("tab", { name: "取込記録" }).waitFor();
    await page.getByRole("tab", { name: "勘定科目対応" }).waitFor();
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByText("取込の前の値に戻しました。").waitFor();
  });
});

describe("the page's Content-Security-Policy", () => {
  it("7. is on, refuses a script from elsewhere, and the whole workflow ran without a refusal", async () => {
    expect(refused).toEqual([]);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toContain("script-src 'self'");
    // an inline script is not this origin's file: the browser does not run it
    const ran = await page.evaluate(() => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.appendChild(script);
      return w.injected === true;
    });
    expect(ran).toBe(false);
    expect(refused.length).toBeGreaterThan(0);
  });
});
