/** Reading IMM_Risks into RiskRow[] (scales and effectiveness words from the settings). */
import type { ImmSettings } from "../imm/defaults";
import {
  coerceAllocation, coerceConsequence, coerceDate, coerceDiscipline, coerceEffectiveness, coerceLikelihood,
  coerceNumber, coerceProbability, coerceRiskStatus, coerceRiskType, type Coerced,
} from "./coerce";
import type { FoundTable } from "./find";
import type { ProblemSink } from "./problems";
import { readRowTable, type RowContext } from "./rows";
import { text, withoutUndefined } from "./text";
import type { RiskRow } from "./types";

const amount = (argument: string) => (v: Parameters<typeof coerceNumber>[0]): Coerced<number> => {
  const r = coerceNumber(v, argument);
  return r.ok ? { ...r, value: Math.abs(r.value) } : r;
};

/** Residual L and C count only as a pair. */
function residualPair(ctx: RowContext, l: number | undefined, c: number | undefined): [number?, number?] {
  if ((l === undefined) === (c === undefined)) return [l, c];
  const given = l !== undefined ? "residualLikelihood" : "residualConsequence";
  const [has, lacks] = l !== undefined ? ["likelihood", "consequence"] : ["consequence", "likelihood"];
  ctx.report("warning", given, `residual ${has} given without residual ${lacks}; ignored`);
  return [];
}

/** Min / Most likely / Max count only when all three are given and ordered. */
function impactRange(ctx: RowContext, min?: number, ml?: number, max?: number): [number?, number?, number?] {
  const given = [min, ml, max].filter((x) => x !== undefined).length;
  if (given === 0) return [];
  const at = min !== undefined ? "impactMin" : ml !== undefined ? "impactMostLikely" : "impactMax";
  if (given < 3) {
    ctx.report("warning", at, "impact range needs Min, Most likely and Max; ignored");
    return [];
  }
  if (!(min! <= ml! && ml! <= max!)) {
    ctx.report("warning", at, `impact range needs Min ≤ Most likely ≤ Max, got ${min}, ${ml}, ${max}; ignored`);
    return [];
  }
  return [min, ml, max];
}

const REQUIRED = {
  id: "ID", statement: "risk statement", type: "type", likelihood: "likelihood", consequence: "consequence",
};

/** Risks from IMM_Risks; null when required columns are missing. Duplicate IDs → warning (both rows kept). */
export function readRisks(t: FoundTable, settings: ImmSettings, problems: ProblemSink): RiskRow[] | null {
  const lScale = settings.likelihoodScale;
  const cScale = settings.consequenceScale;
  const firstAt = new Map<string, string>();
  return readRowTable(t, problems, REQUIRED, (ctx) => {
    const id = ctx.required("id", "ID", text);
    const statement = ctx.required("statement", "risk statement", text);
    const type = ctx.required("type", "type", (v) => coerceRiskType(v));
    const likelihood = ctx.required("likelihood", "likelihood", (v) => coerceLikelihood(v, lScale));
    const consequence = ctx.required("consequence", "consequence", (v) => coerceConsequence(v, cScale));
    const [residualLikelihood, residualConsequence] = residualPair(ctx,
      ctx.optional("residualLikelihood", (v) => coerceLikelihood(v, lScale, "residual likelihood")),
      ctx.optional("residualConsequence", (v) => coerceConsequence(v, cScale, "residual consequence")));
    const [impactMin, impactMostLikely, impactMax] = impactRange(ctx,
      ctx.optional("impactMin", amount("impact min")),
      ctx.optional("impactMostLikely", amount("impact most likely")),
      ctx.optional("impactMax", amount("impact max")));
    const row = {
      discipline: ctx.optional("discipline", (v) => coerceDiscipline(v)),
      category: ctx.optional("category", text),
      allocation: ctx.optional("allocation", (v) => coerceAllocation(v)),
      owner: ctx.optional("owner", text),
      effectiveness: ctx.optional("effectiveness", (v) => coerceEffectiveness(v, settings.effectivenessWords)),
      residualLikelihood, residualConsequence,
      probability: ctx.optional("probability", (v) => coerceProbability(v)),
      impact: ctx.optional("impact", amount("impact")),
      impactMin, impactMostLikely, impactMax,
      trigger: ctx.optional("trigger", text),
      exposurePeriod: ctx.optional("exposurePeriod", text),
      treatment: ctx.optional("treatment", text),
      due: ctx.optional("due", (v) => coerceDate(v, "due date")),
      status: ctx.optional("status", (v) => coerceRiskStatus(v)) ?? "open",
    };
    if (id === undefined || statement === undefined || type === undefined || likelihood === undefined
      || consequence === undefined) return undefined;
    const first = firstAt.get(id);
    if (first) ctx.report("warning", "id", `risk ID "${id}" is used again (first at ${first})`);
    else firstAt.set(id, ctx.address("id"));
    return withoutUndefined({ id, statement, type, likelihood, consequence, ...row, source: ctx.source() }) as RiskRow;
  });
}
