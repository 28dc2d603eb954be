/** A deep, comparable dump of sheets for "user data unchanged" assertions. */
import { rectA1 } from "./address";
import type { SheetModel, WorkbookModel } from "./state";

export interface SheetDump {
  name: string;
  position: number;
  visibility: string;
  values: (string | number | boolean)[][];
  formulas: (string | number | boolean)[][];
  numberFormats: string[][];
  formats: string;
  tables: { name: string; range: string; style: string }[];
  merges: string[];
  charts: number;
  conditionalFormats: number;
  validations: number;
  freeze: string;
}

/** Dumps one sheet (used range values, formulas, formats, tables on it). */
export function dumpSheet(wb: WorkbookModel, s: SheetModel): SheetDump {
  const rect = s.grid.usedRect(false);
  return {
    name: s.name,
    position: wb.sheets.indexOf(s),
    visibility: s.visibility,
    values: rect ? s.grid.values(rect) : [],
    formulas: rect ? s.grid.formulas(rect) : [],
    numberFormats: rect ? s.grid.numberFormats(rect) : [],
    formats: JSON.stringify(s.formats),
    tables: wb.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, range: rectA1(t.rect), style: t.style })),
    merges: s.merges.map(rectA1),
    charts: s.charts.length,
    conditionalFormats: s.conditionalFormats.length,
    validations: s.validations.length,
    freeze: JSON.stringify(s.freeze),
  };
}

/** Dumps the named sheets (those still present) plus all names that do not match `skipNames`. */
export function dumpUserData(wb: WorkbookModel, sheetNames: string[], skipNames: RegExp = /^IMM_Owned_/): { sheets: SheetDump[]; names: string[] } {
  const sheets = wb.sheets.filter((s) => sheetNames.includes(s.name)).map((s) => dumpSheet(wb, s));
  const names = wb.names.filter((n) => !skipNames.test(n.name)).map((n) => `${n.name}=${n.sheet ? n.sheet.name : "#REF!"}`);
  return { sheets, names };
}
