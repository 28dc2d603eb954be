/**
 * The drawing part of a sheet (`xl/drawings/drawingN.xml`): one two-cell anchor per chart spanning exactly
 * the plan's anchor range, holding a graphic frame that points at the chart part through a relationship id.
 */
import type { RangeRef } from "../../review/kit/plan";
import { xmlEscape } from "./package-xml";

/** One chart frame of a drawing. */
export interface ChartFrame {
  anchor: RangeRef;
  /** Relationship id of the chart in the drawing's .rels. */
  rid: string;
  title: string;
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(f: ChartFrame, i: number): string {
  const { row, col, rows, cols } = f.anchor;
  return [
    '<xdr:twoCellAnchor>',
    marker("from", row, col),
    marker("to", row + Math.max(1, rows), col + Math.max(1, cols)),
    "<xdr:graphicFrame macro=\"\">",
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(`Chart ${i + 1}`)}" descr="${xmlEscape(f.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">',
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${xmlEscape(f.rid)}"/>`,
    "</a:graphicData></a:graphic>",
    "</xdr:graphicFrame>",
    "<xdr:clientData/>",
    "</xdr:twoCellAnchor>",
  ].join("");
}

/** The drawing part holding these chart frames. */
export function drawingXml(frames: ChartFrame[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    ...frames.map(anchorXml),
    "</xdr:wsDr>",
  ].join("");
}
