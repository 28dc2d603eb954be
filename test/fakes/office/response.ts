/**
 * What a sync sends back: the loaded property values, measured as UTF-8 JSON (as Office.js receives them), and
 * Excel on the web's limit on that response. Over the limit, the whole batch fails with
 * `ResponsePayloadSizeLimitExceeded` and nothing it loaded becomes readable.
 */

/** Excel on the web rejects a request or response over 5 MB (the fake counts 5,000,000 bytes, the stricter reading). */
export const RESPONSE_LIMIT = 5_000_000;

/** UTF-8 bytes of a value's JSON (undefined counts as 0). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value);
  return s === undefined ? 0 : Buffer.byteLength(s, "utf8");
}

/** The loaded values of one sync, delivered to their proxies only when the response fits the limit. */
export class PendingResponse {
  bytes = 0;
  private deliveries: (() => void)[] = [];

  /** Counts a loaded value and queues its delivery into the proxy's loaded-property map. */
  add(into: Map<string, unknown>, prop: string, value: unknown): void {
    this.bytes += jsonBytes(value) + prop.length + 4;
    this.deliveries.push(() => into.set(prop, value));
  }

  /** Makes every loaded value readable. */
  deliver(): void {
    for (const d of this.deliveries) d();
    this.deliveries = [];
  }
}
