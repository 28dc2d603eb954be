/** Test fixtures for the xlsx host: a user workbook with an input table, and a plan that uses every feature. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { emptyPlan, type SheetPlan } from "../../../review/kit/plan";
import { writeWorkbookBytes } from "../write-package";

export const INJECTIONS = ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1,2)"];

/** A user workbook: a Risks sheet with an IMM_Risks table, and a Notes sheet. */
export async function userWorkbookBytes(extraSheet?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risks");
  ws.addTable({
    name: "IMM_Risks",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "ID" }, { name: "Risk" }, { name: "Type" }, { name: "Likelihood" }, { name: "Consequence" }, { name: "Due" }],
    rows: [
      ["R-01", "Lift failure", "Threat", 4, "Major", new Date(Date.UTC(2024, 5, 30))],
      ["R-02", { richText: [{ text: "Energy " }, { text: "saving", font: { bold: true } }] }, "Opportunity", "Likely", 3, null],
      ["R-03", "=HYPERLINK(\"x\")", "Threat", { formula: "1+1", result: 2 }, 5, null],
    ],
  });
  ws.getCell("B2").note = "kept";
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Free text";
  notes.getCell("C3").value = { text: "link", hyperlink: "https://example.org" };
  if (extraSheet) wb.addWorksheet(extraSheet).getCell("A1").value = "mine";
  // Through the project's writer, so the user's own parts are valid (ExcelJS alone puts <legacyDrawing> late).
  return writeWorkbookBytes(wb);
}

/** A review plan exercising every SheetPlan feature. */
export function fullPlan(key: SheetPlan["key"] = "risk", name = "IMM Risk Review"): SheetPlan {
  const p = emptyPlan(key, name);
  p.tabColor = "#C00000";
  p.showGridlines = false;
  p.freeze = { rows: 3, cols: 1 };
  p.columnWidths = [{ col: 0, width: 14 }, { col: 1, width: 40 }];
  p.rowHeights = [{ row: 0, height: 28 }];
  p.blocks = [
    { row: 0, col: 0, values: [["Risk review"]], style: { bold: true, fontSize: 16, fontColor: "#1F3864" } },
    {
      row: 2,
      col: 0,
      values: [
        ["ID", "Statement", "Score", "Share", "Rating"],
        ["R-01", INJECTIONS[0], 16, 0.25, "High"],
        ["R-02", INJECTIONS[1], 9, 0.5, "Medium"],
        ["R-03", INJECTIONS[2], 20, 0.75, "Extreme"],
        ["R-04", INJECTIONS[3], 2, 1, "Low"],
      ],
      numberFormat: "0.0",
      columnFormats: [undefined, undefined, "0", "0%", undefined],
      style: { border: "thin", vAlign: "center", wrap: true },
    },
    { row: 10, col: 0, values: [["Index", 72.5]], numberFormat: "0.0" },
    { row: 22, col: 0, values: [["Pillar", "Index"], ["Partnership", 70], ["Risk", 55], ["Performance", 90]] },
  ];
  p.styles = [
    { range: { row: 2, col: 0, rows: 1, cols: 5 }, style: { bold: true, fill: "#D9E1F2", hAlign: "center", border: "bottom" } },
    { range: { row: 10, col: 1, rows: 1, cols: 1 }, style: { fill: "#FFC000", italic: true, indent: 1 } },
  ];
  p.merges = [{ row: 0, col: 0, rows: 1, cols: 5 }];
  p.tables = [{ name: "IMM_Review_Register", range: { row: 2, col: 0, rows: 5, cols: 5 }, style: "TableStyleMedium2" }];
  p.conditionalFormats = [
    { kind: "cellValue", range: { row: 3, col: 2, rows: 4, cols: 1 }, operator: "greaterThan", value1: 16, style: { fill: "#FF0000", fontColor: "#FFFFFF", bold: true } },
    { kind: "textEquals", range: { row: 3, col: 4, rows: 4, cols: 1 }, text: "Extreme", style: { fill: "#C00000" } },
    { kind: "colorScale", range: { row: 3, col: 2, rows: 4, cols: 1 }, minColor: "#63BE7B", midColor: "#FFEB84", maxColor: "#F8696B" },
    { kind: "dataBar", range: { row: 3, col: 3, rows: 4, cols: 1 }, color: "#5B9BD5" },
    { kind: "iconSet", range: { row: 10, col: 1, rows: 1, cols: 1 }, icons: "3TrafficLights", thresholds: [60, 80] },
  ];
  p.validations = [
    { range: { row: 3, col: 4, rows: 4, cols: 1 }, rule: { kind: "list", values: ["Low", "Medium", "High", "Extreme"] }, error: "Pick a rating" },
    { range: { row: 3, col: 2, rows: 4, cols: 1 }, rule: { kind: "whole", min: 1, max: 25 }, error: "1–25" },
  ];
  p.charts = [{ title: "Pillar indices", kind: "bar", data: { row: 22, col: 0, rows: 4, cols: 2 }, anchor: { row: 12, col: 0, rows: 8, cols: 2 }, yMin: 0, yMax: 100 }];
  return p;
}

/** Loads bytes with plain ExcelJS (no host) for independent checks. */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/**
 * The package as LibreOffice Calc (7.4) saves it: table parts without `<tableStyleInfo>` (it writes no table
 * styles) and no theme part. Made by post-processing an ExcelJS-written package, so no LibreOffice is needed in
 * CI; test/fixtures/libreoffice-saved.xlsx is the sample as saved by LibreOffice itself.
 */
export async function asSavedByLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
  if (tables.length === 0) throw new Error("fixture has no table parts");
  for (const name of tables) {
    const xml = await (zip.file(name) as JSZip.JSZipObject).async("string");
    const bare = xml.replace(/<tableStyleInfo\b[^>]*?(\/>|>[\s\S]*?<\/tableStyleInfo>)/g, "");
    if (bare === xml) throw new Error(`${name} has no tableStyleInfo to remove`);
    zip.file(name, bare);
  }
  zip.remove("xl/theme/theme1.xml");
  const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship\b[^>]*Target="theme\/theme1\.xml"[^>]*\/>/, ""));
  const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
  zip.file("[Content_Types].xml", types.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ""));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
