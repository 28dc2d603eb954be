import JSZip from "jszip";
import type { SheetPlan } from "../../review/kit/plan";
import { XlsxHost } from "./host";
import { insertTopChild } from "./package-xml";
import { fullPlan, reopen, userWorkbookBytes } from "./testing/fixtures";

const SHEET = "Bob's Dashboard";
const Q = "'Bob''s Dashboard'";

/** fullPlan (table, conditional formats incl. data bars → extLst) with a two-series bar chart and a line chart. */
function chartPlan(): SheetPlan {
  const p = fullPlan("dashboard", SHEET);
  p.blocks.push({ row: 30, col: 0, values: [["Period", "Public", "Private"], ["Q1", 60, 70], ["Q2", 65, null], ["Q3", 80, 75]] });
  p.charts = [
    { title: "Ratings & gaps <by period>", kind: "bar", data: { row: 30, col: 0, rows: 4, cols: 3 }, anchor: { row: 12, col: 6, rows: 10, cols: 5 }, yMin: 0, yMax: 100 },
    { title: "Pillars", kind: "line", data: { row: 22, col: 0, rows: 4, cols: 2 }, anchor: { row: 36, col: 0, rows: 12, cols: 6 } },
  ];
  return p;
}

async function written(): Promise<{ host: XlsxHost; notes: string[]; zip: JSZip; bytes: Uint8Array }> {
  const host = await XlsxHost.fromBuffer(await userWorkbookBytes(), "user.xlsx");
  const { notes } = await host.applyPlans([chartPlan()]);
  const bytes = await host.toBuffer();
  return { host, notes, zip: await JSZip.loadAsync(bytes), bytes };
}

const text = async (zip: JSZip, path: string): Promise<string> => {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}`);
  return f.async("string");
};

/** The worksheet part of a sheet name, via workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const wb = await text(zip, "xl/workbook.xml");
  const tag = [...wb.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`) || t.includes(`name="${name.replace(/'/g, "&apos;")}"`));
  const rid = /r:id="(rId\d+)"/.exec(tag ?? "")?.[1];
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

