/**
 * A picture of the monthly and cumulative cash flow (bars and a line) as a PNG, for files where
 * a native Excel chart cannot be written. It runs in the pane and in Node: the pixels are drawn
 * here and compressed by the platform's deflate.
 */
/* global CompressionStream */
import { groupedDigits } from "../model/numberText";
import { concat } from "./bytes";

export interface ChartSeries {
  monthly: readonly number[];
  cumulative: readonly number[];
}

type Rgb = [number, number, number];
const GRID: Rgb = [225, 225, 225];
const AXIS: Rgb = [96, 96, 96];
const BAR_UP: Rgb = [15, 108, 189];
const BAR_DOWN: Rgb = [197, 15, 31];
const LINE: Rgb = [247, 99, 12];

class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (Math.round(y) * this.width + Math.round(x)) * 3;
    this.pixels[i] = c[0];
    this.pixels[i + 1] = c[1];
    this.pixels[i + 2] = c[2];
  }

  rect(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    for (let y = Math.round(Math.min(y0, y1)); y <= Math.round(Math.max(y0, y1)); y++) {
      for (let x = Math.round(Math.min(x0, x1)); x <= Math.round(Math.max(x0, x1)); x++)
        this.set(x, y, c);
    }
  }

  line(x0: number, y0: number, x1: number, y1: number, c: Rgb, thickness = 1): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let i = 0; i <= steps; i++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      this.rect(
        x - (thickness - 1) / 2,
        y - (thickness - 1) / 2,
        x + (thickness - 1) / 2,
        y + (thickness - 1) / 2,
        c
      );
    }
  }
}

/**
 * Digits for the axes, 5 × 7 pixels each (a row per string, "#" lit): the picture needs the
 * values of its grid lines and the month numbers, and has no font to draw them with.
 */
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
  "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
  "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
  "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
  "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
  "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
  "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
  "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
  "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
  "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
  "-": ["     ", "     ", "     ", "#####", "     ", "     ", "     "],
  ",": ["     ", "     ", "     ", "     ", "  ## ", "   # ", "  #  "],
};
const GLYPH = { width: 5, height: 7, gap: 1 } as const;

/** Pixels `text` takes across at `scale`. */
export function textWidth(text: string, scale: number): number {
  return text.length * (GLYPH.width + GLYPH.gap) * scale - GLYPH.gap * scale;
}

/** Draws digits with their top-left corner at (x, y); characters without a glyph are skipped. */
function drawText(canvas: Canvas, text: string, x: number, y: number, scale: number, c: Rgb) {
  [...text].forEach((ch, i) => {
    const rows = GLYPHS[ch];
    if (rows === undefined) return;
    const left = x + i * (GLYPH.width + GLYPH.gap) * scale;
    rows.forEach((row, r) =>
      [...row].forEach((px, col) => {
        if (px === "#")
          canvas.rect(
            left + col * scale,
            y + r * scale,
            left + (col + 1) * scale - 1,
            y + (r + 1) * scale - 1,
            c
          );
      })
    );
  });
}

/** A grid value as the axis shows it: 千円 with thousands separators (-120,000). */
export const axisLabel = groupedDigits;

