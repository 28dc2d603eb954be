/** A small hand-built ModelInputs for the review unit tests. */
import { DEFAULT_SETTINGS } from "../../imm/defaults";
import type { ActionRow, KpiRow, ModelInputs, PartnershipRow, RiskRow, RowSource } from "../../tables/types";

const COLS: Record<string, string> = {
  id: "A", statement: "B", type: "C", likelihood: "D", consequence: "E", effectiveness: "F", residualLikelihood: "G",
  residualConsequence: "H", probability: "I", impact: "J", impactMin: "K", impactMostLikely: "L", impactMax: "M", status: "N",
};

/** A RowSource on `sheet` at Excel row `row` with the given fields mapped to columns. */
export function src(sheet: string, row: number, fields: string[]): RowSource {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return { sheet, row, cells: Object.fromEntries(fields.map((f, i) => [f, `${COLS[f] ?? letters[i]}${row}`])) };
}

/** A risk row with defaults (open threat). */
export function risk(id: string, l: number, c: number, extra: Partial<RiskRow> = {}, row = 4): RiskRow {
  return {
    id, statement: `Risk ${id}`, type: "threat", likelihood: l, consequence: c, status: "open",
    source: src("Risks", row, ["id", "statement", "type", "likelihood", "consequence", "effectiveness", "residualLikelihood",
      "residualConsequence", "probability", "impact", "impactMin", "impactMostLikely", "impactMax", "status"]),
    ...extra,
  };
}

export function factor(name: string, pub: number | null, priv: number | null, period: string, row: number, extra: Partial<PartnershipRow> = {}): PartnershipRow {
  return { factor: name, weight: 1, publicRating: pub, privateRating: priv, period, source: src("Partnership", row, ["factor", "publicRating", "privateRating"]), ...extra };
}

export function kpi(name: string, target: number, actual: number | null, period: string, row: number, extra: Partial<KpiRow> = {}): KpiRow {
  return {
    kpi: name, direction: "higher", target, actual, weight: 1, period, waived: false,
    source: src("KPIs", row, ["kpi", "target", "actual", "threshold", "failurePoints", "waived"]), ...extra,
  };
}

export function action(text: string, due: number | undefined, extra: Partial<ActionRow> = {}, row = 4): ActionRow {
  return { action: text, owner: "PD", due, source: src("Actions", row, ["action", "owner", "due", "linkedItem"]), ...extra };
}

/** Review date used by the fixture: 46112 (31 Mar 2026). */
export const REVIEW = 46112;

/** The fixture model: 5 risks, 2 factors × 2 periods, 2 KPIs × 2 periods, contract, 3 actions. */
export function fixtureModel(): ModelInputs {
  return {
    risks: [
      risk("R-1", 4, 5, { effectiveness: 0.5, probability: 0.5, impact: 1000, category: "Financial", allocation: "public", discipline: "performance", statement: "Helpdesk calls answered late" }, 4),
      risk("R-2", 3, 3, { residualLikelihood: 2, residualConsequence: 2, probability: 0.2, impactMin: 100, impactMostLikely: 200, impactMax: 400, category: "Financial", allocation: "private" }, 5),
      risk("R-3", 5, 5, { status: "closed", probability: 1, impact: 99999 }, 6),
      risk("R-4", 2, 2, { type: "opportunity", probability: 0.5, impact: 600, category: "Innovation", discipline: "partnership", statement: "Culture change workshop" }, 7),
      risk("R-5", 2, 3, { type: "opportunity", status: "realised", impact: 300 }, 8),
    ],
    partnership: [
      factor("Culture", 3, 4, "Q1", 4),
      factor("Communication", 2, 4, "Q1", 5),
      factor("Culture", 4, 4, "Q2", 6),
      factor("Communication", 2, 4, "Q2", 7),
    ],
    kpis: [
      kpi("Helpdesk calls answered", 0.95, 0.96, "Q1", 4, { threshold: 0.85 }),
      kpi("Cleaning audits", 0.98, 0.9, "Q1", 5, { failurePoints: 30 }),
      kpi("Helpdesk calls answered", 0.95, 0.85, "Q2", 6, { threshold: 0.85, failurePoints: 50, waived: true, waiverReason: "Relief event" }),
      kpi("Cleaning audits", 0.98, 0.97, "Q2", 7, { failurePoints: 10 }),
    ],
    contract: {
      project: "Fixture PPP", annualServicePayment: 100000, reviewDate: REVIEW, pointValue: 100, pointThreshold: 20,
      deductionCapPct: 0.02, source: { pointValue: { sheet: "Contract", address: "B6" }, annualServicePayment: { sheet: "Contract", address: "B3" } },
    },
    actions: [
      action("Fix helpdesk", REVIEW - 10, { linkedItem: "Helpdesk calls answered" }, 4),
      action("Old done task", REVIEW - 100, { status: "Done" }, 5),
      action("Future task", REVIEW + 30, { priority: "Low" }, 6),
    ],
    settings: DEFAULT_SETTINGS,
    problems: [],
    sources: [{ table: "IMM_Risks", sheet: "Risks", name: "IMM_Risks", range: "A3:N8" }],
    // The Annual service payment cell formatted in pounds: the review shows amounts in £ (kit/locale.ts).
    paymentFormat: "£#,##0",
    workbook: "fixture.xlsx",
  };
}
