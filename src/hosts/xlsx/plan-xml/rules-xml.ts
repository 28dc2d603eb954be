/**
 * Conditional formatting and data validation elements of a worksheet, from the ExcelJS rule and validation
 * models the plan translates to (conditional.ts, write-sheet.ts `validationOf`), written as ExcelJS writes them:
 * one `<conditionalFormatting>` per rule in priority order (data bars with the Excel 2010 extension that makes
 * them solid and start at zero length) and validations sorted by range text.
 */
import type { ConditionalFormattingRule, DataValidation, Style } from "exceljs";
import type { SheetRule } from "./apply-plan";
import { colorXml } from "./style-xml";
import type { StyleRegistry } from "./style-registry";
import { escapeXml } from "./xml-text";

interface Cfvo {
  type: string;
  value?: number;
}

interface RuleModel {
  type: string;
  priority: number;
  operator?: string;
  formulae?: (string | number)[];
  style?: Partial<Style>;
  cfvo?: Cfvo[];
  color?: { argb?: string } | { argb?: string }[];
  iconSet?: string;
}

const cfvoXml = (v: Cfvo): string => `<cfvo type="${v.type}"${v.value !== undefined ? ` val="${v.value}"` : ""}/>`;
const x14CfvoXml = (v: Cfvo): string => (v.value !== undefined ? `<x14:cfvo type="${v.type}"><xm:f>${v.value}</xm:f></x14:cfvo>` : `<x14:cfvo type="${v.type}"/>`);
const formulas = (r: RuleModel): string => (r.formulae ?? []).map((f) => `<formula>${escapeXml(String(f))}</formula>`).join("");

/** A GUID for the n-th data bar of a package (the id linking a data bar to its Excel 2010 extension). */
const barId = (n: number): string => `{5A3F0B1C-0000-4000-8000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;

/** A sheet's `<conditionalFormatting>` elements and the `<extLst>` of its data bars ("" when none). */
export interface ConditionalXml {
  xml: string;
  ext: string;
}

/** The conditional formats of a sheet and, when it has data bars, the `<extLst>` holding their extensions. */
export function conditionalXml(rules: SheetRule[], styles: StyleRegistry, nextBar: () => number): ConditionalXml {
  const out: string[] = [];
  const ext: string[] = [];
  for (const { ref, rule } of rules) {
    const r = rule as ConditionalFormattingRule & RuleModel;
    const sqref = escapeXml(ref);
    let body: string;
    switch (r.type) {
      case "cellIs":
        body = `<cfRule type="cellIs" dxfId="${styles.dxf(r.style ?? {})}" priority="${r.priority}" operator="${r.operator}">${formulas(r)}</cfRule>`;
        break;
      case "expression":
        body = `<cfRule type="expression" dxfId="${styles.dxf(r.style ?? {})}" priority="${r.priority}">${formulas(r)}</cfRule>`;
        break;
      case "colorScale": {
        const colors = (Array.isArray(r.color) ? r.color : [r.color]).map((c) => colorXml("color", c)).join("");
        body = `<cfRule type="colorScale" priority="${r.priority}"><colorScale>${(r.cfvo ?? []).map(cfvoXml).join("")}${colors}</colorScale></cfRule>`;
        break;
      }
      case "iconSet":
        body = `<cfRule type="iconSet" priority="${r.priority}"><iconSet iconSet="${escapeXml(r.iconSet ?? "3TrafficLights1")}">${(r.cfvo ?? []).map(cfvoXml).join("")}</iconSet></cfRule>`;
        break;
      case "dataBar": {
        const id = barId(nextBar());
        const color = colorXml("color", Array.isArray(r.color) ? r.color[0] : r.color);
        const cfvo = r.cfvo ?? [{ type: "min" }, { type: "max" }];
        body = `<cfRule type="dataBar" priority="${r.priority}"><dataBar>${cfvo.map(cfvoXml).join("")}${color}</dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
        ext.push(
          `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0">${cfvo.map(x14CfvoXml).join("")}</x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`,
        );
        break;
      }
      default:
        continue;
    }
    out.push(`<conditionalFormatting sqref="${sqref}">${body}</conditionalFormatting>`);
  }
  const extXml = ext.length
    ? `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>${ext.join("")}</x14:conditionalFormattings></ext></extLst>`
    : "";
  return { xml: out.join(""), ext: extXml };
}

/** The `<dataValidations>` element (ranges sorted by their text, as ExcelJS writes them), or "". */
export function validationsXml(model: Record<string, DataValidation>): string {
  const keys = Object.keys(model).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!keys.length) return "";
  const items = keys.map((sqref) => {
    const v = model[sqref];
    const attrs: string[] = [];
    if ((v.type as string) !== "any") {
      attrs.push(`type="${v.type}"`);
      if (v.operator && v.type !== "list" && v.operator !== "between") attrs.push(`operator="${v.operator}"`);
      if (v.allowBlank) attrs.push('allowBlank="1"');
    }
    if (v.showInputMessage) attrs.push('showInputMessage="1"');
    if (v.promptTitle) attrs.push(`promptTitle="${escapeXml(v.promptTitle)}"`);
    if (v.prompt) attrs.push(`prompt="${escapeXml(v.prompt)}"`);
    if (v.showErrorMessage) attrs.push('showErrorMessage="1"');
    if (v.errorStyle) attrs.push(`errorStyle="${v.errorStyle}"`);
    if (v.errorTitle) attrs.push(`errorTitle="${escapeXml(v.errorTitle)}"`);
    if (v.error) attrs.push(`error="${escapeXml(v.error)}"`);
    attrs.push(`sqref="${escapeXml(sqref)}"`);
    const f = (v.formulae ?? []).map((x, i) => `<formula${i + 1}>${escapeXml(String(x))}</formula${i + 1}>`).join("");
    return `<dataValidation ${attrs.join(" ")}>${f}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
