/** Structural invariants every sheet plan must satisfy (shared by the fixture and sample tests). */
import { a1, parseA1, type PlanValue, type RangeRef, type SheetPlan } from "../kit/plan";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function inLimits(r: RangeRef): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && r.row + r.rows <= MAX_ROWS && r.col + r.cols <= MAX_COLS;
}

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Cell → value as the host would leave it (later blocks win). */
export function cellMap(plan: SheetPlan): Map<string, PlanValue> {
  const m = new Map<string, PlanValue>();
  for (const b of plan.blocks) b.values.forEach((r, i) => r.forEach((v, j) => m.set(`${b.row + i},${b.col + j}`, v)));
  return m;
}

/** Problems with one plan (empty when it is sound). */
export function planProblems(plan: SheetPlan): string[] {
  const out: string[] = [];
  if (plan.name.length > 31 || /[[\]:*?/\\]/.test(plan.name)) out.push(`bad sheet name ${plan.name}`);
  for (const b of plan.blocks) {
    const cols = b.values[0]?.length ?? 0;
    if (b.values.length === 0 || b.values.some((r) => r.length !== cols)) out.push(`ragged block at ${b.row},${b.col}`);
    if (!inLimits({ row: b.row, col: b.col, rows: b.values.length, cols })) out.push(`block out of limits at ${b.row},${b.col}`);
    for (const r of b.values) for (const v of r) if (typeof v === "number" && !Number.isFinite(v)) out.push(`non-finite number at ${b.row},${b.col}`);
  }
  const ranges: [string, RangeRef][] = [
    ...plan.styles.map((s) => ["style", s.range] as [string, RangeRef]), ...plan.merges.map((m) => ["merge", m] as [string, RangeRef]),
    ...plan.tables.map((t) => [`table ${t.name}`, t.range] as [string, RangeRef]),
    ...plan.conditionalFormats.map((c) => [`cf ${c.kind}`, c.range] as [string, RangeRef]),
    ...plan.charts.flatMap((c) => [[`chart data ${c.title}`, c.data], [`chart anchor ${c.title}`, c.anchor]] as [string, RangeRef][]),
    ...plan.validations.map((v) => ["validation", v.range] as [string, RangeRef]),
  ];
  for (const [what, r] of ranges) if (!inLimits(r)) out.push(`${what} out of limits`);
  const cells = cellMap(plan);
  for (const e of plan.explanations) {
    const p = parseA1(e.address);
    if (!p || !cells.has(`${p.row},${p.col}`)) out.push(`explanation ${e.address} (${e.label}) outside written blocks`);
    if (!e.label || !e.formula) out.push(`explanation ${e.address} without label or formula`);
  }
  const addrs = plan.explanations.map((e) => e.address);
  if (new Set(addrs).size !== addrs.length) out.push("duplicate explanation addresses");
  for (const t of plan.tables) {
    const headers: string[] = [];
    for (let j = 0; j < t.range.cols; j++) {
      const v = cells.get(`${t.range.row},${t.range.col + j}`);
      if (typeof v !== "string" || v.trim() === "") out.push(`table ${t.name}: header ${j + 1} is not text`);
      else headers.push(v.toLowerCase());
    }
    if (new Set(headers).size !== headers.length) out.push(`table ${t.name}: duplicate headers`);
    if (t.range.rows < 2) out.push(`table ${t.name}: no data row`);
    for (const m of plan.merges) if (overlaps(m, t.range)) out.push(`table ${t.name} overlaps a merge`);
    for (const u of plan.tables) if (u !== t && overlaps(u.range, t.range)) out.push(`tables ${t.name} and ${u.name} overlap`);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.name)) out.push(`bad table name ${t.name}`);
  }
  for (const c of plan.charts) {
    for (let i = 0; i < c.data.rows; i++) for (let j = 0; j < c.data.cols; j++) {
      if (!cells.has(`${c.data.row + i},${c.data.col + j}`)) out.push(`chart ${c.title}: data cell ${i},${j} not written`);
    }
    for (let i = 1; i < c.data.rows; i++) for (let j = 1; j < c.data.cols; j++) {
      const v = cells.get(`${c.data.row + i},${c.data.col + j}`);
      if (v !== null && typeof v !== "number") out.push(`chart ${c.title}: non-number series value ${String(v)}`);
    }
  }
  return out;
}

