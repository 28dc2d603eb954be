/** The part of pako 1.x (a dependency of jszip) the package reader uses: raw streaming inflate. */
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
}
