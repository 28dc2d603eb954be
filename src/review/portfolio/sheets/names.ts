/**
 * The portfolio's generated sheets: keys and names, from their declaration in the sheet registry (owned like the review
 * sheets; see PORTFOLIO_REGISTRY there). The CLI writes them into a new workbook; the task pane into the current one.
 */
import { PORTFOLIO_REGISTRY, type PortfolioSheetKey } from "../../sheets/registry";

export type { PortfolioSheetKey };

/** Sheet name by portfolio sheet key. */
export const PORTFOLIO_SHEETS: Readonly<Record<PortfolioSheetKey, string>> = Object.freeze(
  Object.fromEntries(PORTFOLIO_REGISTRY.map((e) => [e.key, e.name])) as Record<PortfolioSheetKey, string>,
);
