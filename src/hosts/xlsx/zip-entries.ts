/**
 * The entries of a zip file read from its central directory, without inflating anything: name, method, the
 * sizes each entry declares and where its data starts. The pre-flight check (preflight.ts) uses it to judge a
 * file before any reader trusts it.
 */

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The inflated size the entry declares (it may lie). */
  size: number;
  /** Offset of the entry's data (after its local header). */
  dataStart: number;
}

import { utf8 } from "./utf8";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;

/** Why the central directory could not be read (a sentence fragment), or the entries. */
export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string; tooLarge: boolean };

/** Lists the entries (at most `maxEntries`); a zip64 archive (over 4 GB or 65,535 entries) is reported as too large. */
export function listZip(bytes: Uint8Array, maxEntries: number): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "it has no zip directory (truncated or not a zip file)", tooLarge: false };
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === ZIP64) return { ok: false, reason: "it is a zip64 archive (over 4 GB or 65,535 parts), too large for a workbook", tooLarge: true };
  if (count > maxEntries) return { ok: false, reason: `it has ${count} parts (at most ${maxEntries} are accepted)`, tooLarge: true };
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: "its zip directory is damaged", tooLarge: false };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64 || size === ZIP64 || local === ZIP64) return { ok: false, reason: "it is a zip64 archive (over 4 GB), too large for a workbook", tooLarge: true };
    const name = utf8(bytes.subarray(at + 46, at + 46 + nameLen));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return { ok: false, reason: `its zip entry "${name}" is damaged`, tooLarge: false };
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return { ok: false, reason: `its zip entry "${name}" is truncated`, tooLarge: false };
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, size, dataStart });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}
