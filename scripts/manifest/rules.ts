/**
 * Offline checks of the add-in's XML manifest: schema element order, resource references,
 * shared-runtime URL agreement, https, the custom-functions namespace and requirement sets.
 * Each finding carries the manifest line it is about.
 */
import { XmlElement, child, descendants, path } from "./xml-tree";

/** One problem found in the manifest. */
export interface Finding {
  line: number;
  severity: "error" | "warning";
  message: string;
}

/** Options for the manifest rules. */
export interface RuleOptions {
  /** The custom-functions namespace the manifest must declare. */
  namespace: string;
}

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> in the Office manifest schema (v1.1). */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICE_APP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

/** Child orders of the VersionOverrides (task pane 1.0) parts this add-in uses. */
const SEQUENCES: Record<string, { order: string[]; required: string[] }> = {
  VersionOverrides: {
    order: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
    required: ["Hosts"],
  },
  Host: { order: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"], required: [] },
  DesktopFormFactor: { order: ["GetStarted", "FunctionFile", "ExtensionPoint"], required: ["FunctionFile"] },
  Resources: { order: ["Images", "Urls", "ShortStrings", "LongStrings"], required: [] },
  ExtensionPoint: { order: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"], required: [] },
  Control: { order: ["Label", "Supertip", "Icon", "Action"], required: ["Label", "Supertip", "Icon", "Action"] },
  Group: { order: ["Label", "Icon", "Control"], required: ["Label", "Icon"] },
};

/** Resource collections of <Resources> and the element name of each entry. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource kind an element's resid must point to, by element name (and parent for Description/Title). */
export function expectedKind(el: XmlElement): ResourceKind | undefined {
  switch (el.name) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return undefined;
  }
}

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
  line: number;
}

const SHORT_STRING_MAX = 125;
const RESID_MAX = 32;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function err(out: Finding[], line: number, message: string): void {
  out.push({ line, severity: "error", message });
}

function warn(out: Finding[], line: number, message: string): void {
  out.push({ line, severity: "warning", message });
}

/** Checks the children of an element follow the schema sequence (unknown and missing children too). */
export function checkOrder(el: XmlElement, order: string[], required: string[], out: Finding[]): void {
  let last = -1;
  let lastName = "";
  for (const c of el.children) {
    const i = order.indexOf(c.name);
    if (i < 0) {
      err(out, c.line, `<${c.name}> is not allowed in <${el.name}> (allowed, in order: ${order.join(", ")})`);
      continue;
    }
    if (i < last) {
      err(out, c.line, `<${c.name}> is out of order in <${el.name}>: it must come before <${lastName}> (schema order: ${order.join(", ")})`);
    } else {
      last = i;
      lastName = c.name;
    }
  }
  for (const name of required) {
    if (!child(el, name)) err(out, el.line, `<${el.name}> is missing required <${name}>`);
  }
}

function collectResources(root: XmlElement, out: Finding[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const res = path(root, "VersionOverrides", "Resources");
  if (!res) return resources;
  for (const kind of RESOURCE_KINDS) {
    for (const entry of child(res, kind)?.children ?? []) {
      const id = entry.attrs.id ?? "";
      const value = entry.attrs.DefaultValue;
      if (!id) err(out, entry.line, `<${entry.qname}> in <${kind}> has no id`);
      if (value === undefined) err(out, entry.line, `resource "${id}" has no DefaultValue`);
      if (resources.has(id)) err(out, entry.line, `resource id "${id}" is defined twice (also line ${resources.get(id)?.line})`);
      if (kind === "ShortStrings" && (value ?? "").length > SHORT_STRING_MAX) {
        err(out, entry.line, `short string "${id}" is ${(value ?? "").length} characters (max ${SHORT_STRING_MAX})`);
      }
      resources.set(id, { id, kind, value: value ?? "", line: entry.line });
    }
  }
  return resources;
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, out: Finding[]): void {
  const used = new Set<string>();
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > RESID_MAX) err(out, el.line, `resid "${resid}" is longer than ${RESID_MAX} characters`);
    const res = resources.get(resid);
    const kind = expectedKind(el);
    if (!res) {
      err(out, el.line, `<${el.qname} resid="${resid}"> refers to no resource (expected one in <bt:${kind ?? "Urls"}>)`);
    } else if (kind && res.kind !== kind) {
      err(out, el.line, `<${el.qname} resid="${resid}"> needs a <bt:${kind}> resource but "${resid}" is in <bt:${res.kind}> (line ${res.line})`);
    }
  }
  for (const res of resources.values()) {
    if (!used.has(res.id)) warn(out, res.line, `resource "${res.id}" is never used`);
  }
}

