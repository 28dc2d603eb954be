/**
 * A minimal zip writer for the rendered package: every entry stored (no compression: the lossless writer reads
 * the package at once and compresses the final one), UTF-8 names, CRC-32 per entry, no zip64 (a rendered package
 * stays far below 4 GB: Excel's own limits on a sheet keep it so). Works in Node and the browser.
 */

/** CRC-32 (IEEE) tables for slicing by 4 bytes. */
const TABLES: Uint32Array[] = (() => {
  const t = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][i] = c >>> 0;
  }
  for (let i = 0; i < 256; i++) for (let s = 1; s < 4; s++) t[s][i] = (t[s - 1][i] >>> 8) ^ t[0][t[s - 1][i] & 0xff];
  return t;
})();

/** The CRC-32 of bytes. */
export function crc32(b: Uint8Array): number {
  const [t0, t1, t2, t3] = TABLES;
  let c = 0xffffffff;
  let i = 0;
  for (const n = b.length - 3; i < n; i += 4) {
    c ^= b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
    c = t3[c & 0xff] ^ t2[(c >>> 8) & 0xff] ^ t1[(c >>> 16) & 0xff] ^ t0[c >>> 24];
  }
  for (; i < b.length; i++) c = t0[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries (path → text or bytes, in order) as a zip archive with every entry stored. */
export function zipStore(entries: [string, string | Uint8Array][]): Uint8Array {
  const enc = new TextEncoder();
  const files = entries.map(([name, data]) => {
    const bytes = typeof data === "string" ? enc.encode(data) : data;
    return { name: enc.encode(name), bytes, crc: crc32(bytes) };
  });
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.bytes.length, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // Version 2.0, flag bit 11 (UTF-8 names), method 0 (stored), time/date 1980-01-01 00:00.
  const common = (p: number, f: (typeof files)[number]) => {
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 0x0800, true);
    view.setUint16(p + 4, 0, true);
    view.setUint16(p + 6, 0, true);
    view.setUint16(p + 8, 0x21, true);
    view.setUint32(p + 10, f.crc, true);
    view.setUint32(p + 14, f.bytes.length, true);
    view.setUint32(p + 18, f.bytes.length, true);
    view.setUint16(p + 22, f.name.length, true);
    view.setUint16(p + 24, 0, true);
  };
  for (const f of files) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, f);
    out.set(f.name, at + 30);
    out.set(f.bytes, at + 30 + f.name.length);
    at += 30 + f.name.length + f.bytes.length;
  }
  const central = at;
  files.forEach((f, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by
    common(at + 6, f);
    // comment length, disk number, internal and external attributes: zero.
    view.setUint32(at + 42, offsets[i], true);
    out.set(f.name, at + 46);
    at += 46 + f.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
