/**
 * Bounded round trips: operations are queued freely and `context.sync()` happens only when the estimated payload
 * would pass the budget (default 4 MB, under Excel on the web's 5 MB request limit) or at the end. Never per row.
 */

/** Fixed per-operation overhead (object path, action, property) in the request JSON. */
export const OP_OVERHEAD = 200;

/** Tracks the estimated bytes queued on a context and syncs when the budget would be exceeded. */
export class Batcher {
  private bytes = 0;
  /** Syncs issued by this batcher. */
  syncs = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly budget: number,
    private readonly suspendCalc: boolean,
  ) {}

  /** Reserves room for an operation of about `size` bytes, syncing first when it would not fit. */
  async reserve(size: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + size > this.budget) await this.flush();
    this.bytes += size;
  }

  /** Bytes currently queued (estimate). */
  get queued(): number {
    return this.bytes;
  }

  /** Sends what is queued (suspending recalculation for that batch where supported). */
  async flush(): Promise<void> {
    if (this.suspendCalc) this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
    await this.ctx.sync();
    this.syncs += 1;
    this.bytes = 0;
  }
}

/** UTF-8 byte length of a string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** UTF-8 size of a value's JSON, as it would travel in the request. */
export function jsonSize(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}
