/**
 * Comparing computed values with band edges and thresholds (IMM-SPEC §2 ratings, STATUS, TRENDLABEL).
 * Scores such as 25 × (1 − 0.84) come out of floating point as 4.000000000000001; compared exactly, that is above the
 * Low edge 4 and rated Medium although the true score is 4. Every comparison of a value with an edge therefore rounds
 * both to EDGE_DECIMALS (9) decimal places first: differences below 0.0000000005 do not change a rating, status or label.
 */

/** Decimal places at which values are compared with band edges and thresholds. */
export const EDGE_DECIMALS = 9;

const SCALE = 10 ** EDGE_DECIMALS;

/** x rounded to EDGE_DECIMALS decimal places (values too large for that precision are returned as they are). */
export function atEdgePrecision(x: number): number {
  const y = Math.round(x * SCALE) / SCALE;
  return Number.isFinite(y) ? y : x;
}

/** −1, 0 or 1 as a is below, at or above b, compared at EDGE_DECIMALS decimal places. */
export function compareAtEdge(a: number, b: number): -1 | 0 | 1 {
  const x = atEdgePrecision(a);
  const y = atEdgePrecision(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a ≤ edge at EDGE_DECIMALS decimal places. */
export function atOrBelow(a: number, edge: number): boolean {
  return compareAtEdge(a, edge) <= 0;
}

/** a ≥ edge at EDGE_DECIMALS decimal places. */
export function atOrAbove(a: number, edge: number): boolean {
  return compareAtEdge(a, edge) >= 0;
}
