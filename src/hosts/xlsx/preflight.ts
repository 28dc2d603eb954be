/**
 * The pre-flight check of a workbook a contractor sends, run before ExcelJS or JSZip parse anything. Each hostile
 * construct gets one clear sentence, and memory stays bounded: parts are inflated as streams, counted and thrown
 * away, never held whole.
 *
 * Refused:
 * - a zip bomb: the sizes the entries declare, or the sizes they actually inflate to, past a total limit, or an
 *   entry inflating to more than it declares;
 * - a part name that leaves the package (`../`, an absolute or drive path);
 * - an XML part with a DTD (`<!DOCTYPE`, entity declarations): workbooks never have one, and it is how the
 *   "billion laughs" and external-entity attacks work;
 * - a relationship loop (a part reaching itself through relationships);
 * - a part the workbook needs (workbook, worksheet, shared strings, styles, table) referenced but missing.
 *   Other missing targets (a theme, printer settings) are tolerated, as Excel opens such files; the writer keeps
 *   them as the user had them.
 */
import { EntryStream, type InflateRaw } from "./package-read/entry-stream";
import { PackageReadError, pastDeclaredSize } from "./package-read/errors";
import { resolveTarget } from "./package-xml";
import { utf8 } from "./utf8";
import { listZip, type ZipEntry } from "./zip-entries";

