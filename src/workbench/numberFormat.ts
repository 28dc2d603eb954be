/** Approximate Excel number formatting for the read-only grid (General, 0.0, #,##0, %, currency, dates, sections). */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Excel serial number of a JS Date (UTC parts, as ExcelJS reads dates). */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

/** Removes colour/locale brackets, escapes and quotes, keeping literal text; marks the pattern characters. */
function literalise(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, (_, sym: string) => sym)
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, (_, t: string) => t.replace(/[0#?dmyhs%,.]/gi, (c) => `\uE000${c}`))
    .replace(/\\(.)/g, (_, c: string) => `\uE000${c}`)
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

function unescape(s: string): string {
  return s.replace(/\uE000(.)/g, "$1");
}

function isDateFormat(section: string): boolean {
  const bare = literalise(section).replace(/\uE000./g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, section: string): string {
  const d = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86400000));
  const parts = literalise(section);
  return unescape(
    parts.replace(/(\uE000.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|AM\/PM/gi, (tok, esc?: string) => {
      if (esc) return esc;
      switch (tok.toLowerCase()) {
        case "yyyy": return String(d.getUTCFullYear());
        case "yy": return pad(d.getUTCFullYear() % 100, 2);
        case "mmmm": return MONTHS[d.getUTCMonth()];
        case "mmm": return MONTHS[d.getUTCMonth()].slice(0, 3);
        case "mm": return pad(d.getUTCMonth() + 1, 2);
        case "m": return String(d.getUTCMonth() + 1);
        case "dddd": return DAYS[d.getUTCDay()];
        case "ddd": return DAYS[d.getUTCDay()].slice(0, 3);
        case "dd": return pad(d.getUTCDate(), 2);
        case "d": return String(d.getUTCDate());
        case "hh": return pad(d.getUTCHours(), 2);
        case "h": return String(d.getUTCHours());
        case "ss": return pad(d.getUTCSeconds(), 2);
        default: return tok;
      }
    }),
  );
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(n: number, section: string): string {
  const lit = literalise(section);
  const m = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(lit.replace(/\uE000./g, (x) => "\uE001".repeat(x.length)));
  if (!m) return unescape(lit);
  const pattern = m[0];
  const percents = (lit.replace(/\uE000./g, "").match(/%/g) ?? []).length;
  let value = Math.abs(n) * Math.pow(100, percents);
  const dot = pattern.indexOf(".");
  const decPattern = dot >= 0 ? pattern.slice(dot + 1) : "";
  const intPattern = (dot >= 0 ? pattern.slice(0, dot) : pattern).replace(/,+$/, (c) => {
    value /= Math.pow(1000, c.length);
    return "";
  });
  const minDec = (decPattern.match(/0/g) ?? []).length;
  const maxDec = decPattern.length;
  let text = value.toFixed(maxDec);
  if (maxDec > minDec) text = text.replace(new RegExp(`0{1,${maxDec - minDec}}$`), "").replace(/\.$/, "");
  const [intWhole, decText] = text.split(".");
  let intText = intWhole;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (intText === "0" && minInt === 0) intText = "";
  intText = intText.padStart(minInt, "0");
  if (intPattern.includes(",")) intText = groupThousands(intText);
  const body = decText !== undefined ? `${intText}.${decText}` : intText;
  return unescape(lit.slice(0, m.index) + body + lit.slice(m.index + pattern.length));
}

/** Formats a number like Excel's General: up to 11 significant characters, no trailing zeros. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+");
  return String(Number(n.toPrecision(10)));
}

/** Formats a cell value with an Excel number format (approximately); text passes through (or fills a 4th section's "@"). */
export function formatValue(value: string | number | boolean | Date | null | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = numFmt && numFmt.toLowerCase() !== "general" ? numFmt : "";
  if (typeof value === "string") {
    const sections = fmt.split(";");
    return sections.length >= 4 && sections[3].includes("@") ? unescape(literalise(sections[3]).replace("@", value)) : value;
  }
  const n = value instanceof Date ? dateToSerial(value) : value;
  if (!fmt) return value instanceof Date ? formatDate(n, "dd mmm yyyy") : formatGeneral(n);
  const sections = fmt.split(";");
  let section = sections[0];
  let signed = n;
  // An empty negative or zero section shows nothing, as in Excel ("0;-0;;@" hides zeros).
  if (n < 0 && sections.length >= 2) {
    if (sections[1] === "") return "";
    section = sections[1];
    signed = Math.abs(n);
  } else if (n === 0 && sections.length >= 3) {
    if (sections[2] === "") return "";
    section = sections[2];
  }
  if (isDateFormat(section)) return formatDate(n, section);
  if (section === "@" || section.trim().toLowerCase() === "general") return formatGeneral(signed);
  const text = formatNumberSection(signed, section);
  return signed < 0 && /\d/.test(text) && !/^0*(\.0*)?$/.test(text.replace(/[^\d.]/g, "")) ? `-${text}` : text;
}
