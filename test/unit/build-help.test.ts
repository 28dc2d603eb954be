/** Tests for the help generator: one anchor per function, parameters and examples rendered, text escaped. */
import { escapeHtml, helpEntries, renderHtml, renderMarkdown, signature } from "../../scripts/build-help";
import type { FunctionsMetadata } from "../../scripts/manifest/function-ids";
import { examplesOf } from "../../scripts/function-examples";

const META: FunctionsMetadata = {
  functions: [
    {
      id: "RISKSCORE",
      name: "RISKSCORE",
      description: "Risk score = likelihood × consequence <1–25>.",
      parameters: [
        { name: "likelihood", description: "Likelihood 1–5.", dimensionality: "matrix" },
        { name: "consequence", description: "Consequence 1–5.", dimensionality: "matrix" },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      id: "STATUS",
      name: "STATUS",
      description: "Status of an index.",
      parameters: [
        { name: "index", description: "Index.", dimensionality: "matrix" },
        { name: "amber", description: "Amber threshold.", optional: true },
      ],
    },
    { id: "NOEXAMPLE", name: "NOEXAMPLE", description: "No example here.", parameters: [] },
  ],
};

const EXAMPLES = examplesOf([
  { id: "RISKSCORE", line: 1, example: '=IMM.RISKSCORE({4;3}, {5;"Major"}) → {20;12} Likelihood × consequence.' },
  { id: "STATUS", line: 9, example: "=IMM.STATUS({85;70;40}) → {\"Green\";\"Amber\";\"Red\"} Default thresholds." },
], META);

const entries = helpEntries(META, new Map([["RISKSCORE", "The score of each row."]]), EXAMPLES);

test("signatures bracket optional parameters and carry the namespace", () => {
  expect(signature(META.functions[1])).toBe("IMM.STATUS(index, [amber])");
});

test("entries join metadata, @returns text and examples", () => {
  expect(entries.map((e) => e.id)).toEqual(["RISKSCORE", "STATUS", "NOEXAMPLE"]);
  expect(entries[0].returns).toBe("The score of each row.");
  expect(entries[1].returns).toBe("One value.");
  expect(entries[0].example?.result).toBe("{20;12}");
  expect(entries[2].example).toBeUndefined();
  expect(entries[1].parameters).toEqual([
    { name: "index", description: "Index.", optional: false, range: true },
    { name: "amber", description: "Amber threshold.", optional: true, range: false },
  ]);
});

test("the HTML page has one anchor per function id, escaped text and no scripts", () => {
  const html = renderHtml(entries);
  for (const id of ["RISKSCORE", "STATUS", "NOEXAMPLE"]) {
    expect(html.match(new RegExp(`<section id="${id}">`, "g"))).toHaveLength(1);
    expect(html).toContain(`<a href="#${id}">${id}</a>`);
  }
  expect(html).toContain("consequence &lt;1–25&gt;.");
  expect(html).toContain("=IMM.RISKSCORE({4;3}, {5;&quot;Major&quot;})");
  expect(html).not.toMatch(/<script/i);
  expect(html).toMatch(/Content-Security-Policy/);
});

test("the markdown lists every function with signature and example", () => {
  const md = renderMarkdown(entries);
  expect(md).toContain("## RISKSCORE");
  expect(md).toContain("IMM.STATUS(index, [amber])");
  expect(md).toContain('=IMM.STATUS({85;70;40})');
  expect(md).toContain("| `amber` (optional) | value | Amber threshold. |");
});

test("escapeHtml escapes all five special characters", () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});
