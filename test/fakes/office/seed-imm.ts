/** Seeds a fake workbook with IMM input tables of any size (deterministic), for host tests and the bench. */
import type { FakeCell, FakeExcel } from "./fake-excel";

const WORDS = ["Lift", "Boiler", "Cleaning", "Catering", "Helpdesk", "Roof", "Energy", "Security", "Parking", "Laundry"];
const CATS = ["Service delivery", "Financial", "Asset condition", "Contract variation", "Reputation damage", "Skills transfer"];
const LIKELIHOOD: FakeCell[] = [1, 2, 3, 4, 5, "Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const FACTORS = ["Organisational culture", "Management commitment and support", "Employee capability and expertise", "Clear and open communication", "Relationship continuity", "Conflict management"];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function table(x: FakeExcel, sheet: string, name: string, headers: string[], rows: FakeCell[][]): void {
  x.addSheet(sheet, [headers, ...rows]);
  const last = String.fromCharCode(64 + headers.length);
  x.addTable(sheet, `A1:${last}${rows.length + 1}`, name);
}

export interface SeedOptions {
  risks?: number;
  kpis?: number;
  /** Strings planted in risk statements / owners to check they arrive literally. */
  injections?: string[];
}

/** Adds Contract, Risks, KPIs, Partnership, Actions and Settings sheets with IMM_* tables. */
export function seedImmWorkbook(x: FakeExcel, options: SeedOptions = {}): void {
  const { risks = 200, kpis = 40, injections = [] } = options;
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  table(x, "Contract", "IMM_Contract", ["Key", "Value"], [
    ["Project", "Fake Hospital PPP"], ["Annual service payment", 25_000_000], ["Performance point value", 150],
    ["Point threshold", 20], ["Review date", 46022],
  ]);
  table(x, "Settings", "IMM_Settings", ["Key", "Value"], [["Simulation iterations", 200], ["Amber threshold", 60]]);
  const riskRows: FakeCell[][] = Array.from({ length: risks }, (_, i) => [
    `R-${String(i + 1).padStart(6, "0")}`,
    injections.length && i < injections.length ? injections[i] : `${pick(WORDS)} failure affects ${pick(WORDS).toLowerCase()} service (${i + 1})`,
    r() < 0.85 ? "Threat" : "Opportunity", pick(["Partnership", "Risk", "Performance"]), pick(CATS), pick(["Public", "Private", "Shared"]),
    `Owner ${1 + Math.floor(r() * 40)}`, pick(LIKELIHOOD), 1 + Math.floor(r() * 5), pick(["None", "Partial", "Substantial", 0.3, 0.6]),
    Math.round(r() * 100) / 100, Math.round(r() * 100_000), "Monitor monthly", pick(["Open", "Open", "Open", "Closed"]),
  ]);
  table(x, "Risks", "IMM_Risks", ["ID", "Risk", "Type", "Discipline", "Category", "Allocation", "Owner", "Likelihood", "Consequence", "Control effectiveness", "Probability", "Impact", "Treatment", "Status"], riskRows);
  const kpiRows: FakeCell[][] = Array.from({ length: kpis }, (_, i) => {
    const higher = r() < 0.7;
    return [`KPI ${Math.floor(i / 4) + 1}`, pick(CATS), "%", higher ? "Higher" : "Lower", higher ? 95 : 5,
      Math.round((higher ? 80 + r() * 20 : r() * 10) * 10) / 10, higher ? 80 : 10, 1 + Math.floor(r() * 3), `Q${(i % 4) + 1}`, Math.floor(r() * 10), r() < 0.02 ? "Y" : "N"];
  });
  table(x, "KPIs", "IMM_KPIs", ["KPI", "Service area", "Unit", "Direction", "Target", "Actual", "Threshold", "Weight", "Period", "Failure points", "Waived"], kpiRows);
  const pRows: FakeCell[][] = FACTORS.flatMap((f) => ["Q1", "Q2", "Q3", "Q4"].map((q) => [f, 1, 1 + Math.floor(r() * 5), 1 + Math.floor(r() * 5), q]));
  table(x, "Partnership", "IMM_Partnership", ["Factor", "Weight", "Public rating", "Private rating", "Period"], pRows);
  table(x, "Actions", "IMM_Actions", ["Action", "Owner", "Due", "Linked item", "Status", "Priority"], [
    ["Review lift maintenance", "FM manager", 45_900, "R-000001", "Open", "High"],
    ["Joint workshop on communication", "Contract manager", 46_100, "Clear and open communication", "Open", "Medium"],
  ]);
}
