/** Explanations (formula with the numbers substituted, inputs with source cells) shared by the review sheets. */
import type { Money } from "../../kit/locale";
import type { ImmSettings } from "../../../imm/defaults";
import type { ExposureGroup, KpiResult, RiskResult } from "../../assess/assessment";
import { explained, explainedLater, type ExplainedValue } from "../../kit/layout";
import type { Explanation, PlanValue } from "../../kit/plan";
import { NOT_QUANTIFIED } from "../../kit/styles";
import { fmtMoney, fmtNum, fmtPct, input } from "../../kit/text";

const listIds = (ids: string[], max = 25): string =>
  ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")} … (+${ids.length - max} more)`;

/** Inherent score cell of a risk. */
export function inherentScoreCell(r: RiskResult): ExplainedValue {
  return explainedLater(r.inherentScore, () => {
    const s = r.row.source;
    return {
      label: `Inherent score of ${r.id}`,
      formula: `RISKSCORE(L, C) = L × C = ${fmtNum(r.row.likelihood)} × ${fmtNum(r.row.consequence)} = ${fmtNum(r.inherentScore)}`,
      inputs: [input("Likelihood", r.row.likelihood, s, "likelihood"), input("Consequence", r.row.consequence, s, "consequence")],
    };
  });
}

/** Rating cell (inherent or residual) of a risk. */
export function ratingCell(r: RiskResult, which: "inherent" | "residual", settings: ImmSettings): ExplainedValue {
  const score = which === "inherent" ? r.inherentScore : r.residualScore;
  const rating = which === "inherent" ? r.inherentRating : r.residualRating;
  return explainedLater(rating, () => {
    const [lo, mid, hi] = settings.ratingBands;
    return {
      label: `${which === "inherent" ? "Inherent" : "Residual"} rating of ${r.id}`,
      formula: `RISKRATING(${fmtNum(score)}) = ${rating} (Low ≤ ${lo}, Medium ≤ ${mid}, High ≤ ${hi}, Extreme above)`,
      inputs: [`${which === "inherent" ? "Inherent" : "Residual"} score ${fmtNum(score)}`, `Rating bands ${lo}, ${mid}, ${hi} (IMM_Settings)`],
    };
  });
}

/** Residual score cell of a risk. */
export function residualScoreCell(r: RiskResult): ExplainedValue {
  return explainedLater(r.residualScore, () => residualScoreExplanation(r));
}

function residualScoreExplanation(r: RiskResult): Omit<Explanation, "address"> {
  const s = r.row.source;
  const label = `Residual score of ${r.id}`;
  if (r.residualBasis === "lc") {
    const inputs = [
      r.row.residualLikelihood !== undefined ? input("Residual likelihood", r.residualL, s, "residualLikelihood")
        : input("Likelihood (no residual given)", r.residualL, s, "likelihood"),
      r.row.residualConsequence !== undefined ? input("Residual consequence", r.residualC, s, "residualConsequence")
        : input("Consequence (no residual given)", r.residualC, s, "consequence"),
    ];
    return { label, formula: `Residual L × residual C = ${fmtNum(r.residualL)} × ${fmtNum(r.residualC)} = ${fmtNum(r.residualScore)}`, inputs };
  }
  const eIn = r.row.effectiveness !== undefined ? input("Control effectiveness", fmtPct(r.effectiveness), s, "effectiveness")
    : "Control effectiveness not given → 0";
  return {
    label,
    formula: `RESIDUALSCORE(L, C, e) = L × C × (1 − e) = ${fmtNum(r.row.likelihood)} × ${fmtNum(r.row.consequence)} × (1 − ${fmtNum(r.effectiveness)}) = ${fmtNum(r.residualScore)}`,
    inputs: [input("Likelihood", r.row.likelihood, s, "likelihood"), input("Consequence", r.row.consequence, s, "consequence"), eIn],
  };
}

/** Expected value cell (p × impact, threats negative) of a risk, or a blank. */
export function expectedValueCell(r: RiskResult, money: Money): PlanValue | ExplainedValue {
  const value = r.expectedValue;
  if (value === null) return null;
  return explainedLater(value, () => {
    const s = r.row.source;
    const field = r.row.impact !== undefined ? "impact" : "impactMostLikely";
    const sign = r.type === "threat" ? "−" : "+";
    return {
      label: `Expected value of ${r.id}`,
      formula: `EXPOSURE(p, impact) = ${sign}${fmtNum(r.row.probability ?? 0, 4)} × ${fmtMoney(Math.abs(r.impactUsed ?? 0), money)} = ${fmtMoney(value, money)} (${r.type === "threat" ? "threats negative" : "opportunities positive"})`,
      inputs: [input("Probability", fmtPct(r.row.probability ?? 0, 1), s, "probability"),
        input(field === "impact" ? "Impact" : "Most likely impact", fmtMoney(r.impactUsed ?? 0, money), s, field)],
    };
  });
}

/** Why a group's figure is not quantified: the note given, else too large or nothing valued. */
function notQuantified(label: string, g: ExposureGroup, kind: string, why?: string | null): ExplainedValue {
  const reason = why ?? (g.tooLarge ? "the amounts are too large to compute (see the warnings)"
    : `no open ${kind} in ${g.key} has both a probability and an impact`);
  return explained(NOT_QUANTIFIED, label, `Not quantified: ${reason}`);
}