/** Limits of the check (the defaults fit any real workbook; tests pass small ones). */
export interface PreflightLimits {
  /** Total inflated bytes of all parts. */
  maxTotal: number;
  /** Number of parts. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: PreflightLimits = { maxTotal: 300 * 1024 * 1024, maxEntries: 20_000 };

const PROLOG_BYTES = 64 * 1024;
const MAX_RELS_BYTES = 16 * 1024 * 1024;

/** Relationship types whose target the reader needs: a missing one makes the workbook unreadable. */
const NEEDED = /\/(officeDocument|worksheet|sharedStrings|styles|table)$/;

const mb = (n: number) => {
  const v = n / (1024 * 1024);
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} MB`;
};

/** Refusal of a hostile or damaged package: one sentence, no label (the caller adds the file name). */
export class PreflightError extends Error {}

/** True when a part name stays inside the package. */
function safeName(name: string): boolean {
  if (name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name) || name.includes("\0")) return false;
  return !name.split("/").some((seg) => seg === ".." || seg === ".");
}

/**
 * Inflates one entry in steps (package-read's EntryStream: in Node and in the browser), handing each chunk to `take`;
 * stops past `max` bytes and never inflates past the size the entry declares. Returns the size inflated (more than
 * `max` when it stopped; more than the declared size when the entry inflates past it). `native` inflates a smaller
 * part whole (Node's zlib in the CLI).
 */
function inflate(bytes: Uint8Array, e: ZipEntry, max: number, take: (chunk: Uint8Array) => void, native?: InflateRaw): number {
  let total = 0;
  try {
    const stream = new EntryStream(bytes, e, native);
    for (let chunk = stream.next(); chunk; chunk = stream.next()) {
      total += chunk.length;
      if (total > max) return total;
      take(chunk);
    }
  } catch (err) {
    if (!(err instanceof PackageReadError)) throw err;
    // Past its declared size: reported as such by the caller (a prolog read just stops).
    if (err.message.startsWith("refused")) return e.size + 1;
    if (/encrypted|unsupported zip compression/.test(err.message)) throw new PreflightError(`the file is damaged or not an .xlsx workbook (${err.message})`);
    throw new PreflightError(`the file is damaged or not an .xlsx workbook (part "${e.name}" does not inflate)`);
  }
  return total;
}

/** Decodes XML bytes (UTF-8, or UTF-16 with a byte-order mark, read as its ASCII characters). */
function decode(bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) return utf8(bytes);
  let s = "";
  for (const b of bytes) if (b !== 0) s += String.fromCharCode(b);
  return s;
}

function concat(chunks: Uint8Array[], limit: number): Uint8Array {
  const size = Math.min(limit, chunks.reduce((n, c) => n + c.length, 0));
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    if (at >= size) break;
    out.set(c.subarray(0, size - at), at);
    at += Math.min(c.length, size - at);
  }
  return out;
}

/** True when the XML prolog (before the root element) declares a DTD or entities. */
export function hasDtd(prolog: string): boolean {
  const root = prolog.search(/<[A-Za-z_]/);
  const head = root < 0 ? prolog : prolog.slice(0, root);
  return /<!DOCTYPE|<!ENTITY/i.test(head);
}

/** The refusal of a part with a DTD. */
const dtdRefusal = (part: string): string =>
  `refused: part "${part}" declares a DTD or entities (<!DOCTYPE>), which workbooks never do (an entity-expansion or external-entity attack?)`;

interface Rel {
  type: string;
  target: string;
}

function relsOf(xml: string, source: string): Rel[] {
  const out: Rel[] = [];
  for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (/\sTargetMode\s*=\s*["']External["']/.test(tag)) continue;
    const target = /\sTarget\s*=\s*"([^"]*)"|\sTarget\s*=\s*'([^']*)'/.exec(tag);
    const type = /\sType\s*=\s*"([^"]*)"|\sType\s*=\s*'([^']*)'/.exec(tag);
    const t = target ? (target[1] ?? target[2]) : "";
    if (t) out.push({ type: type ? (type[1] ?? type[2]) : "", target: resolveTarget(source, t.replace(/&amp;/g, "&")) });
  }
  return out;
}

/** The source part of a .rels part ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → ""). */
function sourceOf(relsName: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsName);
  return m ? m[1] + m[2] : null;
}

/** A relationship loop reachable from the package root, as a path of parts, or null. */
function findLoop(graph: Map<string, Rel[]>): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 done
  const path: string[] = [];
  const stack: { part: string; next: number }[] = [{ part: "", next: 0 }];
  state.set("", 1);
  path.push("");
  while (stack.length) {
    const top = stack[stack.length - 1];
    const rels = graph.get(top.part) ?? [];
    if (top.next >= rels.length) {
      state.set(top.part, 2);
      stack.pop();
      path.pop();
      continue;
    }
    const t = rels[top.next++].target.toLowerCase();
    const s = state.get(t);
    if (s === 1) return [...path.slice(path.indexOf(t)), t];
    if (s === undefined) {
      state.set(t, 1);
      path.push(t);
      stack.push({ part: t, next: 0 });
    }
  }
  return null;
}

/** The worksheet parts a package's [Content_Types].xml declares (lower case), read in its first 16 MB. */
function worksheetParts(bytes: Uint8Array, entries: readonly ZipEntry[], native?: InflateRaw): Set<string> {
  const e = entries.find((x) => x.name === "[Content_Types].xml");
  const chunks: Uint8Array[] = [];
  if (e && !e.encrypted) inflate(bytes, e, Math.min(e.size, MAX_RELS_BYTES), (c) => chunks.push(c), native);
  const types = decode(concat(chunks, MAX_RELS_BYTES));
  const out = new Set<string>();
  for (const [tag] of types.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)) {
    if (!/ContentType\s*=\s*["'][^"']*spreadsheetml\.worksheet\+xml["']/.test(tag)) continue;
    const m = /PartName\s*=\s*["']\/?([^"']*)["']/.exec(tag);
    if (m) out.add(m[1].toLowerCase());
  }
  return out;
}

/** How much of the package the check inflates. */
export interface PreflightOptions {
  /**
   * True when worksheet parts will only ever be inflated as streams that stop at their declared size (the package
   * reader, package-read/), or copied as they are (the lossless writer): their prolog is checked (no DTD) and their
   * declared size counted, but they are not inflated to the end here, so a large unrelated data sheet costs nothing.
   * False (default) for ExcelJS, which inflates every part whole: every part is inflated and measured first.
   */
  streamedSheets?: boolean;
  /** A native inflater for the parts inflated whole (Node's zlib in the CLI; package-read/entry-stream.ts). */
  inflate?: InflateRaw;
}

/** Checks a zip package; throws PreflightError (one sentence, no file name) when it is hostile or damaged. */
export async function preflight(bytes: Uint8Array, limits: PreflightLimits = DEFAULT_LIMITS, options: PreflightOptions = {}): Promise<void> {
  const listing = listZip(bytes, limits.maxEntries);
  if (!listing.ok) throw new PreflightError(listing.tooLarge ? `refused: ${listing.reason}` : `the file is damaged or not an .xlsx workbook (${listing.reason})`);
  const { entries } = listing;
  for (const e of entries) if (!safeName(e.name)) throw new PreflightError(`refused: the part name "${e.name.slice(0, 120)}" points outside the package`);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxTotal) throw new PreflightError(`refused: the parts declare ${mb(declared)} once inflated, over the ${mb(limits.maxTotal)} limit (a "zip bomb"?)`);

  const graph = new Map<string, Rel[]>();
  const native = options.inflate;
  const streamed = options.streamedSheets ? worksheetParts(bytes, entries, native) : new Set<string>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith("/") || e.encrypted) continue;
    const isRels = /(^|\/)_rels\/[^/]*\.rels$/i.test(e.name);
    const isXml = isRels || /\.(xml|vml)$/i.test(e.name);
    const keep = isRels ? MAX_RELS_BYTES : isXml ? PROLOG_BYTES : 0;
    const chunks: Uint8Array[] = [];
    let kept = 0;
    if (streamed.has(e.name.toLowerCase())) {
      // Only its prolog: the reader stops at the declared size, which the total above already counts.
      inflate(bytes, e, Math.min(e.size, PROLOG_BYTES), (c) => chunks.push(c));
      if (hasDtd(decode(concat(chunks, PROLOG_BYTES)))) throw new PreflightError(dtdRefusal(e.name));
      continue;
    }
    const max = Math.min(e.size, limits.maxTotal - total);
    const size = inflate(bytes, e, max, (c) => {
      if (kept < keep) {
        chunks.push(c);
        kept += c.length;
      }
    }, native);
    if (size > max) {
      if (size > e.size) throw new PreflightError(pastDeclaredSize(e.name, e.size));
      throw new PreflightError(`refused: the parts inflate to more than the ${mb(limits.maxTotal)} limit (a "zip bomb"?)`);
    }
    total += size;
    if (!isXml) continue;
    if (isRels && kept > MAX_RELS_BYTES) throw new PreflightError(`refused: the relationship part "${e.name}" is larger than ${mb(MAX_RELS_BYTES)}`);
    const text = decode(concat(chunks, keep));
    if (hasDtd(text)) throw new PreflightError(dtdRefusal(e.name));
    const source = isRels ? sourceOf(e.name) : null;
    if (source !== null) graph.set(source.toLowerCase(), relsOf(text, source));
  }

  const loop = findLoop(graph);
  if (loop) throw new PreflightError(`refused: relationship loop ${loop.map((p) => p || "(package)").join(" → ")}`);
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const [source, rels] of graph) {
    for (const r of rels) {
      if (NEEDED.test(r.type) && !names.has(r.target.toLowerCase())) {
        throw new PreflightError(`the file is damaged: "${r.target}" is referenced by ${source || "the package"} but is not in it`);
      }
    }
  }
}
