/**
 * The review built without holding the thread for long: the same plans and assessment as buildReviewPlans, with the
 * risk simulation (the long part: up to 1,000,000 iterations over every open threat) run in time slices that yield to
 * the host, report progress and can be cancelled, and a chance to yield between the assessment and each sheet's plan.
 *
 * How: assess() asks for the simulation once, from inside assessRisks. A first pass stops at that request (it costs only
 * the scoring of the risks before it) and records its arguments; the simulation then runs in slices; a second pass
 * assesses with the result. When no simulation is asked for (no risk register), the first pass is the assessment.
 */
import type { SliceOptions } from "../imm";
import { pause } from "../imm";
import type { ModelInputs } from "../tables/types";
import { assess } from "./assess/assess";
import type { GroupSimulation } from "./assess/assess-risk";
import type { Assessment } from "./assess/assessment";
import { simulateGroupsSliced } from "./assess/simulate-groups-sliced";
import { guardFinite } from "./kit/finite-guard";
import type { SheetPlan } from "./kit/plan";
import { buildSheet, sheetsToBuild, withHistory, type BuildReviewOptions } from "./index";

/** Options of the sliced build: which sheets (of which registry), the fallback review date, and how the simulation is sliced. */
export interface SlicedReviewOptions extends SliceOptions, Pick<BuildReviewOptions, "sheets" | "registry"> {
  reviewDate?: number;
  /**
   * Runs the joint simulation elsewhere (the CLI: on worker threads, cli/simulation-threads.ts); it must compute what
   * simulateGroups computes. Default: simulateGroupsSliced on this thread.
   */
  simulate?: (...request: Parameters<GroupSimulation>) => Promise<ReturnType<GroupSimulation>>;
}

/** The first pass's stop at the simulation request (never escapes this module). */
const STOPPED_AT_SIMULATION = Symbol("stopped at the simulation request");

/** The assessment, with the simulation in slices. */
async function assessSliced(model: ModelInputs, options: SlicedReviewOptions): Promise<Assessment> {
  let request: Parameters<GroupSimulation> | null = null;
  const record: GroupSimulation = (...args) => {
    request = args;
    throw STOPPED_AT_SIMULATION;
  };
  try {
    return assess(model, { reviewDate: options.reviewDate, simulation: record });
  } catch (e) {
    if (e !== STOPPED_AT_SIMULATION) throw e;
  }
  const [sims, groupsOf, settings, groupCount] = request as unknown as Parameters<GroupSimulation>;
  const result = options.simulate
    ? await options.simulate(sims, groupsOf, settings, groupCount)
    : await simulateGroupsSliced(sims, groupsOf, settings, groupCount, options);
  await pause(options);
  return assess(model, { reviewDate: options.reviewDate, simulation: () => result });
}

/**
 * buildReviewPlans(model, options) with the simulation in slices and a yield between sheets: equal plans and assessment
 * for the same model. Rejects with SimulationCancelled when options.signal is set while it runs.
 */
export async function buildReviewPlansSliced(
  model: ModelInputs, options: SlicedReviewOptions = {},
): Promise<{ plans: SheetPlan[]; assessment: Assessment }> {
  const assessment = await assessSliced(model, options);
  const { entries, ctx: base } = sheetsToBuild(options);
  const ctx = withHistory(base, model, assessment);
  const plans: SheetPlan[] = [];
  for (const entry of entries) {
    await pause(options);
    plans.push(buildSheet(entry, assessment, ctx));
  }
  assessment.problems.push(...guardFinite(plans));
  return { plans, assessment };
}
