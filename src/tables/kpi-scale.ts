/**
 * Scale mismatches between a KPI's numbers: 0.95 against a target of 98 is almost surely 95% written as a fraction
 * against a target written in whole percent (or a threshold typed "90%" = 0.9 against whole-number targets).
 * Read as written, such a KPI scores nonsense silently, so the reader warns at the cell.
 *
 * Rule: one value is a fraction (0 < |f| ≤ 1), the other a whole-percent figure (1 < |p| ≤ 100), and 100·f is
 * within a factor of 1.5 of p (p / 1.5 ≤ 100·f ≤ 1.5·p). Values are still read as written: only the user knows
 * which scale is meant.
 */

/** True when `a` and `b` look like one measure written once as a fraction and once in percent (see the rule above). */
export function onDifferentScales(a: number, b: number): boolean {
  const [f, p] = Math.abs(a) <= 1 ? [Math.abs(a), Math.abs(b)] : [Math.abs(b), Math.abs(a)];
  if (!(f > 0 && f <= 1 && p > 1 && p <= 100)) return false;
  const pct = 100 * f;
  return pct >= p / 1.5 && pct <= p * 1.5;
}

/** "0.95 (95%)" for a fraction, the number itself otherwise. */
function shown(x: number): string {
  return Math.abs(x) <= 1 ? `${x} (${Number((x * 100).toFixed(6))}%)` : String(x);
}

/** The warning for `name` (actual or threshold) against the target, or undefined when they share a scale. */
export function scaleWarning(name: string, value: number, target: number): string | undefined {
  if (!onDifferentScales(value, target)) return undefined;
  return `${name} ${shown(value)} and target ${shown(target)} look like one is a fraction and the other a percentage; read as written: enter both the same way (e.g. 95% and 98%, or 0.95 and 0.98)`;
}
