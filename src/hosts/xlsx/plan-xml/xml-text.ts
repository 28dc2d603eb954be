/**
 * Text for the XML the plan writer emits. Cell text is an ST_Xstring: besides the five XML escapes, characters
 * XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) and a carriage return (which an XML
 * parser would turn into a line feed) are written as `_xHHHH_`, and a literal `_xHHHH_` in the text has its
 * underscore escaped (`_x005F_`), so Excel reads back exactly the text that was written.
 */

/** Excel's limit on the characters of one cell. */
export const MAX_TEXT = 32_767;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

/** XML-escapes an attribute value or element text; characters XML cannot hold are dropped. */
export function escapeXml(s: string): string {
  /* eslint-disable no-control-regex -- matching the control characters XML cannot hold is the point */
  return /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(s)
    ? s
        .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, (m: string) => (m.length === 2 ? m : ""))
        .replace(/[&<>"']/g, (c: string) => ESCAPES[c])
    : s;
  /* eslint-enable no-control-regex */
}

/**
 * Cell text as ST_Xstring content: XML escapes plus `_xHHHH_` for what XML cannot carry (control characters but
 * tab and line feed, carriage return, lone surrogates, U+FFFE/U+FFFF) and for the underscore of a literal `_xHHHH_`.
 */
export function escapeCellText(s: string): string {
  /* eslint-disable no-control-regex -- control characters are what ST_Xstring escapes */
  if (!/[&<>"'_\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(s)) return s;
  return s.replace(
    /_(?=x[0-9A-Fa-f]{4}_)|[\uD800-\uDBFF][\uDC00-\uDFFF]|[&<>"'\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g,
    (m: string) => (m === "_" ? "_x005F_" : m.length === 2 ? m : ESCAPES[m] ?? `_x${hex4(m.charCodeAt(0))}_`),
  );
  /* eslint-enable no-control-regex */
}

/** Text capped at Excel's 32,767 characters, never cutting a surrogate pair in half. */
export function capText(s: string): string {
  if (s.length <= MAX_TEXT) return s;
  const cut = s.slice(0, MAX_TEXT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A `<t>` element for cell text (`xml:space="preserve"` where edge spaces or line breaks must survive). */
export function textElement(s: string): string {
  const preserve = /^\s|\n|\s$/.test(s) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeCellText(s)}</t>`;
}
