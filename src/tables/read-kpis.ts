/** Reading IMM_KPIs into KpiRow[] (Direction default higher, Weight default 1, Waived default false). */
import { coercePeriod, coerceDirection, coerceFlag, coerceNonNegative, coerceNumber } from "./coerce";
import type { FoundTable } from "./find";
import type { ProblemSink } from "./problems";
import { readRowTable } from "./rows";
import { text, withoutUndefined } from "./text";
import type { KpiRow } from "./types";
import { scaleWarning } from "./kpi-scale";
import { warnZeroWeights } from "./weights";

/**
 * KPIs; null when required columns are missing. A blank actual gives `actual: null` (info: not scored).
 * A threshold on the wrong side of the target for the direction is ignored with a warning. An actual or threshold
 * on another scale than the target (0.95 vs 98) → warning (`kpi-scale.ts`); every measured KPI of a period
 * weighted 0 → warning on the Weight column (`weights.ts`).
 */
export function readKpis(t: FoundTable, problems: ProblemSink): KpiRow[] | null {
  const rows = readRowTable(t, problems, { kpi: "KPI", target: "target", actual: "actual" }, (ctx) => {
    const kpi = ctx.required("kpi", "KPI", text);
    const target = ctx.required("target", "target", (v) => coerceNumber(v, "target"));
    let actual: number | null | undefined = null;
    if (ctx.blank("actual")) {
      ctx.report("info", "actual", "actual is blank; KPI not scored");
    } else {
      actual = ctx.required("actual", "actual", (v) => coerceNumber(v, "actual"));
    }
    const direction = ctx.optional("direction", (v) => coerceDirection(v)) ?? "higher";
    let threshold = ctx.optional("threshold", (v) => coerceNumber(v, "threshold"));
    if (threshold !== undefined && target !== undefined
      && (direction === "higher" ? threshold >= target : threshold <= target)) {
      const side = direction === "higher" ? "below" : "above";
      ctx.report("warning", "threshold",
        `threshold ${threshold} is not ${side} target ${target} (${direction} is better); ignored`);
      threshold = undefined;
    }
    if (target !== undefined) {
      const onActual = typeof actual === "number" ? scaleWarning("actual", actual, target) : undefined;
      if (onActual) ctx.report("warning", "actual", onActual);
      const onThreshold = threshold !== undefined ? scaleWarning("threshold", threshold, target) : undefined;
      if (onThreshold) ctx.report("warning", "threshold", onThreshold);
    }
    const row = {
      serviceArea: ctx.optional("serviceArea", text),
      unit: ctx.optional("unit", text),
      direction,
      threshold,
      weight: ctx.optional("weight", (v) => coerceNonNegative(v, "weight")) ?? 1,
      period: ctx.optional("period", coercePeriod),
      failurePoints: ctx.optional("failurePoints", (v) => coerceNonNegative(v, "failure points")),
      waived: ctx.optional("waived", (v) => coerceFlag(v, "waived")) ?? false,
      waiverReason: ctx.optional("waiverReason", text),
    };
    if (kpi === undefined || target === undefined || actual === undefined) return undefined;
    return withoutUndefined({ kpi, target, actual, ...row, source: ctx.source() }) as KpiRow;
  });
  if (rows) warnZeroWeights(rows, (r) => r.actual !== null, t.table, "measured KPI", "performance index", problems);
  return rows;
}
