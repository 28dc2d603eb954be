/** Groups located problems by logical table for the Check data flow. */
import type { Problem, Severity } from "../../tables/types";

export interface ProblemGroup {
  table: string;
  problems: Problem[];
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Groups problems by table (tables in first-seen order), each group sorted errors → warnings → info. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = p.table || "Workbook";
    let g = groups.get(key);
    if (!g) {
      g = { table: key, problems: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(key, g);
    }
    g.problems.push(p);
    g.counts[p.severity] += 1;
  }
  for (const g of groups.values()) {
    g.problems = g.problems
      .map((p, i) => ({ p, i }))
      .sort((a, b) => SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i)
      .map((x) => x.p);
  }
  return [...groups.values()];
}

/** Counts problems per severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  return counts;
}

/** The message without its leading "Sheet!A1: " location (shown separately as the link text). */
export function messageBody(p: Problem): string {
  if (!p.address) return p.message;
  const idx = p.message.indexOf(": ");
  const head = idx >= 0 ? p.message.slice(0, idx) : "";
  return head.endsWith(p.address) ? p.message.slice(idx + 2) : p.message;
}