/** Expected threat cost of a group ("Not quantified" with the reason `why`, or a default reason, when null). */
export function threatCostCell(g: ExposureGroup, risks: RiskResult[], money: Money, why?: string | null): ExplainedValue {
  if (g.threatCost === null) return notQuantified(`Expected threat cost — ${g.key}`, g, "threat", why);
  const ts = risks.filter((r) => r.type === "threat" && r.status === "open" && r.expectedValue !== null);
  return explained(g.threatCost, `Expected threat cost — ${g.key}`,
    `EXPOSURE = Σ p × impact over ${ts.length} open threats with probability and impact = ${fmtMoney(g.threatCost, money)}`,
    [`Threats: ${listIds(ts.map((r) => r.id)) || "none"}`]);
}

/** Expected opportunity value of a group ("Not quantified" with the reason `why`, or a default reason, when null). */
export function oppValueCell(g: ExposureGroup, risks: RiskResult[], money: Money, why?: string | null): ExplainedValue {
  if (g.opportunityValue === null) return notQuantified(`Expected opportunity value — ${g.key}`, g, "opportunity", why);
  const os = risks.filter((r) => r.type === "opportunity" && r.status === "open" && r.expectedValue !== null);
  return explained(g.opportunityValue, `Expected opportunity value — ${g.key}`,
    `EXPOSURE = Σ p × impact over ${os.length} open opportunities = ${fmtMoney(g.opportunityValue, money)}`,
    [`Opportunities: ${listIds(os.map((r) => r.id)) || "none"}`]);
}

/** Net exposure of a group. */
export function netCell(g: ExposureGroup, money: Money): ExplainedValue {
  if (g.net === null) {
    return explained(NOT_QUANTIFIED, `Net expected exposure — ${g.key}`, g.tooLarge
      ? "Not quantified: the amounts are too large to compute (see the warnings)"
      : `Not quantified: the ${g.threatCost === null ? "threat cost" : "opportunity value"} of ${g.key} is not quantified`);
  }
  return explained(g.net, `Net expected exposure — ${g.key}`,
    `EXPOSURE with signs = opportunities ${fmtMoney(g.opportunityValue, money)} − threats ${fmtMoney(g.threatCost, money)} = ${fmtMoney(g.net, money)}`);
}

/**
 * Simulated percentile cell of a group (or "—"). The overall figure is EXPOSURESIM over all open threats; a category's or
 * allocation's (`share`) is the percentile of its part of the same simulated years.
 */
export function simCell(g: ExposureGroup, which: "p50" | "p90", settings: ImmSettings, money: Money, share = false, why?: string | null): PlanValue | ExplainedValue {
  const v = g[which];
  const label = `Simulated threat cost ${which.toUpperCase()} — ${g.key}`;
  if (v === null && g.tooLarge && g.simulatedIds.length > 0) return explained(NOT_QUANTIFIED, label, "Not quantified: the amounts are too large to compute (see the warnings)");
  if (v === null && why) return explained(NOT_QUANTIFIED, label, `Not quantified: ${why}`);
  if (v === null && g.threats > 0) return notQuantified(label, g, "threat");
  if (v === null) return "—";
  const q = which === "p50" ? 0.5 : 0.9;
  const run = `EXPOSURESIM(p, min, most likely, max, ${q}, ${settings.simulationIterations}, seed ${settings.simulationSeed})`;
  const formula = share
    ? `${which.toUpperCase()} of this group's share of each of the ${settings.simulationIterations} simulated years of ${run} over all open threats = ${fmtMoney(v, money)}: each threat occurs with probability p and costs a PERT(min, most likely, max) draw`
    : `${run} = ${fmtMoney(v, money)}: each threat occurs with probability p and costs a PERT(min, most likely, max) draw`;
  return explained(v, label, formula,
    [`${g.simulatedIds.length} open threats: ${listIds(g.simulatedIds)}`, `Simulation iterations ${settings.simulationIterations}, seed ${settings.simulationSeed} (IMM_Settings)`]);
}

/** KPI score cell. */
export function kpiScoreCell(k: KpiResult): PlanValue | ExplainedValue {
  if (k.score === null) return "Not measured";
  const r = k.row;
  const s = r.source;
  const formula = r.threshold !== undefined
    ? `KPISCORE(actual, target, ${r.direction}, threshold) = 100 × (actual − threshold) / (target − threshold), clamped 0–100 = 100 × (${fmtNum(r.actual ?? 0)} − ${fmtNum(r.threshold)}) / (${fmtNum(r.target)} − ${fmtNum(r.threshold)}) → ${fmtNum(k.score, 1)}`
    : r.direction === "higher"
      ? `KPISCORE(actual, target, higher) = 100 × actual / target, clamped 0–100 = 100 × ${fmtNum(r.actual ?? 0)} / ${fmtNum(r.target)} → ${fmtNum(k.score, 1)}`
      : `KPISCORE(actual, target, lower) = 100 × target / actual, clamped 0–100 = 100 × ${fmtNum(r.target)} / ${fmtNum(r.actual ?? 0)} → ${fmtNum(k.score, 1)}`;
  const inputs = [input("Actual", r.actual ?? 0, s, "actual"), input("Target", r.target, s, "target"), `Direction: ${r.direction} is better`];
  if (r.threshold !== undefined) inputs.push(input("Threshold", r.threshold, s, "threshold"));
  return explained(k.score, `KPI score of ${r.kpi} (${k.period})`, formula, inputs);
}

/** A count explained by what it counts and the items counted. */
export function countCell(n: number, label: string, what: string, items: string[]): ExplainedValue {
  return explained(n, label, `Count of ${what} = ${n}`, items.length ? [listIds(items)] : ["None"]);
}

export { listIds };
