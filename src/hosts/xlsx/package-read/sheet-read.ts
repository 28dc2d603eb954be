/**
 * One worksheet being read: its part inflated and scanned only as far as asked (`advance`), the cells seen so far
 * converted (cell-value.ts), and — once the whole part has been read — ExcelJS's merged-cell and hyperlink rules
 * applied (both live after `</sheetData>`, so a sheet read only in part keeps its cells as they are).
 */
import type { RangeRef } from "../../../review/kit/plan";
import { a1 } from "../../../review/kit/plan";
import type { RawCell } from "../../../tables/types";
import type { EntryStream } from "./entry-stream";
import { readCell, type CellContext, type CellRead } from "./cell-value";
import { SheetScanner, type XmlCell } from "./sheet-scanner";
import type { TablePart } from "./table-parts";

/** What a sheet read cost: bytes inflated of its part and rows scanned. */
export interface SheetStats {
  name: string;
  part: string;
  /** The part's inflated size as its zip entry declares it. */
  size: number;
  inflated: number;
  rowsScanned: number;
  /** True when the whole part was inflated. */
  complete: boolean;
  /** Rows of the sheet's values read (exclusive, 0-based): the snapshot's sheet values stop there. */
  readTo: number;
}

/** True for a value the snapshot keeps (ExcelJS's sheetValues drops null and ""). */
export function kept(v: RawCell): boolean {
  return v !== null && v !== "";
}

export class SheetRead {
  /** Cells seen, by 0-based row then column (a sparse array per row: a register has a hundred thousand cells). */
  readonly rows = new Map<number, (CellRead | undefined)[]>();
  /** The last row seen (all rows up to it are complete). */
  seen = -1;
  /** True once the whole part was read. */
  complete = false;
  /** The first row with a value (the top of the used range), once seen. */
  firstValueRow: number | undefined;
  /** Rows wanted for the sheet's values (exclusive); undefined until the used range's top is known. */
  readTo: number | undefined;
  private readonly scanner = new SheetScanner();
  private merges: RangeRef[] = [];

  constructor(
    readonly name: string,
    readonly part: string,
    readonly tables: TablePart[],
    private readonly stream: EntryStream | null,
    private readonly ctx: CellContext,
    private readonly size: number,
  ) {
    if (!stream) this.complete = true;
  }

  /** Reads on until every row before `target()` has been seen (the target may grow as rows arrive) or the part ends. */
  advance(target: () => number): void {
    while (!this.complete && this.seen < target() - 1) {
      const row = this.scanner.nextRow();
      if (row) {
        this.take(row.row, row.cells);
        continue;
      }
      const chunk = this.stream?.next() ?? null;
      if (chunk) {
        this.scanner.push(chunk);
        continue;
      }
      if (!this.scanner.dataEnded) this.scanner.push(new Uint8Array(0));
      this.finish();
    }
  }

  private take(r: number, cells: readonly XmlCell[]): void {
    if (r > this.seen) this.seen = r;
    if (cells.length === 0) return;
    let line = this.rows.get(r);
    if (!line) this.rows.set(r, (line = []));
    let valued = false;
    for (const c of cells) {
      const v = readCell(c, this.ctx);
      line[c.col] = v;
      valued ||= kept(v.raw);
    }
    if (this.firstValueRow === undefined && valued) this.firstValueRow = r;
  }

  /** The part has been read to its end: drain what follows `</sheetData>` and apply hyperlinks and merges. */
  private finish(): void {
    for (let c = this.stream?.next(); c; c = this.stream?.next()) this.scanner.push(c);
    this.complete = true;
    const links = this.scanner.hyperlinks();
    if (links.size) {
      for (const [r, line] of this.rows) {
        line.forEach((v, c) => {
          if (v && links.has(a1(r, c))) line[c] = { ...v, raw: v.linked, text: "[object Object]" };
        });
      }
    }
    this.merges = this.scanner.merges();
  }

  /**
   * Gives merged areas' other cells the value of their top-left cell, as ExcelJS does, down to row `limit` (exclusive);
   * true when a cell changed.
   */
  applyMerges(limit: number): boolean {
    let changed = false;
    for (const m of this.merges) {
      const master = this.rows.get(m.row)?.[m.col];
      const bottom = Math.min(m.row + m.rows, limit);
      for (let r = m.row; r < bottom; r++) {
        for (let c = m.col; c < m.col + m.cols; c++) {
          if (r === m.row && c === m.col) continue;
          let line = this.rows.get(r);
          if (!line) this.rows.set(r, (line = []));
          const own = line[c];
          line[c] = master ? { ...master, style: own?.style ?? 0 } : undefined;
          changed = true;
        }
      }
    }
    this.merges = [];
    return changed;
  }

  /** A cell read, or undefined. */
  cell(r: number, c: number): CellRead | undefined {
    return this.rows.get(r)?.[c];
  }

  /** The cost of the read so far. */
  stats(): SheetStats {
    return { name: this.name, part: this.part, size: this.size, inflated: this.stream?.inflated ?? 0, rowsScanned: this.scanner.rowsScanned, complete: this.complete, readTo: this.readTo ?? 0 };
  }
}
