/** Reading IMM_Partnership into PartnershipRow[] (ratings 1–5; a blank public rating is allowed). */
import { coercePeriod, coerceNonNegative, coerceRating } from "./coerce";
import type { FoundTable } from "./find";
import type { ProblemSink } from "./problems";
import { readRowTable } from "./rows";
import { text, withoutUndefined } from "./text";
import type { PartnershipRow } from "./types";
import { warnZeroWeights } from "./weights";

/**
 * Partnership factors; null when required columns are missing. A bad public rating drops the row (error).
 * Every rated factor of a period weighted 0 → a warning on the Weight column.
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
  if (rows) {
    warnZeroWeights(rows, (r) => r.publicRating !== null || r.privateRating !== null, t.table, "rated factor",
      "partnership index", problems);
  }
  return rows;
}
