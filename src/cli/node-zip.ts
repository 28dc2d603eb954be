/** Node's native zip primitives for the xlsx host (several times faster than the portable ones the browser uses). */
import { promisify } from "node:util";
import * as zlib from "node:zlib";

const deflateRaw = promisify(zlib.deflateRaw);

/**
 * Level 4 of zlib's 1–9: twice as fast as the default 6 on a review's sheets, for files about 9% larger (measured on a
 * 10k-risk review: 65 ms against 140 ms for 24 MB of sheet XML, 2.47 MB against 2.26 MB).
 */
const LEVEL = 4;

/**
 * Node's native raw DEFLATE (several times faster than pako's) for the parts the review writes, on Node's thread pool:
 * a generated sheet is deflated while the next one is written.
 */
export const nodeDeflate = (data: Uint8Array): Promise<Uint8Array> => deflateRaw(data, { level: LEVEL });

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
