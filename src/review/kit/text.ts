/** Number, money, percentage and date texts for explanations and stamps; source-cell references. */
import type { RowSource, TableSource } from "../../tables/types";
import { sheetRef } from "../../tables/problems";
import type { Money } from "./locale";

/** A number with up to `dp` decimals, trailing zeros trimmed: 12.5 → "12.5", 66.6667 → "66.67". */
export function fmtNum(v: number, dp = 2): string {
  if (!Number.isFinite(v)) return "not computable";
  // Whole numbers print as they are (String(-0) is "0"); a review formats hundreds of thousands of them.
  if (Number.isSafeInteger(v)) return String(v);
  const s = v.toFixed(dp);
  let end = s.length;
  if (s.includes(".")) {
    while (s.charCodeAt(end - 1) === 48) end--; // trailing "0"
    if (s.charCodeAt(end - 1) === 46) end--; // then a trailing "."
  }
  const t = end === s.length ? s : s.slice(0, end);
  return t === "-0" ? "0" : t;
}

/**
 * Money in the review's currency (kit/locale.ts): "$1,234", "1,234 €" or "1,234" without one (negative "−$1,234");
 * "not quantified" for null or a value too large to compute.
 */
export function fmtMoney(v: number | null, money: Money): string {
  if (v === null || !Number.isFinite(v)) return "not quantified";
  const r = Math.round(Math.abs(v));
  const s = r.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${v < 0 && r !== 0 ? "−" : ""}${money.prefix}${s}${money.suffix}`;
}

/** A fraction as a percentage: 0.125 → "13%" (dp 0) or "12.5%" (dp 1). */
export function fmtPct(v: number, dp = 0): string {
  return `${fmtNum(v * 100, dp)}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial date as "31 Mar 2026" (1900 date system). */
export function fmtDate(serial: number): string {
  const d = new Date(EPOCH_MS + Math.floor(serial) * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Risks!E7" for a row's field, or the row reference "Risks row 7" when the field has no cell. */
export function cellRef(source: RowSource, field: string): string {
  const addr = source.cells[field];
  return addr ? `${sheetRef(source.sheet)}!${addr}` : `${sheetRef(source.sheet)} row ${source.row}`;
}

/** "Likelihood 4 (Risks!E7)". */
export function input(label: string, value: string | number, source: RowSource, field: string): string {
  return `${label} ${typeof value === "number" ? fmtNum(value) : value} (${cellRef(source, field)})`;
}

/** "IMM_Risks (Risks!A3:T43)". */
export function sourceText(s: TableSource): string {
  return `${s.name ?? s.table} (${sheetRef(s.sheet)}!${s.range})`;
}

/** The stamp line: "Review date 31 Mar 2026 · Source: hospital-ppp.xlsx — IMM_Risks (Risks!A3:T43), …". */
export function stampText(reviewDate: number | null, workbook: string, sources: TableSource[], tables?: TableSource["table"][]): string {
  const date = reviewDate === null ? "Review date not set" : `Review date ${fmtDate(reviewDate)}`;
  const list = sources.filter((s) => !tables || tables.includes(s.table)).map(sourceText);
  return `${date} · Source: ${workbook}${list.length ? ` — ${list.join(", ")}` : ""}`;
}
