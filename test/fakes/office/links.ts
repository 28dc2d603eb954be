/**
 * The user's links into the workbook, as Excel keeps them: a formula such as ='IMM Dashboard'!B5 refers to the sheet
 * OBJECT (it follows a rename) and a structured reference such as =SUM(IMM_RiskRegister[Score]) refers to the table
 * object (it follows a rename and a resize). Once the sheet or table is deleted the reference becomes #REF! for good:
 * re-creating an object with the same name does not repair it. Defined names already behave so in names.ts.
 * Tests seed links with `UserLinks.add…` and read what each formula shows now.
 */
import { parseRect, quoteSheet, rectA1, type Rect } from "./address";
import { fail } from "./errors";
import type { FakeExcel } from "./fake-excel";
import type { SheetModel, TableModel, WorkbookModel } from "./state";

interface CellLink { kind: "cell"; sheet: SheetModel; rect: Rect }
interface TableLink { kind: "table"; table: TableModel; column: string }
type Link = CellLink | TableLink;

/** Links seeded by a test, resolved against the live workbook model. */
export class UserLinks {
  private readonly links = new Map<string, Link>();
  constructor(private readonly x: FakeExcel) {}

  private get wb(): WorkbookModel {
    return this.x.model;
  }

  /** A formula like ='IMM Dashboard'!B5, bound to the sheet now holding that name. */
  addCellLink(id: string, sheet: string, address: string): void {
    this.links.set(id, { kind: "cell", sheet: this.x.sheet(sheet), rect: parseRect(address) });
  }

  /** A structured reference like =IMM_RiskRegister[Score], bound to the table now holding that name. */
  addTableLink(id: string, table: string, column: string): void {
    const t = this.wb.tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
    if (!t) fail("InvalidArgument", `no table named ${table}`);
    this.links.set(id, { kind: "table", table: t, column });
  }

  private get(id: string): Link {
    const l = this.links.get(id);
    if (!l) fail("InvalidArgument", `no link ${id}`);
    return l;
  }

  /** True when the link's target was deleted (the formula shows #REF!). */
  broken(id: string): boolean {
    const l = this.get(id);
    return l.kind === "cell" ? l.sheet.deleted : !this.wb.tables.includes(l.table) || l.table.sheet.deleted;
  }

  /** The formula as Excel would show it now: the target's current name, or #REF!. */
  formula(id: string): string {
    const l = this.get(id);
    if (this.broken(id)) return "=#REF!";
    return l.kind === "cell" ? `=${quoteSheet(l.sheet.name)}!${rectA1(l.rect)}` : `=${l.table.name}[${l.column}]`;
  }

  /**
   * What the link evaluates to: the cell's value, or the table column's data values (looked up by header now);
   * "#REF!" when the target is gone or the column no longer exists.
   */
  value(id: string): unknown {
    const l = this.get(id);
    if (this.broken(id)) return "#REF!";
    if (l.kind === "cell") return l.sheet.grid.values(l.rect)[0][0];
    const t = l.table;
    const header = t.sheet.grid.values({ ...t.rect, rows: 1 })[0];
    const j = header.findIndex((h) => String(h).toLowerCase() === l.column.toLowerCase());
    if (j < 0) return "#REF!";
    return t.sheet.grid.values({ row: t.rect.row + 1, col: t.rect.col + j, rows: t.rect.rows - 1, cols: 1 }).map((r) => r[0]);
  }
}
