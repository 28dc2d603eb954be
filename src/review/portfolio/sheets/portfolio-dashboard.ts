/**
 * The IMM Portfolio Dashboard: RAG counts per index, integrated index against years to expiry (a bar chart, contracts
 * ordered by years to expiry), the portfolio's P50 and P90 threat cost from one joint simulation (with the independence
 * assumption stated) and the common themes. Chart data sits out of sight from column R.
 */
import { fmtDate } from "../../kit/text";
import { finishSheet, heading, keyFigures, newSheet, title, writeNote, writeRows, writeTable, type CellContent } from "../../kit/layout";
import type { PlanValue, SheetPlan } from "../../kit/plan";
import { COLORS, FMT, NOT_QUANTIFIED, RAG_STYLE } from "../../kit/styles";
import type { Portfolio } from "../portfolio";
import type { IndexKey } from "../summary";
import { THEME_MIN_CONTRACTS } from "../themes";
import { PORTFOLIO_SHEETS } from "./names";
import { currencyLabel, MIXED_CURRENCY_NOTE } from "../currency";

const DATA_COL = 17;
const LABELS: Record<IndexKey, string> = { partnership: "Partnership", risk: "Risk", performance: "Performance", integrated: "Integrated" };

function ragCounts(s: ReturnType<typeof newSheet>, p: Portfolio): void {
  heading(s, "RAG status by index (number of contracts)", 5);
  const keys = Object.keys(LABELS) as IndexKey[];
  const t = writeTable(s, {
    name: "IMM_PortfolioRag", headers: ["Index", "Red", "Amber", "Green", "Not assessed"],
    rows: keys.map((k) => [LABELS[k], p.ragCounts[k].Red, p.ragCounts[k].Amber, p.ragCounts[k].Green, p.ragCounts[k].none]),
    formats: [undefined, FMT.int, FMT.int, FMT.int, FMT.int],
  });
  (["Red", "Amber", "Green"] as const).forEach((rag, j) => {
    s.plan.styles.push({ range: { row: t.header.row, col: t.header.col + 1 + j, rows: 1, cols: 1 }, style: { fill: RAG_STYLE[rag].fill, fontColor: RAG_STYLE[rag].fontColor } });
  });
}

/** "Not computed" for an all-contract amount when the contracts' currencies differ (portfolio/currency.ts). */
const ACROSS_CURRENCIES = "Not computed: contracts use different currencies (see by currency below)";

/**
 * Different currencies: one joint simulation and expected cost sum per currency, in plain #,##0 with the currency
 * named in its own column, under the visible note that amounts are not converted.
 */
function byCurrency(s: ReturnType<typeof newSheet>, p: Portfolio): void {
  writeNote(s, MIXED_CURRENCY_NOTE);
  s.row += 1;
  const q = (x: number | null): CellContent => (x === null ? NOT_QUANTIFIED : x);
  writeTable(s, {
    name: "IMM_PortfolioByCurrency",
    headers: ["Currency", "Contracts", "Expected threat cost", "P50 threat cost (joint)", "P90 threat cost (joint)", "Threats simulated"],
    rows: p.byCurrency.map((g) => [currencyLabel(g.money), g.contracts.length, q(g.expectedThreatCost), q(g.simulation.p50), q(g.simulation.p90), g.simulation.threats]),
    formats: [undefined, FMT.int, FMT.amount, FMT.amount, FMT.amount, FMT.int],
  });
  s.row -= 1;
}

