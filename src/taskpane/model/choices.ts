/** Checkbox choices kept as a Set. */

/** A copy of `set` with `key` added (on) or removed (off). */
export function withChoice<K>(set: ReadonlySet<K>, key: K, on: boolean): Set<K> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}
