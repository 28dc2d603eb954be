/** Node's native zip primitives for the xlsx host (several times faster than the portable ones the browser uses). */
import { promisify } from "node:util";
import * as zlib from "node:zlib";

/**
 * Node's native raw DEFLATE (several times faster than pako's) for the parts the review writes, on Node's thread pool:
 * a generated sheet is deflated while the next one is written.
 */
export const nodeDeflate: (data: Uint8Array) => Promise<Uint8Array> = promisify(zlib.deflateRaw);

/** Node's native inflater for the parts the reader inflates whole: null past `max` bytes (package-read/entry-stream.ts). */
export function nodeInflate(data: Uint8Array, max: number): Uint8Array | null {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: max });
  } catch (e) {
    if ((e as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw e;
  }
}

/** Node's native CRC-32 (Node 20.15 and later; the portable one otherwise). */
export const nodeCrc32: ((data: Uint8Array) => number) | undefined = typeof zlib.crc32 === "function" ? (data) => zlib.crc32(data) : undefined;
