/** Range proxy: values / numberFormat / formulas / address, hyperlink, format, merge, select, conditional formats, validation. */
import { quoteSheet, rectA1, type Rect } from "./address";
import { FakeObject } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-format";
import type { FakeContextCore } from "./context";
import { FakeDataValidation } from "./data-validation";
import { fail } from "./errors";
import { FakeRangeFormat, type RangeModel } from "./range-format";
import { overlaps, type WorkbookModel } from "./state";
import type { OfficeLoad, OfficeMethods, OfficeProps } from "./office-types";

/** Address as Excel reports it: "Sheet1!A1:B2" / "'IMM Risk Review'!C5". */
export function qualifiedAddress(m: RangeModel): string {
  return `${quoteSheet(m.sheet.name)}!${rectA1(m.rect)}`;
}

/** A range proxy. */
export class FakeRange extends FakeObject<RangeModel>
  implements
    OfficeProps<Excel.Range, "address" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "values" | "numberFormat" | "formulas" | "isNullObject">,
    OfficeMethods<Excel.Range, "merge" | "select" | "clear">,
    OfficeLoad<Excel.Range> {
  protected readonly scalarProps = ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values", "numberFormat", "formulas"] as const;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(ctx: FakeContextCore, path: string, resolver: () => RangeModel | null, private readonly wb: WorkbookModel, orNull = false) {
    super(ctx, path, resolver, orNull);
    const self = (): RangeModel | null => this.resolveOrNull();
    this.format = new FakeRangeFormat(ctx, `${path}.format`, self);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, `${path}.conditionalFormats`, () => this.resolve());
    this.dataValidation = new FakeDataValidation(ctx, `${path}.dataValidation`, () => this.resolve());
  }

  protected override isGone(m: RangeModel): boolean {
    return m.sheet.deleted;
  }

  protected override child(prop: string): FakeObject<unknown> | undefined {
    return prop === "format" ? (this.format as unknown as FakeObject<unknown>) : undefined;
  }

  protected propValue(m: RangeModel, prop: string): unknown {
    switch (prop) {
      case "address": return qualifiedAddress(m);
      case "rowCount": return m.rect.rows;
      case "columnCount": return m.rect.cols;
      case "rowIndex": return m.rect.row;
      case "columnIndex": return m.rect.col;
      case "values": return m.sheet.grid.values(m.rect);
      case "numberFormat": return m.sheet.grid.numberFormats(m.rect);
      case "formulas": return m.sheet.grid.formulas(m.rect);
      default: return fail("InvalidArgument", `Range has no property "${prop}" in the fake`);
    }
  }

  get address(): string { return this.read("address"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }

  get values(): unknown[][] { return this.read("values"); }
  /** Queues a 2-D values write (null entries leave cells unchanged; strings are parsed unless text-formatted). */
  set values(v: unknown[][]) {
    this.act("set", { p: "values", v }, (m) => m.sheet.grid.setValues(m.rect, v));
  }

  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  /** Queues a 2-D number format write. */
  set numberFormat(v: unknown[][]) {
    this.act("set", { p: "numberFormat", v }, (m) => m.sheet.grid.setNumberFormats(m.rect, v));
  }

  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(_v: unknown[][]) {
    fail("InvalidOperation", "the fake does not support writing formulas (the Office host must never write them)");
  }

  /**
   * Sets a hyperlink (Excel.RangeHyperlink, ExcelApi 1.7) on ONE cell, strictly: an object with only address,
   * documentReference, screenTip and textToDisplay, each a string, and an address or a document reference. The cell
   * shows textToDisplay (as text, in a text-formatted cell). Reading it back is not supported by the fake.
   */
  set hyperlink(v: Excel.RangeHyperlink) {
    this.act("set", { p: "hyperlink", v }, (m) => {
      if (m.rect.rows !== 1 || m.rect.cols !== 1) fail("InvalidArgument", "the fake sets a hyperlink on one cell at a time");
      if (typeof v !== "object" || v === null) fail("InvalidArgument", "hyperlink must be an object");
      const allowed = ["address", "documentReference", "screenTip", "textToDisplay"];
      for (const [k, x] of Object.entries(v)) {
        if (!allowed.includes(k)) fail("InvalidArgument", `hyperlink has no property "${k}"`);
        if (typeof x !== "string") fail("InvalidArgument", `hyperlink.${k} must be a string`);
      }
      if (!v.address && !v.documentReference) fail("InvalidArgument", "hyperlink needs an address or a documentReference");
      m.sheet.hyperlinks.set(`${m.rect.row},${m.rect.col}`, { address: v.address ?? "", textToDisplay: v.textToDisplay, screenTip: v.screenTip });
      if (v.textToDisplay !== undefined) m.sheet.grid.setValues(m.rect, [[v.textToDisplay]]);
    });
  }

  /** Hides (or shows) every column of the range. */
  set columnHidden(v: boolean) {
    this.act("set", { p: "columnHidden", v }, (m) => {
      for (let c = m.rect.col; c < m.rect.col + m.rect.cols; c++) {
        if (v) m.sheet.hiddenColumns.add(c);
        else m.sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Merges the range (fails at sync when it overlaps a table, as in Excel). */
  merge(across = false): void {
    this.act("merge", { across }, (m) => {
      if (this.wb.tables.some((t) => t.sheet === m.sheet && overlaps(t.rect, m.rect))) fail("InvalidOperation", "cannot merge cells in a table");
      if (across) for (let r = 0; r < m.rect.rows; r++) m.sheet.merges.push({ ...m.rect, row: m.rect.row + r, rows: 1 });
      else m.sheet.merges.push({ ...m.rect });
    });
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this.act("select", {}, (m) => {
      if (m.sheet.visibility !== "Visible") fail("InvalidOperation", "cannot select on a hidden sheet");
      this.wb.selection = { sheet: m.sheet, rect: { ...m.rect } };
      this.wb.activeSheet = m.sheet;
    });
  }

  /**
   * Clears values and/or formats (applyTo "All", "Contents", "Formats"; Excel.ClearApplyTo). Formats: number formats
   * back to General and every recorded format that overlaps the range dropped (the fake does not split records).
   */
  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this.act("clear", { applyTo }, (m) => {
      if (!["All", "Contents", "Formats", "RemoveHyperlinks"].includes(applyTo)) fail("InvalidArgument", `clear("${applyTo}") is not supported by the fake`);
      const rect: Rect = m.rect;
      // Excel: "Contents" and "Formats" leave a cell's hyperlink; "All" and "RemoveHyperlinks" remove it.
      if (applyTo === "All" || applyTo === "RemoveHyperlinks") {
        for (const key of [...m.sheet.hyperlinks.keys()]) {
          const [r, c] = key.split(",").map(Number);
          if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) m.sheet.hyperlinks.delete(key);
        }
        if (applyTo === "RemoveHyperlinks") return;
      }
      m.sheet.grid.clearRect(rect, applyTo !== "Formats", applyTo !== "Contents");
      if (applyTo !== "Contents") m.sheet.formats = m.sheet.formats.filter((f) => !overlaps(f.rect, rect));
    });
  }

  /** Unmerges every merged area that overlaps the range. */
  unmerge(): void {
    this.act("unmerge", {}, (m) => {
      m.sheet.merges = m.sheet.merges.filter((r) => !overlaps(r, m.rect));
    });
  }
}
