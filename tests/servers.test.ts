/**
 * The preview server and the development server: this machine only, a malformed request gets a
 * 400 and the server keeps serving, no wildcard CORS; the dev server lets Office on the web (and
 * nothing else) read the add-in's files cross-origin.
 */
import { request } from "http";
import type { AddressInfo } from "net";

const { createPreviewServer } = require("../scripts/preview-server.js") as {
  createPreviewServer(): import("http").Server;
};
const webpackConfig = require("../webpack.config.js") as ((
  env: unknown,
  options: { mode: string }
) => Promise<{ devServer: { host: string; headers: unknown } }>) & {
  officeOrigin(origin: string | undefined): Record<string, string>;
};
const { officeOrigin } = webpackConfig;

function get(
  port: number,
  path: string
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the preview server", () => {
  it("answers a malformed address with 400 and keeps serving, with no CORS header", async () => {
    const server = createPreviewServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect((await get(port, "/%")).status).toBe(400);
      expect((await get(port, "/%E0%A4%A")).status).toBe(400);
      const page = await get(port, "/preview.html");
      expect(page.status).toBe(200);
      expect(page.headers["access-control-allow-origin"]).toBeUndefined();
      expect((await get(port, "/../package.json")).status).not.toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("the development server's CORS", () => {
  it("listens on this machine only and decides the header per request", async () => {
    const config = await webpackConfig({}, { mode: "production" });
    expect(config.devServer.host).toBe("localhost");
    expect(typeof config.devServer.headers).toBe("function");
  });

  it("names Office on the web's origins and no other", () => {
    expect(officeOrigin("https://excel.officeapps.live.com")).toMatchObject({
      "Access-Control-Allow-Origin": "https://excel.officeapps.live.com",
    });
    expect(officeOrigin("https://www.office.com")["Access-Control-Allow-Origin"]).toBe(
      "https://www.office.com"
    );
    for (const other of [
      "https://evil.example",
      "http://excel.officeapps.live.com",
      "https://office.com.evil.example",
      undefined,
    ])
      expect(officeOrigin(other)["Access-Control-Allow-Origin"]).toBeUndefined();
  });
});