function isLocalhost(host: string): boolean {
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

/** Checks one URL: absolute, https (http only for localhost during development). */
export function checkUrl(url: string, where: string, line: number, out: Finding[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    err(out, line, `${where}: "${url}" is not an absolute URL`);
    return;
  }
  if (parsed.protocol === "https:") return;
  if (parsed.protocol === "http:" && isLocalhost(parsed.hostname)) return;
  err(out, line, `${where}: "${url}" must use https (http is allowed only for localhost development URLs)`);
}

function checkHttps(root: XmlElement, resources: Map<string, Resource>, out: Finding[]): void {
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = child(root, name);
    if (el?.attrs.DefaultValue !== undefined) checkUrl(el.attrs.DefaultValue, `<${name}>`, el.line, out);
  }
  const source = path(root, "DefaultSettings", "SourceLocation");
  if (source?.attrs.DefaultValue !== undefined) checkUrl(source.attrs.DefaultValue, "<DefaultSettings><SourceLocation>", source.line, out);
  for (const domain of child(root, "AppDomains")?.children ?? []) checkUrl(domain.text, "<AppDomain>", domain.line, out);
  for (const res of resources.values()) {
    if (res.kind === "Urls" || res.kind === "Images") checkUrl(res.value, `resource "${res.id}"`, res.line, out);
  }
}

