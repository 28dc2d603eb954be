/**
 * Tests for the offline manifest validator: the real manifest passes, and a broken copy of it for
 * each rule is reported with the right, located message.
 */
import { mkdtempSync, readFileSync, writeFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseXml } from "../../scripts/manifest/xml-tree";
import { checkManifest, Finding } from "../../scripts/manifest/rules";
import { compareIds, declaredIds, declaredIdsIn, functionSourceFiles } from "../../scripts/manifest/function-ids";
import { defaultOptions, validate } from "../../scripts/validate-manifest";

const GOOD = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

/** Applies one textual edit to the real manifest, failing loudly if the edit does not apply. */
function broken(find: string | RegExp, replace: string): string {
  const out = GOOD.replace(find, replace);
  if (out === GOOD) throw new Error(`fixture edit did not apply: ${String(find)}`);
  return out;
}

function findings(xml: string): Finding[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(`fixture not well-formed: ${parsed.message}`);
  return checkManifest(parsed.root, { namespace: "IMM" });
}

function errors(xml: string): string[] {
  return findings(xml)
    .filter((f) => f.severity === "error")
    .map((f) => `${f.line}: ${f.message}`);
}

function lineOf(xml: string, needle: string): number {
  const i = xml.indexOf(needle);
  if (i < 0) throw new Error(`needle not found: ${needle}`);
  return xml.slice(0, i).split("\n").length;
}

