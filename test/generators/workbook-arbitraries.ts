/**
 * fast-check arbitraries for WHOLE IMM workbooks, as plain data (`GenWorkbook`), turned into real .xlsx bytes by
 * `workbook-xlsx.ts`. They vary what users' files vary: optional columns present or absent (down to ID / Risk / Type
 * / Likelihood / Consequence only, Probability only, Min / Most likely / Max only), a missing required column, header
 * synonyms, blank cells and blank rows, numbers stored as text ("1.000", "90%", " 4 "), Excel error values,
 * Excel tables or plain ranges (with a title above), Type and Status mixes (all Closed, opportunities only),
 * scales and thresholds in IMM_Settings, and odd sheet names (unicode, apostrophes, spaces, generated-sheet names).
 * Workbooks stay small (≤ 8 rows a table, 100–300 simulation iterations) so a thousand run in CI in seconds.
 */
import fc from "fast-check";
import { ACTION_COLUMNS, KPI_COLUMNS, PARTNERSHIP_COLUMNS, RISK_COLUMNS, type ColumnSpec } from "../../src/tables/synonyms";

/** A generated cell: a value as a user types it, or an Excel error value (`{ error: "#N/A" }`). */
export type GenCell = string | number | boolean | null | { error: string };

export type GenKind = "risks" | "partnership" | "kpis" | "actions" | "settings" | "contract";

/** One input table on its own sheet. */
export interface GenTable {
  kind: GenKind;
  sheet: string;
  /** Excel table (ListObject) name, or null for a plain range. */
  tableName: string | null;
  /** 0-based top-left of the header row. */
  row: number;
  col: number;
  /** A title written above a plain range (row 0), or null. */
  title: string | null;
  /** Field of each column (ColumnSpec.field, or "key"/"value" for key/value tables). */
  fields: string[];
  headers: string[];
  rows: GenCell[][];
}

export interface GenWorkbook {
  tables: GenTable[];
  /** Strip `<tableStyleInfo>` from every table part, as LibreOffice writes tables. */
  libreOffice: boolean;
}

/** Excel error values as ExcelJS writes them (t="e"). */
export const ERROR_VALUES = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!"] as const;

const errorCell: fc.Arbitrary<GenCell> = fc.constantFrom(...ERROR_VALUES).map((error) => ({ error }));

/** Mostly `main`, sometimes blank, a number stored as text, an error, or junk. */
function messy(main: fc.Arbitrary<GenCell>, extra: fc.Arbitrary<GenCell>[] = []): fc.Arbitrary<GenCell> {
  return fc.oneof(
    { arbitrary: main, weight: 12 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.constantFrom<GenCell>("", " ", "n/a", "-", "TBC"), weight: 1 },
    { arbitrary: errorCell, weight: 1 },
    ...extra.map((arbitrary) => ({ arbitrary, weight: 2 })),
  );
}

/** A number, or the same number typed as text in the ways users do (" 4 ", "4.0", "1.000", "1,5"). */
function numberish(n: fc.Arbitrary<number>): fc.Arbitrary<GenCell> {
  return n.chain((x) => fc.constantFrom<GenCell>(x, String(x), ` ${x} `, `${x}.0`, x.toFixed(3), String(x).replace(".", ",")));
}

const rating = (max: number): fc.Arbitrary<GenCell> =>
  messy(numberish(fc.integer({ min: 1, max })), [
    fc.constantFrom<GenCell>("Rare", "Unlikely", "Possible", "Likely", "Almost certain", "Minor", "Major", "Severe", "Moderate", "Insignificant"),
    fc.constantFrom<GenCell>(0, 11, 2.5, -1, "1.000", "abc"),
  ]);

const money: fc.Arbitrary<GenCell> = messy(fc.integer({ min: 0, max: 2_000_000 }), [
  fc.integer({ min: 1, max: 500_000 }).map((n) => `$${n.toLocaleString("en-US")}`),
  fc.constantFrom<GenCell>("1.000", "£40k", "$120,000", " 4 ", "1e308", 1e308, 0, -500, "#DIV/0!"),
]);

