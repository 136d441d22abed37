import { inflateSync } from "zlib";
import {
  axisLabel,
  cashflowChartPng,
  drawCashflowChart,
  niceStep,
  textWidth,
} from "../../src/file/chartImage";

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

// #17: the picture in files and in the lender copy carries its scale — grid values in 千円 and the
// month numbers — since a bank reads it without Excel's own chart
describe("the chart picture's axes", () => {
  it("labels grid values with thousands separators and a minus sign", () => {
    expect(axisLabel(-150000)).toBe("-150,000");
    expect(axisLabel(50000)).toBe("50,000");
    expect(axisLabel(0)).toBe("0");
  });

  it("draws the labels left of the plot and under the months, in the axis colour", () => {
    const monthly = [-120000, -30000, 5000, 8000];
    const canvas = drawCashflowChart(
      { monthly, cumulative: [-120000, -150000, -145000, -137000] },
      400,
      200
    );
    const axis = (x: number, y: number) => {
      const i = (y * 400 + x) * 3;
      return [canvas.pixels[i], canvas.pixels[i + 1], canvas.pixels[i + 2]].join(",");
    };
    let leftInk = 0;
    let bottomInk = 0;
    for (let y = 0; y < 200; y++)
      for (let x = 0; x < 60; x++) if (axis(x, y) === "96,96,96") leftInk++;
    for (let y = 185; y < 200; y++)
      for (let x = 60; x < 400; x++) if (axis(x, y) === "96,96,96") bottomInk++;
    expect(leftInk).toBeGreaterThan(100); // the values of the grid lines
    expect(bottomInk).toBeGreaterThan(50); // the month numbers
    expect(textWidth("-150,000", 2)).toBe(8 * 12 - 2);
  });
});
