/**
 * Integration of the three pillars (the thesis's central idea): pillar indices and RAG status, the integrated
 * index (not-assessed pillars skipped with their weights), risks linked to partnership factors and KPIs, and the
 * VfM indicators.
 */
import type { Money } from "../kit/locale";
import { integratedIndex } from "../../imm";
import type { ImmSettings } from "../../imm/defaults";
import type {
  FactorResult, KpiResult, LinkResult, PartnershipAssessment, PerformanceAssessment, PillarResult, Rag,
  RiskAssessment, VfmIndicator,
} from "./assessment";
import { orNull } from "./assess-partnership";
import { indexStatus } from "../kit/rag";
import { fmtMoney, fmtNum, fmtPct } from "../kit/text";

const PILLAR_NAMES = { partnership: "Partnership", risk: "Risk", performance: "Performance" } as const;

/** The three pillars (latest period), each with its status (decided on the index as displayed, see ./rag); an unassessed pillar has index and status null. */
export function pillars(
  p: PartnershipAssessment | null, r: RiskAssessment | null, k: PerformanceAssessment | null, settings: ImmSettings,
): PillarResult[] {
  const idx = [p?.index ?? null, r?.index ?? null, k?.index ?? null];
  return (["partnership", "risk", "performance"] as const).map((key, i) => ({
    key, name: PILLAR_NAMES[key], index: idx[i], weight: settings.pillarWeights[i],
    status: idx[i] === null ? null : indexStatus(idx[i] as number, settings),
  }));
}

/** INTEGRATEDINDEX of the pillar indices with the settings' pillar weights; null when no pillar is assessed. */
export function integrated(ps: PillarResult[], settings: ImmSettings): { index: number | null; status: Rag | null } {
  if (ps.every((p) => p.index === null)) return { index: null, status: null };
  const index = orNull(() => integratedIndex(ps.map((p) => p.index), ps.map((p) => p.weight)));
  return {
    index,
    status: index === null ? null : indexStatus(index, settings),
  };
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");
const STOP = new Set(["service", "services", "management", "support", "contract", "public", "private", "partner",
  "partners", "partnership", "performance", "delivery", "level", "levels", "quality", "which", "their", "there",
  "about", "under", "within", "other", "between", "across", "risk", "risks", "failure", "issues"]);

/** Significant words (five letters or more, not a stop word) of a text. */
export function keywords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 5 && !STOP.has(w)));
}

/** A factor or KPI a risk may be linked to, with its normalised name and keywords made once (not once per risk). */
interface Candidate { name: string; exact: string[]; normName: string; words: string[] }

function candidate(name: string, other: string | undefined): Candidate {
  return { name, exact: [norm(name), ...(other ? [norm(other)] : [])], normName: norm(name), words: [...keywords(`${name} ${other ?? ""}`)] };
}

function bestMatch(risk: { category?: string; statement: string }, cands: Candidate[]): { name: string; by: string } | null {
  const cat = risk.category ? norm(risk.category) : "";
  const st = norm(risk.statement);
  for (const c of cands) if (cat && c.exact.includes(cat)) return { name: c.name, by: "category" };
  for (const c of cands) if (st.includes(c.normName)) return { name: c.name, by: "name in statement" };
  const words = keywords(`${risk.statement} ${risk.category ?? ""}`);
  let best: { name: string; by: string; n: number } | null = null;
  for (const c of cands) {
    const shared = c.words.filter((w) => words.has(w));
    if (shared.length > 0 && (!best || shared.length > best.n)) best = { name: c.name, by: `keyword "${shared[0]}"`, n: shared.length };
  }
  return best ? { name: best.name, by: best.by } : null;
}

/** The state of a factor in its latest period, in words. */
export function factorState(f: FactorResult): string {
  const l = f.latest;
  if (!l || l.mean === null) return "not rated in the latest period";
  const parts = [`mean ${fmtNum(l.mean)} (public ${l.publicRating ?? "—"}, private ${l.privateRating ?? "—"})`];
  if (l.gap !== null) parts.push(`gap ${fmtNum(l.gap)}${l.gapAlert ? " ⚑" : ""}`);
  return parts.join(", ");
}

/** The state of a KPI in its latest period, in words. */
export function kpiState(k: KpiResult): string {
  if (k.score === null) return `${k.period}: not measured`;
  return `${k.period}: score ${fmtNum(k.score)}${k.failed ? ", failed" : k.met ? ", met" : ", short of target"}`;
}

