/**
 * UTF-8 bytes written piece by piece into one growing buffer: the sheet data of a large register is millions of
 * small pieces, and joining them into one string and then encoding it costs more than writing the bytes at once.
 */
/** Made on first use: a module loaded where there is no TextEncoder (jsdom in tests) must still load. */
let encoder: TextEncoder | undefined;

export class ByteWriter {
  private buf: Uint8Array;
  private n = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  /** Appends text as UTF-8 (ASCII copied directly, anything else through the encoder). */
  write(s: string): void {
    const len = s.length;
    this.ensure(len * 3);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.n = n + (encoder ??= new TextEncoder()).encodeInto(s.slice(i), buf.subarray(n)).written;
        return;
      }
      buf[n++] = c;
    }
    this.n = n;
  }

  /** Appends a whole number of at most 15 digits as its decimal digits (no string made). */
  writeInt(v: number): void {
    this.ensure(16);
    const buf = this.buf;
    let n = this.n;
    if (v < 0) {
      buf[n++] = 45; // "-"
      v = -v;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    for (let i = n + digits - 1; i >= n; i--) {
      buf[i] = 48 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.n = n + digits;
  }

  /** Appends bytes as they are. */
  append(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  /** The bytes written so far (a view of the buffer). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
}
