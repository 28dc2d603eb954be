/**
 * A sheet-XML cell as the review reads it — the same value today's ExcelJS snapshot gives (snapshot.ts
 * `snapshotCell` over ExcelJS's cell model), with three deliberate exceptions where ExcelJS is wrong:
 * - a formula whose cached value is 0, FALSE or "" is that value (ExcelJS drops falsy results and so reports the
 *   formula as uncalculated);
 * - `t="d"` (ISO 8601 date) is the date's serial number (ExcelJS parses "2026-03-31T00:00:00" as the number 2026);
 * - a shared-formula cell without a cached value is uncalculated with the master cell's formula text (ExcelJS gives
 *   the master's address as the formula).
 * Everything else follows ExcelJS: `t="str"` values decoded twice, inline strings without `_xHHHH_` decoding, a
 * number with a date format converted to a serial in the 1900 system (so a 1904 workbook's dates move by 1462 days,
 * as ExcelJS converts them), booleans by `parseInt(v) !== 0`, errors as their text.
 */
import type { PlainCell, RawCell } from "../../../tables/types";
import { dateToSerial } from "../cells";
import { decodeEscapes, decodeNamedAgain, xmlUnescape } from "./xml";
import type { SharedString } from "./shared-strings";
import { formatOf, isDateFormat, type NumberFormats } from "./number-formats";
import type { XmlCell } from "./sheet-scanner";

/** What a cell converter needs from the workbook. */
export interface CellContext {
  strings: readonly SharedString[];
  formats: NumberFormats;
  date1904: boolean;
  /** Shared formulas of the sheet so far: `si` → the master's formula text. */
  shared: Map<string, string>;
}

/** A converted cell: its value for the snapshot, and its value as ExcelJS's `String(value)` would show it in a table's header repair. */
export interface CellRead {
  raw: RawCell;
  /** The cell as text for the header-row check of a table part without headerRowCount (tables.ts `repairLoadedTables`). */
  text: string;
  /** The value a hyperlink on this cell leaves (ExcelJS keeps only text). */
  linked: PlainCell;
  style: number;
}

const MS_PER_DAY = 86_400_000;

/** ExcelJS's excelToDate then toRawCell's dateToSerial: a serial of the 1900 system, null when not a date. */
function dateSerial(v: unknown, date1904: boolean): number | null {
  const n = typeof v === "object" && v !== null ? NaN : Number(v);
  const d = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? null : dateToSerial(d);
}

/** A finite number, else null (toRawCell). */
function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

const INLINE_T = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g;
const INLINE_R = /<(?:[\w.-]+:)?r(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?r\s*>)/g;

/** An inline string's text: joined runs (escapes decoded) or its `<t>` texts (not decoded, as ExcelJS reads them). */
function inlineText(is: string): { text: string | undefined; rich: boolean } {
  const runs = [...is.matchAll(INLINE_R)];
  if (runs.length) {
    const text = runs.map((r) => [...(r[1] ?? "").matchAll(INLINE_T)].map((t) => decodeEscapes(xmlUnescape(t[1] ?? ""))).join("")).join("");
    return { text, rich: true };
  }
  const ts = [...is.matchAll(INLINE_T)].map((t) => xmlUnescape(t[1] ?? "")).join("");
  return { text: ts === "" ? undefined : ts, rich: false };
}

/** ISO 8601 date text (t="d") as a serial of the workbook's date system, null when not a date. */
function isoSerial(text: string, date1904: boolean): number | null {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  return ms / MS_PER_DAY + 25569 - (date1904 ? 1462 : 0);
}

/** Converts one cell (see the file comment). */
export function readCell(c: XmlCell, ctx: CellContext): CellRead {
  const fmt = formatOf(ctx.formats, c.style);
  const date = isDateFormat(fmt);
  const value = c.value === undefined ? undefined : xmlUnescape(c.value);
  const f = c.formula;
  const shareType = f?.attrs.t;
  const ftext = f ? xmlUnescape(f.text) : "";
  if (f && (ftext !== "" || shareType)) {
    if (shareType === "shared" && f.attrs.si !== undefined && f.attrs.ref !== undefined) ctx.shared.set(f.attrs.si, ftext);
    const formula = ftext !== "" ? ftext : shareType === "shared" ? ctx.shared.get(f.attrs.si ?? "") ?? "" : "";
    if (!value) return { raw: { kind: "uncalculated", formula }, text: "[object Object]", linked: null, style: c.style };
    let result: PlainCell;
    let linked: PlainCell = null;
    if (c.type === "str") {
      const s = decodeNamedAgain(value);
      result = date ? dateSerial(s, ctx.date1904) : s;
      linked = date ? null : s;
    } else if (c.type === "b") {
      const b = parseInt(value, 10) !== 0;
      result = date ? dateSerial(b, ctx.date1904) : b;
    } else if (c.type === "e") {
      result = date ? null : value;
    } else {
      const n = parseFloat(value);
      result = date ? dateSerial(n, ctx.date1904) : finite(n);
    }
    return { raw: result, text: "[object Object]", linked, style: c.style };
  }
  if (c.type === "inlineStr") {
    const is = c.inline === undefined ? { text: value, rich: false } : inlineText(c.inline);
    if (is.text === undefined) return blank(c);
    return { raw: is.text, text: is.text, linked: is.text, style: c.style };
  }
  if (value === undefined) return blank(c);
  switch (c.type) {
    case "s": {
      const s = ctx.strings[parseInt(value, 10)];
      const text = s?.text ?? null;
      return { raw: text, text: text === null ? "[object Object]" : text, linked: text, style: c.style };
    }
    case "str": {
      const s = decodeNamedAgain(value);
      return { raw: s, text: s, linked: s, style: c.style };
    }
    case "b": {
      const b = parseInt(value, 10) !== 0;
      return { raw: b, text: String(b), linked: null, style: c.style };
    }
    case "e":
      return { raw: value, text: "[object Object]", linked: null, style: c.style };
    case "d": {
      const serial = isoSerial(value, ctx.date1904);
      const raw = serial === null ? null : date ? dateSerial(serial, ctx.date1904) : serial;
      return { raw, text: raw === null ? "" : String(raw), linked: null, style: c.style };
    }
    default: {
      const n = parseFloat(value);
      if (date) {
        const serial = dateSerial(n, ctx.date1904);
        return { raw: serial, text: serial === null ? "Invalid Date" : "(date)", linked: null, style: c.style };
      }
      return { raw: finite(n), text: String(n), linked: null, style: c.style };
    }
  }
}

function blank(c: XmlCell): CellRead {
  return { raw: null, text: "", linked: null, style: c.style };
}