/** A step of 1, 2 or 5 × 10^n giving about `count` grid lines over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function drawCashflowChart(series: ChartSeries, width = 720, height = 300): Canvas {
  const canvas = new Canvas(width, height);
  const n = Math.max(series.monthly.length, series.cumulative.length, 1);
  const values = [...series.monthly, ...series.cumulative, 0].filter(Number.isFinite);
  const step = niceStep(Math.max(...values) - Math.min(...values));
  const top = Math.ceil(Math.max(...values) / step) * step || step;
  const bottom = Math.floor(Math.min(...values) / step) * step;
  // digits twice their pixel size where the picture is large enough to print them legibly
  const scale = height >= 150 ? 2 : 1;
  const grid: number[] = [];
  for (let g = bottom; g <= top + step / 2; g += step) grid.push(g);
  const labelWidth = Math.max(...grid.map((g) => textWidth(axisLabel(g), scale)));
  const left = labelWidth + 8;
  const right = width - 12;
  const upper = 12;
  const lower = height - 12 - GLYPH.height * scale;
  const y = (v: number) => upper + ((top - v) / (top - bottom || 1)) * (lower - upper);
  const slot = (right - left) / n;
  const x = (i: number) => left + slot * (i + 0.5);
  for (const g of grid) {
    canvas.line(left, y(g), right, y(g), GRID);
    const label = axisLabel(g);
    drawText(
      canvas,
      label,
      left - 4 - textWidth(label, scale),
      y(g) - (GLYPH.height * scale) / 2,
      scale,
      AXIS
    );
  }
  series.monthly.forEach((v, i) => {
    if (!Number.isFinite(v)) return;
    canvas.rect(x(i) - slot * 0.3, y(0), x(i) + slot * 0.3, y(v), v >= 0 ? BAR_UP : BAR_DOWN);
  });
  canvas.line(left, y(0), right, y(0), AXIS);
  canvas.line(left, upper, left, lower, AXIS);
  // month numbers under the ticks: every month, or every other / every third where they crowd
  const month = textWidth(String(n), scale) + 4 * scale;
  const every = Math.max(1, Math.ceil(month / slot));
  for (let i = 0; i < n; i++) {
    canvas.line(x(i), lower, x(i), lower + 3, AXIS);
    if ((i + 1) % every !== 0 && i !== 0) continue;
    const label = String(i + 1);
    drawText(canvas, label, x(i) - textWidth(label, scale) / 2, lower + 5, scale, AXIS);
  }
  for (let i = 1; i < series.cumulative.length; i++) {
    canvas.line(
      x(i - 1),
      y(series.cumulative[i - 1] as number),
      x(i),
      y(series.cumulative[i] as number),
      LINE,
      2
    );
  }
  series.cumulative.forEach((v, i) => canvas.rect(x(i) - 2, y(v) - 2, x(i) + 2, y(v) + 2, LINE));
  return canvas;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const v of bytes) {
    a = (a + v) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored (uncompressed) deflate blocks, where the platform has no deflate. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const chunk = data.subarray(i * 65535, Math.min(data.length, (i + 1) * 65535));
    out[o++] = i === blocks - 1 ? 1 : 0;
    out[o++] = chunk.length & 0xff;
    out[o++] = chunk.length >>> 8;
    out[o++] = ~chunk.length & 0xff;
    out[o++] = (~chunk.length >>> 8) & 0xff;
    out.set(chunk, o);
    o += chunk.length;
  }
  const adler = adler32(data);
  out[o++] = adler >>> 24;
  out[o++] = (adler >>> 16) & 0xff;
  out[o++] = (adler >>> 8) & 0xff;
  out[o++] = adler & 0xff;
  return out;
}

/**
 * A zlib stream (RFC 1950, what PNG's IDAT holds) of the data, by the platform's own deflate
 * (CompressionStream: browsers and Node ≥ 18).
 */
async function zlibDeflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  // WebKit before Safari 16.4 (older macOS) has no CompressionStream: the picture is larger
  if (typeof CompressionStream === "undefined") return zlibStored(data);
  const stream = new CompressionStream("deflate");
  const writer = stream.writable.getWriter();
  void writer.write(data);
  void writer.close();
  const parts: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    parts.push(next.value);
  return concat(parts);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export async function encodePng(canvas: Canvas): Promise<Uint8Array> {
  const { width, height, pixels } = canvas;
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let yy = 0; yy < height; yy++) {
    raw[yy * (1 + width * 3)] = 0; // filter: none
    raw.set(pixels.subarray(yy * width * 3, (yy + 1) * width * 3), yy * (1 + width * 3) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", await zlibDeflate(raw)),
    chunk("IEND", new Uint8Array()),
  ];
  return concat(parts);
}

export function cashflowChartPng(
  series: ChartSeries,
  width?: number,
  height?: number
): Promise<Uint8Array> {
  return encodePng(drawCashflowChart(series, width, height));
}
