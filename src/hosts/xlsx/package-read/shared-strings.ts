/**
 * The shared strings part, as ExcelJS reads it: an `<si>` with a plain `<t>` is its text; with runs (`<r>`) the
 * runs' texts joined (phonetic `<rPh>` runs left out); `_xHHHH_` escapes decoded. An `<si>` with neither is no
 * text (ExcelJS gives an empty object, which reads as a blank).
 */
import { decodeEscapes, xmlUnescape } from "./xml";

/** One shared string: its text (null for an empty `<si/>`), and whether it was rich text. */
export interface SharedString {
  text: string | null;
  rich: boolean;
}

const SI = /<(?:[\w.-]+:)?si(?=[\s/>])[^>]*?(\/?)>/g;
const T = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g;
const R = /<(?:[\w.-]+:)?r(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?r\s*>)/g;
const RPH = /<(?:[\w.-]+:)?rPh(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>)/g;
const SI_END = /<\/(?:[\w.-]+:)?si\s*>/g;

/** The texts of the `<t>` elements of a fragment, each decoded. */
function texts(fragment: string): string[] {
  return [...fragment.matchAll(T)].map((m) => decodeEscapes(xmlUnescape(m[1] ?? "")));
}

/** An `<si>` holding one plain `<t>` (the usual case): its text, escapes decoded. */
const PLAIN_SI = /^<t(?:\s[^>]*)?>([^<]*)<\/t>$/;

/** One `<si>`'s content as ExcelJS reads it. */
export function sharedString(inner: string): SharedString {
  const plain = PLAIN_SI.exec(inner);
  if (plain) return { text: decodeEscapes(xmlUnescape(plain[1])), rich: false };
  const body = inner.replace(RPH, "");
  const runs = [...body.matchAll(R)];
  if (runs.length > 0) return { text: runs.map((r) => texts(r[1] ?? "").join("")).join(""), rich: true };
  const t = texts(body);
  return t.length ? { text: t[t.length - 1], rich: false } : { text: null, rich: false };
}

/** Every shared string of the part's text, by index. */
export function readSharedStrings(xml: string | null): SharedString[] {
  if (!xml) return [];
  const out: SharedString[] = [];
  SI.lastIndex = 0;
  for (let m = SI.exec(xml); m; m = SI.exec(xml)) {
    if (m[1] === "/") {
      out.push({ text: null, rich: false });
      continue;
    }
    SI_END.lastIndex = SI.lastIndex;
    const end = SI_END.exec(xml);
    const stop = end ? end.index : xml.length;
    out.push(sharedString(xml.slice(SI.lastIndex, stop)));
    SI.lastIndex = end ? SI_END.lastIndex : xml.length;
  }
  return out;
}
