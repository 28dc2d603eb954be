/** A large generated IMM workbook (default 10,000 risks, 500 KPIs) for the xlsx benchmark, built in memory. */
import ExcelJS from "exceljs";

const WORDS = ["Lift", "Boiler", "Cleaning", "Catering", "Helpdesk", "Roof", "Energy", "Security", "Parking", "Laundry"];
const CATS = ["Service delivery", "Financial", "Asset condition", "Contract variation", "Reputation damage", "Skills transfer"];
const LIKELIHOOD = [1, 2, 3, 4, 5, "Rare", "Unlikely", "Possible", "Likely", "Almost certain"];

/** Deterministic pseudo-random numbers (mulberry32) so every run benchmarks the same workbook. */
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

function table(ws: ExcelJS.Worksheet, name: string, headers: string[], rows: (string | number | null)[][]): void {
  ws.addTable({ name, ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: headers.map((h) => ({ name: h, filterButton: true })), rows });
}

/** Builds the workbook bytes. */
export async function bigWorkbook(risks = 10_000, kpis = 500): Promise<Uint8Array> {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const wb = new ExcelJS.Workbook();
  table(wb.addWorksheet("Contract"), "IMM_Contract", ["Key", "Value"], [
    ["Project", "Benchmark PPP"],
    ["Annual service payment", 25_000_000],
    ["Performance point value", 150],
    ["Point threshold", 20],
    ["Review date", 46022],
  ]);
  const riskRows = Array.from({ length: risks }, (_, i) => {
    const min = Math.round(r() * 50_000);
    return [
      `R-${String(i + 1).padStart(5, "0")}`, `${pick(WORDS)} failure affects ${pick(WORDS).toLowerCase()} service (${i + 1})`,
      r() < 0.85 ? "Threat" : "Opportunity", pick(["Partnership", "Risk", "Performance"]), pick(CATS), pick(["Public", "Private", "Shared"]),
      `Owner ${1 + Math.floor(r() * 40)}`, pick(LIKELIHOOD), 1 + Math.floor(r() * 5), pick(["None", "Partial", "Substantial", 0.3, 0.6]),
      Math.round(r() * 100) / 100, min, min + Math.round(r() * 50_000), min + 50_000 + Math.round(r() * 100_000),
      "Monitor monthly", 45_600 + Math.floor(r() * 800), pick(["Open", "Open", "Open", "Closed"]),
    ];
  });
  table(wb.addWorksheet("Risks"), "IMM_Risks", ["ID", "Risk", "Type", "Discipline", "Category", "Allocation", "Owner", "Likelihood", "Consequence", "Control effectiveness", "Probability", "Min", "Most likely", "Max", "Treatment", "Due", "Status"], riskRows);
  const kpiRows = Array.from({ length: kpis }, (_, i) => {
    const higher = r() < 0.7;
    const target = higher ? 95 : 5;
    return [`KPI ${Math.floor(i / 4) + 1}`, pick(CATS), "%", higher ? "Higher" : "Lower", target, higher ? 80 + r() * 20 : r() * 10, higher ? 80 : 10, 1 + Math.floor(r() * 3), `Q${(i % 4) + 1}`, Math.floor(r() * 10), r() < 0.02 ? "Y" : "N"];
  });
  table(wb.addWorksheet("KPIs"), "IMM_KPIs", ["KPI", "Service area", "Unit", "Direction", "Target", "Actual", "Threshold", "Weight", "Period", "Failure points", "Waived"], kpiRows);
  const factors = ["Organisational culture", "Management commitment and support", "Employee capability and expertise", "Clear and open communication", "Relationship continuity", "Conflict management"];
  const pRows = factors.flatMap((f) => ["Q1", "Q2", "Q3", "Q4"].map((q) => [f, 1, 1 + Math.floor(r() * 5), 1 + Math.floor(r() * 5), q]));
  table(wb.addWorksheet("Partnership"), "IMM_Partnership", ["Factor", "Weight", "Public rating", "Private rating", "Period"], pRows);
  const out: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
