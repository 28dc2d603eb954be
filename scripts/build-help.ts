/**
 * Builds the custom-function help from the same JSDoc metadata Excel uses (functions.json):
 *  - dist/help/functions.html: one static page with an anchor per function id (the @helpurl targets),
 *    served by the add-in next to taskpane.html;
 *  - docs/functions.md: every function with its signature, parameters and a worked example.
 * Examples come from each function's @example JSDoc tag (scripts/function-examples.ts). Run after webpack (`npm run build` does).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FunctionExample } from "./function-examples";
import { examplesOf, formatResult } from "./function-examples";
import { declaredIdsIn, functionSourceFiles, FunctionsMetadata, loadMetadata } from "./manifest/function-ids";

type FunctionMeta = FunctionsMetadata["functions"][number];

/** Everything the help shows about one function. */
export interface HelpEntry {
  id: string;
  description: string;
  signature: string;
  parameters: { name: string; description: string; optional: boolean; range: boolean }[];
  returns: string;
  example?: { formula: string; result: string; note: string };
}

const ROOT = join(__dirname, "..");
const NAMESPACE = "IMM";

/** Formats a function's Excel signature, optional parameters in brackets: `IMM.KPISCORE(actual, target, [direction])`. */
export function signature(f: FunctionMeta): string {
  const params = (f.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${f.name}(${params.join(", ")})`;
}

/** Joins the metadata, the JSDoc @returns texts and the examples into help entries, in metadata order. */
export function helpEntries(
  metadata: FunctionsMetadata, returns: Map<string, string>, examples: Readonly<Record<string, FunctionExample>> = {},
): HelpEntry[] {
  return metadata.functions.map((f) => {
    const ex = examples[f.id];
    return {
      id: f.id,
      description: f.description ?? "",
      signature: signature(f),
      parameters: (f.parameters ?? []).map((p) => ({
        name: p.name,
        description: p.description ?? "",
        optional: p.optional === true,
        range: p.dimensionality === "matrix",
      })),
      returns: returns.get(f.id) ?? (f.result?.dimensionality === "matrix" ? "A spilled range." : "One value."),
      ...(ex ? { example: { formula: ex.formula, result: formatResult(ex.result), note: ex.note } } : {}),
    };
  });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
body{font-family:"Segoe UI",system-ui,-apple-system,sans-serif;margin:0;color:#242424;background:#fafafa;line-height:1.45}
header{background:#0f6cbd;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px;font-weight:600}
header p{margin:4px 0 0;font-size:13px;opacity:.9}
main{max-width:860px;margin:0 auto;padding:8px 24px 48px}
nav{display:flex;flex-wrap:wrap;gap:6px;margin:16px 0}nav a{font-size:12px;padding:2px 8px;border:1px solid #d1d1d1;border-radius:4px;background:#fff;color:#0f6cbd;text-decoration:none}
section{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:16px 20px;margin:14px 0}
section:target{outline:2px solid #0f6cbd}
h2{font-size:17px;margin:0 0 6px}code,pre{font-family:Consolas,"Cascadia Mono",monospace;font-size:13px}
pre{background:#f5f5f5;padding:8px 10px;border-radius:4px;overflow-x:auto;margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}th,td{text-align:left;border-bottom:1px solid #eee;padding:4px 6px;vertical-align:top}
th{font-weight:600;color:#616161}.opt{color:#616161;font-size:12px}h3{font-size:13px;margin:12px 0 2px;color:#616161;text-transform:uppercase;letter-spacing:.04em}
`;

/** Renders the single help page (an anchor per function id). */
export function renderHtml(entries: HelpEntry[]): string {
  const nav = entries.map((e) => `<a href="#${e.id}">${e.id}</a>`).join("");
  const sections = entries.map((e) => {
    const rows = e.parameters
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? ' <span class="opt">optional</span>' : ""}</td><td>${p.range ? "cell or range" : "value"}</td><td>${escapeHtml(p.description)}</td></tr>`,
      )
      .join("");
    const example = e.example
      ? `<h3>Example</h3><pre>${escapeHtml(e.example.formula)}</pre><p>Result: <code>${escapeHtml(e.example.result)}</code>. ${escapeHtml(e.example.note)}</p>`
      : "";
    return [
      `<section id="${e.id}">`,
      `<h2>${e.id}</h2>`,
      `<p>${escapeHtml(e.description)}</p>`,
      `<pre>${escapeHtml(e.signature)}</pre>`,
      rows ? `<h3>Parameters</h3><table><thead><tr><th>Name</th><th>Kind</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>` : "",
      `<h3>Returns</h3><p>${escapeHtml(e.returns)}</p>`,
      example,
      `</section>`,
    ].join("\n");
  });
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'self'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>IMM for Excel: function reference</title>",
    '<link rel="icon" type="image/png" href="../assets/icon-32.png">',
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<header><h1>IMM for Excel: function reference</h1><p>Type <code>=IMM.</code> in a cell. Ranges may be a single cell; element-wise functions spill one result per input cell. Bad input gives #VALUE! with a message naming the argument.</p></header>',
    "<main>",
    `<nav aria-label="Functions">${nav}</nav>`,
    ...sections,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function mdCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Renders docs/functions.md: a summary table, then every function with signature, parameters and example. */
export function renderMarkdown(entries: HelpEntry[]): string {
  const lines = [
    "# IMM custom functions",
    "",
    "<!-- Generated by scripts/build-help.ts from the JSDoc in src/functions/pillars/: do not edit by hand. -->",
    "",
    "Type `=IMM.` in a cell. Data arguments accept a single cell or a range; element-wise functions spill one result per input cell; aggregates return one number. Blank cells in aggregates are skipped. Bad input returns `#VALUE!` (or `#N/A` when there is nothing to compute) with a message naming the argument and the bad value. Scores and indices are compared with band edges and thresholds (RISKRATING, STATUS, TRENDLABEL's 1% line) at 9 decimal places, so a floating-point result such as 4.000000000000001 counts as 4.",
    "",
    "| Function | What it computes | Example | Result |",
    "|---|---|---|---|",
    ...entries.map((e) => `| [${e.id}](#${e.id.toLowerCase()}) | ${mdCell(e.description)} | \`${e.example?.formula ?? ""}\` | \`${e.example?.result ?? ""}\` |`),
    "",
  ];
  for (const e of entries) {
    lines.push(`## ${e.id}`, "", e.description, "", "```", e.signature, "```", "");
    if (e.parameters.length) {
      lines.push("| Parameter | Kind | Description |", "|---|---|---|");
      for (const p of e.parameters) lines.push(`| \`${p.name}\`${p.optional ? " (optional)" : ""} | ${p.range ? "cell or range" : "value"} | ${mdCell(p.description)} |`);
      lines.push("");
    }
    lines.push(`**Returns:** ${e.returns}`, "");
    if (e.example) lines.push("**Example:**", "", "```", e.example.formula, "```", "", `→ \`${e.example.result}\`. ${e.example.note}`, "");
  }
  return lines.join("\n");
}

/** Generates both help outputs; returns the paths written and any functions lacking an example. */
export async function buildHelp(opts = { root: ROOT }): Promise<{ written: string[]; missingExamples: string[] }> {
  const sources = functionSourceFiles(join(opts.root, "src", "functions", "pillars"));
  const { metadata } = await loadMetadata(sources, join(opts.root, "dist", "functions.json"));
  const declared = declaredIdsIn(sources);
  const returns = new Map(declared.map((d) => [d.id, d.returns ?? ""] as const).filter(([, r]) => r));
  const entries = helpEntries(metadata, returns, examplesOf(declared, metadata));
  const html = join(opts.root, "dist", "help", "functions.html");
  const md = join(opts.root, "docs", "functions.md");
  for (const [file, text] of [
    [html, renderHtml(entries)],
    [md, renderMarkdown(entries)],
  ] as const) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { written: [html, md], missingExamples: entries.filter((e) => !e.example).map((e) => e.id) };
}

if (require.main === module) {
  buildHelp()
    .then(({ written, missingExamples }) => {
      for (const f of written) console.log(`wrote ${f}`);
      if (missingExamples.length) console.warn(`warning: no @example in the JSDoc (src/functions/pillars) for ${missingExamples.join(", ")}`);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
