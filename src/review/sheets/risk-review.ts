/** The IMM Risk Review sheet: summary, heat maps, top threats, register, opportunities, exposure (IMM-SPEC §4). */
import type { Assessment, ExposureGroup, RiskAssessment, RiskResult } from "../assess/assessment";
import type { ReviewContext } from "./context";
import { sinceBlock } from "./parts/changes";
import {
  countCell, expectedValueCell, inherentScoreCell, listIds, netCell, oppValueCell, ratingCell, residualScoreCell, simCell, threatCostCell,
} from "./parts/explained-cells";
import { heatMapHeight, heatMapNote, writeHeatMap } from "./parts/heatmap";
import { column, finishSheet, heading, keyFigures, minWidth, newSheet, writeNote, notAssessed, writeTable, title, explained, type CellContent, type Sheet } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { notAssessedReason } from "../kit/not-assessed";
import { COLORS, dataBar, FMT, indexIcons, NOT_ASSESSED, ratingFormats, scoreRatingFills } from "../kit/styles";
import { fmtMoney, fmtNum, stampText } from "../kit/text";

const cap = (s: string | undefined): string | null => (s ? s.charAt(0).toUpperCase() + s.slice(1) : null);

/** Plain-words notes for exposure figures shown as "Not quantified" (empty when every figure is quantified). */
export function exposureNoteLines(r: RiskAssessment): string[] {
  const n = r.exposureNotes;
  const o = r.overall;
  const figures = [o.threatCost === null ? "expected cost" : "", o.p50 === null ? "P50" : "", o.p90 === null ? "P90" : ""].filter(Boolean);
  const hint = n.threats?.startsWith("no open threat has both")
    ? " Add Probability and Impact (or Min / Most likely / Max) to the open threats to quantify it." : "";
  return [
    ...(n.threats ? [`Threat exposure (${figures.join(", ")}) not quantified: ${n.threats}.${hint}`] : []),
    ...(n.opportunities ? [`Opportunity value not quantified: ${n.opportunities}.`] : []),
  ];
}

function summary(s: Sheet, a: Assessment, r: RiskAssessment): void {
  heading(s, "Summary", 3);
  const notes = r.exposureNotes;
  const open = r.topThreats;
  const scores = open.map((t) => `${t.id} ${fmtNum(t.residualScore)}`);
  const mean = open.length ? open.reduce((x, t) => x + t.residualScore, 0) / open.length : 0;
  const rows: [string, CellContent, string?][] = [
    ["Risk index (0–100, higher is healthier)", r.index === null ? NOT_ASSESSED : explained(r.index, "Risk index",
      open.length === 0 ? "RISKINDEX = 100 (no open threats)"
        : `RISKINDEX = 100 × (1 − mean residual threat score / ${r.maxScore}) = 100 × (1 − ${fmtNum(mean)} / ${r.maxScore}) = ${fmtNum(r.index, 1)}`,
      [`${open.length} open threats (residual scores): ${listIds(scores, 20)}`, "Opportunities, closed and realised risks excluded"]), FMT.one],
    ["Open threats", countCell(open.length, "Open threats", "threats with status Open", open.map((t) => t.id)), FMT.int],
    ["Open threats rated High or Extreme", countCell(open.filter((t) => t.residualRating === "Extreme" || t.residualRating === "High").length,
      "Open threats rated High or Extreme", "open threats whose residual rating is High or Extreme",
      open.filter((t) => t.residualRating === "Extreme" || t.residualRating === "High").map((t) => `${t.id} ${t.residualRating}`)), FMT.int],
    ["Opportunities (all / open / realised)", `${r.opportunities.count} / ${r.opportunities.openCount} / ${r.opportunities.realisedCount}`],
    ["Expected threat cost (open threats)", threatCostCell(r.overall, r.risks, a.money, notes.threats), a.money.format],
    ["Expected opportunity value (open)", oppValueCell(r.overall, r.risks, a.money, notes.opportunities), a.money.format],
    ["Simulated threat cost P50", simCell(r.overall, "p50", a.settings, a.money, false, notes.threats), a.money.format],
    ["Simulated threat cost P90", simCell(r.overall, "p90", a.settings, a.money, false, notes.threats), a.money.format],
  ];
  const v = keyFigures(s, rows, 2);
  if (r.index !== null) s.plan.conditionalFormats.push(indexIcons({ row: v.row, col: v.col, rows: 1, cols: 1 }, a.settings));
  const lines = exposureNoteLines(r);
  for (const line of lines) writeNote(s, line);
  if (lines.length) s.row += 1;
}

