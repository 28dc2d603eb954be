/** Small helpers shared by the readers. */
import { coerceText, type Coerced } from "./coerce";
import type { RawCell } from "./types";

/** A text field (never fails; blank cells never reach it). */
export function text(value: RawCell): Coerced<string> {
  return { ok: true, value: coerceText(value) ?? "" };
}

/** A copy of an object without its undefined properties (so rows carry only what the sheet gave). */
export function withoutUndefined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  const from = o as Record<string, unknown>;
  for (const k of Object.keys(from)) {
    const v = from[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}
