/**
 * A minimal zip writer for the rendered package: every entry stored (no compression: the lossless writer reads
 * the package at once and compresses the final one), UTF-8 names, CRC-32 per entry, no zip64 (a rendered package
 * stays far below 4 GB: Excel's own limits on a sheet keep it so). Works in Node and the browser.
 */

import { storedEntry, writeZip } from "../zip-write";

export { crc32 } from "../zip-write";

/** The entries (path → text or bytes, in order) as a zip archive with every entry stored. */
export function zipStore(entries: [string, string | Uint8Array][]): Uint8Array {
  const enc = new TextEncoder();
  return writeZip(entries.map(([name, data]) => storedEntry(name, typeof data === "string" ? enc.encode(data) : data)));
}