const fraction: fc.Arbitrary<GenCell> = messy(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), [
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.constantFrom<GenCell>("90%", 35, "1.000", 1.5, "50 %", "Partial", "Substantial", "Full", "None", "good"),
]);

const freeText = (prefix: string): fc.Arbitrary<GenCell> =>
  messy(fc.integer({ min: 1, max: 99 }).map((n) => `${prefix} ${n}`), [
    fc.constantFrom<GenCell>("Lift failure in ward block", "Énergie — économies", "=1+1", "-5 days", "@home", "O'Brien's claim", "数据 中断"),
  ]);

/** Type / Status mixes for one register: each workbook picks one, so "all Closed" and "opportunities only" occur. */
type Mix = "mixed" | "threats" | "opportunities" | "allClosed" | "allOpen";
const MIXES: Mix[] = ["mixed", "threats", "opportunities", "allClosed", "allOpen"];

function typeCell(mix: Mix): fc.Arbitrary<GenCell> {
  const threat = fc.constantFrom<GenCell>("Threat", "threat", "T", " Threat ");
  const opp = fc.constantFrom<GenCell>("Opportunity", "opportunity", "O", "Opp");
  if (mix === "threats") return threat;
  if (mix === "opportunities") return opp;
  return messy(fc.oneof(threat, opp), [fc.constantFrom<GenCell>("Issue", "x")]);
}

function statusCell(mix: Mix): fc.Arbitrary<GenCell> {
  if (mix === "allClosed") return fc.constantFrom<GenCell>("Closed", "closed", "CLOSED");
  if (mix === "allOpen") return fc.constantFrom<GenCell>("Open", "open", null);
  return messy(fc.constantFrom<GenCell>("Open", "Closed", "Realised", "open"), [fc.constantFrom<GenCell>("Done", "?")]);
}

interface Scales { l: number; c: number }

function riskField(field: string, mix: Mix, s: Scales): fc.Arbitrary<GenCell> {
  switch (field) {
    case "id": return messy(fc.integer({ min: 1, max: 30 }).map((n) => `R-${String(n).padStart(2, "0")}`), [fc.integer({ min: 1, max: 9 })]);
    case "statement": return freeText("Risk");
    case "type": return typeCell(mix);
    case "status": return statusCell(mix);
    case "likelihood": case "residualLikelihood": return rating(s.l);
    case "consequence": case "residualConsequence": return rating(s.c);
    case "effectiveness": return fraction;
    case "probability": return fraction;
    case "impact": case "impactMin": case "impactMostLikely": case "impactMax": return money;
    case "category": return messy(fc.constantFrom<GenCell>("Service delivery", "Financial", "Contract variation", "Skills transfer"));
    case "allocation": return messy(fc.constantFrom<GenCell>("Public", "Private", "Shared", "SPV", "Authority", "Bank"));
    case "discipline": return messy(fc.constantFrom<GenCell>("Partnership", "Risk", "Performance", "Finance"));
    case "due": return messy(fc.integer({ min: 44000, max: 47000 }), [fc.constantFrom<GenCell>("31/03/2026", "soon", "2026-03-31")]);
    default: return freeText(field);
  }
}

function partnershipField(field: string, allZeroWeights: boolean, periods: string[]): fc.Arbitrary<GenCell> {
  switch (field) {
    case "factor": return messy(fc.constantFrom<GenCell>("Organisational culture", "Clear and open communication", "Relationship continuity", "Conflict management", "Trust"));
    case "publicRating": case "privateRating": return rating(5);
    case "weight": return allZeroWeights ? fc.constantFrom<GenCell>(0, "0", " 0 ") : messy(numberish(fc.integer({ min: 0, max: 5 })));
    case "period": return messy(fc.constantFrom<GenCell>(...periods));
    default: return freeText(field);
  }
}

