/**
 * Reading IMM_Contract (key/value): Project and Annual service payment required, the rest optional (Sector, Region,
 * Contract start date and Contract end date serve the portfolio review).
 */
import { isBlank } from "../imm/scales";
import { coerceDate, coerceNonNegative, coercePercent, isUncalculated, NO_CALCULATED_VALUE, type Coerced } from "./coerce";
import type { FoundTable } from "./find";
import { matchHeader } from "./headers";
import { kvEntries } from "./kv";
import { cellA1, sheetRef, type ProblemSink } from "./problems";
import { CONTRACT_KEYS } from "./synonyms";
import { text, withoutUndefined } from "./text";
import type { ContractInfo, RawCell } from "./types";

const TABLE = "IMM_Contract";

const COERCE: Readonly<Record<string, (v: RawCell) => Coerced<string | number>>> = {
  project: text,
  annualServicePayment: (v) => {
    const r = coerceNonNegative(v, "annual service payment");
    return r.ok && r.value === 0 ? { ok: false, message: "annual service payment 0 is not a positive amount" } : r;
  },
  operator: text,
  period: text,
  reviewDate: (v) => coerceDate(v, "review date"),
  pointValue: (v) => coerceNonNegative(v, "performance point value"),
  pointThreshold: (v) => coerceNonNegative(v, "point threshold"),
  deductionCapPct: (v) => coercePercent(v, "deduction cap"),
  sector: text,
  region: text,
  startDate: (v) => coerceDate(v, "contract start date"),
  endDate: (v) => coerceDate(v, "contract end date"),
  commentary: text,
};

/** Contract details; null (with an error) when Project or Annual service payment is missing, blank or bad. */
export function readContract(t: FoundTable, problems: ProblemSink): ContractInfo | null {
  const values: Record<string, string | number> = {};
  const source: ContractInfo["source"] = {};
  const seen = new Map<string, string>();
  let bad = false;
  for (const e of kvEntries(t)) {
    const spec = matchHeader(e.key, CONTRACT_KEYS);
    if (!spec) continue;
    const first = seen.get(spec.field);
    if (first) {
      problems.add("warning", TABLE, t.sheet, e.keyAddress, `"${spec.label}" appears again (first at ${first}); ignored`);
      continue;
    }
    seen.set(spec.field, e.keyAddress);
    source[spec.field] = { sheet: t.sheet, address: e.valueAddress };
    if (isBlank(e.value)) {
      if (spec.required) {
        bad = true;
        problems.add("error", TABLE, t.sheet, e.valueAddress, `${spec.label.toLowerCase()} is blank`);
      }
      continue;
    }
    const r: Coerced<string | number> = isUncalculated(e.value) ? { ok: false, message: NO_CALCULATED_VALUE }
      : COERCE[spec.field](e.value);
    if (r.ok && r.warning) problems.add("warning", TABLE, t.sheet, e.valueAddress, r.warning);
    if (r.ok) values[spec.field] = r.value;
    else if (spec.required) { bad = true; problems.add("error", TABLE, t.sheet, e.valueAddress, r.message); }
    else problems.add("warning", TABLE, t.sheet, e.valueAddress, `${r.message}; ignored`);
  }
  const missing = CONTRACT_KEYS.filter((k) => k.required && !seen.has(k.field)).map((k) => `"${k.label}"`);
  if (missing.length > 0) {
    const noun = missing.length === 1 ? "key" : "keys";
    problems.add("error", TABLE, t.sheet, cellA1(t.headerRow ?? t.firstRow, t.col),
      `${TABLE} (${sheetRef(t.sheet)}!${t.range}): required ${noun} ${missing.join(", ")} not found`, false);
    return null;
  }
  if (bad) return null;
  // An end before the start is a typing slip the portfolio cannot use (years to expiry would be meaningless); the
  // dates are kept as typed and the warning names the end-date cell.
  if (typeof values.startDate === "number" && typeof values.endDate === "number" && values.endDate < values.startDate) {
    const at = source.endDate as { address: string };
    problems.add("warning", TABLE, t.sheet, at.address, "contract end date is before the contract start date");
  }
  return withoutUndefined({ ...values, source }) as unknown as ContractInfo;
}
