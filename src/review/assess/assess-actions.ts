/**
 * The prioritised action plan. Priority scores are on 0–100, one scale for all three pillars:
 * - risk: 100 × residual score / max score (25 on 5×5 scales);
 * - KPI: shortfall = 100 − latest KPI score;
 * - partnership factor: weakness = max(100 − factor score, 100 × gap / (scale − 1)).
 * Existing actions take the score of their linked item (risk ID, KPI or factor name); unlinked ones take their
 * Priority word (High 75, Medium 50, Low 25; blank 50). Opportunities are not prioritised like threats (their score
 * measures an upside, not a danger): an action linked to an opportunity takes its Priority word, else Low (25), and
 * no action is suggested for opportunities (pursuing them is the owner's call, recorded in the register's
 * treatment). Suggestions are made for open threats rated Extreme or High
 * residual, KPIs failing in the latest period, and factors whose latest score is below the amber threshold or whose
 * gap is flagged — unless an open existing action already links to that item. Overdue (existing and suggested,
 * a suggestion taking the threat's Due date): not done and due before the review date; done actions (Done, Closed, Complete…) are left out of the plan. Priority: ≥ 60 High, ≥ 35 Medium, else Low (a residual score of 16 of 25 is High).
 */
import { atOrAbove } from "../../imm";
import type { ImmSettings } from "../../imm/defaults";
import type { ActionRow } from "../../tables/types";
import type {
  FactorResult, KpiResult, PartnershipAssessment, PerformanceAssessment, PlanAction, RiskAssessment, RiskResult,
} from "./assessment";
import { indexStatus } from "../kit/rag";
import { fmtNum } from "../kit/text";

const DONE = new Set(["done", "closed", "complete", "completed", "cancelled", "canceled", "finished"]);
const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

/** True when an action status means finished. */
export function isDone(status: string | undefined): boolean {
  return status !== undefined && DONE.has(norm(status));
}

/** Priority label of a 0–100 score. */
export function priorityLabel(score: number): PlanAction["priority"] {
  return atOrAbove(score, 60) ? "High" : atOrAbove(score, 35) ? "Medium" : "Low";
}

interface Target { kind: PlanAction["linkKind"]; name: string; score: number; reason: string }

const OPPORTUNITY_SCORE = 25;

function riskTarget(r: RiskResult, max: number): Target {
  if (r.type === "opportunity") {
    return { kind: "risk", name: r.id, score: OPPORTUNITY_SCORE, reason: `Opportunity ${r.id}: pursued at Low priority → ${OPPORTUNITY_SCORE} (opportunities are not prioritised like threats)` };
  }
  const s = (100 * Math.min(r.residualScore, max)) / max;
  return { kind: "risk", name: r.id, score: s, reason: `Residual score ${fmtNum(r.residualScore)} of ${max} → 100 × ${fmtNum(r.residualScore)} / ${max} = ${fmtNum(s, 1)}` };
}

function kpiTarget(k: KpiResult): Target {
  const s = 100 - (k.score ?? 100);
  return { kind: "kpi", name: k.row.kpi, score: s, reason: `KPI shortfall 100 − score ${fmtNum(k.score ?? 100, 1)} = ${fmtNum(s, 1)} (${k.period})` };
}

function factorTarget(f: FactorResult, scaleMax: number): Target {
  const weak = 100 - (f.score ?? 100);
  const gap = f.latest?.gap != null ? (100 * f.latest.gap) / (scaleMax - 1) : 0;
  const s = Math.max(weak, gap);
  return {
    kind: "factor", name: f.factor, score: s,
    reason: `Partnership weakness max(100 − factor score ${fmtNum(f.score ?? 100, 1)}, 100 × gap ${fmtNum(f.latest?.gap ?? 0)} / ${scaleMax - 1}) = ${fmtNum(s, 1)}`,
  };
}

const WORD_SCORE: Record<string, number> = { high: 75, medium: 50, med: 50, low: 25, critical: 90, urgent: 90 };

