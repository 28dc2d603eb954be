/**
 * "Since the previous review" (issue 11 §2): the change texts shared by the dashboard and the review sheets — index
 * deltas with an arrow, new and closed risks, rating moves, KPIs newly failing or recovered, factors whose mean fell
 * or whose perception gap opened to ≥ 1. Arrows are paired with signed numbers and words, never colour alone.
 */
import type { Changes, IndexKey, ReviewHistory } from "../../assess/history";
import type { HistoryRow } from "../../../tables/types";
import { writeText, type Sheet } from "../../kit/layout";
import { COLORS } from "../../kit/styles";
import { fmtDate, fmtNum } from "../../kit/text";
import type { ReviewContext } from "../context";

/** A change smaller than this (half the shown decimal) shows as "no change". */
const NO_CHANGE = 0.05;

/** How the previous review is named: "15 Jan 2026" (its period too when it differs from this one's). */
export function sinceLabel(prev: HistoryRow, current: HistoryRow | null): string {
  const date = fmtDate(prev.reviewDate);
  return prev.period && prev.period !== current?.period ? `${prev.period}, ${date}` : date;
}

/** "▲ +2.3", "▼ −1.0", "► no change", or "—" when either index is not assessed. */
export function arrowDelta(d: number | null): string {
  if (d === null) return "—";
  if (Math.abs(d) < NO_CHANGE) return "► no change";
  return d > 0 ? `▲ +${fmtNum(d, 1)}` : `▼ −${fmtNum(-d, 1)}`;
}

/** A tile's change line: "▲ +2.3 since 15 Jan 2026", or why there is none. */
export function tileDelta(h: ReviewHistory | undefined, key: IndexKey): string {
  if (!h?.changes || !h.previous) return h?.current ? "First recorded review" : "Not recorded (no review date)";
  const d = h.changes.deltas[key];
  if (d === null) return h.previous[key] === null ? "Not assessed last time" : "Not assessed now";
  return `${arrowDelta(d)} since ${sinceLabel(h.previous, h.current)}`;
}

const list = (xs: readonly string[], max = 6): string =>
  xs.length === 0 ? "none" : xs.length <= max ? xs.join(", ") : `${xs.slice(0, max).join(", ")} and ${xs.length - max} more`;

/** Which lines a sheet shows: the dashboard and Integrated Assessment all of them, a pillar sheet its own. */
export type ChangeScope = "all" | "risk" | "partnership" | "performance";

const PILLAR_NAMES: Readonly<Record<IndexKey, string>> = { partnership: "Partnership", risk: "Risk", performance: "Performance", integrated: "Integrated" };

/** The change lines of a scope ("New risks: R-41, R-42", …). */
export function changeLines(c: Changes, scope: ChangeScope): string[] {
  const keys: IndexKey[] = scope === "all" ? ["partnership", "risk", "performance", "integrated"] : [scope];
  const out = [`Index: ${keys.map((k) => `${PILLAR_NAMES[k]} ${arrowDelta(c.deltas[k])}`).join(" · ")}`];
  if (scope === "all" || scope === "risk") {
    out.push(`New risks: ${list(c.newRisks)}`, `Closed risks: ${list(c.closedRisks)}`,
      `Rating up: ${list(c.ratingUp.map((m) => `${m.id} ${m.from}→${m.to}`), 4)}`,
      `Rating down: ${list(c.ratingDown.map((m) => `${m.id} ${m.from}→${m.to}`), 4)}`);
  }
  if (scope === "all" || scope === "performance") {
    out.push(`KPIs newly failing: ${list(c.kpisFailing, 3)}`, `KPIs recovered: ${list(c.kpisRecovered, 3)}`);
  }
  if (scope === "all" || scope === "partnership") {
    out.push(`Factors whose mean fell: ${list(c.factorsFell.map((f) => `${f.factor} ${fmtNum(f.from ?? 0)}→${fmtNum(f.to)}`), 3)}`,
      `Perception gaps opened to ≥ 1: ${list(c.gapsOpened.map((f) => `${f.factor} (gap ${fmtNum(f.to)})`), 3)}`);
  }
  return out;
}

/**
 * Writes the "Since the previous review" block at the cursor (one text cell per line, in column `col`); the cursor
 * moves below it. Without a previous review it says so in one line.
 */
export function sinceBlock(s: Sheet, ctx: ReviewContext, scope: ChangeScope, col = 0): void {
  const h = ctx.history;
  s.row += 1;
  if (!h?.changes || !h.previous) {
    writeText(s, s.row, col, h?.current ? "Since the previous review: this is the first recorded review (see IMM History)."
      : "Since the previous review: not compared (no review date).", { italic: true, fontColor: COLORS.muted });
    s.row += 2;
    return;
  }
  writeText(s, s.row, col, `Since the previous review (${sinceLabel(h.previous, h.current)})`,
    { bold: true, fontSize: 13, fontColor: COLORS.heading, border: "bottom" });
  s.row += 1;
  for (const line of changeLines(h.changes, scope)) {
    writeText(s, s.row, col, line);
    s.row += 1;
  }
  s.row += 1;
}
