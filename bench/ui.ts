// Benchmark of the task pane: time to first render of the preview page (the same pane on the
// in-memory workbook) in Debian's Chromium, median of a few cold loads. Bundle sizes are printed
// by bench/functions.ts. Run with `npm run bench` (it builds first).
import type { AddressInfo } from "net";
import { join } from "path";
import { chromium } from "playwright-core";
import { ROOT } from "./paths";

const { createPreviewServer } = require(join(ROOT, "scripts/preview-server.js")) as {
  createPreviewServer(): import("http").Server;
};

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function main(): Promise<void> {
  const server = createPreviewServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(url);
      await page.getByRole("heading", { name: "BCP 財務診断" }).waitFor();
      times.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  console.log(
    `task pane first render (preview, Chromium): median ${times[2]} ms, min ${times[0]} ms, max ${times[4]} ms over ${times.length} cold loads`
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
