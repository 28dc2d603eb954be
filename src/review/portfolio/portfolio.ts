/**
 * The portfolio review: contracts' summaries (each from its own review, with its own settings) → the portfolio: rows
 * worst first, RAG counts per index, the joint simulation of all open threats, and the common themes. Pure.
 *
 * Portfolio threat cost: ONE Monte Carlo run over every contract's open threats together (the contracts' threats in
 * file order, each contract's in its register order), assuming the threats occur independently of one another — across
 * contracts as within one. A portfolio P90 is a percentile of that joint total; it is never the sum of the contracts'
 * P90s (which overstates it whenever the contracts are not perfectly correlated), so no such sum is computed.
 * Amounts are never added across currencies (currency.ts): when the contracts' currencies differ, the joint simulation
 * and the expected cost sum are made per currency (`byCurrency`) and the all-contract figures are not computed.
 */
import { DEFAULT_SETTINGS, type ImmSettings } from "../../imm/defaults";
import type { Rag } from "../assess/assessment";
import type { Money } from "../kit/locale";
import { commonCurrency, currencyKey } from "./currency";
import { simulate } from "../assess/assess-risk";
import { worstFirst } from "./order";
import { INDEX_KEYS, type ContractSummary, type IndexKey } from "./summary";
import { commonThemes, type Theme } from "./themes";

/** A workbook that could not be read or assessed, with its one-line reason. */
export interface PortfolioFailure {
  file: string;
  reason: string;
}

export interface RagCount {
  Green: number;
  Amber: number;
  Red: number;
  /** Not assessed. */
  none: number;
}

export interface PortfolioSimulation {
  p50: number | null;
  p90: number | null;
  /** Open threats simulated (with probability and impact), and the contracts they come from. */
  threats: number;
  contracts: number;
  seed: number;
  iterations: number;
  /** Where the seed and iterations came from, in words. */
  basis: string;
}

/** The contracts of one currency: their joint simulation and expected cost sum, in that currency. */
export interface CurrencyGroup {
  money: Money;
  /** The contracts in this currency (portfolio order). */
  contracts: string[];
  simulation: PortfolioSimulation;
  /** Σ of these contracts' expected threat costs; null when none is quantified. */
  expectedThreatCost: number | null;
}

export interface Portfolio {
  /** Worst first (order.ts). */
  contracts: ContractSummary[];
  failures: PortfolioFailure[];
  ragCounts: Record<IndexKey, RagCount>;
  /** The contracts' common currency (currency.ts); null when they use different ones: no amount is then added across them. */
  currency: Money | null;
  /** The joint simulation of all contracts; when the currencies differ its P50/P90 are null (not computed: see byCurrency). */
  simulation: PortfolioSimulation;
  /** Σ of the contracts' expected threat costs (expected values add up); null when none is quantified or the currencies differ. */
  expectedThreatCost: number | null;
  /** Per currency, in order of first appearance worst first (one group when all share a currency; none when empty). */
  byCurrency: CurrencyGroup[];
  themes: Theme[];
  /** Latest review date among the contracts (the portfolio's "as at"), or null. */
  asAt: number | null;
}

/**
 * The seed and iterations of the joint simulation: the contracts' own settings when they all agree (the usual case: one
 * team, one settings table), else the IMM defaults, so the result never depends on which contract was read first.
 */
export function simulationSettings(contracts: ContractSummary[]): { settings: ImmSettings; basis: string } {
  const seeds = new Set(contracts.map((c) => c.simulationSeed));
  const iterations = new Set(contracts.map((c) => c.simulationIterations));
  if (contracts.length && seeds.size === 1 && iterations.size === 1) {
    return {
      settings: { ...DEFAULT_SETTINGS, simulationSeed: contracts[0].simulationSeed, simulationIterations: contracts[0].simulationIterations },
      basis: "the contracts' IMM_Settings (all agree)",
    };
  }
  return { settings: DEFAULT_SETTINGS, basis: contracts.length ? "the IMM defaults (the contracts' settings differ)" : "the IMM defaults" };
}

