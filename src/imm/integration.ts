/** Integrated index and RAG status (IMM-SPEC §2 INTEGRATEDINDEX, STATUS). */
import { badValue, nothingToCompute } from "./errors";
import { DEFAULT_SETTINGS } from "./defaults";
import { badShape, finite, inRange, nonNegative } from "./checks";
import { atOrAbove } from "./precision";

export type Status = "Green" | "Amber" | "Red";

const PILLARS = ["partnership", "risk", "performance"] as const;

/** Integrated index = Σ wᵢ indexᵢ / Σ wᵢ over the pillars present (partnership, risk, performance); none → nothing to compute. */
export function integratedIndex(indices: readonly (number | null)[], weights: readonly number[] = DEFAULT_SETTINGS.pillarWeights): number {
  if (indices.length !== 3) badShape("indices", "3 pillar indices (partnership, risk, performance)", `${indices.length} values`);
  if (weights.length !== 3) badShape("weights", "3 pillar weights (partnership, risk, performance)", `${weights.length} values`);
  let num = 0;
  let den = 0;
  let present = 0;
  for (let i = 0; i < 3; i++) {
    const w = nonNegative(weights[i], `weights (${PILLARS[i]})`);
    const x = indices[i];
    if (x === null) continue;
    inRange(x, 0, 100, PILLARS[i]);
    present++;
    num += w * x;
    den += w;
  }
  if (present === 0) nothingToCompute("partnership", "no pillar index (partnership, risk, performance) given");
  if (den === 0) nothingToCompute("weights", "every pillar given has weight 0");
  return num / den;
}

/** Status = "Green" when index ≥ green, "Amber" when index ≥ amber, else "Red" (amber ≤ green); compared at 9 decimal places. */
export function status(index: number, amber: number = DEFAULT_SETTINGS.amberThreshold, green: number = DEFAULT_SETTINGS.greenThreshold): Status {
  finite(index, "index");
  finite(amber, "amber");
  finite(green, "green");
  if (amber > green) badValue("amber", `≤ green (${green})`, amber);
  if (atOrAbove(index, green)) return "Green";
  if (atOrAbove(index, amber)) return "Amber";
  return "Red";
}
