/** The IMM Partnership Review sheet: index by period, factor ratings public vs private, gaps, weakest factors, change. */
import type { Assessment, FactorPeriod, FactorResult, PartnershipAssessment } from "../assess/assessment";
import type { ReviewContext } from "./context";
import { sinceBlock } from "./parts/changes";
import { countCell } from "./parts/explained-cells";
import { column, finishSheet, heading, keyFigures, minWidth, newSheet, writeNote, notAssessed, writeTable, title, explained, type CellContent, type Sheet, type ExplainedValue } from "../kit/layout";
import type { SheetPlan } from "../kit/plan";
import { notAssessedReason } from "../kit/not-assessed";
import { COLORS, FMT, indexIcons, indexRagFills, RAG_STYLE } from "../kit/styles";
import { cellRef, fmtNum, stampText } from "../kit/text";

const GAP_FLAG = "Gap alert";

function ratingIn(c: FactorPeriod): string {
  const s = c.row.source;
  const pub = c.publicRating === null ? "public blank" : `public ${fmtNum(c.publicRating)} (${cellRef(s, "publicRating")})`;
  const priv = c.privateRating === null ? "private blank" : `private ${fmtNum(c.privateRating)} (${cellRef(s, "privateRating")})`;
  return `${c.row.factor.trim()}: ${pub}, ${priv}, weight ${fmtNum(c.weight)}`;
}

/** The period's index explained: Σ w(r − 1) / ((scale − 1) Σ w) with r the mean of public and private. */
function indexCell(p: PartnershipAssessment, period: string, index: number | null): CellContent {
  if (index === null) return null;
  const cells = p.factors.map((f) => f.periods[p.periods.indexOf(period)]).filter((c): c is FactorPeriod => !!c && c.mean !== null);
  const num = cells.reduce((x, c) => x + c.weight * ((c.mean as number) - 1), 0);
  const den = cells.reduce((x, c) => x + c.weight, 0);
  return explained(index, `Partnership index, ${period}`,
    `PARTNERSHIPINDEX = 100 × Σ w(r − 1) / ((${p.scaleMax} − 1) × Σ w), r = mean of public and private = 100 × ${fmtNum(num, 3)} / (${p.scaleMax - 1} × ${fmtNum(den, 3)}) = ${fmtNum(index, 1)}`,
    cells.map(ratingIn));
}

function gapCell(p: PartnershipAssessment, period: string, gap: number | null): CellContent {
  if (gap === null) return null;
  const cells = p.factors.map((f) => f.periods[p.periods.indexOf(period)])
    .filter((c): c is FactorPeriod => !!c && c.gap !== null);
  const num = cells.reduce((x, c) => x + c.weight * (c.gap as number), 0);
  const den = cells.reduce((x, c) => x + c.weight, 0);
  return explained(gap, `Perception gap, ${period}`,
    `PERCEPTIONGAP = Σ w|public − private| / Σ w = ${fmtNum(num, 3)} / ${fmtNum(den, 3)} = ${fmtNum(gap, 2)}`, cells.map(ratingIn));
}

function factorMean(f: FactorResult, c: FactorPeriod): ExplainedValue {
  return explained(c.mean, `Mean rating of ${f.factor} (${c.period})`,
    c.publicRating !== null && c.privateRating !== null
      ? `(public + private) / 2 = (${fmtNum(c.publicRating)} + ${fmtNum(c.privateRating)}) / 2 = ${fmtNum(c.mean as number)}`
      : `Only one party rated: ${fmtNum(c.mean as number)}`, [ratingIn(c)]);
}

function summary(s: Sheet, a: Assessment, p: PartnershipAssessment): void {
  heading(s, "Summary", 3);
  const last = p.byPeriod.filter((b) => b.index !== null).pop()!;
  const li = p.periods.indexOf(last.period);
  const prev = li > 0 ? p.periods[li - 1] : null;
  const rows: [string, CellContent, string | undefined][] = [
    [`Partnership index (${last.period})`, indexCell(p, last.period, p.index), FMT.one],
    ["Previous period index", prev === null || p.previousIndex === null ? "—" : indexCell(p, prev, p.previousIndex), FMT.one],
    ["Change since previous period", p.change === null ? "—" : explained(p.change, "Change in partnership index",
      `${fmtNum(p.index ?? 0, 1)} − ${fmtNum(p.previousIndex ?? 0, 1)} = ${fmtNum(p.change, 1)}`), "+0.0;-0.0;0.0"],
    ["Perception gap (latest)", gapCell(p, last.period, last.gap), FMT.two],
    [`Factors with a gap ≥ ${fmtNum(a.settings.gapAlert)}`, p.gapAlerts.length ? p.gapAlerts.map((f) => f.factor).join(", ") : "None", undefined],
    ["Weakest factors", p.weakest.map((f) => `${f.factor} (${fmtNum(f.latest?.mean ?? 0)})`).join(", ") || "—", undefined],
  ];
  const v = keyFigures(s, rows, 1);
  if (p.index !== null) s.plan.conditionalFormats.push(indexIcons({ row: v.row, col: v.col, rows: 1, cols: 1 }, a.settings));
}