/** Builds the prioritised action plan (existing actions and suggestions), highest priority first. */
export function actionPlan(
  actions: ActionRow[] | null, r: RiskAssessment | null, p: PartnershipAssessment | null,
  k: PerformanceAssessment | null, settings: ImmSettings, reviewDate: number | null,
): PlanAction[] {
  const targets = new Map<string, Target>();
  const opportunityIds = new Set((r?.risks ?? []).filter((x) => x.type === "opportunity").map((x) => norm(x.id)));
  const isOpportunity = (t: Target): boolean => t.kind === "risk" && opportunityIds.has(norm(t.name));
  const maxScore = r?.maxScore ?? settings.likelihoodScale * settings.consequenceScale;
  for (const risk of r?.risks ?? []) targets.set(norm(risk.id), riskTarget(risk, maxScore));
  const latestKpis = k ? k.kpis.filter((x) => x.period === k.latest?.period && x.score !== null) : [];
  for (const x of latestKpis) targets.set(norm(x.row.kpi), kpiTarget(x));
  for (const f of p?.factors ?? []) if (f.score !== null) targets.set(norm(f.factor), factorTarget(f, p!.scaleMax));

  const out: PlanAction[] = [];
  const covered = new Set<string>();
  for (const a of actions ?? []) {
    const link = a.linkedItem?.trim() ?? "";
    const t = link ? targets.get(norm(link)) : undefined;
    if (isDone(a.status)) continue;
    if (t) covered.add(`${t.kind}:${norm(t.name)}`);
    const word = a.priority ? WORD_SCORE[norm(a.priority)] : undefined;
    // An opportunity link keeps the action's own Priority word when it has one.
    const useWord = word !== undefined && (!t || isOpportunity(t));
    const score = useWord ? word : t ? t.score : 50;
    out.push({
      source: "existing", action: a.action, owner: a.owner, due: a.due ?? null, linkedItem: link,
      linkKind: t ? t.kind : "other", status: a.status?.trim() || "Open", priorityScore: score,
      priority: priorityLabel(score),
      overdue: a.due !== undefined && reviewDate !== null && a.due < reviewDate,
      reason: useWord ? `${t ? `Opportunity ${t.name}; ` : ""}Priority "${a.priority}" → ${word}` : t ? t.reason : "No linked item or priority → 50",
      row: a,
    });
  }
  const suggest = (t: Target, action: string, owner: string, due: number | null): void => {
    if (covered.has(`${t.kind}:${norm(t.name)}`)) return;
    out.push({
      source: "suggested", action, owner, due, linkedItem: t.name, linkKind: t.kind, status: "Suggested",
      priorityScore: t.score, priority: priorityLabel(t.score), overdue: due !== null && reviewDate !== null && due < reviewDate,
      reason: t.reason,
    });
  };
  for (const risk of r?.topThreats ?? []) {
    if (risk.residualRating !== "Extreme" && risk.residualRating !== "High") continue;
    const treat = risk.row.treatment?.trim();
    suggest(riskTarget(risk, maxScore),
      `Review treatment of ${risk.id} (${risk.residualRating}, residual ${fmtNum(risk.residualScore)}): ${treat ? `confirm "${treat}" is working` : "agree a treatment plan"}`,
      risk.row.owner?.trim() || "Risk owner to be assigned", risk.row.due ?? null);
  }
  for (const x of k?.failing ?? []) {
    suggest(kpiTarget(x),
      `Agree a rectification plan for KPI "${x.row.kpi}" (${x.period}: actual ${x.row.actual ?? "—"} vs target ${x.row.target})`,
      "Contract manager", null);
  }
  for (const f of p?.factors ?? []) {
    if (f.score === null) continue;
    const low = indexStatus(f.score, settings) === "Red"; // below Amber as the factor's shown score reads
    const gap = f.latest?.gapAlert === true;
    if (!low && !gap) continue;
    const why = [low ? `mean ${fmtNum(f.latest?.mean ?? 0)}` : "", gap ? `perception gap ${fmtNum(f.latest?.gap ?? 0)}` : ""].filter(Boolean).join(", ");
    suggest(factorTarget(f, p!.scaleMax), `Hold a joint partnership workshop on "${f.factor}" (${why})`, "Project director", null);
  }
  return out.sort((a, b) => b.priorityScore - a.priorityScore || Number(b.overdue) - Number(a.overdue)
    || (a.source === b.source ? 0 : a.source === "existing" ? -1 : 1));
}
