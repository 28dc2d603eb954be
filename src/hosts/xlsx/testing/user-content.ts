/**
 * Test fixtures: content a finance officer's workbook carries that ExcelJS cannot write back, added to a valid
 * package as Excel stores it: a chart on a user sheet, a picture, a VBA project (making it an .xlsm) and a
 * custom XML item. Used to check that the lossless writer keeps every such part byte for byte.
 */
import JSZip from "jszip";
import { addNativeCharts, AFTER_DRAWING } from "../native-charts";
import { addOverride, addRel, insertTopChild, readPart, REL_NS, relsPathOf, sheetParts } from "../package-xml";

/** Which user content to add, and the bytes/text it holds. */
export interface UserContent {
  chart?: boolean;
  image?: boolean;
  /** vbaProject.bin bytes (the workbook becomes macro-enabled). */
  vba?: Uint8Array;
  /** Text of a custom XML item. */
  customXml?: string;
}

/** A 1×1 red PNG. */
export const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"));

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function pictureDrawing(rid: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}"><xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
}

/** The package with the user content added: chart on the first sheet, picture on the last, VBA, custom XML. */
export async function withUserContent(bytes: Uint8Array, content: UserContent): Promise<Uint8Array> {
  let out = bytes;
  const names = [...(await sheetParts(await JSZip.loadAsync(out))).keys()];
  if (content.chart) {
    const plan = { title: "My own chart", kind: "column" as const, data: { row: 0, col: 0, rows: 3, cols: 2 }, anchor: { row: 8, col: 9, rows: 12, cols: 6 } };
    out = (await addNativeCharts(out, [{ sheet: names[0], plan, categories: ["North", "South"], series: [{ name: "Sales", values: [12, 30] }] }])).bytes;
  }
  const zip = await JSZip.loadAsync(out);
  let types = (await readPart(zip, "[Content_Types].xml")) as string;
  let wbRels = (await readPart(zip, "xl/_rels/workbook.xml.rels")) as string;
  if (content.image) {
    const part = (await sheetParts(zip)).get(names[names.length - 1]) as string;
    zip.file("xl/media/userImage1.png", PNG);
    if (!/Extension="png"/i.test(types)) types = types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/></Types>');
    const pic = addRel(null, `${REL_NS}/image`, "../media/userImage1.png");
    zip.file("xl/drawings/userDrawing1.xml", pictureDrawing(pic.id));
    zip.file("xl/drawings/_rels/userDrawing1.xml.rels", pic.xml);
    types = addOverride(types, "/xl/drawings/userDrawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
    const sheetRels = await readPart(zip, relsPathOf(part));
    const rel = addRel(sheetRels, `${REL_NS}/drawing`, "../drawings/userDrawing1.xml");
    zip.file(relsPathOf(part), rel.xml);
    const xml = (await readPart(zip, part)) as string;
    zip.file(part, insertTopChild(xml, `<drawing r:id="${rel.id}"/>`, AFTER_DRAWING));
  }
  if (content.vba) {
    zip.file("xl/vbaProject.bin", content.vba);
    types = types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    wbRels = addRel(wbRels, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin").xml;
  }
  if (content.customXml !== undefined) {
    zip.file("customXml/item1.xml", content.customXml);
    zip.file(
      "customXml/itemProps1.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6E2A3B4C-1111-4222-8333-944455556666}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
    );
    zip.file("customXml/_rels/item1.xml.rels", addRel(null, `${REL_NS}/customXmlProps`, "itemProps1.xml").xml);
    types = addOverride(types, "/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
    wbRels = addRel(wbRels, `${REL_NS}/customXml`, "../customXml/item1.xml").xml;
  }
  zip.file("[Content_Types].xml", types);
  zip.file("xl/_rels/workbook.xml.rels", wbRels);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
