/** The PERT distribution's shape (IMM-SPEC §2 EXPOSURESIM): PERT(min, ml, max) = min + (max − min)·Beta(α, β). */

/** PERT shape parameters: α = 1 + 4(ml − min)/(max − min), β = 1 + 4(max − ml)/(max − min) (both in [1, 5] when max > min). */
export function pertShape(min: number, mostLikely: number, max: number): { alpha: number; beta: number } {
  const range = max - min;
  return { alpha: 1 + (4 * (mostLikely - min)) / range, beta: 1 + (4 * (max - mostLikely)) / range };
}
