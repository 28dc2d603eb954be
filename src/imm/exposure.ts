/** Expected-value exposure (IMM-SPEC §2 EXPOSURE). */
import { badValue } from "./errors";
import type { RiskType } from "./scales";
import { badShape, finite, inRange } from "./checks";

/** Exposure = Σ pᵢ × impactᵢ; with types, threats count −|impactᵢ| and opportunities +|impactᵢ|. */
export function exposure(p: readonly number[], impact: readonly number[], types?: readonly RiskType[]): number {
  if (impact.length !== p.length) badShape("impact", `${p.length} values (one per probability)`, `${impact.length} values`);
  if (types !== undefined && types.length !== p.length) badShape("type", `${p.length} values (one per probability)`, `${types.length} values`);
  const many = p.length > 1;
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = inRange(p[i], 0, 1, many ? `probability item ${i + 1}` : "probability", "0–1 (0–100%)");
    const x = finite(impact[i], many ? `impact item ${i + 1}` : "impact");
    if (types === undefined) total += pi * x;
    else if (types[i] === "threat") total -= pi * Math.abs(x);
    else if (types[i] === "opportunity") total += pi * Math.abs(x);
    else badValue(many ? `type item ${i + 1}` : "type", "Threat or Opportunity", types[i]);
  }
  return total;
}
