/** The short text summary the CLI prints for a reviewed or checked workbook. */
import { fmtIndex, summarize } from "../review";
import type { Assessment } from "../review/assess/assessment";
import type { Problem } from "../tables/types";

/** An index as shown beside its status: the status is decided on this rounded value (see review/kit/rag). */
function fmt(n: number | null): string {
  return n === null || !Number.isFinite(n) ? "not assessed" : fmtIndex(n);
}

/** Counts problems by severity: "3 problems (1 error, 2 warnings)" or "no problems". */
export function problemCount(problems: Problem[]): string {
  if (!problems.length) return "no problems";
  const by = (s: Problem["severity"]) => problems.filter((p) => p.severity === s).length;
  const parts = [
    [by("error"), "error"],
    [by("warning"), "warning"],
    [by("info"), "note"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${w}${n === 1 ? "" : "s"}`);
  return `${problems.length} problem${problems.length === 1 ? "" : "s"} (${parts.join(", ")})`;
}

/** One line per located problem, indented. */
export function problemLines(problems: Problem[]): string[] {
  return problems.map((p) => `    ${p.severity.padEnd(7)} ${p.message}`);
}

/** Pillar indices, integrated index and status. */
export function indexLines(a: Assessment): string[] {
  const s = summarize(a);
  const pillar = (label: string, key: "partnership" | "risk" | "performance") =>
    `${label} ${fmt(s.indices[key])}${s.statuses[key] ? ` (${s.statuses[key]})` : ""}`;
  const pillars = [pillar("Partnership", "partnership"), pillar("Risk", "risk"), pillar("Performance", "performance")].join(" · ");
  const status = s.statuses.integrated ? ` — ${s.statuses.integrated}` : "";
  return [`  ${a.project}`, `  ${pillars}`, `  Integrated index ${fmt(s.integrated)}${status}`];
}