function threatCost(s: ReturnType<typeof newSheet>, p: Portfolio): void {
  heading(s, "Portfolio threat cost (all contracts' open threats)", 5);
  const sim = p.simulation;
  // One currency: amounts in it (portfolio/currency.ts). Several: no all-contract amount, one row per currency below.
  const q = (x: number | null): CellContent => (p.currency === null ? ACROSS_CURRENCIES : x === null ? NOT_QUANTIFIED : x);
  const money = p.currency?.format ?? FMT.amount;
  keyFigures(s, [
    ["Expected threat cost (Σ of contracts' expected costs)", q(p.expectedThreatCost), money],
    ["P50 threat cost (joint simulation)", q(sim.p50), money],
    ["P90 threat cost (joint simulation)", q(sim.p90), money],
    ["Threats simulated", `${sim.threats} from ${sim.contracts} contract${sim.contracts === 1 ? "" : "s"}`],
    ["Iterations and seed", `${sim.iterations} iterations, seed ${sim.seed} (${sim.basis})`],
  ], 4);
  s.row -= 1;
  if (p.currency === null) byCurrency(s, p);
  writeNote(s, p.currency === null
    ? "One Monte Carlo run per currency over every open threat with a probability and impact, in that currency's contracts together."
    : "One Monte Carlo run over every open threat with a probability and impact, in all contracts together.");
  writeNote(s, "Assumption: threats occur independently of one another, across contracts as within one. Common causes (a sector-wide");
  writeNote(s, "shock, an operator's failure across several contracts) make the true P90 higher. The portfolio P90 is not the sum");
  writeNote(s, "of the contracts' P90s: that sum would assume every contract has its bad year at once, so none is shown.");
  s.row += 1;
}

function expiryChart(s: ReturnType<typeof newSheet>, p: Portfolio, anchorRow: number): void {
  const rows = p.contracts.filter((c) => c.indices.integrated !== null)
    .sort((a, b) => (a.yearsToExpiry ?? Infinity) - (b.yearsToExpiry ?? Infinity) || a.contract.localeCompare(b.contract))
    .map((c) => [`${c.contract} (${c.yearsToExpiry === null ? "no end date" : `${c.yearsToExpiry.toFixed(1)} y`})`, c.indices.integrated as number] as [string, number]);
  if (!rows.length) {
    writeRows(s, anchorRow, 6, [["Integrated index vs years to expiry: no contract has an integrated index"]], { style: { italic: true, fontColor: COLORS.muted }, countWidths: false });
    return;
  }
  writeRows(s, 3, DATA_COL, [["Chart data"]], { style: { italic: true, fontColor: COLORS.muted, fontSize: 8 }, countWidths: false });
  const values: PlanValue[][] = [["Contract (years to expiry)", "Integrated index"], ...rows];
  s.plan.blocks.push({ row: 4, col: DATA_COL, values, columnFormats: [undefined, FMT.one], style: { fontColor: COLORS.muted, fontSize: 8 } });
  s.plan.charts.push({
    title: "Integrated index by years to expiry (nearest expiry first)", kind: "bar",
    data: { row: 4, col: DATA_COL, rows: values.length, cols: 2 }, anchor: { row: anchorRow, col: 6, rows: 14, cols: 10 }, yMin: 0, yMax: 100,
  });
}

function themes(s: ReturnType<typeof newSheet>, p: Portfolio): void {
  heading(s, `Common themes (in ${THEME_MIN_CONTRACTS} or more contracts)`, 5);
  writeTable(s, {
    name: "IMM_PortfolioThemes", headers: ["Theme", "Item", "Sector", "Contracts", "Where"],
    rows: p.themes.map((t) => [
      t.kind === "risk category" ? "Risk category rated High/Extreme" : t.kind === "partnership factor" ? "Partnership factor rated weak" : "KPI failing in one sector",
      t.item, t.sector ?? "All", t.contracts.length, t.contracts.join("; "),
    ]),
    formats: [undefined, undefined, undefined, FMT.int], empty: "No common themes",
  });
  writeNote(s, "Weak: a factor's latest health score below its contract's Amber threshold. KPI failing: at or beyond its failure threshold in the latest period.");
}

/** Builds the IMM Portfolio Dashboard sheet plan. */
export function portfolioDashboard(p: Portfolio): SheetPlan {
  const s = newSheet("portfolioDashboard", PORTFOLIO_SHEETS["portfolioDashboard"], "#7030A0");
  title(s, "IMM Portfolio Dashboard", `${p.contracts.length} contracts${p.asAt === null ? "" : ` · latest review ${fmtDate(p.asAt)}`} · generated by IMM`);
  ragCounts(s, p);
  expiryChart(s, p, 3);
  s.row = Math.max(s.row, 18);
  threatCost(s, p);
  themes(s, p);
  const plan = finishSheet(s);
  plan.columnWidths = plan.columnWidths.filter((w) => w.col < 6 || w.col >= DATA_COL);
  for (let col = 6; col < 16; col++) plan.columnWidths.push({ col, width: 10 });
  plan.columnWidths.push({ col: DATA_COL, width: 40 });
  return plan;
}
