/** assess: model inputs → the Assessment (every number of the review sheets, through the engine). */
import type { ModelInputs } from "../../tables/types";
import type { Assessment } from "./assessment";
import { assessRisks, type GroupSimulation } from "./assess-risk";
import { assessPartnership } from "./assess-partnership";
import { assessPerformance } from "./assess-performance";
import { integrated, links, pillars, vfmIndicators } from "./assess-integrated";
import { actionPlan } from "./assess-actions";
import { moneyFor, paperSizeFor } from "../kit/locale";

export interface AssessOptions {
  /** Review date (Excel serial) used when the contract has no Review date. */
  reviewDate?: number;
  /** The risk simulation to use (default: simulateGroups, in one go). */
  simulation?: GroupSimulation;
}

/** Assesses the three pillars, integrates them and builds the action plan. Pure: no clock, no randomness. */
export function assess(model: ModelInputs, options: AssessOptions = {}): Assessment {
  const settings = model.settings;
  const money = moneyFor(model.paymentFormat, settings.currency, model.locale);
  const problems = [...model.problems];
  const reviewDate = model.contract?.reviewDate ?? options.reviewDate ?? null;
  const risk = assessRisks(model.risks, settings, problems, options.simulation);
  const partnership = assessPartnership(model.partnership, settings);
  const performance = assessPerformance(model.kpis, model.contract, problems);
  const ps = pillars(partnership, risk, performance, settings);
  const integ = integrated(ps, settings);
  const actions = actionPlan(model.actions, risk, partnership, performance, settings, reviewDate);
  return {
    project: model.contract?.project?.trim() || model.workbook,
    workbook: model.workbook, money, paperSize: paperSizeFor(settings.paperSize, model.locale),
    reviewDate, settings, contract: model.contract, sources: model.sources, unread: model.unread ?? [], problems,
    risk, partnership, performance,
    integrated: {
      pillars: ps, index: integ.index, status: integ.status,
      links: links(risk, partnership, performance),
      vfm: vfmIndicators(risk, performance, money),
      actions, overdue: actions.filter((a) => a.overdue),
    },
  };
}