function findExtensionPoint(root: XmlElement, type: string): XmlElement | undefined {
  return descendants(root).find((e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === type);
}

function checkSharedRuntime(root: XmlElement, resources: Map<string, Resource>, out: Finding[]): void {
  const host = descendants(root).find((e) => e.name === "Host" && e.attrs["xsi:type"] === "Workbook");
  if (!host) {
    err(out, path(root, "VersionOverrides")?.line ?? root.line, `<VersionOverrides> has no <Host xsi:type="Workbook">`);
    return;
  }
  const runtimes = child(host, "Runtimes")?.children.filter((c) => c.name === "Runtime") ?? [];
  if (runtimes.length !== 1) {
    err(out, host.line, `the Workbook host must declare exactly one shared <Runtime> (found ${runtimes.length})`);
    return;
  }
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") err(out, runtime.line, `<Runtime> must have lifetime="long" for a shared runtime`);
  const runtimeId = runtime.attrs.resid;
  const cf = findExtensionPoint(host, "CustomFunctions");
  const refs: { what: string; el: XmlElement | undefined }[] = [
    { what: "<CustomFunctions><Page><SourceLocation>", el: path(cf, "Page", "SourceLocation") },
    { what: "<FunctionFile>", el: path(host, "DesktopFormFactor", "FunctionFile") },
    ...descendants(host)
      .filter((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane")
      .map((a) => ({ what: `<Action xsi:type="ShowTaskpane">`, el: child(a, "SourceLocation") })),
  ];
  for (const { what, el } of refs) {
    if (!el) {
      err(out, host.line, `${what} is missing: it must use the shared runtime "${runtimeId}"`);
    } else if (el.attrs.resid !== runtimeId) {
      err(out, el.line, `${what} uses "${el.attrs.resid}" but the shared <Runtime> is "${runtimeId}": they must be the same page`);
    }
  }
  const runtimeUrl = resources.get(runtimeId ?? "")?.value;
  const defaultSource = path(root, "DefaultSettings", "SourceLocation");
  if (runtimeUrl && defaultSource && defaultSource.attrs.DefaultValue !== runtimeUrl) {
    err(out, defaultSource.line, `<DefaultSettings><SourceLocation> is "${defaultSource.attrs.DefaultValue}" but the runtime page is "${runtimeUrl}"`);
  }
  if (!cf) {
    err(out, host.line, `no <ExtensionPoint xsi:type="CustomFunctions"> in the Workbook host`);
    return;
  }
  for (const part of ["Script", "Metadata"]) {
    const loc = path(cf, part, "SourceLocation");
    const url = resources.get(loc?.attrs.resid ?? "")?.value;
    if (!loc) err(out, cf.line, `<CustomFunctions> is missing <${part}><SourceLocation>`);
    else if (url && runtimeUrl && safeOrigin(url) !== safeOrigin(runtimeUrl)) {
      err(out, loc.line, `<${part}> URL "${url}" is not on the runtime page's origin ${safeOrigin(runtimeUrl)}`);
    }
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function checkNamespace(root: XmlElement, resources: Map<string, Resource>, opts: RuleOptions, out: Finding[]): void {
  const cf = findExtensionPoint(root, "CustomFunctions");
  const ns = child(cf, "Namespace");
  if (!cf) return;
  if (!ns) {
    err(out, cf.line, `<CustomFunctions> has no <Namespace>`);
    return;
  }
  const value = resources.get(ns.attrs.resid ?? "")?.value;
  if (value !== undefined && value !== opts.namespace) {
    err(out, ns.line, `custom functions namespace is "${value}", expected "${opts.namespace}"`);
  }
}

function setsOf(el: XmlElement | undefined): Map<string, XmlElement> {
  const sets = new Map<string, XmlElement>();
  for (const s of child(el, "Sets")?.children ?? []) sets.set(s.attrs.Name ?? "", s);
  return sets;
}

function versionAtLeast(actual: string | undefined, wanted: string): boolean {
  const a = (actual ?? "1.1").split(".").map(Number);
  const w = wanted.split(".").map(Number);
  return a[0] > w[0] || (a[0] === w[0] && (a[1] ?? 0) >= (w[1] ?? 0));
}

function checkBasics(root: XmlElement, out: Finding[]): void {
  if (root.name !== "OfficeApp") {
    err(out, root.line, `root element is <${root.qname}>, expected <OfficeApp>`);
    return;
  }
  if (root.attrs["xsi:type"] !== "TaskPaneApp") err(out, root.line, `<OfficeApp> must have xsi:type="TaskPaneApp"`);
  const id = child(root, "Id");
  if (id && !GUID.test(id.text)) err(out, id.line, `<Id> "${id.text}" is not a GUID`);
  const version = child(root, "Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text)) err(out, version.line, `<Version> "${version.text}" is not n.n.n.n`);
  const perms = child(root, "Permissions");
  if (perms && perms.text !== "ReadWriteDocument") err(out, perms.line, `<Permissions> is "${perms.text}", the add-in needs ReadWriteDocument`);
  const hosts = child(root, "Hosts")?.children.map((h) => h.attrs.Name) ?? [];
  if (!hosts.includes("Workbook")) err(out, child(root, "Hosts")?.line ?? root.line, `<Hosts> must include <Host Name="Workbook"/> (Excel)`);
  const vo = child(root, "VersionOverrides");
  if (!vo) return;
  const sets = setsOf(child(vo, "Requirements"));
  const wanted: [string, string][] = [
    ["SharedRuntime", "1.1"],
    ["ExcelApi", "1.7"],
  ];
  for (const [name, min] of wanted) {
    const set = sets.get(name);
    const dflt = child(child(vo, "Requirements"), "Sets")?.attrs.DefaultMinVersion;
    if (!set) err(out, child(vo, "Requirements")?.line ?? vo.line, `<VersionOverrides><Requirements> must require ${name} ${min}`);
    else if (!versionAtLeast(set.attrs.MinVersion ?? dflt, min)) {
      err(out, set.line, `${name} MinVersion is ${set.attrs.MinVersion}, expected at least ${min}`);
    }
  }
}

/** Runs every manifest rule on a parsed manifest and returns the findings, in line order. */
export function checkManifest(root: XmlElement, opts: RuleOptions): Finding[] {
  const out: Finding[] = [];
  checkBasics(root, out);
  if (root.name !== "OfficeApp") return out;
  checkOrder(root, OFFICE_APP_ORDER, OFFICE_APP_REQUIRED, out);
  for (const el of descendants(root)) {
    const seq = SEQUENCES[el.name];
    if (seq) checkOrder(el, seq.order, seq.required, out);
  }
  const resources = collectResources(root, out);
  checkResids(root, resources, out);
  checkHttps(root, resources, out);
  checkSharedRuntime(root, resources, out);
  checkNamespace(root, resources, opts, out);
  return out.sort((a, b) => a.line - b.line);
}
