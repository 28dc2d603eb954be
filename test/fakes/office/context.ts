/** The request context: queues operations and loads, applies them in order at sync(), counts syncs and bytes. */
import { fail, FakeOfficeError } from "./errors";
import { PendingResponse, RESPONSE_LIMIT } from "./response";
import type { WorkbookModel } from "./state";

/** One queued operation: a JSON-serialisable description (what would go over the wire) and its effect. */
export interface QueuedOp {
  desc: Record<string, unknown>;
  run: () => void;
}

/** Counters and fault injection shared by every context of one fake workbook. */
export class SyncLedger {
  /** sync() calls since creation (or the last reset). */
  syncs = 0;
  /** Bytes (UTF-8 JSON of the queued operations) sent by each sync, in order. */
  bytes: number[] = [];
  /** Bytes (UTF-8 JSON of the loaded values) each sync sent back, in order, failed ones included. */
  responses: number[] = [];
  /** Response size over which a sync fails with ResponsePayloadSizeLimitExceeded, as in Excel on the web. */
  responseLimit = RESPONSE_LIMIT;
  /** suspendApiCalculationUntilNextSync() calls. */
  suspendCalls = 0;
  private readonly failures = new Set<number>();
  /** Operations applied (or attempted) by syncs since creation or the last reset: loads, writes and method calls. */
  ops = 0;
  private readonly opFailures = new Set<number>();

  /**
   * Makes the k-th operation (1-based, counted over all syncs since the last reset) fail when it is applied. As in
   * Excel, the operations queued before it in the same batch stay applied and the ones after it are not run.
   */
  failOpAt(k: number): void {
    this.opFailures.add(k);
  }

  /** Counts one operation; throws when it is the one chosen to fail. */
  countOp(): void {
    this.ops += 1;
    if (this.opFailures.delete(this.ops)) throw new FakeOfficeError("GeneralException", `injected fault at operation ${this.ops}`);
  }

  /** Makes the k-th sync (1-based, counted since the last reset) throw, applying nothing of that batch. */
  failSyncAt(k: number): void {
    this.failures.add(k);
  }

  /** True (once) when the given sync number is to fail. */
  shouldFail(k: number): boolean {
    return this.failures.delete(k);
  }

  /** Resets the counters and pending faults. */
  reset(): void {
    this.syncs = 0;
    this.bytes = [];
    this.responses = [];
    this.suspendCalls = 0;
    this.failures.clear();
    this.ops = 0;
    this.opFailures.clear();
  }

  /** The largest payload of any sync so far (0 when none). */
  get maxBytes(): number {
    return this.bytes.reduce((a, b) => Math.max(a, b), 0);
  }

  /** The largest response of any sync so far (0 when none). */
  get maxResponse(): number {
    return this.responses.reduce((a, b) => Math.max(a, b), 0);
  }
}

/** What a fake request context holds; the Office.js-shaped `workbook` is attached by run.ts. */
export class FakeContextCore {
  private queue: QueuedOp[] = [];
  /** The response being assembled by the sync in progress. */
  response = new PendingResponse();
  closed = false;
  constructor(readonly model: WorkbookModel, readonly ledger: SyncLedger) {}

  /** Queues an operation to apply at the next sync. */
  enqueue(desc: Record<string, unknown>, run: () => void, allowClosed = false): void {
    if (this.closed && !allowClosed) fail("InvalidOperation", "a proxy object was used after its Excel.run batch ended");
    this.queue.push({ desc, run });
  }

  /** Number of operations waiting for sync(). */
  get pending(): number {
    return this.queue.length;
  }

  /** Sends the queue: counts the sync and its bytes, then applies operations in order (an injected fault applies none). */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.ledger.syncs += 1;
    const k = this.ledger.syncs;
    this.ledger.bytes.push(Buffer.byteLength(JSON.stringify(ops.map((o) => o.desc)), "utf8"));
    await Promise.resolve();
    if (this.ledger.shouldFail(k)) throw new FakeOfficeError("GeneralException", `injected fault at sync ${k}`);
    const response = (this.response = new PendingResponse());
    try {
      for (const op of ops) { this.ledger.countOp(); op.run(); } // like Excel: a failing operation leaves the earlier ones of the batch applied
    } finally {
      this.ledger.responses.push(response.bytes);
    }
    if (response.bytes > this.ledger.responseLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded",
        `the response payload size (${response.bytes} bytes) has exceeded the limit (${this.ledger.responseLimit})`);
    }
    response.deliver();
  }
}