function kpiField(field: string, allZeroWeights: boolean, periods: string[]): fc.Arbitrary<GenCell> {
  switch (field) {
    case "kpi": return messy(fc.constantFrom<GenCell>("Helpdesk response", "Energy use (kWh/m2)", "Meals on time", "Cleaning audit"));
    case "target": return messy(numberish(fc.integer({ min: 0, max: 100 })), [fc.constantFrom<GenCell>("95%", 0.95, "1.000", 250, -3)]);
    case "actual": return messy(numberish(fc.integer({ min: 0, max: 120 })), [fc.constantFrom<GenCell>("97%", 0.95, "1.000", 1e308)]);
    case "threshold": return messy(numberish(fc.integer({ min: 0, max: 100 })), [fc.constantFrom<GenCell>("90%", 0.9, "1.000")]);
    case "direction": return messy(fc.constantFrom<GenCell>("Higher", "Lower", "higher is better", "lower", "Up"));
    case "weight": return allZeroWeights ? fc.constantFrom<GenCell>(0, "0") : messy(numberish(fc.integer({ min: 0, max: 5 })));
    case "period": return messy(fc.constantFrom<GenCell>(...periods));
    case "failurePoints": return messy(numberish(fc.integer({ min: 0, max: 40 })));
    case "waived": return messy(fc.constantFrom<GenCell>("Y", "N", "Yes", "No", true, false));
    default: return freeText(field);
  }
}

function actionField(field: string): fc.Arbitrary<GenCell> {
  switch (field) {
    case "due": return messy(fc.integer({ min: 44000, max: 47000 }), [fc.constantFrom<GenCell>("31/03/2026", "soon")]);
    case "linkedItem": return messy(fc.constantFrom<GenCell>("R-01", "R-02", "Helpdesk response", "Trust"));
    case "status": return messy(fc.constantFrom<GenCell>("Open", "Done", "In progress"));
    case "priority": return messy(fc.constantFrom<GenCell>("High", "Medium", "Low"));
    default: return freeText(field);
  }
}

/** Which optional columns a register has: presets seen in real files, or a random subset. */
const RISK_PRESETS: string[][] = [
  [], // ID / Risk / Type / Likelihood / Consequence only: the most common register
  ["probability"],
  ["impactMin", "impactMostLikely", "impactMax"],
  ["status"],
  ["probability", "impact", "status"],
  ["probability", "impactMin", "impactMostLikely", "impactMax", "status", "category", "allocation"],
];

const PERIODS = ["Q1 2026", "Q2 2026", "2026-03", "Mar 2026"];

/** Columns: all required ones (sometimes one dropped), then the chosen optional ones, in random order. */
function columns(specs: readonly ColumnSpec[], optional: fc.Arbitrary<string[]>): fc.Arbitrary<ColumnSpec[]> {
  const required = specs.filter((s) => s.required);
  return fc.record({
    optional,
    // One time in ten a required column is missing (its index below required.length).
    drop: fc.integer({ min: 0, max: required.length * 10 - 1 }),
    shuffle: fc.boolean(),
  }).map(({ optional: opt, drop, shuffle }) => {
    const req = required.filter((_, i) => i !== drop);
    const opts = specs.filter((s) => !s.required && opt.includes(s.field));
    const all = [...req, ...opts];
    return shuffle ? [...all.slice(1), all[0]] : all;
  });
}

const subsetOf = (specs: readonly ColumnSpec[]): fc.Arbitrary<string[]> =>
  fc.subarray(specs.filter((s) => !s.required).map((s) => s.field));

/** A header for a column: its label, a synonym, or the label in other case/spacing; unique within the table. */
function headers(cols: ColumnSpec[]): fc.Arbitrary<string[]> {
  return fc.tuple(...cols.map((c) => fc.constantFrom(c.label, c.label.toUpperCase(), ` ${c.label.toLowerCase()} `, ...c.synonyms.slice(0, 3))))
    .map((hs) => {
      const seen = new Set<string>();
      return hs.map((h, i) => {
        const key = h.trim().toLowerCase();
        const out = seen.has(key) ? `${cols[i].label} ${i}` : h;
        seen.add(out.trim().toLowerCase());
        return out;
      });
    });
}

