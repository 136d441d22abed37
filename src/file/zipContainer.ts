/**
 * A zip container's entries compressed again: the .xlsx ExcelJS writes with its parts stored
 * (not compressed) becomes the same package with each part deflated by a faster compressor the
 * caller has (Node's zlib on the command line), instead of the library's JavaScript deflate.
 * Names, dates, CRC-32s and order stay as written; only the method and sizes change (APPNOTE.TXT
 * 4.3: local file header, data, central directory, end of central directory).
 */

import { concat } from "./bytes";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  /** the central directory record, as written */
  central: Uint8Array;
  name: Uint8Array;
  data: Uint8Array;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function entriesOf(zip: Uint8Array): Entry[] {
  const v = view(zip);
  let end = zip.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== END_OF_CENTRAL) end -= 1;
  if (end < 0) throw new Error("no end of central directory");
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (v.getUint32(at, true) !== CENTRAL_HEADER) throw new Error("bad central directory");
    const method = v.getUint16(at + 10, true);
    const size = v.getUint32(at + 20, true);
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const local = v.getUint32(at + 42, true);
    if (method !== STORED) throw new Error("an entry is already compressed");
    if (v.getUint32(local, true) !== LOCAL_HEADER) throw new Error("bad local header");
    const dataAt = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    out.push({
      central: zip.slice(at, at + 46 + nameLength + extra),
      name: zip.slice(at + 46, at + 46 + nameLength),
      data: zip.subarray(dataAt, dataAt + size),
    });
    at += 46 + nameLength + extra;
  }
  return out;
}

/**
 * The package with every stored entry deflated by `deflateRaw` (raw deflate, no zlib header). The
 * entries are handed over all at once: an asynchronous deflate (Node's zlib) packs them in
 * parallel on its own threads.
 */
export async function deflateEntries(
  zip: Uint8Array,
  deflateRaw: (data: Uint8Array) => Uint8Array | Promise<Uint8Array>
): Promise<Uint8Array> {
  const entries = entriesOf(zip);
  // an empty entry (a folder) stays stored
  const packedData = await Promise.all(
    entries.map((entry) => (entry.data.length === 0 ? entry.data : deflateRaw(entry.data)))
  );
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [i, entry] of entries.entries()) {
    const method = entry.data.length === 0 ? STORED : DEFLATED;
    const packed = packedData[i] as Uint8Array;
    const central = entry.central.slice(0, 46 + entry.name.length); // without extra or comment
    const c = view(central);
    c.setUint16(10, method, true);
    c.setUint16(8, c.getUint16(8, true) & ~0x0008, true); // sizes are in the headers
    c.setUint32(20, packed.length, true);
    c.setUint16(30, 0, true);
    c.setUint16(32, 0, true);
    c.setUint32(42, offset, true);
    const local = new Uint8Array(30 + entry.name.length);
    const l = view(local);
    l.setUint32(0, LOCAL_HEADER, true);
    // version needed, flags, method, time, date, CRC-32 and sizes: as the central record says
    local.set(central.subarray(6, 28), 4);
    l.setUint16(26, entry.name.length, true);
    local.set(entry.name, 30);
    parts.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = view(end);
  e.setUint32(0, END_OF_CENTRAL, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  return concat([...parts, ...centrals, end]);
}