describe("manifest rules", () => {
  test("the repository manifest has no findings at all", () => {
    expect(findings(GOOD)).toEqual([]);
  });

  test("not well-formed XML is reported with its line", () => {
    const xml = broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permission>");
    const parsed = parseXml(xml);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.line).toBe(lineOf(xml, "<Permissions>"));
      expect(parsed.message).toMatch(/Permission/);
    }
  });

  test("OfficeApp children out of schema order", () => {
    const hosts = '  <Hosts>\n    <Host Name="Workbook"/>\n  </Hosts>\n';
    const xml = broken(hosts, "").replace("  <AppDomains>", hosts + "  <AppDomains>");
    const errs = errors(xml);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(new RegExp(`^${lineOf(xml, "<AppDomains>")}: <AppDomains> is out of order in <OfficeApp>: it must come before <Hosts>`));
  });

  test("missing required element and unknown element", () => {
    const xml = broken("<DefaultLocale>en-US</DefaultLocale>", "<Locale>en-US</Locale>");
    const errs = errors(xml);
    expect(errs).toContainEqual(expect.stringMatching(/<Locale> is not allowed in <OfficeApp>/));
    expect(errs).toContainEqual(expect.stringMatching(/<OfficeApp> is missing required <DefaultLocale>/));
  });

  test("order inside VersionOverrides parts is checked too (GetStarted after FunctionFile)", () => {
    const xml = broken(/(\s*<GetStarted>[\s\S]*?<\/GetStarted>)(\s*<FunctionFile resid="Taskpane.Url"\/>)/, "$2$1");
    expect(errors(xml)).toEqual([`${lineOf(xml, "<GetStarted>")}: <GetStarted> is out of order in <DesktopFormFactor>: it must come before <FunctionFile> (schema order: GetStarted, FunctionFile, ExtensionPoint)`]);
  });

  test("a resid with no resource", () => {
    const xml = broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    const errs = errors(xml);
    expect(errs).toEqual([`${lineOf(xml, "Group.Missing")}: <Label resid="Group.Missing"> refers to no resource (expected one in <bt:ShortStrings>)`]);
    expect(findings(xml).filter((f) => f.severity === "warning").map((f) => f.message)).toEqual(['resource "Group.Label" is never used']);
  });

  test("a resid pointing at the wrong kind of resource", () => {
    const xml = broken('<Label resid="TaskpaneButton.Label"/>\n                  <Supertip>', '<Label resid="TaskpaneButton.Tooltip"/>\n                  <Supertip>');
    expect(errors(xml)).toEqual([
      `${lineOf(xml, '<Label resid="TaskpaneButton.Tooltip"/>')}: <Label resid="TaskpaneButton.Tooltip"> needs a <bt:ShortStrings> resource but "TaskpaneButton.Tooltip" is in <bt:LongStrings> (line ${lineOf(xml, '<bt:String id="TaskpaneButton.Tooltip"')})`,
    ]);
  });

  test("a duplicate resource id", () => {
    const xml = broken('<bt:String id="Group.Label" DefaultValue="IMM"/>', '<bt:String id="Group.Label" DefaultValue="IMM"/>\n        <bt:String id="Group.Label" DefaultValue="Again"/>');
    expect(errors(xml)).toEqual([expect.stringMatching(/resource id "Group.Label" is defined twice/)]);
  });

  test("the ribbon button must open the shared runtime page", () => {
    const xml = broken(/(<TaskpaneId>IMM.Taskpane<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url"\/>/, '$1<SourceLocation resid="Functions.Script.Url"/>');
    expect(errors(xml)).toEqual([
      `${lineOf(xml, '<SourceLocation resid="Functions.Script.Url"/>\n                  </Action>')}: <Action xsi:type="ShowTaskpane"> uses "Functions.Script.Url" but the shared <Runtime> is "Taskpane.Url": they must be the same page`,
    ]);
  });

  test("the custom functions page must be the shared runtime page", () => {
    const xml = broken(/(<Page>\s*)<SourceLocation resid="Taskpane.Url"\/>/, '$1<SourceLocation resid="GetStarted.LearnMoreUrl"/>');
    expect(errors(xml)).toEqual([expect.stringMatching(/<CustomFunctions><Page><SourceLocation> uses "GetStarted.LearnMoreUrl" but the shared <Runtime> is "Taskpane.Url"/)]);
  });

  test("DefaultSettings must load the runtime page", () => {
    const xml = broken('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', '<SourceLocation DefaultValue="https://localhost:3000/other.html"/>');
    expect(errors(xml)).toEqual([expect.stringMatching(/<DefaultSettings><SourceLocation> is "https:\/\/localhost:3000\/other.html" but the runtime page is/)]);
  });

  test("the shared runtime must be long-lived", () => {
    const xml = broken('lifetime="long"', 'lifetime="short"');
    expect(errors(xml)).toEqual([`${lineOf(xml, "<Runtime ")}: <Runtime> must have lifetime="long" for a shared runtime`]);
  });

  test("functions metadata on another origin than the runtime page", () => {
    const xml = broken("https://localhost:3000/functions.json", "https://cdn.example.com/functions.json");
    expect(errors(xml)).toEqual([expect.stringMatching(/<Metadata> URL "https:\/\/cdn.example.com\/functions.json" is not on the runtime page's origin https:\/\/localhost:3000/)]);
  });

  test("http is an error except for localhost", () => {
    const remote = broken('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="http://example.com/icon-32.png"/>');
    expect(errors(remote)).toEqual([`${lineOf(remote, "<IconUrl")}: <IconUrl>: "http://example.com/icon-32.png" must use https (http is allowed only for localhost development URLs)`]);
    const local = broken('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="http://localhost:3000/assets/icon-32.png"/>');
    expect(errors(local)).toEqual([]);
    const relative = broken('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="assets/icon-16.png"');
    expect(errors(relative)).toEqual([expect.stringMatching(/resource "Icon.16x16": "assets\/icon-16.png" is not an absolute URL/)]);
  });

  test("the functions namespace must be IMM", () => {
    const xml = broken('<bt:String id="Functions.Namespace" DefaultValue="IMM"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>');
    expect(errors(xml)).toEqual([`${lineOf(xml, "<Namespace ")}: custom functions namespace is "CONTOSO", expected "IMM"`]);
  });

  test("requirement sets SharedRuntime 1.1 and ExcelApi 1.7 are required", () => {
    const missing = broken('        <bt:Set Name="ExcelApi" MinVersion="1.7"/>\n', "");
    expect(errors(missing)).toEqual([expect.stringMatching(/<VersionOverrides><Requirements> must require ExcelApi 1.7/)]);
    const old = broken('<bt:Set Name="ExcelApi" MinVersion="1.7"/>', '<bt:Set Name="ExcelApi" MinVersion="1.4"/>');
    expect(errors(old)).toEqual([expect.stringMatching(/ExcelApi MinVersion is 1.4, expected at least 1.7/)]);
  });

  test("Id must be a GUID and permissions ReadWriteDocument", () => {
    const xml = broken(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>").replace("ReadWriteDocument", "ReadDocument");
    expect(errors(xml)).toEqual([expect.stringMatching(/<Id> "not-a-guid" is not a GUID/), expect.stringMatching(/<Permissions> is "ReadDocument"/)]);
  });
});

describe("custom function ids", () => {
  const source = [
    "/**\n * Risk score.\n * @customfunction RISKSCORE\n * @param l Likelihood.\n * @returns Score.\n */",
    "export function riskScore(l: number): number {\n  return l;\n}",
    "/**\n * Status.\n * @customfunction\n * @param i Index.\n * @returns Status.\n */",
    "export function status(i: number): string {\n  return String(i);\n}",
    "/** Not a custom function. */\nexport function helper(): number {\n  return 1;\n}",
  ].join("\n");

  test("ids come from @customfunction tags, or the upper-cased function name", () => {
    expect(declaredIds(source)).toEqual([
      { id: "RISKSCORE", line: 1, returns: "Score." },
      { id: "STATUS", line: 10, returns: "Status." },
    ]);
  });

  test("a file header comment does not run into the first function's JSDoc", () => {
    const withHeader = `/**\n * Pillar file: RISKSCORE (reads its @example).\n */\nimport { x } from "y";\n\n${source}`;
    expect(declaredIds(withHeader).map((d) => [d.id, d.line, d.example])).toEqual([["RISKSCORE", 6, undefined], ["STATUS", 15, undefined]]);
  });

  test("declarations in a folder of pillar files are located by file and line; @example is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "imm-pillars-"));
    writeFileSync(join(dir, "b.ts"), source);
    writeFileSync(join(dir, "a.ts"), "/**\n * Trend.\n * @customfunction TREND\n * @returns Slope.\n * @example =IMM.TREND({1;2}) → 1\n * Rising.\n */\nexport function trend(): number {\n  return 1;\n}\n");
    writeFileSync(join(dir, "a.test.ts"), "");
    const files = functionSourceFiles(dir);
    expect(files).toEqual([join(dir, "a.ts"), join(dir, "b.ts")]);
    const declared = declaredIdsIn(files);
    expect(declared[0]).toEqual({ id: "TREND", line: 1, returns: "Slope.", example: "=IMM.TREND({1;2}) → 1 Rising.", file: join(dir, "a.ts") });
    const problems = compareIds(declared, { functions: [{ id: "TREND", name: "TREND" }, { id: "RISKSCORE", name: "RISKSCORE" }] }, dir, "functions.json");
    expect(problems).toEqual([`${join(dir, "b.ts")}:10: @customfunction STATUS is missing from functions.json`]);
  });

  test("missing and extra ids are both reported", () => {
    const problems = compareIds(declaredIds(source), { functions: [{ id: "RISKSCORE", name: "RISKSCORE" }, { id: "TREND", name: "TREND" }] }, "f.ts", "functions.json");
    expect(problems).toEqual(["f.ts:10: @customfunction STATUS is missing from functions.json", "functions.json: function id TREND has no @customfunction in f.ts"]);
  });

  test("validate() checks a stale built functions.json against the source", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imm-validate-"));
    const src = join(dir, "functions.ts");
    const json = join(dir, "functions.json");
    writeFileSync(src, source);
    writeFileSync(json, JSON.stringify({ functions: [{ id: "RISKSCORE", name: "RISKSCORE" }] }));
    const later = new Date(Date.now() + 60_000);
    utimesSync(json, later, later);
    const report = await validate({ ...defaultOptions(), functionsSource: src, functionsJson: json, useXmllint: false });
    expect(report.errors).toEqual([expect.stringMatching(/:10: @customfunction STATUS is missing from .*functions.json$/)]);
  });

  test("validate() generates the metadata when nothing is built, and passes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imm-validate-"));
    const src = join(dir, "functions.ts");
    writeFileSync(src, source);
    const report = await validate({ ...defaultOptions(), functionsSource: src, functionsJson: join(dir, "none.json"), useXmllint: false });
    expect(report.errors).toEqual([]);
    expect(report.notes).toContainEqual(expect.stringMatching(/^2 custom functions in .*generated with custom-functions-metadata/));
  }, 30_000);
});

describe("xmllint", () => {
  const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

  test("xmllint catches what the JS parser allows (a double hyphen in a comment), or says it is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "imm-validate-"));
    const manifest = join(dir, "manifest.xml");
    writeFileSync(manifest, GOOD.replace("<Hosts>", "<!-- npm run build --mode production -->\n  <Hosts>"));
    const src = join(dir, "functions.ts");
    writeFileSync(src, "/**\n * S.\n * @customfunction\n * @returns S.\n */\nexport function s(): number {\n  return 1;\n}\n");
    const json = join(dir, "functions.json");
    writeFileSync(json, JSON.stringify({ functions: [{ id: "S", name: "S" }] }));
    const later = new Date(Date.now() + 60_000);
    utimesSync(json, later, later);
    const report = await validate({ ...defaultOptions(), manifest, functionsSource: src, functionsJson: json });
    if (hasXmllint) expect(report.errors).toEqual([expect.stringMatching(/^xmllint: .*Double hyphen within comment/)]);
    else expect(report.notes).toContainEqual(expect.stringMatching(/xmllint not found/));
  });
});
