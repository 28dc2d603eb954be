/**
 * The portfolio's generated sheets: keys and names. They are not in the review's sheet registry (their builders take
 * a Portfolio, not one contract's Assessment), and the CLI writes them into a new workbook of their own.
 */
export const PORTFOLIO_SHEETS = {
  portfolio: "IMM Portfolio",
  "portfolio-dashboard": "IMM Portfolio Dashboard",
} as const;

export type PortfolioSheetKey = keyof typeof PORTFOLIO_SHEETS;