/** Rows of cells for the columns, with fully blank rows sprinkled in. */
function rows(cellFor: (field: string) => fc.Arbitrary<GenCell>, fields: string[], maxRows: number): fc.Arbitrary<GenCell[][]> {
  const row = fc.tuple(...fields.map(cellFor));
  const blank = fc.constant(fields.map(() => null as GenCell));
  return fc.array(fc.oneof({ arbitrary: row, weight: 8 }, { arbitrary: blank, weight: 1 }), { minLength: 0, maxLength: maxRows });
}

/** Placement: Excel table or plain range, where, and a title above a plain range. */
const placement = (names: string[]) => fc.record({
  tableName: fc.option(fc.constantFrom(...names), { freq: 2 }),
  row: fc.integer({ min: 0, max: 4 }),
  col: fc.integer({ min: 0, max: 3 }),
  title: fc.option(fc.constantFrom("Risk register — Q1", "Northside Hospital PPP", "Données ✓"), { freq: 2 }),
});

function rowTable(kind: GenKind, specs: readonly ColumnSpec[], optional: fc.Arbitrary<string[]>, names: string[],
  cellFor: (field: string) => fc.Arbitrary<GenCell>, maxRows: number): fc.Arbitrary<Omit<GenTable, "sheet">> {
  return columns(specs, optional).chain((cols) => fc.record({
    place: placement(names),
    headers: headers(cols),
    rows: rows(cellFor, cols.map((c) => c.field), maxRows),
  }).map(({ place, headers: hs, rows: rs }) => ({
    kind, ...place, title: place.tableName === null && place.row > 0 ? place.title : null,
    fields: cols.map((c) => c.field), headers: hs, rows: rs,
  })));
}

/** Settings with random (mostly valid) scales and thresholds, and few simulation iterations. */
function settingsTable(): fc.Arbitrary<Omit<GenTable, "sheet"> & { scales: Scales }> {
  return fc.record({
    l: fc.integer({ min: 2, max: 10 }),
    c: fc.integer({ min: 2, max: 10 }),
    bands: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 }).map((b) => b.sort((x, y) => x - y)),
    amber: fc.integer({ min: 0, max: 100 }),
    green: fc.integer({ min: 0, max: 100 }),
    thresholdText: fc.constantFrom("number", "percent", "text"),
    weights: fc.constantFrom("1, 1, 1", "2, 1, 1", "0, 1, 0", "1;2;3"),
    iterations: fc.integer({ min: 100, max: 300 }),
    seed: fc.integer({ min: 0, max: 1000 }),
    extra: fc.oneof(
      { arbitrary: fc.constant(null), weight: 4 },
      { arbitrary: fc.constantFrom<[string, GenCell]>(["Colour", "blue"], ["Rating bands", "4,9,x"], ["Amber threshold", "90%"], ["Gap alert", { error: "#N/A" }]), weight: 1 },
    ),
    asTable: fc.boolean(),
    place: fc.record({ row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 2 }) }),
  }).map((s) => {
    const [amber, green] = s.amber <= s.green ? [s.amber, s.green] : [s.green, s.amber];
    const th = (n: number): GenCell => (s.thresholdText === "percent" ? `${n}%` : s.thresholdText === "text" ? ` ${n} ` : n);
    const entries: [string, GenCell][] = [
      ["Likelihood scale", s.l], ["Consequence scale", s.c], ["Rating bands", s.bands.join(", ")],
      ["Pillar weights", s.weights], ["Amber threshold", th(amber)], ["Green threshold", th(green)],
      ["Simulation iterations", s.iterations], ["Simulation seed", s.seed],
    ];
    if (s.extra) entries.push(s.extra);
    return {
      kind: "settings" as const, tableName: s.asTable ? "IMM_Settings" : null, row: s.place.row, col: s.place.col, title: null,
      fields: ["key", "value"], headers: ["Setting", "Value"], rows: entries.map(([k, v]) => [k, v]), scales: { l: s.l, c: s.c },
    };
  });
}

