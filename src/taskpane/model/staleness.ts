/**
 * Whether a review is out of date: a fingerprint of the model inputs the review was built from (every input row,
 * the settings and the problems found reading them), compared with one of the workbook as it is now.
 */
import type { ModelInputs } from "../../tables/types";
import { readModel } from "../../tables";
import type { WorkbookHost } from "../../hosts/port";

/** JSON with object keys sorted, so equal inputs always give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** 53-bit string hash (cyrb53): equal text, equal hash; a change in any input changes it in practice. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of model inputs (the workbook's name is left out: renaming a file changes no result; the review history too). */
export function modelFingerprint(model: ModelInputs): string {
  // The history is the record each review writes (IMM History), not an input the user changed: left out.
  const { workbook: _name, history: _history, ...inputs } = model;
  return hash53(stableJson(inputs));
}

/** The fingerprint of the workbook's inputs now (one read; never writes). */
export async function currentFingerprint(host: WorkbookHost): Promise<string> {
  return modelFingerprint(readModel(await host.readSnapshot()));
}
