/** Partnership index and perception gap (IMM-SPEC §2 PARTNERSHIPINDEX, PERCEPTIONGAP). */
import { badValue, nothingToCompute } from "./errors";
import { badShape, inRange, weightsOf } from "./checks";

/** Argument name for an item of a list: "ratings" alone, "ratings item 3" in a list of several. */
function itemName(argument: string, i: number, n: number): string {
  return n > 1 ? `${argument} item ${i + 1}` : argument;
}

/**
 * Partnership index = 100 × Σ wᵢ (rᵢ − 1) / ((scaleMax − 1) Σ wᵢ), rᵢ the mean of factor i's non-blank ratings (public and
 * private columns); factors with no rating are skipped with their weights; no rating at all → nothing to compute (#N/A).
 */
export function partnershipIndex(ratings: readonly (readonly (number | null)[])[], weights?: readonly number[], scaleMax = 5): number {
  if (!(Number.isFinite(scaleMax) && scaleMax > 1)) badValue("scaleMax", "a number > 1", scaleMax);
  const n = ratings.length;
  const w = weightsOf(weights, n);
  let num = 0;
  let den = 0;
  let rated = 0;
  for (let i = 0; i < n; i++) {
    const row = ratings[i];
    let sum = 0;
    let k = 0;
    for (let j = 0; j < row.length; j++) {
      const r = row[j];
      if (r === null) continue;
      sum += inRange(r, 1, scaleMax, itemName("ratings", i, n), `1–${scaleMax}`);
      k++;
    }
    if (k === 0) continue;
    rated++;
    num += w[i] * (sum / k - 1);
    den += w[i];
  }
  if (rated === 0) nothingToCompute("ratings", "no factor has a rating");
  if (den === 0) nothingToCompute("weights", "every rated factor has weight 0");
  return (100 * num) / ((scaleMax - 1) * den);
}

/** Perception gap = Σ wᵢ |publicᵢ − privateᵢ| / Σ wᵢ over factors rated by both sides; none → nothing to compute (#N/A). */
export function perceptionGap(pub: readonly (number | null)[], priv: readonly (number | null)[], weights?: readonly number[]): number {
  const n = pub.length;
  if (priv.length !== n) badShape("private", `${n} ratings (one per public rating)`, `${priv.length} ratings`);
  const w = weightsOf(weights, n);
  let num = 0;
  let den = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const a = pub[i];
    const b = priv[i];
    if (a !== null && !Number.isFinite(a)) badValue(itemName("public", i, n), "a rating", a);
    if (b !== null && !Number.isFinite(b)) badValue(itemName("private", i, n), "a rating", b);
    if (a === null || b === null) continue;
    pairs++;
    num += w[i] * Math.abs(a - b);
    den += w[i];
  }
  if (pairs === 0) nothingToCompute("public", "no factor is rated by both public and private");
  if (den === 0) nothingToCompute("weights", "every factor rated by both sides has weight 0");
  return num / den;
}