/** Risks whose discipline is Partnership or Performance, each matched to a factor or KPI where possible. */
export function links(r: RiskAssessment | null, p: PartnershipAssessment | null, k: PerformanceAssessment | null): LinkResult[] {
  if (!r) return [];
  const factors = p?.factors ?? [];
  const latestKpis = new Map<string, KpiResult>();
  for (const kr of k?.kpis ?? []) latestKpis.set(norm(kr.row.kpi), kr);
  const kpiList = [...latestKpis.values()];
  const fC: Candidate[] = factors.map((f) => candidate(f.factor, f.dimension));
  const kC: Candidate[] = kpiList.map((x) => candidate(x.row.kpi, x.row.serviceArea));
  const out: LinkResult[] = [];
  for (const risk of r.risks) {
    const d = risk.row.discipline;
    if (d !== "partnership" && d !== "performance") continue;
    const m = bestMatch(risk.row, d === "partnership" ? fC : kC);
    if (!m) {
      out.push({ risk, discipline: d, item: null, itemKind: null, itemState: d === "partnership" && !p ? "partnership not assessed"
        : d === "performance" && !k ? "performance not assessed" : "no matching item", matchedBy: "—" });
      continue;
    }
    const state = d === "partnership"
      ? factorState(factors.find((f) => f.factor === m.name)!)
      : kpiState(latestKpis.get(norm(m.name))!);
    out.push({ risk, discipline: d, item: m.name, itemKind: d === "partnership" ? "factor" : "kpi", itemState: state, matchedBy: m.by });
  }
  return out;
}

/** The VfM indicators of IMM-SPEC §2: abatement %, KPI failure-rate trend, waived deductions, opportunities realised. */
export function vfmIndicators(r: RiskAssessment | null, k: PerformanceAssessment | null, money: Money): VfmIndicator[] {
  const out: VfmIndicator[] = [];
  if (k) {
    const t = k.totals;
    out.push({
      indicator: "Abatement as % of annual service payment", pillar: "Performance", value: t.pctOfPayment, format: "0.00%",
      ...(t.pctOfPayment === null ? {} : {
        formula: `deductions applied / annual service payment = ${fmtMoney(t.applied ?? 0, money)} / ${fmtMoney(k.annualPayment ?? 0, money)} = ${fmtPct(t.pctOfPayment, 2)}`,
        inputs: [`Deductions applied (all periods${k.cap !== null ? ", after the annual cap" : ""}) ${fmtMoney(t.applied ?? 0, money)}: see the Performance Review`,
          `Annual service payment ${fmtMoney(k.annualPayment ?? 0, money)} (IMM_Contract)`],
      }),
      comment: k.totals.applied === null ? "No performance point value in IMM_Contract: deductions not calculated"
        : `${fmtMoney(k.totals.applied, money)} applied of ${fmtMoney(k.annualPayment ?? 0, money)} annual service payment${(k.totals.capRemoved ?? 0) > 0 ? ` (after the annual deduction cap: ${fmtMoney(k.totals.capRemoved ?? 0, money)} removed)` : ""}`,
    });
    const rates = k.byPeriod.map((p) => `${p.period} ${p.failureRate === null ? "—" : fmtPct(p.failureRate)}`).join(" → ");
    const misses = k.byPeriod.map((p) => `${p.period} ${p.missRate === null ? "—" : fmtPct(p.missRate)}`).join(" → ");
    out.push({
      indicator: "KPI failure-rate trend", pillar: "Performance", value: k.failureRateTrend ?? "Not enough periods",
      ...(k.failureRateTrend === null ? {} : {
        formula: `TRENDLABEL(failure rate by period, lower is better): least-squares slope ${fmtPct(k.failureRateSlope ?? 0, 1)} a period → ${k.failureRateTrend}`,
        inputs: [`Failure rate ${rates}`],
      }),
      comment: `Failure rate ${rates}${k.failureRateSlope !== null ? ` (slope ${fmtPct(k.failureRateSlope, 1)} a period)` : ""}; share of KPIs short of target ${misses}`,
    });
    const reasons = k.waivedItems.map((w) => `${w.row.kpi} (${w.period}): ${w.row.waiverReason?.trim() || "no reason given"}`);
    out.push({
      indicator: "Waived deductions", pillar: "Performance", value: k.totals.waived, format: money.format,
      ...(k.totals.waived === null ? {} : {
        formula: `Σ per-period (deduction calculated − applied) = ${k.byPeriod.map((p) => fmtMoney(p.waived ?? 0, money)).join(" + ")} = ${fmtMoney(k.totals.waived, money)}`,
        inputs: k.waivedItems.map((w) => `${w.row.kpi} (${w.period}): ${fmtNum(w.points)} points waived`),
      }),
      comment: reasons.length === 0 ? "No deductions waived" : reasons.join("; "),
    });
  } else {
    out.push({ indicator: "Abatement as % of annual service payment", pillar: "Performance", value: "Not assessed", comment: "No IMM_KPIs table" });
  }
  if (r) {
    const o = r.opportunities;
    out.push({
      indicator: "Opportunities realised", pillar: "Risk", value: o.realisedCount, format: "0",
      formula: `Count of opportunities with status Realised = ${o.realisedCount}`,
      inputs: [o.items.filter((x) => x.status === "realised").map((x) => x.id).join(", ") || "None"],
      comment: `${o.realisedCount} of ${o.count} opportunities realised (${fmtMoney(o.realisedValue, money)}); open opportunities' expected value ${fmtMoney(o.expectedValue, money)}`,
    });
  } else {
    out.push({ indicator: "Opportunities realised", pillar: "Risk", value: "Not assessed", comment: "No IMM_Risks table" });
  }
  return out;
}