/** Heat maps start in column B; columns B…N hold only short values in every table of this sheet (long text comes last). */
const HEAT_COL = 1;
const NARROW_LAST = 13;

function heatMaps(s: Sheet, a: Assessment, r: RiskAssessment): void {
  heading(s, "Heat maps — open threats (count per cell)", 13);
  const top = s.row;
  writeHeatMap(s, top, HEAT_COL, r.inherentHeat, "Inherent", "inherent", a.settings.ratingBands);
  writeHeatMap(s, top, HEAT_COL + r.inherentHeat.consequenceMax + 2, r.residualHeat, "Residual", "residual", a.settings.ratingBands);
  s.row = top + heatMapHeight(r.inherentHeat);
  writeNote(s, heatMapNote(r.inherentHeat, a.settings.ratingBands));
  writeNote(s, "Residual cell: residual L and C where given; otherwise the inherent L with the consequence scaled by controls, round(C × (1 − e)).");
  s.row += 1;
}

function registerRow(t: RiskResult, a: Assessment): CellContent[] {
  const row = t.row;
  return [
    row.id, row.likelihood, row.consequence, inherentScoreCell(t), ratingCell(t, "inherent", a.settings),
    row.effectiveness ?? null, t.residualBasis === "lc" ? t.residualL : null, t.residualBasis === "lc" ? t.residualC : null,
    residualScoreCell(t), ratingCell(t, "residual", a.settings), row.probability ?? null, t.impactUsed, expectedValueCell(t, a.money),
    cap(row.type), cap(row.status), cap(row.allocation), cap(row.discipline), row.category ?? null, row.owner ?? null,
    row.statement, row.treatment ?? null,
  ];
}

const REGISTER_HEADERS = ["ID", "L", "C", "Inherent score", "Inherent rating", "Control effectiveness", "Residual L",
  "Residual C", "Residual score", "Residual rating", "Probability", "Impact", "Expected value", "Type", "Status",
  "Allocation", "Discipline", "Category", "Owner", "Risk", "Treatment"];
const registerFormats = (a: Assessment): (string | undefined)[] => [undefined, FMT.int, FMT.int, FMT.one, undefined, FMT.pct, FMT.int, FMT.int, FMT.one, undefined,
  FMT.pct, a.money.format, a.money.format];

function register(s: Sheet, a: Assessment, r: RiskAssessment): void {
  heading(s, "Risk register — inherent and residual", 10);
  const t = writeTable(s, { name: "IMM_RiskRegister", headers: REGISTER_HEADERS, rows: r.risks.map((x) => registerRow(x, a)),
    formats: registerFormats(a), empty: "No risks in the register" });
  s.plan.conditionalFormats.push(...ratingFormats(column(t.data, 4)), ...ratingFormats(column(t.data, 9)));
  s.plan.conditionalFormats.push(...scoreRatingFills(column(t.data, 8), a.settings.ratingBands));
}

function topThreats(s: Sheet, a: Assessment, r: RiskAssessment): void {
  heading(s, "Top threats (open, by residual score)", 8);
  const rows = r.topThreats.slice(0, 10).map((t, i) => [t.id, i + 1, residualScoreCell(t), ratingCell(t, "residual", a.settings),
    inherentScoreCell(t), ratingCell(t, "inherent", a.settings), t.row.statement] as CellContent[]);
  const t = writeTable(s, { name: "IMM_TopThreats", headers: ["ID", "Rank", "Residual score", "Residual rating", "Inherent score",
    "Inherent rating", "Risk"], rows, formats: [undefined, FMT.int, FMT.one, undefined, FMT.one],
  empty: "No open threats" });
  s.plan.conditionalFormats.push(...ratingFormats(column(t.data, 3)), ...ratingFormats(column(t.data, 5)));
}

function opportunities(s: Sheet, a: Assessment, r: RiskAssessment): void {
  const o = r.opportunities;
  heading(s, `Opportunities — ${o.count} (open ${o.openCount}, realised ${o.realisedCount}: ${fmtMoney(o.realisedValue, a.money)})`, 8);
  const rows = o.items.map((t) => [t.id, inherentScoreCell(t), ratingCell(t, "inherent", a.settings), cap(t.status),
    t.row.probability ?? null, t.impactUsed, expectedValueCell(t, a.money), t.row.statement] as CellContent[]);
  const t = writeTable(s, { name: "IMM_Opportunities", headers: ["ID", "Score", "Rating", "Status", "Probability", "Value",
    "Expected value", "Opportunity"], rows,
  formats: [undefined, FMT.one, undefined, undefined, FMT.pct, a.money.format, a.money.format], empty: "No opportunities recorded" });
  s.plan.conditionalFormats.push(...ratingFormats(column(t.data, 2)));
  writeNote(s, "Opportunities use the same score magnitude as threats but are reported separately: they never offset a threat's rating or the risk index.");
  s.row += 1;
}

