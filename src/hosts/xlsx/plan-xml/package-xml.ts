/** The package-level parts of a rendered package: content types, relationships and the workbook part. */
import { escapeXml } from "./xml-text";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const CONTENT_TYPES = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Relationship types by short name. */
export const REL_TYPES = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  styles: `${REL}/styles`,
  table: `${REL}/table`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
} as const;

/** `[Content_Types].xml` with an override per part (path without the leading slash). */
export function contentTypesXml(overrides: [string, string][]): string {
  const items = overrides.map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`).join("");
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${items}</Types>`;
}

/** A relationships part; ids are rId1, rId2, … in order. */
export function relsXml(rels: { type: string; target: string }[]): string {
  const items = rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** The workbook part: the sheets (relationship ids rId1…, after which the styles come) and their print names. */
export function workbookXml(sheets: string[], definedNames: string[]): string {
  const list = sheets.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = definedNames.length ? `<definedNames>${definedNames.join("")}</definedNames>` : "";
  return `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets>${names}<calcPr calcId="171027"/></workbook>`;
}
