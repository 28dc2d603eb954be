/** Located problems: A1 addresses, sheet references and a collector that formats `Sheet!A1: text` messages. */
import type { Problem, Severity } from "./types";

/** 0-based (row, col) → "C5". */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Column letters by 0-based column ("A", …, "XFD"), made once each (addresses are made for every cell of a large register). */
const LETTERS: string[] = [];
export function columnLetters(col: number): string {
  let letters = LETTERS[col];
  if (letters !== undefined) return letters;
  let c = col + 1;
  letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  if (col >= 0 && col < 16_384) LETTERS[col] = letters;
  return letters;
}

/**
 * The A1 reference of some cells of one column, e.g. ["E5", "E6", "E7"] → "E5:E7"; cells that are not one run of
 * consecutive rows are listed, comma-separated, as Excel writes a multi-area reference ("E5,E7").
 */
export function cellsA1(cells: readonly string[]): string {
  const rows = cells.map((c) => Number(/\d+$/.exec(c)?.[0]));
  const run = cells.length > 1 && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1)
    && cells.every((c) => c.replace(/\d+$/, "") === cells[0].replace(/\d+$/, ""));
  return run ? `${cells[0]}:${cells[cells.length - 1]}` : cells.join(",");
}

/** 0-based top-left and bottom-right → "A3:P43" (a single cell when they coincide). */
export function rangeA1(row: number, col: number, lastRow: number, lastCol: number): string {
  const start = cellA1(row, col);
  const end = cellA1(lastRow, lastCol);
  return start === end ? start : `${start}:${end}`;
}

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits, `_` and `.`. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Collects problems in reading order. */
export interface ProblemSink {
  readonly list: Problem[];
  /**
   * Adds a problem at a cell (`sheet`/`address` may be "" for whole-workbook problems). With `prefix` false the
   * text is the whole message (it names its location itself, e.g. `IMM_Risks (Risks!A3:P43): …`).
   */
  add(severity: Severity, table: string, sheet: string, address: string, text: string, prefix?: boolean): void;
  /**
   * Adds a problem about a table's column, located by table, column label and the column's cells:
   * `IMM_Partnership column "Weight" (Partnership!E5:E8): text`.
   */
  addColumn(severity: Severity, table: string, sheet: string, column: string, address: string, text: string): void;
}

/** The full located message: `Risks!E7: text`, or just `text` when there is no location. */
export function locatedMessage(sheet: string, address: string, text: string): string {
  if (!sheet) return text;
  return address ? `${sheetRef(sheet)}!${address}: ${text}` : `${sheetRef(sheet)}: ${text}`;
}

/** A new, empty problem collector. */
export function problemSink(): ProblemSink {
  const list: Problem[] = [];
  return {
    list,
    add(severity, table, sheet, address, text, prefix = true) {
      const message = prefix ? locatedMessage(sheet, address, text) : text;
      list.push({ severity, table, sheet, address, message });
    },
    addColumn(severity, table, sheet, column, address, text) {
      const message = `${table} column "${column}" (${sheetRef(sheet)}!${address}): ${text}`;
      list.push({ severity, table, sheet, address, column, message });
    },
  };
}
