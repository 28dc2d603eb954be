/** What every review-sheet builder gets besides the assessment. */
import type { ReviewHistory } from "../assess/history";
import type { SheetKey } from "./registry";

export interface ReviewContext {
  /** Sheet names of the review sheets (for cross-references in notes), by registry key. */
  names: Readonly<Record<SheetKey, string>>;
  /**
   * The review history (IMM_History read from the workbook, with this review in place) and the changes since the
   * previous review. Absent when a caller builds sheets without a model (then no earlier review is known).
   */
  history?: ReviewHistory;
}
