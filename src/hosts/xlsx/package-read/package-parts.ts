/**
 * The parts of an .xlsx package by name, read from the zip directory without inflating anything; a part is
 * inflated when asked for, whole (small parts) or as a stream (worksheets). Part names are matched
 * case-insensitively, as the package format requires.
 */
import { listZip, type ZipEntry } from "../zip-entries";
import { DEFAULT_LIMITS, hasDtd } from "../preflight";
import { utf8 } from "../utf8";
import { EntryStream, inflateWhole, type InflateRaw } from "./entry-stream";
import { PackageReadError } from "./errors";

/** The package's entries by lower-cased part name. */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();

  /** `native`: a native inflater for parts up to entry-stream.ts's NATIVE_WHOLE (Node's zlib in the CLI). */
  constructor(readonly bytes: Uint8Array, private readonly native?: InflateRaw) {
    const listing = listZip(bytes, DEFAULT_LIMITS.maxEntries);
    if (!listing.ok) throw new PackageReadError(`the file is damaged or not an .xlsx workbook (${listing.reason})`);
    for (const e of listing.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** The entry of a part, or undefined. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** A part as text, or null when the package has no such part; refuses a part with a DTD (entity attacks). */
  text(name: string): string | null {
    const e = this.entry(name);
    if (!e) return null;
    const text = decodeXml(inflateWhole(this.bytes, e, this.native));
    if (hasDtd(text.slice(0, 64 * 1024))) throw new PackageReadError(`refused: part "${e.name}" declares a DTD or entities (<!DOCTYPE>), which workbooks never do`);
    return text;
  }

  /** A part as a stream of inflated chunks. */
  stream(name: string): EntryStream | null {
    const e = this.entry(name);
    return e ? new EntryStream(this.bytes, e, this.native) : null;
  }
}

/** XML bytes as text: UTF-8, or UTF-16 with a byte-order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8(bytes).replace(/^\uFEFF/, "");
}