/** Open threat and opportunity counts of an exposure group, explained. */
function groupCounts(g: ExposureGroup, rs: RiskResult[]): CellContent[] {
  const open = (type: string) => rs.filter((x) => x.status === "open" && x.type === type).map((x) => x.id);
  return [countCell(g.threats, `Open threats — ${g.key}`, `open threats in ${g.key}`, open("threat")),
    countCell(g.opportunities, `Open opportunities — ${g.key}`, `open opportunities in ${g.key}`, open("opportunity"))];
}

function exposureTables(s: Sheet, a: Assessment, r: RiskAssessment): void {
  heading(s, "Exposure by category (open risks)", 8);
  const catRows = r.byCategory.map((g) => {
    const rs = r.risks.filter((x) => (x.row.category?.trim() || "Uncategorised") === g.key);
    return [g.key, ...groupCounts(g, rs), threatCostCell(g, rs, a.money), oppValueCell(g, rs, a.money), netCell(g, a.money),
      simCell(g, "p50", a.settings, a.money, true), simCell(g, "p90", a.settings, a.money, true)] as CellContent[];
  });
  const c = writeTable(s, { name: "IMM_ExposureByCategory", headers: ["Category", "Threats", "Opportunities",
    "Expected threat cost", "Expected opportunity value", "Net exposure", "P50 threat cost", "P90 threat cost"],
  rows: catRows, formats: [undefined, FMT.int, FMT.int, a.money.format, a.money.format, a.money.format, a.money.format, a.money.format], empty: "No open risks" });
  s.plan.conditionalFormats.push(dataBar(column(c.data, 3)), dataBar(column(c.data, 7), "#F8CBAD"));
  heading(s, "Exposure by allocation (open risks)", 8);
  const allocRows = r.byAllocation.map((g) => {
    const rs = r.risks.filter((x) => (x.row.allocation ? cap(x.row.allocation) : "Unallocated") === g.key);
    return [g.key, ...groupCounts(g, rs), threatCostCell(g, rs, a.money), oppValueCell(g, rs, a.money), netCell(g, a.money),
      simCell(g, "p50", a.settings, a.money, true), simCell(g, "p90", a.settings, a.money, true)] as CellContent[];
  });
  const al = writeTable(s, { name: "IMM_ExposureByAllocation", headers: ["Allocation", "Threats", "Opportunities",
    "Expected threat cost", "Expected opportunity value", "Net exposure", "P50 threat cost", "P90 threat cost"], rows: allocRows,
  formats: [undefined, FMT.int, FMT.int, a.money.format, a.money.format, a.money.format, a.money.format, a.money.format], empty: "No open risks" });
  s.plan.conditionalFormats.push(dataBar(column(al.data, 3)), dataBar(column(al.data, 7), "#F8CBAD"));
  writeNote(s, `Expected values: p × impact (Impact, else Most likely). Simulation: ${a.settings.simulationIterations} iterations, seed ${a.settings.simulationSeed}, PERT(Min, Most likely, Max) per threat; one run, each category and allocation taking its share of the same simulated years. Closed and realised risks are excluded.`);
}

/** Builds the IMM Risk Review sheet plan. */
export function riskReview(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("risk", ctx.names.risk, COLORS.tab);
  title(s, `Risk Review — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources, ["IMM_Risks", "IMM_Settings"]));
  s.plan.freeze = { rows: 2, cols: 0 };
  const r = a.risk;
  if (!r) {
    return notAssessed(s, notAssessedReason(a, "IMM_Risks", "no risk row could be read",
      "no IMM_Risks table was found. Insert the IMM Risks template to start a register."));
  }
  summary(s, a, r);
  heatMaps(s, a, r);
  topThreats(s, a, r);
  register(s, a, r);
  opportunities(s, a, r);
  exposureTables(s, a, r);
  sinceBlock(s, ctx, "risk");
  for (let col = HEAT_COL; col <= NARROW_LAST; col++) s.fixed.set(col, 13);
  return minWidth(finishSheet(s), 0, 32);
}