/** Table names used twice across plans. */
export function duplicateTableNames(plans: SheetPlan[]): string[] {
  const names = plans.flatMap((p) => p.tables.map((t) => t.name.toLowerCase()));
  return names.filter((n, i) => names.indexOf(n) !== i);
}

/** Strings a host could take for a formula (=, +, -, @ first) that are not user text. */
export function formulaLike(plans: SheetPlan[], userText: Set<string>): string[] {
  const out: string[] = [];
  for (const p of plans) for (const b of p.blocks) for (const r of b.values) for (const v of r) {
    if (typeof v === "string" && /^[=+\-@]/.test(v) && !userText.has(v)) out.push(`${p.name}: ${v}`);
  }
  return out;
}

/** Every string field of every input row (the user's own text). */
export function userTexts(model: object): Set<string> {
  const s = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === "string") s.add(x.trim()).add(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(model);
  return s;
}

/**
 * Table columns whose numbers are copied from the user's tables (or are positions/dates), not computed: the only
 * numeric cells allowed without an explanation. "…public"/"…private" columns of the ratings history are copies too.
 */
export const COPIED_COLUMNS = new Set([
  "IMM_TopThreats:Rank", "IMM_RiskRegister:L", "IMM_RiskRegister:C", "IMM_RiskRegister:Control effectiveness",
  "IMM_RiskRegister:Residual L", "IMM_RiskRegister:Residual C", "IMM_RiskRegister:Probability", "IMM_RiskRegister:Impact",
  "IMM_Opportunities:Probability", "IMM_Opportunities:Value",
  "IMM_PartnershipFactors:Weight", "IMM_PartnershipFactors:Public", "IMM_PartnershipFactors:Private",
  "IMM_KpiResults:Target", "IMM_KpiResults:Threshold", "IMM_KpiResults:Actual", "IMM_KpiResults:Points", "IMM_WaivedDeductions:Points",
  "IMM_Pillars:Weight", "IMM_ActionPlan:Rank", "IMM_ActionPlan:Due", "IMM_DashboardActions:Due",
]);

const isCopied = (table: string, header: string): boolean =>
  COPIED_COLUMNS.has(`${table}:${header}`) || (table === "IMM_PartnershipHistory" && / (public|private)$/.test(header))
  // The review history is a record: figures of earlier reviews, copied from the workbook (each explained when it was current).
  || table === "IMM_History" || table === "IMM_HistoryItems";

/**
 * Numeric cells without an explanation that are not copied inputs (chart data blocks, which repeat explained
 * figures, are skipped): "sheet A1 (table:header)" or "sheet A1 (label)". Empty when every computed number is explained.
 */
export function unexplainedNumbers(plan: SheetPlan): string[] {
  const cells = cellMap(plan);
  const explained = new Set(plan.explanations.map((e) => e.address));
  const inRange = (r: RangeRef, row: number, col: number): boolean => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
  const out: string[] = [];
  for (const [k, v] of cells) {
    if (typeof v !== "number") continue;
    const [row, col] = k.split(",").map(Number);
    if (explained.has(a1(row, col)) || plan.charts.some((c) => inRange(c.data, row, col))) continue;
    const t = plan.tables.find((x) => inRange(x.range, row, col) && row > x.range.row);
    const header = t ? String(cells.get(`${t.range.row},${col}`)) : "";
    if (t && isCopied(t.name, header)) continue;
    out.push(`${plan.key} ${a1(row, col)} (${t ? `${t.name}:${header}` : String(cells.get(`${row},0`) ?? "")})`);
  }
  return out;
}
