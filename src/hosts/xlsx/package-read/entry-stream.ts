/**
 * Inflating one zip entry of the package incrementally: compressed bytes go to the inflater a slice at a time and
 * the inflated chunks come out on demand, so a reader can stop after the prefix it needs and never holds the whole
 * part. A part never inflates past the size its zip entry declares (the pre-flight check holds the declared sizes
 * to its zip-bomb limit), so memory stays bounded even for a lying entry.
 */
import { Inflate } from "pako";
import type { ZipEntry } from "../zip-entries";
import { PackageReadError, pastDeclaredSize } from "./errors";

/**
 * A native raw-DEFLATE inflater (Node's zlib in the CLI), inflating a part whole: its bytes, or null when they would
 * be more than `max`; it throws on data it cannot inflate.
 */
export type InflateRaw = (data: Uint8Array, max: number) => Uint8Array | null;

/** Parts up to this declared size are inflated whole by a native inflater when there is one (a large part is streamed, so that reading can stop early). */
export const NATIVE_WHOLE = 8 * 1024 * 1024;

/** Compressed bytes handed to the inflater per step. */
const INPUT_SLICE = 16 * 1024;
const Z_SYNC_FLUSH = 2;
const STORED = 0;
const DEFLATED = 8;

/** Inflated chunks of one entry, pulled one at a time. */
export class EntryStream {
  /** Inflated bytes handed out so far. */
  inflated = 0;
  private at: number;
  private readonly end: number;
  private readonly inflater: Inflate | null;
  private readonly pending: Uint8Array[] = [];
  private finished = false;

  constructor(private readonly bytes: Uint8Array, private readonly entry: ZipEntry, native?: InflateRaw) {
    this.at = entry.dataStart;
    this.end = entry.dataStart + entry.compressedSize;
    if (entry.encrypted) throw new PackageReadError(`part "${entry.name}" is encrypted`);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new PackageReadError(`part "${entry.name}" uses an unsupported zip compression (method ${entry.method})`);
    const whole = native && entry.method === DEFLATED && entry.size <= NATIVE_WHOLE ? this.nativeWhole(native) : null;
    if (whole) {
      this.inflater = null;
      this.pending.push(whole);
      this.finished = true;
    } else if (entry.method === DEFLATED) {
      this.inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
      this.inflater.onData = (chunk) => { this.pending.push(chunk); };
    } else {
      this.inflater = null;
    }
  }

  /** The whole part by the native inflater; null when it cannot inflate it (then it is streamed, and fails as a stream does). */
  private nativeWhole(native: InflateRaw): Uint8Array | null {
    let out: Uint8Array | null;
    try {
      out = native(this.bytes.subarray(this.at, this.end), Math.max(1, this.entry.size));
    } catch {
      return null;
    }
    if (out === null || out.length > this.entry.size) throw this.tooLarge();
    return out.length ? out : null;
  }

  private tooLarge(): PackageReadError {
    return new PackageReadError(pastDeclaredSize(this.entry.name, this.entry.size));
  }

  /** The next inflated chunk, or null at the end of the entry. */
  next(): Uint8Array | null {
    while (this.pending.length === 0 && !this.finished) this.step();
    const chunk = this.pending.shift();
    if (!chunk) return null;
    this.inflated += chunk.length;
    if (this.inflated > this.entry.size) throw this.tooLarge();
    return chunk;
  }

  /** Feeds one slice of compressed bytes (or hands out one slice of a stored entry). */
  private step(): void {
    const to = Math.min(this.end, this.at + INPUT_SLICE);
    const slice = this.bytes.subarray(this.at, to);
    this.at = to;
    const last = to >= this.end;
    if (!this.inflater) {
      if (slice.length) this.pending.push(slice);
      this.finished = last;
      return;
    }
    this.inflater.push(slice, last ? true : Z_SYNC_FLUSH);
    if (this.inflater.err) throw new PackageReadError(`the file is damaged: part "${this.entry.name}" does not inflate (${this.inflater.msg || "bad data"})`);
    if (this.inflater.ended || last) this.finished = true;
  }
}

/** The whole entry as bytes (for the small parts: workbook, relationships, shared strings, styles, tables). */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, native?: InflateRaw): Uint8Array {
  const s = new EntryStream(bytes, entry, native);
  const chunks: Uint8Array[] = [];
  for (let c = s.next(); c; c = s.next()) chunks.push(c);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
