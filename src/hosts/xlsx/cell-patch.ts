/**
 * Setting a few cell values inside a user's worksheet part, leaving every other byte of it as it was. Used when
 * the IMM_Settings table lives on a user sheet: saving settings changes those cells only, so the sheet is not
 * rendered again (which would drop its charts, pictures or comments). Each cell keeps its style (`s`); strings
 * are written as inline strings.
 */
import { xmlEscape } from "./package-xml";

/** One cell to set: A1 address and value (null clears it). */
export interface CellEdit {
  address: string;
  value: string | number | null;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cellXml(q: string, address: string, attrs: string, value: CellEdit["value"]): string {
  const kept = attrs.replace(/\s(r|t)="[^"]*"/g, "");
  if (value === null) return `<${q}c r="${address}"${kept}/>`;
  if (typeof value === "number") return `<${q}c r="${address}"${kept}><${q}v>${value}</${q}v></${q}c>`;
  return `<${q}c r="${address}"${kept} t="inlineStr"><${q}is><${q}t xml:space="preserve">${xmlEscape(value)}</${q}t></${q}is></${q}c>`;
}

/** Sets one cell in the sheet XML (creating its row or cell in order when absent). */
function setCell(xml: string, q: string, edit: CellEdit): string {
  const m = /^([A-Z]+)(\d+)$/.exec(edit.address);
  if (!m) return xml;
  const [, letters, rowText] = m;
  const row = Number(rowText);
  const rowRe = new RegExp(`<${q}row\\b[^>]*?\\sr="${row}"[^>]*?(\\/?)>`);
  const rm = rowRe.exec(xml);
  if (!rm) {
    // Insert a new row before the first row with a higher number (or at the end of sheetData).
    const rows = [...xml.matchAll(new RegExp(`<${q}row\\b[^>]*?\\sr="(\\d+)"`, "g"))];
    const next = rows.find((r) => Number(r[1]) > row);
    const close = xml.indexOf(`</${q}sheetData>`);
    const newRow = `<${q}row r="${row}">${cellXml(q, edit.address, "", edit.value)}</${q}row>`;
    if (next?.index !== undefined) return xml.slice(0, next.index) + newRow + xml.slice(next.index);
    if (close >= 0) return xml.slice(0, close) + newRow + xml.slice(close);
    return xml.replace(new RegExp(`<${q}sheetData\\s*/>`), `<${q}sheetData>${newRow}</${q}sheetData>`);
  }
  const rowStart = rm.index;
  if (rm[1] === "/") {
    const open = rm[0].replace(/\s*\/>$/, ">");
    return xml.slice(0, rowStart) + open + cellXml(q, edit.address, "", edit.value) + `</${q}row>` + xml.slice(rowStart + rm[0].length);
  }
  const bodyStart = rowStart + rm[0].length;
  const bodyEnd = xml.indexOf(`</${q}row>`, bodyStart);
  const body = xml.slice(bodyStart, bodyEnd);
  const cells = [...body.matchAll(new RegExp(`<${q}c\\b([^>]*?)(\\/>|>[\\s\\S]*?<\\/${q}c>)`, "g"))];
  const col = colIndex(letters);
  for (const c of cells) {
    const ref = /\sr="([A-Z]+)\d+"/.exec(c[1]);
    const at = bodyStart + (c.index ?? 0);
    if (ref && ref[1] === letters) return xml.slice(0, at) + cellXml(q, edit.address, c[1].replace(/\s*\/$/, ""), edit.value) + xml.slice(at + c[0].length);
    if (ref && colIndex(ref[1]) > col) return xml.slice(0, at) + cellXml(q, edit.address, "", edit.value) + xml.slice(at);
  }
  return xml.slice(0, bodyEnd) + cellXml(q, edit.address, "", edit.value) + xml.slice(bodyEnd);
}

/** The worksheet XML with the cells set (in the order given). */
export function patchCells(xml: string, edits: CellEdit[]): string {
  const p = /<([\w.-]+):worksheet\b/.exec(xml)?.[1];
  const q = p ? `${p}:` : "";
  return edits.reduce((x, e) => setCell(x, q, e), xml);
}
