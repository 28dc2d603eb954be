/**
 * "Worst first", the order of the portfolio sheet. Rule: by integrated status Red, then Amber, then Green, then not
 * assessed (an integrated index cannot be ranked, so those contracts come last, flagged by their blank status); within
 * a status by integrated index, lowest first; ties by years to expiry, nearest first (an ailing contract close to hand-back
 * needs attention soonest; unknown expiry last); then by contract name and file, so the order never depends on the
 * order the workbooks were read in.
 */
import type { Rag } from "../assess/assessment";
import type { ContractSummary } from "./summary";

const STATUS_RANK: Record<Rag, number> = { Red: 0, Amber: 1, Green: 2 };

const rank = (s: Rag | null): number => (s === null ? 3 : STATUS_RANK[s]);
const orInf = (x: number | null): number => (x === null ? Infinity : x);

/** Compares two contracts worst first (see the rule above). */
export function worstFirst(a: ContractSummary, b: ContractSummary): number {
  return rank(a.statuses.integrated) - rank(b.statuses.integrated)
    || orInf(a.indices.integrated) - orInf(b.indices.integrated)
    || orInf(a.yearsToExpiry) - orInf(b.yearsToExpiry)
    || a.contract.localeCompare(b.contract)
    || a.file.localeCompare(b.file);
}
