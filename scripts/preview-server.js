// Serves the built add-in (dist/web) on localhost for the preview page: `npm run preview`.
// Also used by the browser tests. Only files under dist/web are served.
const http = require("http");
const { readFile } = require("fs/promises");
const { extname, join, normalize } = require("path");

const ROOT = join(__dirname, "..", "dist", "web");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

function createPreviewServer() {
  return http.createServer(async (req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url, "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
    } catch {
      // a malformed address (GET /%) is the client's mistake: answer it and keep serving
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
      return;
    }
    const file = join(ROOT, path === "/" ? "preview.html" : path);
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
}

module.exports = { createPreviewServer };

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3100);
  createPreviewServer().listen(port, "127.0.0.1", () => console.log(`preview: http://localhost:${port}/`));
}
