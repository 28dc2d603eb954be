import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  isBlank, parseConsequence, parseDirection, parseEffectiveness, parseLikelihood, parseProbability, parseRating, parseRiskType,
} from "../imm/scales";
import type { RawCell, TableSnapshot } from "../tables/types";
import { excelSerial, serialToDate } from "./dates";
import { HOSPITAL_REVIEW_DATE, hospitalSample } from "./hospital";
import { sampleToSnapshot } from "./to-snapshot";
import type { SampleTable } from "./types";
import { sampleToWorkbook } from "./write-xlsx";

const sample = hospitalSample();

function table(name: string): SampleTable {
  const t = sample.sheets.flatMap((s) => s.tables).find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** Column values of a sample table by header. */
function col(t: SampleTable, header: string): RawCell[] {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${t.name}`);
  return t.rows.map((r) => r[i]);
}

function keyValue(t: SampleTable): Map<string, RawCell> {
  return new Map(t.rows.map((r) => [String(r[0]), r[1]]));
}

describe("dates", () => {
  it("converts calendar dates to Excel serials and back", () => {
    expect(excelSerial(1900, 3, 1)).toBe(61);
    expect(excelSerial(2026, 4, 15)).toBe(46127);
    expect(serialToDate(46127).toISOString()).toBe("2026-04-15T00:00:00.000Z");
  });
});

describe("hospital sample data", () => {
  it("has the expected sheets and uniquely named tables", () => {
    expect(sample.sheets.map((s) => s.name)).toEqual(["Contract", "Risks", "Partnership", "KPIs", "Actions", "Notes"]);
    const names = sample.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toEqual(["IMM_Contract", "IMM_Settings", "IMM_Risks", "IMM_Partnership", "IMM_KPIs", "IMM_Actions"]);
  });

  it("keeps every row as wide as its headers, with column metadata of the same width", () => {
    for (const t of sample.sheets.flatMap((s) => s.tables)) {
      for (const r of t.rows) expect(r).toHaveLength(t.headers.length);
      for (const meta of [t.columnFormats, t.columnWidths, t.columnLists, t.columnAlign]) {
        if (meta) expect(meta).toHaveLength(t.headers.length);
      }
      for (const f of t.cellFormats ?? []) expect(t.rows[f.row]?.[f.col]).toEqual(expect.any(Number));
    }
  });

  it("has 40 risks with unique IDs, 6 opportunities, one realised opportunity, and valid ratings (some as words)", () => {
    const risks = table("IMM_Risks");
    expect(risks.rows).toHaveLength(40);
    const ids = col(risks, "ID");
    expect(new Set(ids).size).toBe(40);
    const types = col(risks, "Type").map((v) => parseRiskType(v));
    expect(types.filter((t) => t === "opportunity")).toHaveLength(6);
    const status = col(risks, "Status");
    const realised = risks.rows.filter((_, i) => status[i] === "Realised");
    expect(realised).toHaveLength(1);
    expect(parseRiskType(realised[0][risks.headers.indexOf("Type")])).toBe("opportunity");
    const l = col(risks, "Likelihood");
    const c = col(risks, "Consequence");
    l.forEach((v) => expect(parseLikelihood(v)).toBeGreaterThanOrEqual(1));
    c.forEach((v) => expect(parseConsequence(v)).toBeGreaterThanOrEqual(1));
    expect(l.filter((v) => typeof v === "string").length).toBeGreaterThanOrEqual(5);
    expect(c.filter((v) => typeof v === "string").length).toBeGreaterThanOrEqual(5);
    const eff = col(risks, "Control effectiveness").filter((v) => !isBlank(v));
    eff.forEach((v) => expect(parseEffectiveness(v)).toBeLessThanOrEqual(1));
    expect(eff.some((v) => typeof v === "number") && eff.some((v) => typeof v === "string")).toBe(true);
    col(risks, "Probability").forEach((v) => expect(parseProbability(v)).toBeGreaterThan(0));
    expect(col(risks, "Residual likelihood").filter((v) => v !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("orders impacts min ≤ most likely ≤ max and uses the spec's default categories", () => {
    const risks = table("IMM_Risks");
    const [min, ml, max] = ["Impact min", "Impact most likely", "Impact max"].map((h) => col(risks, h) as number[]);
    min.forEach((v, i) => expect(v <= ml[i] && ml[i] <= max[i]).toBe(true));
    const categories = new Set(col(risks, "Category").map((v) => String(v).toLowerCase()));
    expect([...categories].sort()).toEqual([
      "asset condition", "change of consortium members", "contract termination", "contract variation",
      "end-of-concession hand-over", "financial", "operational innovation", "reputation damage", "service delivery",
      "skills transfer",
    ]);
  });

  it("rates the six factors by both parties over four quarters, with a perception gap of at least 1.5", () => {
    const p = table("IMM_Partnership");
    expect(p.rows).toHaveLength(24);
    expect(new Set(col(p, "Factor")).size).toBe(6);
    expect([...new Set(col(p, "Period"))]).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    const pub = col(p, "Public rating");
    const priv = col(p, "Private rating");
    pub.forEach((v) => expect(parseRating(v)).toBeGreaterThanOrEqual(1));
    const gaps = pub.map((v, i) => (priv[i] === null ? 0 : Math.abs(Number(v) - Number(priv[i]))));
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(1.5);
    const comms = p.rows.filter((r) => r[0] === "Clear and open communication").map((r) => r[3]);
    const conflict = p.rows.filter((r) => r[0] === "Conflict management").map((r) => r[3]);
    expect(Number(comms[3])).toBeLessThan(Number(comms[0]));
    expect(Number(conflict[3])).toBeGreaterThan(Number(conflict[0]));
  });

  it("has 15 KPIs × 4 quarters with failures carrying points and exactly one waived deduction with a reason", () => {
    const k = table("IMM_KPIs");
    expect(k.rows).toHaveLength(60);
    expect(new Set(col(k, "KPI")).size).toBe(15);
    col(k, "Direction").forEach((v) => expect(["higher", "lower"]).toContain(parseDirection(v)));
    const points = col(k, "Failure points");
    expect(points.filter((v) => typeof v === "number" && v > 0).length).toBeGreaterThanOrEqual(10);
    const waived = col(k, "Waived");
    const reasons = col(k, "Waiver reason");
    const waivedRows = waived.map((v, i) => (v === "Y" ? i : -1)).filter((i) => i >= 0);
    expect(waivedRows).toHaveLength(1);
    expect(Number(points[waivedRows[0]])).toBeGreaterThan(0);
    expect(String(reasons[waivedRows[0]])).toMatch(/relief event/i);
    expect(reasons.filter((v) => v !== null)).toHaveLength(1);
  });

  it("has three KPI results at or beyond their failure threshold (2025-Q2 and 2025-Q3), each with failure points, none waived", () => {
    const k = table("IMM_KPIs");
    const h = (name: string) => k.headers.indexOf(name);
    const breaches = k.rows.filter((r) => {
      const [actual, threshold] = [Number(r[h("Actual")]), Number(r[h("Threshold")])];
      return parseDirection(r[h("Direction")]) === "higher" ? actual <= threshold : actual >= threshold;
    });
    expect(breaches.map((r) => [r[h("Period")], r[h("KPI")], r[h("Failure points")], r[h("Waived")]])).toEqual([
      ["2025-Q2", "Urgent reactive repairs rectified in time", 22, "N"],
      ["2025-Q3", "Planned preventive maintenance completed", 24, "N"],
      ["2025-Q3", "Urgent portering tasks within 15 minutes", 20, "N"],
    ]);
  });

  it("holds the contract terms and defaults in the key/value tables", () => {
    const c = keyValue(table("IMM_Contract"));
    expect(c.get("Project")).toBe("Northgate Community Hospital PPP");
    expect(c.get("Annual service payment")).toBe(18_400_000);
    expect(c.get("Review date")).toBe(HOSPITAL_REVIEW_DATE);
    expect(c.get("Deduction cap %")).toBe(0.1);
    const s = keyValue(table("IMM_Settings"));
    expect(s.get("Rating bands")).toBe("4,9,16");
    expect(s.get("Simulation seed")).toBe(1);
  });

  it("has actions linked to real items, some overdue at the review date", () => {
    const a = table("IMM_Actions");
    expect(a.rows.length).toBeGreaterThanOrEqual(8);
    const due = col(a, "Due") as number[];
    const status = col(a, "Status");
    const overdue = due.filter((d, i) => d < HOSPITAL_REVIEW_DATE && status[i] !== "Complete");
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const known = new Set([
      ...col(table("IMM_Risks"), "ID"), ...col(table("IMM_KPIs"), "KPI"), ...col(table("IMM_Partnership"), "Factor"),
    ]);
    col(a, "Linked item").forEach((v) => expect(known.has(v)).toBe(true));
  });
});

describe("sampleToSnapshot", () => {
  const snap = sampleToSnapshot(sample);
  const byName = (n: string): TableSnapshot => {
    const t = snap.tables.find((x) => x.name === n);
    if (!t) throw new Error(`no snapshot of ${n}`);
    return t;
  };

  it("places tables below the title, stacking the Contract sheet's two tables", () => {
    expect(byName("IMM_Contract")).toMatchObject({ sheet: "Contract", row: 2, col: 0 });
    expect(byName("IMM_Settings")).toMatchObject({ sheet: "Contract", row: 12, col: 0 });
    expect(byName("IMM_Risks")).toMatchObject({ sheet: "Risks", row: 2, col: 0 });
    expect(byName("IMM_Risks").rows).toHaveLength(40);
  });

  it("puts titles, headers and every table value at the table's position in the sheet values", () => {
    for (const t of snap.tables) {
      const sheet = snap.sheets.find((s) => s.name === t.sheet);
      expect(sheet?.values[0][0]).toEqual(expect.any(String));
      expect(sheet?.values[t.row].slice(t.col, t.col + t.headers.length)).toEqual(t.headers);
      t.rows.forEach((r, i) => expect(sheet?.values[t.row + 1 + i].slice(t.col, t.col + r.length)).toEqual(r));
    }
    const notes = snap.sheets.find((s) => s.name === "Notes");
    expect(notes?.values[2][0]).toMatch(/annual contract review/);
  });

  it("returns rectangular sheet values and copies rows (mutating the snapshot leaves the sample intact)", () => {
    for (const s of snap.sheets) expect(new Set(s.values.map((r) => r.length)).size).toBe(1);
    byName("IMM_Risks").rows[0][0] = "changed";
    expect(hospitalSample().sheets[1].tables[0].rows[0][0]).toBe("R-01");
    expect(table("IMM_Risks").rows[0][0]).toBe("R-01");
  });
});

/** A loaded cell value as a RawCell: Dates back to Excel serials. */
function raw(v: ExcelJS.CellValue): RawCell {
  if (v instanceof Date) return Math.round(v.getTime() / 86_400_000 + 25_569);
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

async function checkRoundTrip(wb: ExcelJS.Workbook): Promise<void> {
  const snap = sampleToSnapshot(sample);
  expect(wb.worksheets.map((w) => w.name)).toEqual(sample.sheets.map((s) => s.name));
  for (const t of snap.tables) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) throw new Error(`no sheet ${t.sheet}`);
    const model = (ws.getTable(t.name) as unknown as { model: { tableRef: string; columns: { name: string }[] } }).model;
    const first = ws.getCell(t.row + 1, t.col + 1).address;
    const last = ws.getCell(t.row + 1 + t.rows.length, t.col + t.headers.length).address;
    expect(model.tableRef).toBe(`${first}:${last}`);
    expect(model.columns.map((c) => c.name)).toEqual(t.headers);
    t.rows.forEach((r, i) => {
      const got = r.map((_, c) => raw(ws.getCell(t.row + 2 + i, t.col + 1 + c).value));
      expect(got).toEqual(r);
    });
  }
  const risks = wb.getWorksheet("Risks");
  expect(risks?.getCell("C4").dataValidation).toMatchObject({ type: "list", formulae: ['"Threat,Opportunity"'] });
  expect(risks?.getCell("M4").numFmt).toBe("0%");
  expect(risks?.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect(wb.getWorksheet("KPIs")?.getCell("K4").dataValidation).toMatchObject({ formulae: ['"Y,N"'] });
  expect(wb.getWorksheet("Contract")?.getCell("B6").numFmt).toBe("£#,##0");
  expect(wb.getWorksheet("Notes")?.getCell("A3").value).toMatch(/annual contract review/);
}

describe("xlsx round trip", () => {
  it("writes real Excel tables that re-open with the same positions and values", async () => {
    const buffer = await sampleToWorkbook(sample).xlsx.writeBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    await checkRoundTrip(wb);
  });

  it("matches the committed assets/samples/hospital-ppp.xlsx (run `npm run sample` after changing the data)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(__dirname, "..", "..", "assets", "samples", "hospital-ppp.xlsx"));
    await checkRoundTrip(wb);
  });
});
