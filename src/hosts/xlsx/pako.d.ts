/** The part of pako 1.x the xlsx host uses: raw streaming inflate (the package reader) and raw deflate (the writer). */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** Feeds compressed bytes; `mode` 2 (Z_SYNC_FLUSH) hands out what is inflated so far, true finishes. */
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData(chunk: Uint8Array): void;
    err: number;
    msg: string;
    ended: boolean;
  }
  /** Raw DEFLATE (no zlib header) of bytes, at the default level (6). */
  export function deflateRaw(data: Uint8Array): Uint8Array;
}
