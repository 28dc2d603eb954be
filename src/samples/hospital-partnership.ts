/**
 * The IMM_Partnership table of the hospital sample: the six default factors rated by the Trust (public) and the
 * SPV (private) over four quarters. Story: communication declines (perception gap of 2 by 2025-Q4), conflict
 * management improves after the tiered dispute procedure, continuity dips when the SPV General Manager changes.
 */
import type { RawCell } from "../tables/types";
import type { SampleTable } from "./types";

export const PERIODS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"] as const;

interface Factor {
  factor: string;
  dimension: string;
  weight: number;
  /** Public (Trust) ratings per quarter. */
  pub: (number | null)[];
  /** Private (SPV) ratings per quarter. */
  priv: (number | null)[];
  evidence: string[];
  comment: string[];
}

const FACTORS: Factor[] = [
  {
    factor: "Organisational culture", dimension: "Relationship", weight: 1,
    pub: [3, 3, 3, 3], priv: [4, 4, 3, 4],
    evidence: ["Partnering survey Jun 2025 (n=26)", "Partnering survey Sep 2025 (n=24)", "Partnering survey Dec 2025 (n=25)", "Partnering survey Mar 2026 (n=27)"],
    comment: ["Trust staff still see the SPV as 'the contractor'", "No change", "Both sides frustrated by winter pressures", "Joint values workshop well attended"],
  },
  {
    factor: "Management commitment and support", dimension: "Governance", weight: 1.5,
    pub: [4, 4, 4, 3], priv: [4, 4, 4, 4],
    evidence: ["JLC attendance 100%", "JLC attendance 100%", "JLC attendance 83%", "JLC attendance 67%"],
    comment: ["Directors attend every Joint Liaison Committee", "Steady", "Trust director missed December JLC", "Trust board focus shifted to elective recovery"],
  },
  {
    factor: "Employee capability and expertise", dimension: "Capability", weight: 1,
    pub: [3, 3, 4, 4], priv: [4, 4, 4, 4],
    evidence: ["Training records", "Training records", "Apprenticeship intake (4)", "Training records; CAFM competency checks"],
    comment: ["CAFM skills gap in Trust monitoring team", "Training plan agreed", "Apprentices started; CAFM training done", "Monitoring officers now self-sufficient on CAFM"],
  },
  {
    factor: "Clear and open communication", dimension: "Relationship", weight: 1.5,
    pub: [4, 3, 3, 2], priv: [4, 4, 4, 4],
    evidence: ["Monthly meeting minutes", "Telephony migration lessons learned", "Ward manager feedback", "Ward manager feedback; complaint log"],
    comment: ["Good flow of information", "Late notice of the helpdesk telephony migration", "Ward managers not told of portering changes", "Trust learns of service changes after the event; SPV unaware of the concern"],
  },
  {
    factor: "Relationship continuity", dimension: "Governance", weight: 1,
    pub: [3, 3, 2, 3], priv: [null, 3, 3, 3],
    evidence: ["Key personnel register", "Key personnel register", "SPV GM resignation letter", "Handover plan completed"],
    comment: ["SPV survey return missing", "Stable", "SPV General Manager left in October", "New GM in post; handover plan followed"],
  },
  {
    factor: "Conflict management", dimension: "Relationship", weight: 1,
    pub: [2, 2, 3, 4], priv: [2, 3, 3, 4],
    evidence: ["Dispute log (3 open)", "Dispute log (2 open)", "Tiered dispute procedure adopted", "Dispute log (0 open)"],
    comment: ["Deduction disputes escalated to directors", "Joint deduction checks started", "Tiered dispute procedure agreed at JLC", "All disputes settled at operational level"],
  },
];

/** The IMM_Partnership table: 6 factors × 4 quarters = 24 rows, ordered by period then factor. */
export function hospitalPartnership(): SampleTable {
  const rows: RawCell[][] = [];
  PERIODS.forEach((period, q) => {
    for (const f of FACTORS) {
      rows.push([f.factor, f.dimension, f.weight, f.pub[q], f.priv[q], period, f.evidence[q], f.comment[q]]);
    }
  });
  return {
    name: "IMM_Partnership",
    headers: ["Factor", "Dimension", "Weight", "Public rating", "Private rating", "Period", "Evidence", "Comment"],
    rows,
    columnFormats: [undefined, undefined, "0.0", "0", "0", undefined, undefined, undefined],
    columnWidths: [36, 14, 9, 14, 14, 10, 42, 62],
    columnAlign: [undefined, undefined, "center", "center", "center", "center", undefined, undefined],
  };
}
