/** The portfolio's sheet plans: IMM Portfolio and IMM Portfolio Dashboard, from a Portfolio. */
import type { SheetPlan } from "../kit/plan";
import { guardFinite } from "../kit/finite-guard";
import type { Portfolio } from "./portfolio";
import { portfolioDashboard } from "./sheets/portfolio-dashboard";
import { portfolioSheet, type PortfolioSheetOptions } from "./sheets/portfolio-sheet";

/** The two portfolio sheet plans, in writing order; throws nothing for any portfolio (empty included). */
export function buildPortfolioPlans(p: Portfolio, options: PortfolioSheetOptions = {}): SheetPlan[] {
  const plans = [portfolioSheet(p, options), portfolioDashboard(p)];
  guardFinite(plans);
  return plans;
}

export { PORTFOLIO_SHEETS, type PortfolioSheetKey } from "./sheets/names";
export { buildPortfolio, type Portfolio, type PortfolioFailure } from "./portfolio";
export { summarizeContract, type ContractSummary } from "./summary";
export { previousIndices, type PreviousIndices } from "./previous";
export type { PortfolioSheetOptions } from "./sheets/portfolio-sheet";
export { linkTarget } from "./file-link";
