/** range.dataValidation: rule and errorAlert (write-only in the fake), recorded per range. */
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import type { RangeModel } from "./range-format";
import type { ValidationModel } from "./state";
import type { OfficeMethods, OfficeProps } from "./office-types";

const RULE_KINDS = ["list", "decimal", "wholeNumber", "date", "time", "textLength", "custom"];

/** A data validation proxy. */
export class FakeDataValidation implements OfficeProps<Excel.DataValidation, "rule" | "errorAlert">, OfficeMethods<Excel.DataValidation, "clear"> {
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly range: () => RangeModel) {}

  private entry(): ValidationModel {
    const r = this.range();
    let v = r.sheet.validations.find((x) => x.rect.row === r.rect.row && x.rect.col === r.rect.col && x.rect.rows === r.rect.rows && x.rect.cols === r.rect.cols);
    if (!v) {
      v = { rect: r.rect, rule: null, errorAlert: null };
      r.sheet.validations.push(v);
    }
    return v;
  }

  get rule(): Excel.DataValidationRule {
    return fail("PropertyNotLoaded", `${this.path}.rule is not loaded`);
  }
  /** Sets the rule, e.g. { list: { inCellDropDown: true, source: "a,b" } }. */
  set rule(v: Excel.DataValidationRule) {
    this.ctx.enqueue({ o: this.path, a: "set", p: "rule", v }, () => {
      const keys = v && typeof v === "object" ? Object.keys(v) : [];
      if (keys.length !== 1 || !RULE_KINDS.includes(keys[0])) fail("InvalidArgument", `${this.path}.rule must have exactly one of ${RULE_KINDS.join(", ")}`);
      this.entry().rule = v;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return fail("PropertyNotLoaded", `${this.path}.errorAlert is not loaded`);
  }
  /** Sets the error alert ({ message, showAlert, style, title }). */
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.ctx.enqueue({ o: this.path, a: "set", p: "errorAlert", v }, () => { this.entry().errorAlert = v; });
  }

  /** Removes validation from the range. */
  clear(): void {
    this.ctx.enqueue({ o: this.path, a: "clear" }, () => {
      const r = this.range();
      const hit = (a: { row: number; col: number; rows: number; cols: number }): boolean =>
        a.row < r.rect.row + r.rect.rows && r.rect.row < a.row + a.rows && a.col < r.rect.col + r.rect.cols && r.rect.col < a.col + a.cols;
      r.sheet.validations = r.sheet.validations.filter((x) => !hit(x.rect)); // every rule on a cell of the range
    });
  }
}
