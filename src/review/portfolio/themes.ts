/**
 * Common themes across a portfolio: issues that recur in several contracts, so that a central unit can act once.
 * - Risk categories: a category with an open threat rated High or Extreme (residual) in two or more contracts.
 * - Partnership factors: a factor whose latest health score is below that contract's Amber threshold ("weak") in two or
 *   more contracts.
 * - KPIs: a KPI failing in the latest period in two or more contracts of the same sector (contracts without a sector
 *   are not grouped: a sector cannot be assumed).
 * Names are compared case-insensitively with spaces trimmed and collapsed; a theme shows the first spelling met.
 * Themes are listed with the most contracts first, then by name.
 */
import type { ContractSummary } from "./summary";

export interface Theme {
  kind: "risk category" | "partnership factor" | "KPI";
  /** The category, factor or KPI, as first spelled. */
  item: string;
  /** For a KPI theme, the sector it recurs in. */
  sector: string | null;
  /** The contracts where it occurs, in portfolio order. */
  contracts: string[];
}

/** Minimum number of contracts for an issue to be a theme. */
export const THEME_MIN_CONTRACTS = 2;

const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

function recurring(kind: Theme["kind"], sector: string | null, list: ContractSummary[], items: (c: ContractSummary) => string[]): Theme[] {
  const byKey = new Map<string, { item: string; contracts: string[] }>();
  for (const c of list) {
    for (const key of new Set(items(c).map(norm))) {
      const item = items(c).find((x) => norm(x) === key) as string;
      const t = byKey.get(key) ?? { item, contracts: [] };
      t.contracts.push(c.contract);
      byKey.set(key, t);
    }
  }
  return [...byKey.values()].filter((t) => t.contracts.length >= THEME_MIN_CONTRACTS).map((t) => ({ kind, sector, ...t }));
}

/** The common themes of the contracts (given in portfolio order). */
export function commonThemes(contracts: ContractSummary[]): Theme[] {
  const sectors = new Map<string, { name: string; list: ContractSummary[] }>();
  for (const c of contracts) {
    if (!c.sector) continue;
    const g = sectors.get(norm(c.sector)) ?? { name: c.sector, list: [] };
    g.list.push(c);
    sectors.set(norm(c.sector), g);
  }
  const themes = [
    ...recurring("risk category", null, contracts, (c) => c.highCategories),
    ...recurring("partnership factor", null, contracts, (c) => c.weakFactors),
    ...[...sectors.values()].flatMap((g) => recurring("KPI", g.name, g.list, (c) => c.failingKpis)),
  ];
  const kindOrder = ["risk category", "partnership factor", "KPI"];
  return themes.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind)
    || b.contracts.length - a.contracts.length || a.item.localeCompare(b.item));
}
