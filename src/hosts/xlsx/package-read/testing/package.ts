/** Hand-built .xlsx packages for the package reader's tests: the XML written as given, where ExcelJS cannot write it. */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** One sheet: its name and `<sheetData>` (or whole worksheet body), tables as [name, ref, columns, attrs]. */
export interface HandSheet {
  name: string;
  /** The worksheet's children (e.g. `<sheetData>…</sheetData><mergeCells>…</mergeCells>`). */
  body: string;
  /** A whole worksheet part instead of `body` (for prefixed elements). */
  part?: string;
  tables?: { name: string; ref: string; columns: string[]; attrs?: string }[];
  /** Hyperlink relationships of the sheet: id → target. */
  links?: Record<string, string>;
  state?: string;
  /** A chartsheet (no cells) instead of a worksheet. */
  chartsheet?: boolean;
}

export interface HandBook {
  sheets: HandSheet[];
  sharedStrings?: string[];
  /** `<numFmts>` and `<cellXfs>` content. */
  numFmts?: string;
  cellXfs?: string;
  date1904?: boolean;
  definedNames?: string;
}

const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;

/** The package's bytes (deflated, so the streaming inflate is exercised). */
export async function handPackage(b: HandBook): Promise<Uint8Array> {
  const z = new JSZip();
  const overrides: string[] = [];
  const wbRels: string[] = [];
  let tableNo = 0;
  b.sheets.forEach((s, i) => {
    const n = i + 1;
    if (s.chartsheet) {
      wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/chartsheet" Target="chartsheets/sheet${n}.xml"/>`);
      overrides.push(`<Override PartName="/xl/chartsheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`);
      z.file(`xl/chartsheets/sheet${n}.xml`, xml(`<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`));
      return;
    }
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    const rels: string[] = [];
    const parts: string[] = [];
    (s.tables ?? []).forEach((t, j) => {
      const id = `table${++tableNo}`;
      rels.push(`<Relationship Id="rIdT${j + 1}" Type="${REL}/table" Target="../tables/${id}.xml"/>`);
      parts.push(`<tablePart r:id="rIdT${j + 1}"/>`);
      overrides.push(`<Override PartName="/xl/tables/${id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`);
      z.file(`xl/tables/${id}.xml`, xml(`<table xmlns="${MAIN}" id="${n * 10 + j}" name="${t.name}" displayName="${t.name}" ref="${t.ref}" ${t.attrs ?? 'headerRowCount="1"'}><tableColumns count="${t.columns.length}">${t.columns.map((c, k) => `<tableColumn id="${k + 1}" name="${c}"/>`).join("")}</tableColumns></table>`));
    });
    for (const [id, target] of Object.entries(s.links ?? {})) rels.push(`<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${target}" TargetMode="External"/>`);
    if (rels.length) z.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, xml(`<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`));
    const tableParts = parts.length ? `<tableParts count="${parts.length}">${parts.join("")}</tableParts>` : "";
    z.file(`xl/worksheets/sheet${n}.xml`, s.part ?? xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}${tableParts}</worksheet>`));
  });
  const n = b.sheets.length;
  wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  z.file("xl/styles.xml", xml(`<styleSheet xmlns="${MAIN}">${b.numFmts ? `<numFmts>${b.numFmts}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${b.cellXfs ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'}</cellXfs></styleSheet>`));
  if (b.sharedStrings) {
    wbRels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    z.file("xl/sharedStrings.xml", xml(`<sst xmlns="${MAIN}" count="${b.sharedStrings.length}" uniqueCount="${b.sharedStrings.length}">${b.sharedStrings.join("")}</sst>`));
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  }
  z.file("[Content_Types].xml", xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join("")}</Types>`));
  z.file("_rels/.rels", xml(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  z.file("xl/_rels/workbook.xml.rels", xml(`<Relationships xmlns="${PKG}">${wbRels.join("")}</Relationships>`));
  const sheets = b.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  z.file("xl/workbook.xml", xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}">${b.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheets}</sheets>${b.definedNames ? `<definedNames>${b.definedNames}</definedNames>` : ""}</workbook>`));
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A row of cells written as XML, e.g. row(3, `<c r="A3"><v>1</v></c>`). */
export function row(r: number, ...cells: string[]): string {
  return `<row r="${r}">${cells.join("")}</row>`;
}

/** `count` rows of `cols` numbers from 1-based row `from`: an unrelated data block (about 25 bytes a cell). */
export function numberRows(from: number, count: number, cols: number): string {
  const out: string[] = [];
  const letters = Array.from({ length: cols }, (_, j) => String.fromCharCode(65 + j));
  for (let i = 0; i < count; i++) {
    const r = from + i;
    out.push(`<row r="${r}">${letters.map((l, j) => `<c r="${l}${r}"><v>${(r * 7 + j) % 100_000}.25</v></c>`).join("")}</row>`);
  }
  return out.join("");
}

/** A plain risk register: header at 1-based row `at`, `count` risks below it (inline strings). */
export function registerRows(at: number, count: number): string {
  const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const out = [row(at, s(`A${at}`, "ID"), s(`B${at}`, "Risk"), s(`C${at}`, "Type"), s(`D${at}`, "Likelihood"), s(`E${at}`, "Consequence"))];
  for (let i = 1; i <= count; i++) {
    const r = at + i;
    out.push(row(r, s(`A${r}`, `R-${i}`), s(`B${r}`, `Risk ${i}`), s(`C${r}`, "Threat"), `<c r="D${r}"><v>${1 + (i % 5)}</v></c>`, `<c r="E${r}"><v>${1 + (i % 4)}</v></c>`));
  }
  return out.join("");
}