const contractTable: fc.Arbitrary<Omit<GenTable, "sheet">> = fc.record({
  asp: money,
  pointValue: messy(numberish(fc.integer({ min: 0, max: 500 }))),
  cap: fraction,
  review: messy(fc.integer({ min: 45000, max: 46500 }), [fc.constant("31 Mar 2026")]),
  asTable: fc.boolean(),
}).map((c) => ({
  kind: "contract" as const, tableName: c.asTable ? "IMM_Contract" : null, row: 0, col: 0, title: null, fields: ["key", "value"],
  headers: ["Item", "Value"],
  rows: [["Project", "Northside Hospital PPP"], ["Annual service payment", c.asp], ["Performance point value", c.pointValue],
    ["Deduction cap %", c.cap], ["Review date", c.review]],
}));

/** Sheet names users give, including unicode, apostrophes, spaces and the names of generated sheets. */
export const SHEET_NAMES = [
  "Risks", "Risk register", "IMM Risk Review", "IMM Dashboard", "O'Brien's KPIs", "Partnership (Q1)", "Données ✓",
  "Ρίσκα 2026", "数据", "KPIs 2026", "Settings", "IMM Settings", "Sheet1", " Contract ", "A'B", "Performance Review",
];

/** A whole IMM workbook: at least one of risks / partnership / KPIs, optionally settings, contract and actions. */
export function workbookArb(): fc.Arbitrary<GenWorkbook> {
  return fc.record({
    settings: fc.option(settingsTable(), { freq: 6 }),
    mix: fc.constantFrom(...MIXES),
    zeroWeights: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    has: fc.record({ risks: fc.boolean(), partnership: fc.boolean(), kpis: fc.boolean(), contract: fc.boolean(), actions: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) }),
    sheets: fc.shuffledSubarray(SHEET_NAMES, { minLength: 6, maxLength: 6 }),
    libreOffice: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  }).chain((w) => {
    const scales = w.settings?.scales ?? { l: 5, c: 5 };
    const periods = fc.shuffledSubarray(PERIODS, { minLength: 1, maxLength: 2 });
    const want = w.has.risks || w.has.partnership || w.has.kpis ? w.has : { ...w.has, risks: true };
    return fc.record({
      risks: want.risks
        ? rowTable("risks", RISK_COLUMNS, fc.oneof(fc.constantFrom(...RISK_PRESETS), subsetOf(RISK_COLUMNS)), ["IMM_Risks", "Risks", "Table1"],
          (f) => riskField(f, w.mix, scales), 8).map((t) => t as Omit<GenTable, "sheet"> | null)
        : fc.constant(null),
      partnership: want.partnership
        ? periods.chain((ps) => rowTable("partnership", PARTNERSHIP_COLUMNS, subsetOf(PARTNERSHIP_COLUMNS), ["IMM_Partnership", "Partnership", "Table2"],
          (f) => partnershipField(f, w.zeroWeights, ps), 8)).map((t) => t as Omit<GenTable, "sheet"> | null)
        : fc.constant(null),
      kpis: want.kpis
        ? periods.chain((ps) => rowTable("kpis", KPI_COLUMNS, subsetOf(KPI_COLUMNS), ["IMM_KPIs", "KPIs", "Table3"],
          (f) => kpiField(f, w.zeroWeights, ps), 8)).map((t) => t as Omit<GenTable, "sheet"> | null)
        : fc.constant(null),
      actions: want.actions
        ? rowTable("actions", ACTION_COLUMNS, subsetOf(ACTION_COLUMNS), ["IMM_Actions", "Actions"], actionField, 4).map((t) => t as Omit<GenTable, "sheet"> | null)
        : fc.constant(null),
      contract: want.contract ? contractTable.map((t) => t as Omit<GenTable, "sheet"> | null) : fc.constant(null),
    }).map((t) => {
      const list = [t.risks, t.partnership, t.kpis, t.actions, t.contract, w.settings].filter((x): x is Omit<GenTable, "sheet"> => x !== null);
      return {
        libreOffice: w.libreOffice,
        tables: list.map((x, i): GenTable => ({
          kind: x.kind, sheet: w.sheets[i], tableName: x.tableName, row: x.row, col: x.col, title: x.title,
          fields: x.fields, headers: x.headers, rows: x.rows,
        })),
      };
    });
  });
}
