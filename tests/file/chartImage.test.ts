import { inflateSync } from "zlib";
import { cashflowChartPng, drawCashflowChart, niceStep } from "../../src/file/chartImage";

describe("cash-flow chart picture", () => {
  it("is a valid, compressed PNG whose pixels decode to the drawn canvas", async () => {
    const series = { monthly: [-300, -50, 100, 100], cumulative: [-300, -350, -250, -150] };
    const png = Buffer.from(await cashflowChartPng(series, 80, 40));
    // deflated: far smaller than the 9,640 bytes of raw pixel rows
    expect(png.length).toBeLessThan(2000);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("latin1")).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe(40 * (1 + 80 * 3));
    const canvas = drawCashflowChart(series, 80, 40);
    expect(raw.subarray(1, 1 + 80 * 3)).toEqual(Buffer.from(canvas.pixels.subarray(0, 80 * 3)));
  });

  it("is still a valid PNG, stored uncompressed, where the platform has no CompressionStream", async () => {
    const series = { monthly: [-300, -50, 100, 100], cumulative: [-300, -350, -250, -150] };
    const native = globalThis.CompressionStream;
    try {
      (globalThis as { CompressionStream?: unknown }).CompressionStream = undefined;
      const png = Buffer.from(await cashflowChartPng(series, 80, 40));
      const idatLength = png.readUInt32BE(33);
      const raw = inflateSync(png.subarray(41, 41 + idatLength)); // checks the adler-32 too
      expect(raw.length).toBe(40 * (1 + 80 * 3));
      expect(idatLength).toBeGreaterThan(raw.length);
    } finally {
      globalThis.CompressionStream = native;
    }
  });

  it("draws negative months red and positive months blue", () => {
    const canvas = drawCashflowChart({ monthly: [-100, 100], cumulative: [-100, 0] }, 100, 60);
    const colours = new Set<string>();
    for (let i = 0; i < canvas.pixels.length; i += 3)
      colours.add(`${canvas.pixels[i]},${canvas.pixels[i + 1]},${canvas.pixels[i + 2]}`);
    expect(colours.has("197,15,31")).toBe(true);
    expect(colours.has("15,108,189")).toBe(true);
  });

  it("chooses 1-2-5 grid steps", () => {
    expect(niceStep(1000)).toBe(200);
    expect(niceStep(171615)).toBe(50000);
    expect(niceStep(0)).toBe(1);
  });
});
