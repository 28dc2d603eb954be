/**
 * DrawingML for one native chart (`xl/charts/chartN.xml`): a clustered bar/column chart or a line chart
 * whose series point at the plan's data cells (`'Sheet'!$B$3:$B$6`) and carry cached values, so viewers that
 * do not recalculate still draw them. Element order follows the CT_* sequences of the chart schema.
 */
import type { ChartPlan } from "../../review/kit/plan";
import { a1 } from "../../review/kit/plan";
import { xmlEscape } from "./package-xml";

/** A chart ready to be written: where it is, its plan and the values read from its data cells. */
export interface NativeChart {
  /** The sheet holding the data and the chart. */
  sheet: string;
  plan: ChartPlan;
  /** Category labels (data rows below the header, first column). */
  categories: string[];
  /** One series per data column after the first: header text and values (null = blank). */
  series: { name: string; values: (number | null)[] }[];
}

const COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** An absolute, sheet-qualified reference: 'My Sheet'!$B$3:$B$6 (0-based rows/cols, inclusive). */
export function sheetRef(sheet: string, row: number, col: number, lastRow = row, lastCol = col): string {
  const abs = (r: number, c: number) => a1(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = abs(row, col);
  const range = lastRow === row && lastCol === col ? start : `${start}:${abs(lastRow, lastCol)}`;
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

const val = (name: string, v: string | number) => `<c:${name} val="${v}"/>`;

function strRef(f: string, items: string[]): string {
  const pts = items.map((s, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(s)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${xmlEscape(f)}</c:f><c:strCache><c:ptCount val="${items.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: (number | null)[]): string {
  const pts = values.map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${xmlEscape(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`;
}

function seriesXml(c: NativeChart, s: number): string {
  const { data, kind } = c.plan;
  const col = data.col + 1 + s;
  const first = data.row + 1;
  const last = data.row + Math.max(1, c.categories.length);
  const color = COLORS[s % COLORS.length];
  const line = kind === "line";
  const spPr = line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
  const marker = line ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>` : val("invertIfNegative", 0);
  return [
    "<c:ser>",
    val("idx", s),
    val("order", s),
    `<c:tx>${strRef(sheetRef(c.sheet, data.row, col), [c.series[s].name])}</c:tx>`,
    spPr,
    marker,
    `<c:cat>${strRef(sheetRef(c.sheet, first, data.col, last, data.col), c.categories)}</c:cat>`,
    `<c:val>${numRef(sheetRef(c.sheet, first, col, last, col), c.series[s].values)}</c:val>`,
    line ? val("smooth", 0) : "",
    "</c:ser>",
  ].join("");
}

function plotXml(c: NativeChart): string {
  const series = c.series.map((_, s) => seriesXml(c, s)).join("");
  const axIds = val("axId", CAT_AX) + val("axId", VAL_AX);
  if (c.plan.kind === "line") return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
  const dir = c.plan.kind === "bar" ? "bar" : "col";
  return `<c:barChart>${val("barDir", dir)}${val("grouping", "clustered")}${val("varyColors", 0)}${series}${val("gapWidth", 80)}${axIds}</c:barChart>`;
}

const AXIS_LINE = `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
const GRID = `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;

/** Five gridline steps when both axis bounds are fixed (0–100 → every 20), else the viewer's choice. */
function majorUnit(c: NativeChart): string {
  const { yMin, yMax } = c.plan;
  return yMin !== undefined && yMax !== undefined && yMax > yMin ? val("majorUnit", (yMax - yMin) / 5) : "";
}

function axesXml(c: NativeChart): string {
  const horizontal = c.plan.kind === "bar";
  // Horizontal bars list the first category at the top (reversed axis, values crossing at the far end).
  const catScaling = `<c:scaling>${val("orientation", horizontal ? "maxMin" : "minMax")}</c:scaling>`;
  const bounds = (c.plan.yMax !== undefined ? val("max", c.plan.yMax) : "") + (c.plan.yMin !== undefined ? val("min", c.plan.yMin) : "");
  const valScaling = `<c:scaling>${val("orientation", "minMax")}${bounds}</c:scaling>`;
  const catAx = `<c:catAx>${val("axId", CAT_AX)}${catScaling}${val("delete", 0)}${val("axPos", horizontal ? "l" : "b")}${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${AXIS_LINE}${val("crossAx", VAL_AX)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valAx = `<c:valAx>${val("axId", VAL_AX)}${valScaling}${val("delete", 0)}${val("axPos", horizontal ? "b" : "l")}${GRID}<c:numFmt formatCode="General" sourceLinked="1"/>${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${AXIS_LINE}${val("crossAx", CAT_AX)}${val("crosses", horizontal ? "max" : "autoZero")}${val("crossBetween", c.plan.kind === "line" ? "midCat" : "between")}${majorUnit(c)}</c:valAx>`;
  return catAx + valAx;
}

/** The chart part for one chart. */
export function chartXml(c: NativeChart): string {
  const legend = c.series.length > 1 ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>` : "";
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    val("date1904", 0),
    val("roundedCorners", 0),
    "<c:chart>",
    `<c:title><c:tx>${richText(c.plan.title, 1200, true)}</c:tx>${val("overlay", 0)}</c:title>`,
    val("autoTitleDeleted", 0),
    `<c:plotArea><c:layout/>${plotXml(c)}${axesXml(c)}</c:plotArea>`,
    legend,
    // Hidden cells are plotted: chart helper data sits in hidden columns (review/kit/print.ts).
    val("plotVisOnly", 0),
    val("dispBlanksAs", "gap"),
    "</c:chart>",
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`,
    "</c:chartSpace>",
  ].join("");
}
