/**
 * The indices of a contract's previous review, for the portfolio's "change since previous review" columns.
 * One small function behind one interface, so the portfolio does not care where the history comes from: the
 * contract's IMM_History table (read by readModel into `model.history`), whose latest row dated before the current
 * review is the previous review — as the review's own "since the previous review" reads it (assess/history.ts).
 * No history (or no earlier row): null, and the change columns read "No previous review".
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

/** The contract's previous review indices: its latest history row dated before `reviewDate` (any row when null); null when none. */
export function previousIndices(model: ModelInputs, reviewDate: number | null): PreviousIndices | null {
  const rows = (model.history?.rows ?? []).filter((r) => reviewDate === null || r.reviewDate < reviewDate);
  const last = rows.reduce<(typeof rows)[number] | null>((best, r) => (best === null || r.reviewDate > best.reviewDate ? r : best), null);
  return last && {
    reviewDate: last.reviewDate, partnership: last.partnership, risk: last.risk, performance: last.performance, integrated: last.integrated,
  };
}