describe("native charts in toBuffer", () => {
  it("adds chart, drawing, rels and content-type parts for each generated chart", async () => {
    const { zip, notes } = await written();
    // Issue 11 §9: no note written for developers ("Charts are native Excel charts in the saved workbook…").
    expect(notes.filter((n) => /native|in-cell bars/i.test(n))).toEqual([]);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const drawingRels = await text(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toMatch(/Id="rId1" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/chart" Target="..\/charts\/chart1.xml"/);
    expect(drawingRels).toMatch(/Id="rId2" [^>]*Target="..\/charts\/chart2.xml"/);
  });

  it("links the drawing from the sheet with a unique rId, after pageSetup and before tableParts and extLst", async () => {
    const { zip } = await written();
    const part = await sheetPart(zip, SHEET);
    const xml = await text(zip, part);
    const rels = await text(zip, part.replace("worksheets/", "worksheets/_rels/") + ".rels");
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rid = /<drawing r:id="([^"]+)"\/>/.exec(xml)?.[1];
    expect(rid).toBeDefined();
    expect(rels).toMatch(new RegExp(`Id="${rid}" Type="[^"]+/relationships/drawing" Target="../drawings/drawing1.xml"`));
    expect(rels).toMatch(/relationships\/table"/); // the table relationship is kept
    const at = xml.indexOf("<drawing ");
    expect(xml.indexOf("<pageSetup")).toBeGreaterThan(0);
    expect(xml.indexOf("<pageSetup")).toBeLessThan(at);
    expect(xml.indexOf("<pageMargins")).toBeLessThan(at);
    expect(xml.indexOf("<tableParts")).toBeGreaterThan(at);
    expect(xml.lastIndexOf("<extLst")).toBeGreaterThan(at); // data bars' x14 extension list stays last
    expect(xml.match(/<drawing /g)).toHaveLength(1);
    // other sheets get no drawing
    expect(await text(zip, await sheetPart(zip, "Risks"))).not.toContain("<drawing ");
  });

  it("writes bar and line series that reference the data cells, with cached values, scaling and legend", async () => {
    const { zip } = await written();
    const bar = await text(zip, "xl/charts/chart1.xml");
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar.match(/<c:ser>/g)).toHaveLength(2);
    expect(bar).toContain(`<c:tx><c:strRef><c:f>${Q.replace(/'/g, "&apos;")}!$B$31</c:f>`);
    expect(bar).toContain(`<c:f>${Q.replace(/'/g, "&apos;")}!$A$32:$A$34</c:f>`);
    expect(bar).toContain(`<c:f>${Q.replace(/'/g, "&apos;")}!$B$32:$B$34</c:f>`);
    expect(bar).toContain(`<c:f>${Q.replace(/'/g, "&apos;")}!$C$32:$C$34</c:f>`);
    expect(bar).toContain('<c:pt idx="1"><c:v>Q2</c:v></c:pt>');
    expect(bar).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>70</c:v></c:pt><c:pt idx="2"><c:v>75</c:v></c:pt>'); // blank Q2 left out
    expect(bar).toContain("<c:v>Private</c:v>");
    expect(bar).toMatch(/<c:scaling><c:orientation val="minMax"\/><c:max val="100"\/><c:min val="0"\/><\/c:scaling>/);
    expect(bar).toContain("<c:legend>");
    expect(bar).toContain("<a:t>Ratings &amp; gaps &lt;by period&gt;</a:t>");
    const axIds = [...bar.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(axIds).toHaveLength(4); // two in barChart, one per axis
    expect(new Set(axIds).size).toBe(2);
    const line = await text(zip, "xl/charts/chart2.xml");
    expect(line).toContain("<c:lineChart>");
    expect(line).not.toContain("<c:barChart>");
    expect(line).not.toContain("<c:legend>");
    expect(line).not.toContain("<c:min ");
    expect(line).toContain(`<c:f>${Q.replace(/'/g, "&apos;")}!$B$24:$B$26</c:f>`);
    expect(line).toContain("<c:v>90</c:v>");
  });

  it("anchors each frame on the plan's anchor cells", async () => {
    const { zip } = await written();
    const d = await text(zip, "xl/drawings/drawing1.xml");
    expect(d.match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    expect(d).toContain("<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>");
    expect(d).toContain("<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>");
    expect(d).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId2"/>');
  });

  it("reloads with ExcelJS; a generated sheet kept as it is keeps its charts, a regenerated one replaces them", async () => {
    const { bytes } = await written();
    const wb = await reopen(bytes);
    expect(wb.getWorksheet(SHEET)?.getCell("B32").value).toBe(60);
    const again = await XlsxHost.fromBuffer(bytes, "out.xlsx");
    // nothing written: the same bytes
    expect(await again.toBuffer()).toBe(bytes);
    // regenerated: replaced, not doubled
    await again.applyPlans([chartPlan()]);
    const redone = await JSZip.loadAsync(await again.toBuffer());
    expect(Object.keys(redone.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expect(Object.keys(redone.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
    const charts = await Promise.all(Object.keys(redone.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => text(redone, n)));
    expect(charts.some((c) => c.includes(`${Q.replace(/'/g, "&apos;")}!$C$32:$C$34`))).toBe(true);
  });

  it("keeps a chart of the user's own sheet byte for byte", async () => {
    const { bytes } = await written();
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/charts/chart9.xml", "<c:chartSpace/>");
    const host = await XlsxHost.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    await host.applyPlans([chartPlan()]);
    const out = await JSZip.loadAsync(await host.toBuffer());
    expect(await text(out, "xl/charts/chart9.xml")).toBe("<c:chartSpace/>");
  });
});

describe("insertTopChild", () => {
  it("inserts before the first top-level match, ignoring nested elements of the same name", () => {
    const xml = '<worksheet a="x > y"><cf><rule><extLst><ext/></extLst></rule></cf><!-- <tableParts/> --><tableParts count="1"/><extLst/></worksheet>';
    expect(insertTopChild(xml, "<drawing/>", ["tableParts", "extLst"])).toBe(
      '<worksheet a="x > y"><cf><rule><extLst><ext/></extLst></rule></cf><!-- <tableParts/> --><drawing/><tableParts count="1"/><extLst/></worksheet>',
    );
    expect(insertTopChild("<worksheet><sheetData/></worksheet>", "<drawing/>", ["tableParts"])).toBe("<worksheet><sheetData/><drawing/></worksheet>");
  });
});
