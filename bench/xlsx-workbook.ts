/** The generated IMM model of test/fixtures/large-model.ts (default 10,000 risks, 500 KPIs) as .xlsx bytes, for the xlsx benchmark. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addOverride, addRel } from "../src/hosts/xlsx/package-xml";
import { largeModel } from "../test/fixtures/large-model";

/** Builds the workbook bytes: one sheet and one Excel table per model table. */
export async function bigWorkbook(risks = 10_000, kpis = 500, money = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of largeModel({ risks, kpis, money })) {
    wb.addWorksheet(t.sheet).addTable({
      name: t.name, ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: t.headers.map((h) => ({ name: h, filterButton: true })), rows: t.rows,
    });
  }
  const out: unknown = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/**
 * The workbook with an unrelated data sheet ("Ledger", after the others) of about `mb` MB of worksheet XML: rows of a
 * date, an account code, a text and three amounts, as an export from a finance system would be. Written straight into
 * the package (ExcelJS would take minutes and gigabytes to build it).
 */
export async function withDataSheet(bytes: Uint8Array, mb: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < mb * 1024 * 1024; r++) {
    const row = `<row r="${r}"><c r="A${r}"><v>${45000 + (r % 700)}</v></c><c r="B${r}" t="inlineStr"><is><t>GL-${1000 + (r % 97)}</t></is></c>`
      + `<c r="C${r}" t="inlineStr"><is><t>Journal line ${r}</t></is></c><c r="D${r}"><v>${(r * 37) % 10007}.25</v></c>`
      + `<c r="E${r}"><v>${(r * 53) % 9973}.5</v></c><c r="F${r}"><v>${r % 13}</v></c></row>`;
    rows.push(row);
    size += row.length;
  }
  zip.file("xl/worksheets/ledger.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", addOverride(types, "/xl/worksheets/ledger.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
  const rels = addRel((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? null,
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/ledger.xml");
  zip.file("xl/_rels/workbook.xml.rels", rels.xml);
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const ids = [...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  zip.file("xl/workbook.xml", wb.replace("</sheets>", `<sheet name="Ledger" sheetId="${Math.max(0, ...ids) + 1}" r:id="${rels.id}"/></sheets>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
