/** Write-only proxy trees for rule objects (conditional formats): each leaf set is queued and recorded by path. */
import type { FakeContextCore } from "./context";
import { fail } from "./errors";

/** A schema: leaves are `true`, branches are nested schemas. */
export interface TreeSchema {
  [key: string]: true | TreeSchema;
}

/** Builds an object whose leaves, when set, queue `record(path, value)`; reading a leaf throws (never loaded). */
export function settableTree(
  ctx: FakeContextCore,
  path: string,
  schema: TreeSchema,
  record: (key: string, value: unknown) => void,
  prefix = "",
): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(schema)) {
    const full = prefix + key;
    if (sub === true) {
      Object.defineProperty(node, key, {
        enumerable: true,
        get: () => fail("PropertyNotLoaded", `${path}.${full} is not loaded`),
        set: (v: unknown) => {
          JSON.stringify(v); // must be serialisable, as Office.js sends it
          ctx.enqueue({ o: path, a: "set", p: full, v: v === undefined ? null : (v as object) }, () => record(full, v));
        },
      });
    } else {
      const child = settableTree(ctx, path, sub, record, `${full}.`);
      Object.defineProperty(node, key, { enumerable: true, get: () => child });
    }
  }
  return node;
}
