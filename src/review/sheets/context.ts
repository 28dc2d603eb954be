/** What every review-sheet builder gets besides the assessment. */
import type { SheetKey } from "./registry";

export interface ReviewContext {
  /** Sheet names of the review sheets (for cross-references in notes), by registry key. */
  names: Readonly<Record<SheetKey, string>>;
}
