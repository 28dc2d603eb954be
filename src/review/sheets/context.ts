/** What every review-sheet builder gets besides the assessment. */
import type { SheetKey } from "../kit/plan";

export interface ReviewContext {
  /** Sheet names of the review sheets (for cross-references in notes). */
  names: Readonly<Record<SheetKey, string>>;
}

/** The default review sheet names (IMM-SPEC §4). */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = Object.freeze({
  risk: "IMM Risk Review",
  partnership: "IMM Partnership Review",
  performance: "IMM Performance Review",
  integrated: "IMM Integrated Assessment",
  dashboard: "IMM Dashboard",
});

/** The default context. */
export function defaultContext(): ReviewContext {
  return { names: SHEET_NAMES };
}
