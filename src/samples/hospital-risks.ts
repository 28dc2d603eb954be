/** The IMM_Risks table of the Northgate Community Hospital PPP sample: 40 risks (34 threats, 6 opportunities). */
import type { RawCell } from "../tables/types";
import { excelSerial as d } from "./dates";
import type { SampleTable } from "./types";

type Rating = number | string;

interface Risk {
  id: string;
  risk: string;
  type: "Threat" | "Opportunity";
  discipline: "Partnership" | "Risk" | "Performance";
  category: string;
  allocation: "Public" | "Private" | "Shared";
  owner: string;
  l: Rating;
  c: Rating;
  eff?: number | string;
  rl?: number;
  rc?: number;
  p: number;
  min: number;
  ml: number;
  max: number;
  treatment: string;
  due: number;
  status: "Open" | "Closed" | "Realised";
}

const TCM = "Trust Contract Manager";
const TDE = "Trust Director of Estates";
const TFD = "Trust Finance Director";
const SGM = "SPV General Manager";
const SFD = "SPV Finance Director";
const FCM = "Meridian FM Contract Manager";
const FHM = "Meridian Helpdesk Manager";

const RISKS: Risk[] = [
  { id: "R-01", risk: "Cleaning staff shortages during winter pressures cause failed audits in very high risk areas", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FCM, l: "Likely", c: 3, eff: "Partial", p: 0.45, min: 20_000, ml: 45_000, max: 90_000, treatment: "Agency framework call-off; cross-trained bank staff pool", due: d(2025, 11, 30), status: "Open" },
  { id: "R-02", risk: "CAFM helpdesk system outage delays logging and rectification of faults", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FHM, l: 2, c: "Moderate", eff: 0.5, p: 0.2, min: 10_000, ml: 25_000, max: 60_000, treatment: "Failover to hosted backup; manual logging protocol tested quarterly", due: d(2025, 9, 30), status: "Open" },
  { id: "R-03", risk: "Lifecycle replacement of air-handling units falls behind the lifecycle plan", type: "Threat", discipline: "Risk", category: "Asset condition", allocation: "Private", owner: SGM, l: 3, c: 4, eff: "Partial", rl: 3, rc: 3, p: 0.35, min: 150_000, ml: 320_000, max: 650_000, treatment: "Independent lifecycle survey; lifecycle reserve drawdown agreed with lenders", due: d(2026, 3, 31), status: "Open" },
  { id: "R-04", risk: "Legionella detected in the domestic hot water system of Ward Block B", type: "Threat", discipline: "Risk", category: "Asset condition", allocation: "Shared", owner: TDE, l: 2, c: "Severe", eff: "Substantial", p: 0.1, min: 40_000, ml: 120_000, max: 400_000, treatment: "Water safety group; monthly sampling; thermal flushing regime", due: d(2025, 7, 31), status: "Open" },
  { id: "R-05", risk: "LED lighting and BMS optimisation cut energy use below the benchmark (gain share)", type: "Opportunity", discipline: "Risk", category: "Operational innovation", allocation: "Shared", owner: SGM, l: 4, c: 3, p: 0.7, min: 60_000, ml: 110_000, max: 180_000, treatment: "Invest-to-save business case agreed at JLC; savings shared 50:50", due: d(2026, 1, 31), status: "Open" },
  { id: "R-06", risk: "Retail concession in the main atrium generates third-party income shared with the Trust", type: "Opportunity", discipline: "Performance", category: "Financial", allocation: "Shared", owner: SFD, l: 3, c: 2, p: 0.5, min: 30_000, ml: 55_000, max: 80_000, treatment: "Tender the concession; income share under Schedule 18 (Third Party Income)", due: d(2025, 12, 31), status: "Open" },
  { id: "R-07", risk: "Car park income above the base case (income share mechanism)", type: "Opportunity", discipline: "Risk", category: "Financial", allocation: "Shared", owner: TFD, l: "Almost certain", c: 2, p: 0.95, min: 40_000, ml: 65_000, max: 90_000, treatment: "Monitor monthly; share per Schedule 18", due: d(2025, 9, 30), status: "Realised" },
  { id: "R-08", risk: "Joint apprenticeship programme with Northgate College builds estates skills on both sides", type: "Opportunity", discipline: "Partnership", category: "Skills transfer", allocation: "Shared", owner: FCM, l: 3, c: 2, p: 0.6, min: 10_000, ml: 20_000, max: 35_000, treatment: "Four apprentices per intake; Trust estates staff shadow Meridian engineers", due: d(2026, 2, 28), status: "Open" },
  { id: "R-09", risk: "Refinancing of the senior debt produces a refinancing gain shared with the Trust", type: "Opportunity", discipline: "Risk", category: "Financial", allocation: "Shared", owner: SFD, l: "Possible", c: 4, p: 0.3, min: 250_000, ml: 600_000, max: 1_100_000, treatment: "Refinancing gain share per Schedule 28; Trust consent process", due: d(2026, 6, 30), status: "Open" },
  { id: "R-10", risk: "Mobile CAFM app for engineers cuts reactive repair times", type: "Opportunity", discipline: "Performance", category: "Operational innovation", allocation: "Private", owner: FHM, l: 4, c: 2, p: 0.65, min: 15_000, ml: 30_000, max: 50_000, treatment: "Pilot with estates team in Q3; roll out to portering", due: d(2025, 12, 31), status: "Open" },
  { id: "R-11", risk: "Sale of a founding shareholder's equity in the SPV changes the partnering culture", type: "Threat", discipline: "Partnership", category: "Change of consortium members", allocation: "Shared", owner: TCM, l: 3, c: "Moderate", eff: "Partial", p: 0.3, min: 20_000, ml: 50_000, max: 150_000, treatment: "Change-of-control consent conditions; introductory partnering workshop", due: d(2026, 5, 31), status: "Open" },
  { id: "R-12", risk: "Insolvency of the FM subcontractor Meridian Facilities Services Ltd", type: "Threat", discipline: "Partnership", category: "Change of consortium members", allocation: "Private", owner: SGM, l: "Rare", c: "Catastrophic", eff: 0.5, p: 0.03, min: 500_000, ml: 1_500_000, max: 4_000_000, treatment: "Quarterly covenant monitoring; step-in plan; replacement FM market sounding", due: d(2026, 3, 31), status: "Open" },
  { id: "R-13", risk: "Repeated KPI failures trigger warning notices under the persistent breach regime", type: "Threat", discipline: "Performance", category: "Contract termination", allocation: "Private", owner: SGM, l: "Unlikely", c: 5, eff: 0.5, p: 0.05, min: 100_000, ml: 400_000, max: 2_000_000, treatment: "Monthly performance review; rectification plans within 10 working days", due: d(2026, 3, 31), status: "Open" },
  { id: "R-14", risk: "Voluntary termination for Trust convenience (compensation on termination liability)", type: "Threat", discipline: "Risk", category: "Contract termination", allocation: "Public", owner: TFD, l: 1, c: 5, eff: "None", p: 0.01, min: 5_000_000, ml: 12_000_000, max: 20_000_000, treatment: "No current intention; reviewed annually by the Trust Board", due: d(2026, 3, 31), status: "Open" },
  { id: "R-15", risk: "Clinical service change requires reconfiguration of outpatients (Trust change procedure)", type: "Threat", discipline: "Risk", category: "Contract variation", allocation: "Public", owner: TDE, l: "Likely", c: 3, eff: "Partial", p: 0.6, min: 200_000, ml: 450_000, max: 900_000, treatment: "Early SPV engagement; change costed against benchmarked rates", due: d(2025, 10, 31), status: "Open" },
  { id: "R-16", risk: "Small works variations priced above benchmark by the SPV", type: "Threat", discipline: "Partnership", category: "Contract variation", allocation: "Shared", owner: TCM, l: 4, c: 2, eff: 0.25, p: 0.7, min: 15_000, ml: 40_000, max: 80_000, treatment: "Small works price list; independent cost check above £25k", due: d(2025, 8, 31), status: "Open" },
  { id: "R-17", risk: "Hand-back condition survey (2039) finds assets below the required condition", type: "Threat", discipline: "Risk", category: "End-of-concession hand-over", allocation: "Private", owner: TDE, l: 3, c: 4, eff: "Partial", p: 0.25, min: 500_000, ml: 1_200_000, max: 3_000_000, treatment: "Five-yearly joint condition survey from 2030; hand-back retention fund", due: d(2030, 3, 31), status: "Open" },
  { id: "R-18", risk: "Loss of asset information and O&M records before expiry", type: "Threat", discipline: "Partnership", category: "End-of-concession hand-over", allocation: "Shared", owner: TDE, l: 3, c: 3, eff: 0.5, rl: 2, rc: 3, p: 0.3, min: 50_000, ml: 120_000, max: 250_000, treatment: "Asset register audit; records mirrored in the Trust document system", due: d(2026, 9, 30), status: "Open" },
  { id: "R-19", risk: "Trust loses the in-house estates expertise needed to manage the contract and its expiry", type: "Threat", discipline: "Partnership", category: "Skills transfer", allocation: "Public", owner: TDE, l: 4, c: 3, eff: "Partial", p: 0.5, min: 30_000, ml: 80_000, max: 150_000, treatment: "Contract management training; succession plan for the contract manager", due: d(2026, 1, 31), status: "Open" },
  { id: "R-20", risk: "Negative press coverage of PPP costs after a high-profile service failure", type: "Threat", discipline: "Partnership", category: "Reputation damage", allocation: "Shared", owner: "Trust Communications Lead", l: 3, c: "Major", eff: 0.25, p: 0.3, min: 0, ml: 50_000, max: 200_000, treatment: "Joint communications protocol; agreed holding statements", due: d(2025, 12, 31), status: "Open" },
  { id: "R-21", risk: "Patient complaints about food quality published in online NHS reviews", type: "Threat", discipline: "Performance", category: "Reputation damage", allocation: "Private", owner: FCM, l: "Possible", c: "Minor", eff: 0.5, p: 0.4, min: 5_000, ml: 15_000, max: 30_000, treatment: "Menu review with dietitians; patient tasting panel", due: d(2025, 10, 31), status: "Closed" },
  { id: "R-22", risk: "Portering response times fail during peak admissions", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FCM, l: "Almost certain", c: 3, eff: "Partial", rl: 4, rc: 3, p: 0.8, min: 20_000, ml: 40_000, max: 75_000, treatment: "Dynamic task allocation; extra porters 10:00–14:00", due: d(2025, 12, 31), status: "Open" },
  { id: "R-23", risk: "Meals delivered late to wards because of lift breakdowns", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FCM, l: 3, c: 2, eff: 0.5, p: 0.35, min: 5_000, ml: 12_000, max: 25_000, treatment: "Lift maintenance priority; contingency trolley route", due: d(2025, 9, 30), status: "Open" },
  { id: "R-24", risk: "Norovirus outbreak requires enhanced cleaning beyond the output specification", type: "Threat", discipline: "Risk", category: "Service delivery", allocation: "Shared", owner: "Trust Infection Prevention Lead", l: 4, c: 3, eff: "Substantial", p: 0.6, min: 25_000, ml: 60_000, max: 120_000, treatment: "Outbreak cleaning protocol pre-priced in the variation rate card", due: d(2026, 2, 28), status: "Open" },
  { id: "R-25", risk: "Security staff turnover weakens the emergency department response", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FCM, l: 3, c: 3, eff: 0.25, p: 0.35, min: 10_000, ml: 25_000, max: 50_000, treatment: "Retention payments; SIA-licensed bank staff", due: d(2025, 11, 30), status: "Open" },
  { id: "R-26", risk: "Utility prices rise above the energy pass-through mechanism", type: "Threat", discipline: "Risk", category: "Financial", allocation: "Private", owner: SFD, l: "Likely", c: "Major", eff: "Partial", p: 0.55, min: 150_000, ml: 350_000, max: 700_000, treatment: "Forward energy purchase; consumption reduction programme", due: d(2025, 10, 31), status: "Open" },
  { id: "R-27", risk: "RPI indexation of the unitary charge outpaces Trust income growth", type: "Threat", discipline: "Risk", category: "Financial", allocation: "Public", owner: TFD, l: 5, c: 3, eff: "None", p: 0.9, min: 200_000, ml: 400_000, max: 650_000, treatment: "Affordability model; savings programme; soft FM benchmarking", due: d(2026, 3, 31), status: "Open" },
  { id: "R-28", risk: "Insurance premiums rise beyond the band of the insurance cost-sharing mechanism", type: "Threat", discipline: "Risk", category: "Financial", allocation: "Shared", owner: TFD, l: 3, c: 3, eff: 0.5, p: 0.4, min: 40_000, ml: 90_000, max: 180_000, treatment: "Insurance cost review; joint broker tender", due: d(2026, 1, 31), status: "Open" },
  { id: "R-29", risk: "Roof membrane failure causes water ingress to the theatres", type: "Threat", discipline: "Risk", category: "Asset condition", allocation: "Private", owner: SGM, l: 2, c: 5, eff: 0.5, rl: 1, rc: 5, p: 0.1, min: 80_000, ml: 250_000, max: 600_000, treatment: "Roof survey completed; patch repairs; replacement in lifecycle year 16", due: d(2025, 8, 31), status: "Closed" },
  { id: "R-30", risk: "Medical gas pipeline alarm faults", type: "Threat", discipline: "Risk", category: "Asset condition", allocation: "Private", owner: FCM, l: "Unlikely", c: "Severe", eff: "Substantial", p: 0.08, min: 20_000, ml: 60_000, max: 200_000, treatment: "Authorised person audit; alarm panel replacement", due: d(2025, 12, 31), status: "Open" },
  { id: "R-31", risk: "Fire door defects found in the compartmentation survey", type: "Threat", discipline: "Risk", category: "Asset condition", allocation: "Shared", owner: SGM, l: 4, c: 4, eff: 0.25, rl: 3, rc: 4, p: 0.65, min: 100_000, ml: 220_000, max: 450_000, treatment: "Remediation programme; fire risk assessment updated", due: d(2025, 11, 30), status: "Open" },
  { id: "R-32", risk: "Helpdesk misclassifies urgent requests as routine", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FHM, l: 3, c: 3, eff: 0.5, p: 0.4, min: 8_000, ml: 20_000, max: 40_000, treatment: "Call scripts; weekly sample audit by the Trust monitoring officer", due: d(2025, 8, 31), status: "Closed" },
  { id: "R-33", risk: "Disputes over performance deductions escalate to formal dispute resolution", type: "Threat", discipline: "Partnership", category: "Financial", allocation: "Shared", owner: TCM, l: "Likely", c: 3, eff: "Partial", p: 0.5, min: 20_000, ml: 60_000, max: 150_000, treatment: "Tiered dispute procedure; joint monthly check of deduction calculations", due: d(2025, 12, 31), status: "Open" },
  { id: "R-34", risk: "Turnover of the SPV General Manager disrupts relationship continuity", type: "Threat", discipline: "Partnership", category: "Change of consortium members", allocation: "Private", owner: SGM, l: 4, c: 3, eff: 0.25, p: 0.6, min: 10_000, ml: 30_000, max: 60_000, treatment: "Handover plan; deputy attends the Joint Liaison Committee; relationship charter", due: d(2025, 10, 31), status: "Open" },
  { id: "R-35", risk: "Loss of the specialist BMS engineer who knows the control strategy", type: "Threat", discipline: "Risk", category: "Skills transfer", allocation: "Private", owner: FCM, l: 3, c: 3, eff: "Partial", p: 0.3, min: 15_000, ml: 35_000, max: 70_000, treatment: "Document the control strategy; second engineer trained by the manufacturer", due: d(2026, 2, 28), status: "Open" },
  { id: "R-36", risk: "Clinical waste segregation errors lead to Environment Agency enforcement", type: "Threat", discipline: "Performance", category: "Service delivery", allocation: "Private", owner: FCM, l: 2, c: 4, eff: 0.5, p: 0.15, min: 10_000, ml: 40_000, max: 100_000, treatment: "Ward waste champions; monthly audits", due: d(2025, 12, 31), status: "Open" },
  { id: "R-37", risk: "Change in law (NHS net-zero estate requirements) requires capital works", type: "Threat", discipline: "Risk", category: "Contract variation", allocation: "Public", owner: TDE, l: 4, c: 4, eff: "None", p: 0.55, min: 300_000, ml: 800_000, max: 1_600_000, treatment: "Qualifying change in law assessment; decarbonisation plan with the SPV", due: d(2026, 6, 30), status: "Open" },
  { id: "R-38", risk: "Deductions exceed the FM subcontract pass-down caps, squeezing SPV cash flow", type: "Threat", discipline: "Risk", category: "Financial", allocation: "Private", owner: SFD, l: 2, c: 4, eff: 0.5, p: 0.15, min: 50_000, ml: 150_000, max: 300_000, treatment: "Review subcontract deduction pass-down; cash reserve", due: d(2026, 3, 31), status: "Open" },
  { id: "R-39", risk: "Planned preventive maintenance backlog after the CAFM migration", type: "Threat", discipline: "Performance", category: "Asset condition", allocation: "Private", owner: FCM, l: 3, c: "Moderate", eff: 0.25, p: 0.45, min: 20_000, ml: 55_000, max: 110_000, treatment: "Backlog recovery plan; weekend shifts", due: d(2025, 10, 31), status: "Open" },
  { id: "R-40", risk: "Unclear escalation routes between Trust ward managers and FM supervisors", type: "Threat", discipline: "Partnership", category: "Service delivery", allocation: "Shared", owner: TCM, l: 4, c: 2, eff: "Partial", p: 0.5, min: 5_000, ml: 15_000, max: 30_000, treatment: "Escalation matrix; joint ward walkabouts", due: d(2025, 9, 30), status: "Open" },
];

