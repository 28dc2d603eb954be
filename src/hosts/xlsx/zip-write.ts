/**
 * Writing a zip archive from entries that are either already compressed (copied as they are, with their CRC and
 * sizes) or bytes to store or deflate: the last step of every package this program writes. UTF-8 names, no zip64
 * (the pre-flight check keeps a package far below 4 GB), entry dates as given (UTC), so the same entries always give
 * the same bytes. Works in Node and the browser; the deflater is passed in (pako's in the browser, zlib's in Node).
 */

import { deflateRaw } from "pako";

/**
 * Compresses bytes with raw DEFLATE (no zlib header), as zip method 8 stores them; may answer later (the CLI deflates
 * on Node's thread pool while the next sheet is written).
 */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** A CRC-32 function (the CLI passes Node's native one; `crc32` below otherwise). */
export type Checksum = (data: Uint8Array) => number;

/** pako's raw DEFLATE at the default level: the deflater of the browser (Node passes zlib's, which is faster). */
export const pakoDeflate: Deflate = (data) => deflateRaw(data);

/** One entry of the archive: `data` is stored (method 0) or deflated (method 8) bytes of `size` bytes once inflated. */
export interface ZipEntryOut {
  name: string;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
  date?: Date;
}

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

/** A part's bytes as the archive holds them, before it is named. */
export type PackedPart = Omit<ZipEntryOut, "name">;

/** A stored (uncompressed) entry of `bytes`. */
export function storedEntry(name: string, bytes: Uint8Array): ZipEntryOut {
  return { name, method: 0, crc: crc32(bytes), size: bytes.length, data: bytes };
}

/** `bytes` packed: deflated when that saves space, else stored; CRC by `checksum` (default `crc32`). */
export async function packPart(bytes: Uint8Array, deflate: Deflate, checksum: Checksum = crc32): Promise<PackedPart> {
  const crc = checksum(bytes) >>> 0;
  const packed = bytes.length > 0 ? await deflate(bytes) : null;
  return packed && packed.length < bytes.length ? { method: 8, crc, size: bytes.length, data: packed } : { method: 0, crc, size: bytes.length, data: bytes };
}

/** MS-DOS time and date of a moment (UTC); the zip epoch 1980-01-01 for none or earlier. */
function dosDateTime(date: Date | undefined): { time: number; day: number } {
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980) return { time: 0, day: 0x21 };
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/** The entries, in order, as a zip archive. */
export function writeZip(entries: readonly ZipEntryOut[]): Uint8Array {
  const enc = new TextEncoder();
  const files = entries.map((e) => ({ ...e, nameBytes: enc.encode(e.name), dos: dosDateTime(e.date) }));
  const localSize = files.reduce((n, f) => n + 30 + f.nameBytes.length + f.data.length, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // Version 2.0, flag bit 11 (UTF-8 names), method, time/date, CRC, sizes, name length, no extra field.
  const common = (p: number, f: (typeof files)[number]): void => {
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, 0x0800, true);
    view.setUint16(p + 4, f.method, true);
    view.setUint16(p + 6, f.dos.time, true);
    view.setUint16(p + 8, f.dos.day, true);
    view.setUint32(p + 10, f.crc, true);
    view.setUint32(p + 14, f.data.length, true);
    view.setUint32(p + 18, f.size, true);
    view.setUint16(p + 22, f.nameBytes.length, true);
    view.setUint16(p + 24, 0, true);
  };
  for (const f of files) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, f);
    out.set(f.nameBytes, at + 30);
    out.set(f.data, at + 30 + f.nameBytes.length);
    at += 30 + f.nameBytes.length + f.data.length;
  }
  const central = at;
  files.forEach((f, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by
    common(at + 6, f);
    // comment length, disk number, internal and external attributes: zero.
    view.setUint32(at + 42, offsets[i], true);
    out.set(f.nameBytes, at + 46);
    at += 46 + f.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