function byPeriod(s: Sheet, a: Assessment, p: PartnershipAssessment): void {
  heading(s, "Partnership index by period", 4);
  const rows = p.byPeriod.map((b) => [b.period, indexCell(p, b.period, b.index), gapCell(p, b.period, b.gap),
    countCell(b.rated, `Factors rated, ${b.period}`, `factors with a public or private rating in ${b.period}`,
      p.factors.filter((f) => { const c = f.periods[p.periods.indexOf(b.period)]; return !!c && (c.publicRating !== null || c.privateRating !== null); }).map((f) => f.factor))]);
  const t = writeTable(s, { name: "IMM_PartnershipIndex", headers: ["Period", "Partnership index", "Perception gap", "Factors rated"],
    rows, formats: [undefined, FMT.one, FMT.two, FMT.int] });
  s.plan.conditionalFormats.push(...indexRagFills(column(t.data, 1), a.settings), indexIcons(column(t.data, 1), a.settings));
  s.plan.charts.push({ title: "Partnership index by period", kind: "line", data: { ...t.all, cols: 2 },
    anchor: { row: t.all.row, col: 5, rows: 14, cols: 7 }, yMin: 0, yMax: 100 });
  s.row = Math.max(s.row, t.all.row + 15);
}

function latestFactors(s: Sheet, a: Assessment, p: PartnershipAssessment): void {
  const period = p.byPeriod.filter((b) => b.index !== null).pop()!.period;
  heading(s, `Factors — ${period}: public vs private`, 12);
  const rows = p.factors.map((f) => {
    const c = f.latest;
    if (!c) return [f.factor, f.dimension ?? null, null, null, null, "Not rated", null, null, null, null, null, null] as CellContent[];
    return [f.factor, f.dimension ?? null, c.weight, c.publicRating, c.privateRating,
      c.mean === null ? null : factorMean(f, c),
      c.gap === null ? null : explained(c.gap, `Perception gap of ${f.factor}`, `|public − private| = |${fmtNum(c.publicRating ?? 0)} − ${fmtNum(c.privateRating ?? 0)}| = ${fmtNum(c.gap)}${c.gapAlert ? ` ≥ gap alert ${fmtNum(a.settings.gapAlert)}` : ""}`, [ratingIn(c)]),
      c.gapAlert ? GAP_FLAG : null,
      f.score === null ? null : explained(f.score, `Factor score of ${f.factor}`, `100 × (mean − 1) / (${p.scaleMax} − 1) = 100 × (${fmtNum(c.mean ?? 0)} − 1) / ${p.scaleMax - 1} = ${fmtNum(f.score, 1)}`, [ratingIn(c)]),
      f.change === null ? null : explained(f.change, `Change in mean of ${f.factor}`, `latest mean − previous mean = ${fmtNum(f.change)}`),
      c.row.evidence ?? null, c.row.comment ?? null] as CellContent[];
  });
  const t = writeTable(s, { name: "IMM_PartnershipFactors", headers: ["Factor", "Dimension", "Weight", "Public", "Private", "Mean",
    "Gap", "Flag", "Score", "Change", "Evidence", "Comment"], rows,
  formats: [undefined, undefined, FMT.one, FMT.one, FMT.one, FMT.two, FMT.two, undefined, FMT.one, "+0.0;-0.0;0.0"] });
  s.plan.conditionalFormats.push(
    { kind: "textEquals", range: column(t.data, 7), text: GAP_FLAG, style: { ...RAG_STYLE.Red, bold: true } },
    { kind: "cellValue", range: column(t.data, 6), operator: "greaterThanOrEqual", value1: a.settings.gapAlert, style: { ...RAG_STYLE.Red } },
    ...indexRagFills(column(t.data, 8), a.settings), indexIcons(column(t.data, 8), a.settings),
  );
}

function history(s: Sheet, p: PartnershipAssessment): void {
  if (p.periods.length < 2) return;
  heading(s, "Factor ratings by period", 2 + p.periods.length);
  const headers = ["Factor", ...p.periods.flatMap((q) => [`${q} public`, `${q} private`, `${q} mean`])];
  const rows = p.factors.map((f) => [f.factor, ...f.periods.flatMap((c) => c
    ? [c.publicRating, c.privateRating, c.mean === null ? null : factorMean(f, c)] : [null, null, null])] as CellContent[]);
  // No colour scale on the means (issue 11 §5: a min/max scale colours by rank, not by any threshold).
  writeTable(s, { name: "IMM_PartnershipHistory", headers, rows, formats: [undefined, ...p.periods.flatMap(() => [FMT.one, FMT.one, FMT.two])] });
}

/** Builds the IMM Partnership Review sheet plan. */
export function partnershipReview(a: Assessment, ctx: ReviewContext): SheetPlan {
  const s = newSheet("partnership", ctx.names.partnership, COLORS.tab);
  title(s, `Partnership Review — ${a.project}`, stampText(a.reviewDate, a.workbook, a.sources, ["IMM_Partnership", "IMM_Settings"]));
  s.plan.freeze = { rows: 2, cols: 0 };
  const p = a.partnership;
  if (!p) {
    return notAssessed(s, notAssessedReason(a, "IMM_Partnership", "no factor has a rating with a weight above 0",
      "no IMM_Partnership table with ratings was found. Insert the IMM Partnership template to rate the factors."));
  }
  summary(s, a, p);
  byPeriod(s, a, p);
  latestFactors(s, a, p);
  history(s, p);
  sinceBlock(s, ctx, "partnership");
  writeNote(s, `Ratings 1–${p.scaleMax}. Index = 100 × Σ w(r − 1) / ((${p.scaleMax} − 1) Σ w) over the mean of public and private ratings; blank ratings are skipped with their weights. A gap ≥ ${fmtNum(a.settings.gapAlert)} flags a relationship at risk.`);
  return minWidth(finishSheet(s), 0, 32);
}
