/**
 * The task pane's page in Debian's Chromium, as Excel's shared runtime loads it: with Office.js
 * answered by a stand-in that records what the page registers, every custom function of
 * functions.json and the ribbon command are associated once the scripts have run, and the pane
 * renders, with no script error.
 */
/* global window */
import { readFileSync } from "fs";
import type { AddressInfo } from "net";
import { join } from "path";
import { type Browser, chromium } from "playwright-core";

const { createPreviewServer } = require("../../scripts/preview-server.js") as {
  createPreviewServer(): import("http").Server;
};

jest.setTimeout(120_000);

// what the page needs of Office.js: Office.onReady and the two registries, recording each id
const OFFICE_STAND_IN = `
window.registered = { functions: [], actions: [] };
window.Office = {
  onReady: (cb) => Promise.resolve().then(() => cb && cb({ host: "Excel" })),
  actions: { associate: (id) => window.registered.actions.push(id) },
};
window.CustomFunctions = {
  associate: (id) => window.registered.functions.push(id),
  Error: class extends Error {},
  ErrorCode: {},
};`;

let server: import("http").Server;
let browser: Browser;

beforeAll(async () => {
  server = createPreviewServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("the page registers every function and the ribbon command, and shows the pane", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN })
  );
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.getByRole("heading", { name: "BCP 財務診断" }).waitFor();
  const registered = await page.evaluate(
    () =>
      (window as unknown as { registered: { functions: string[]; actions: string[] } }).registered
  );
  const metadata = JSON.parse(
    readFileSync(join(__dirname, "../../dist/web/functions.json"), "utf8")
  ) as { functions: { id: string }[] };
  expect(registered.functions).toEqual(metadata.functions.map((f) => f.id));
  expect(registered.actions).toEqual(["applyCoefficients"]);
  expect(errors).toEqual([]);
  await page.close();
});
