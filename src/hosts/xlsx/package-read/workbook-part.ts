/**
 * The workbook part (xl/workbook.xml, found through the package relationships) and its relationships: the sheets
 * in workbook order with their state, kind and part, the defined names (where the ownership marks
 * `IMM_Owned_<key>` live) and the 1904 date system flag.
 */
import { parseRels, relsPathOf, resolveTarget } from "../package-xml";
import { PackageReadError } from "./errors";
import type { PackageParts } from "./package-parts";
import { byLocalName, element, elements, xmlUnescape } from "./xml";

/** A sheet of the workbook, in workbook order. */
export interface PackageSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: "worksheet" | "chartsheet" | "other";
}

/** A defined name as workbook.xml holds it (`value` is the formula text, e.g. `'IMM Risk Review'!$A$1`). */
export interface DefinedName {
  name: string;
  /** 0-based index of the sheet the name is local to; absent for a workbook-scoped name. */
  localSheetId?: number;
  value: string;
  comment?: string;
}

/** The workbook part read: its path, sheets with their parts, names and date system. */
export interface WorkbookPart {
  path: string;
  sheets: (PackageSheet & { part: string | null })[];
  definedNames: DefinedName[];
  date1904: boolean;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

function kindOf(type: string): PackageSheet["kind"] {
  if (/\/worksheet$/.test(type)) return "worksheet";
  if (/\/chartsheet$/.test(type)) return "chartsheet";
  return "other";
}

function stateOf(v: string | undefined): PackageSheet["state"] {
  return v === "hidden" ? "hidden" : v === "veryHidden" ? "veryHidden" : "visible";
}

/** True for an xsd:boolean true ("1", "true"). */
export function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

/** Reads the workbook part; throws PackageReadError when the package has none. */
export function readWorkbookPart(parts: PackageParts): WorkbookPart {
  const root = parseRels(parts.text("_rels/.rels") ?? "").find((r) => OFFICE_DOCUMENT.test(r.type));
  const path = root ? resolveTarget("", root.target) : "xl/workbook.xml";
  const xml = parts.text(path);
  if (xml === null) throw new PackageReadError(`the file is damaged: it has no workbook part ("${path}")`);
  const rels = new Map(parseRels(parts.text(relsPathOf(path)) ?? "").map((r) => [r.id, r]));

  const sheets = elements(xml, "sheet").map(({ attrs }) => {
    const rel = rels.get(byLocalName(attrs, "id") ?? "");
    const kind = rel ? kindOf(rel.type) : "other";
    return { name: attrs.name ?? "", state: stateOf(attrs.state), kind, part: rel ? resolveTarget(path, rel.target) : null };
  });
  const definedNames = elements(xml, "definedName").map(({ attrs, inner }): DefinedName => {
    const dn: DefinedName = { name: attrs.name ?? "", value: xmlUnescape(inner ?? "") };
    if (attrs.localSheetId !== undefined && /^\d+$/.test(attrs.localSheetId)) dn.localSheetId = Number(attrs.localSheetId);
    if (attrs.comment !== undefined) dn.comment = attrs.comment;
    return dn;
  });
  const pr = element(xml, "workbookPr");
  return { path, sheets, definedNames, date1904: isTrue(pr?.attrs.date1904) };
}
