/**
 * Post-processing a written .xlsx: turns the quote marker of styles.ts into `quotePrefix="1"` on the cell
 * formats (cellXfs) that carry it, so Excel keeps "=HYPERLINK(…)", "+cmd", "-1+1", "@SUM(…)" as text even
 * when the user edits the cell. ExcelJS cannot write quotePrefix itself.
 */
import JSZip from "jszip";

const XF = /<xf\b([^>]*?)(\/>|>([\s\S]*?)<\/xf>)/g;

/** Rewrites the cellXfs of a styles.xml text; exported for tests. */
export function markQuotePrefix(stylesXml: string): string {
  const start = stylesXml.indexOf("<cellXfs");
  const end = stylesXml.indexOf("</cellXfs>");
  if (start < 0 || end < 0) return stylesXml;
  const section = stylesXml.slice(start, end).replace(XF, (whole: string, attrs: string, _tail: string, inner?: string) => {
    if (inner === undefined || !/readingOrder="1"/.test(inner) || !/<protection\b[^>]*hidden="1"/.test(inner)) return whole;
    const body = inner
      .replace(/\s*readingOrder="1"/, "")
      .replace(/<protection\b([^>]*?)\s*hidden="1"([^>]*)\/>/, (_m: string, a: string, b: string) => {
        const rest = `${a}${b}`.trim();
        return rest ? `<protection ${rest}/>` : "";
      });
    const newAttrs = attrs.includes("quotePrefix=") ? attrs : `${attrs} quotePrefix="1"`;
    return `<xf${newAttrs}>${body}</xf>`;
  });
  return stylesXml.slice(0, start) + section + stylesXml.slice(end);
}

/** Returns the workbook bytes with quote-marked formats turned into quotePrefix formats. */
export async function addQuotePrefix(bytes: Uint8Array, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/styles.xml");
  if (!file) return bytes;
  const xml = await file.async("string");
  const fixed = markQuotePrefix(xml);
  if (fixed === xml) return bytes;
  zip.file("xl/styles.xml", fixed);
  return zip.generateAsync({ type: "uint8array", compression });
}
