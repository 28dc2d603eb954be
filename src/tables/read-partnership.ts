/** Reading IMM_Partnership into PartnershipRow[] (ratings 1–5; a blank public rating is allowed). */
import { coercePeriod, coerceNonNegative, coerceRating } from "./coerce";
import type { FoundTable } from "./find";
import { cellsA1, type ProblemSink } from "./problems";
import { readRowTable } from "./rows";
import { text, withoutUndefined } from "./text";
import type { PartnershipRow } from "./types";
import { warnZeroWeights } from "./weights";

/**
 * Partnership factors; null when required columns are missing. A bad public rating drops the row (error).
 * A factor listed again for the same period → left out, with a warning. Every rated factor of a period weighted 0 →
 * a warning on the Weight column; factors listed but none rated → a
 * warning on the Public rating column (the pillar is then not assessed, and the user is told why).
 */
export function readPartnership(t: FoundTable, problems: ProblemSink, scaleMax = 5): PartnershipRow[] | null {
  const rows = readRowTable(t, problems, { factor: "factor", publicRating: "public rating" }, (ctx) => {
    const factor = ctx.required("factor", "factor", text);
    const publicRating = ctx.blank("publicRating") ? null
      : ctx.required("publicRating", "public rating", (v) => coerceRating(v, "public rating", scaleMax));
    const row = {
      dimension: ctx.optional("dimension", text),
      weight: ctx.optional("weight", (v) => coerceNonNegative(v, "weight")) ?? 1,
      privateRating: ctx.optional("privateRating", (v) => coerceRating(v, "private rating", scaleMax)) ?? null,
      period: ctx.optional("period", coercePeriod),
      evidence: ctx.optional("evidence", text),
      comment: ctx.optional("comment", text),
    };
    if (factor === undefined || publicRating === undefined) return undefined;
    return withoutUndefined({ factor, publicRating, ...row, source: ctx.source() }) as PartnershipRow;
  });
  if (!rows) return null;
  const kept = withoutRepeats(rows, t.table, problems);
  warnUnrated(kept, t.table, problems);
  warnZeroWeights(kept, (r) => r.publicRating !== null || r.privateRating !== null, t.table, "rated factor",
    "partnership index", problems);
  return kept;
}

/** Warns on the Public rating column when factors are listed but not one has a public or private rating. */
function warnUnrated(rows: readonly PartnershipRow[], table: string, problems: ProblemSink): void {
  if (rows.length === 0 || rows.some((r) => r.publicRating !== null || r.privateRating !== null)) return;
  const cells = rows.map((r) => r.source.cells.publicRating ?? `A${r.source.row}`);
  const n = rows.length;
  problems.addColumn("warning", table, rows[0].source.sheet, "Public rating", cellsA1(cells),
    `no factor is rated (${n} factor${n === 1 ? "" : "s"} listed, every public and private rating blank), so the partnership index cannot be computed and is not assessed; rate at least one factor`);
}

const factorKey = (r: PartnershipRow): string => `${r.factor.trim().toLowerCase().replace(/\s+/g, " ")}\u0000${r.period?.trim() ?? ""}`;

/**
 * The rows with each factor once per period: a factor rated again for the same period is left out (the first row
 * counts, as the review reads it), with a warning at the repeat naming the row that counts.
 */
function withoutRepeats(rows: readonly PartnershipRow[], table: string, problems: ProblemSink): PartnershipRow[] {
  const first = new Map<string, PartnershipRow>();
  const out: PartnershipRow[] = [];
  for (const r of rows) {
    const seen = first.get(factorKey(r));
    if (!seen) {
      first.set(factorKey(r), r);
      out.push(r);
      continue;
    }
    const period = r.period?.trim() ? ` for period ${r.period.trim()}` : "";
    problems.add("warning", table, r.source.sheet, r.source.cells.factor ?? `A${r.source.row}`,
      `factor "${r.factor.trim()}" is listed again${period} (first at row ${seen.source.row}); this row is left out of the review`);
  }
  return out;
}