/** RAG counts of one index over the contracts. */
function countRag(contracts: ContractSummary[], key: IndexKey): RagCount {
  const out: RagCount = { Green: 0, Amber: 0, Red: 0, none: 0 };
  for (const c of contracts) {
    const s: Rag | null = c.statuses[key];
    if (s === null) out.none++;
    else out[s]++;
  }
  return out;
}

/** Portfolio P50/P90 of total threat cost: PERCENTILE.INC of the per-iteration Σ over all contracts' simulated threats. */
export function jointSimulation(contracts: ContractSummary[], settings?: ImmSettings, basis?: string): PortfolioSimulation {
  const chosen = settings ? { settings, basis: basis ?? "the settings given" } : simulationSettings(contracts);
  const byFile = [...contracts].sort((a, b) => a.file.localeCompare(b.file));
  const sims = byFile.flatMap((c) => c.sims);
  const fig = simulate(sims, chosen.settings);
  return {
    p50: fig.p50, p90: fig.p90, threats: sims.length, contracts: byFile.filter((c) => c.sims.length > 0).length,
    seed: chosen.settings.simulationSeed, iterations: chosen.settings.simulationIterations, basis: chosen.basis,
  };
}

/** Σ of the contracts' expected threat costs; null when none is quantified. */
function expectedSum(contracts: ContractSummary[]): number | null {
  const costs = contracts.map((c) => c.expectedThreatCost).filter((x): x is number => x !== null);
  return costs.length ? costs.reduce((s, x) => s + x, 0) : null;
}

/** The contracts grouped by currency (order of first appearance), each with its own joint simulation and expected sum. */
function currencyGroups(contracts: ContractSummary[], settings?: ImmSettings): CurrencyGroup[] {
  const groups = new Map<string, ContractSummary[]>();
  for (const c of contracts) groups.set(currencyKey(c.money), [...(groups.get(currencyKey(c.money)) ?? []), c]);
  return [...groups.values()].map((list) => ({
    money: list[0].money, contracts: list.map((c) => c.contract),
    simulation: jointSimulation(list, settings), expectedThreatCost: expectedSum(list),
  }));
}

/** Builds the portfolio from the contracts' summaries (any order) and the workbooks that failed. */
export function buildPortfolio(summaries: ContractSummary[], failures: PortfolioFailure[] = [], settings?: ImmSettings): Portfolio {
  const contracts = [...summaries].sort(worstFirst);
  const dates = contracts.map((c) => c.reviewDate).filter((x): x is number => x !== null);
  const currency = commonCurrency(contracts.map((c) => c.money));
  const byCurrency = currencyGroups(contracts, settings);
  // One currency: its group's joint run is the portfolio's. Several: the all-contract run is not made (no £ + €).
  const all = currency ? byCurrency[0]?.simulation ?? jointSimulation([], settings) : jointSimulation(contracts.map((c) => ({ ...c, sims: [] })), settings);
  const threats = contracts.reduce((n, c) => n + c.sims.length, 0);
  return {
    contracts,
    failures: [...failures].sort((a, b) => a.file.localeCompare(b.file)),
    ragCounts: Object.fromEntries(INDEX_KEYS.map((k) => [k, countRag(contracts, k)])) as Record<IndexKey, RagCount>,
    currency,
    // Different currencies: no joint figure over all contracts (it would add £ to €), only per currency.
    simulation: currency ? all : {
      ...all, p50: null, p90: null, threats, contracts: contracts.filter((c) => c.sims.length > 0).length, basis: `${all.basis}; not computed across currencies`,
    },
    expectedThreatCost: currency ? expectedSum(contracts) : null,
    byCurrency,
    themes: commonThemes(contracts),
    asAt: dates.length ? Math.max(...dates) : null,
  };
}
