/** The portfolio's "change since previous review" comes from each contract's IMM_History. */
import type { HistoryRow, ModelInputs } from "../../tables/types";
import { previousIndices } from "./previous";

const row = (reviewDate: number, integrated: number): HistoryRow => ({
  reviewDate, period: null, partnership: 60, partnershipStatus: "Amber", risk: 70, riskStatus: "Amber", performance: 80,
  performanceStatus: "Green", integrated, integratedStatus: "Amber", p50: null, p90: null, deductionsPeriod: null,
  deductionsYtd: null, openThreats: null, highRisks: null, overdueActions: null,
});
const model = (rows: HistoryRow[]): ModelInputs => ({ history: { rows, items: [] } }) as unknown as ModelInputs;

test("the latest history row dated before the review is the previous review", () => {
  const m = model([row(45000, 61), row(45100, 64), row(45200, 70)]);
  expect(previousIndices(m, 45200)).toEqual({ reviewDate: 45100, partnership: 60, risk: 70, performance: 80, integrated: 64 });
  expect(previousIndices(m, 45300)?.integrated).toBe(70);
});

test("no history, or none before the review: no previous review", () => {
  expect(previousIndices(model([]), 45000)).toBeNull();
  expect(previousIndices(model([row(45000, 61)]), 45000)).toBeNull();
  expect(previousIndices({} as ModelInputs, 45000)).toBeNull();
});