const HEADERS = [
  "ID", "Risk", "Type", "Discipline", "Category", "Allocation", "Owner", "Likelihood", "Consequence",
  "Control effectiveness", "Residual likelihood", "Residual consequence", "Probability",
  "Impact min", "Impact most likely", "Impact max", "Treatment", "Due", "Status",
];

function toRow(r: Risk): RawCell[] {
  return [
    r.id, r.risk, r.type, r.discipline, r.category, r.allocation, r.owner, r.l, r.c,
    r.eff ?? null, r.rl ?? null, r.rc ?? null, r.p, r.min, r.ml, r.max, r.treatment, r.due, r.status,
  ];
}

const GBP = "£#,##0";

/** The IMM_Risks table: 40 risks, ratings partly as descriptor words, effectiveness as % or words. */
export function hospitalRisks(): SampleTable {
  return {
    name: "IMM_Risks",
    headers: [...HEADERS],
    rows: RISKS.map(toRow),
    columnFormats: [
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      "0%", undefined, undefined, "0%", GBP, GBP, GBP, undefined, "dd mmm yyyy", undefined,
    ],
    columnWidths: [7, 60, 13, 13, 28, 11, 30, 13, 14, 13, 11, 12, 12, 13, 13, 13, 60, 13, 10],
    columnLists: [
      undefined, undefined, ["Threat", "Opportunity"], ["Partnership", "Risk", "Performance"], undefined,
      ["Public", "Private", "Shared"], undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, ["Open", "Closed", "Realised"],
    ],
  };
}
