/**
 * The review built without holding the thread: the same plans and assessment as buildReviewPlans, with the risk
 * simulation (the long part: up to 1,000,000 iterations over every open threat) run in time slices that yield to the
 * host, report progress and can be cancelled.
 *
 * How: assess() asks for the simulation once, from inside assessRisks. A first pass stops at that request (it costs only
 * the scoring of the risks before it) and records its arguments; the simulation then runs in slices; a second pass
 * builds the review with the result. When no simulation is asked for (no risk register), the review is built at once.
 */
import type { SliceOptions } from "../imm";
import type { ModelInputs } from "../tables/types";
import { assess } from "./assess";
import type { GroupSimulation } from "./assess-risk";
import type { Assessment } from "./assessment";
import { buildReviewPlans } from "./index";
import type { SheetKey, SheetPlan } from "./plan";
import { simulateGroupsSliced } from "./simulate-groups-sliced";

/** Options of the sliced build: which sheets, the fallback review date, and how the simulation is sliced. */
export interface SlicedReviewOptions extends SliceOptions {
  sheets?: SheetKey[];
  reviewDate?: number;
}

/** The first pass's stop at the simulation request (never escapes this module). */
const STOPPED_AT_SIMULATION = Symbol("stopped at the simulation request");

/**
 * buildReviewPlans(model, options) with the simulation in slices: equal plans and assessment for the same model. Rejects
 * with SimulationCancelled when options.signal is set while it runs.
 */
export async function buildReviewPlansSliced(
  model: ModelInputs, options: SlicedReviewOptions = {},
): Promise<{ plans: SheetPlan[]; assessment: Assessment }> {
  let request: Parameters<GroupSimulation> | null = null;
  const record: GroupSimulation = (...args) => {
    request = args;
    throw STOPPED_AT_SIMULATION;
  };
  try {
    assess(model, { reviewDate: options.reviewDate, simulation: record });
  } catch (e) {
    if (e !== STOPPED_AT_SIMULATION) throw e;
  }
  const asked = request as Parameters<GroupSimulation> | null;
  if (asked === null) return buildReviewPlans(model, { sheets: options.sheets, reviewDate: options.reviewDate });
  const [sims, groupsOf, settings, groupCount] = asked;
  const result = await simulateGroupsSliced(sims, groupsOf, settings, groupCount, options);
  return buildReviewPlans(model, { sheets: options.sheets, reviewDate: options.reviewDate, simulation: () => result });
}
