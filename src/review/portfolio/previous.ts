/**
 * The indices of a contract's previous review, for the portfolio's "change since previous review" columns.
 * One small function behind one interface, so the portfolio does not care where the history comes from: today no
 * workbook carries its review history, so it returns null (the change columns read "No previous review"); once the
 * IMM_History table exists, this function reads the latest row of it dated before the current review.
 */
import type { ModelInputs } from "../../tables/types";

/** The four indices of one earlier review (null = that pillar was not assessed then). */
export interface PreviousIndices {
  /** Review date of the earlier review (Excel serial), or null when the history row has none. */
  reviewDate: number | null;
  partnership: number | null;
  risk: number | null;
  performance: number | null;
  integrated: number | null;
}

/** The contract's previous review indices, or null when it has no review history (always, until IMM_History exists). */
export function previousIndices(model: ModelInputs): PreviousIndices | null {
  void model;
  return null;
}
