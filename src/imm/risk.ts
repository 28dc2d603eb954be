/** Risk scores, ratings, residual scores and the risk index (IMM-SPEC §2). */
import { badValue } from "./errors";
import { DEFAULT_SETTINGS } from "./defaults";
import type { RiskType } from "./scales";
import { badShape, inRange, nonNegative } from "./checks";
import { atOrBelow } from "./precision";

export type RiskRating = "Low" | "Medium" | "High" | "Extreme";

/** A risk (or residual) score and whether it is a threat or an opportunity. */
export interface ScoredRisk {
  readonly score: number;
  readonly type: RiskType;
}

/** Risk score = l × c (1–25 on 5-point scales); l and c must be finite numbers ≥ 0 (scale checks belong to the parsers). */
export function riskScore(l: number, c: number): number {
  return nonNegative(l, "likelihood") * nonNegative(c, "consequence");
}

/**
 * Rating of a score against upper band edges [Low, Medium, High]: ≤ bands[0] Low, ≤ bands[1] Medium, ≤ bands[2] High, else
 * Extreme; compared at 9 decimal places (atOrBelow), so 4.000000000000001 from 25 × (1 − 0.84) is Low like 4.
 */
export function riskRating(score: number, bands: readonly number[] = DEFAULT_SETTINGS.ratingBands): RiskRating {
  nonNegative(score, "score");
  checkBands(bands);
  if (atOrBelow(score, bands[0])) return "Low";
  if (atOrBelow(score, bands[1])) return "Medium";
  if (atOrBelow(score, bands[2])) return "High";
  return "Extreme";
}

/** Throws unless bands are three finite, ascending upper edges. */
export function checkBands(bands: readonly number[], argument = "bandEdges"): void {
  if (bands.length !== 3) badShape(argument, "3 ascending upper edges (Low, Medium, High)", `${bands.length} values`);
  for (let i = 0; i < 3; i++) {
    nonNegative(bands[i], `${argument} item ${i + 1}`);
    if (i > 0 && bands[i] < bands[i - 1]) badValue(`${argument} item ${i + 1}`, `≥ ${bands[i - 1]} (edges ascend)`, bands[i]);
  }
}

/** Residual score = l × c × (1 − e), with control effectiveness e ∈ [0, 1]. */
export function residualScore(l: number, c: number, e: number): number {
  return riskScore(l, c) * (1 - inRange(e, 0, 1, "effectiveness", "0–1 (0–100%)"));
}

/** Risk index = 100 × (1 − mean threat score / maxScore); opportunities are ignored; no threats → 100. */
export function riskIndex(items: readonly ScoredRisk[], maxScore = 25): number {
  if (!(Number.isFinite(maxScore) && maxScore > 0)) badValue("maxScore", "a number > 0", maxScore);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const { score, type } = items[i];
    if (type !== "threat" && type !== "opportunity") badValue(`type item ${i + 1}`, "Threat or Opportunity", type);
    inRange(score, 0, maxScore, items.length > 1 ? `score item ${i + 1}` : "score");
    if (type === "threat") {
      sum += score;
      n++;
    }
  }
  if (n === 0) return 100;
  return 100 * (1 - sum / n / maxScore);
}
