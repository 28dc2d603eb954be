/** Production URLs: every localhost form is rewritten, and the build's last check fails while any "localhost" remains. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toProductionUrls, shippedFiles } = require("../../scripts/production-urls.js") as {
  toProductionUrls(text: string, urlProd: string): string;
  shippedFiles(dist: string): string[];
};

const PROD = "https://addins.example.org/imm/";

describe("toProductionUrls", () => {
  test("a URL with a path keeps its path under the production URL", () => {
    expect(toProductionUrls('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', PROD))
      .toBe('<SourceLocation DefaultValue="https://addins.example.org/imm/taskpane.html"/>');
  });
  test("a bare origin without a trailing slash (AppDomain) becomes the production origin", () => {
    expect(toProductionUrls("<AppDomain>https://localhost:3000</AppDomain>", PROD)).toBe("<AppDomain>https://addins.example.org</AppDomain>");
  });
  test("functions.json helpUrls and http URLs are rewritten too", () => {
    const json = JSON.stringify({ helpUrl: "https://localhost:3000/help/functions.html#RISKSCORE", other: "http://localhost:3000/x" });
    expect(toProductionUrls(json, PROD)).not.toMatch(/localhost/);
    expect(toProductionUrls(json, PROD)).toContain("https://addins.example.org/imm/help/functions.html#RISKSCORE");
  });
  test("a production URL without a trailing slash is treated as a folder", () => {
    expect(toProductionUrls("https://localhost:3000/a.js", "https://cdn.example.com/imm")).toBe("https://cdn.example.com/imm/a.js");
  });
});

describe("node scripts/production-urls.js --check", () => {
  const script = join(__dirname, "../../scripts/production-urls.js");
  function dist(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "imm-dist-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const check = (dir: string): { code: number; err: string } => {
    try {
      execFileSync(process.execPath, [script, "--check", dir], { stdio: "pipe" });
      return { code: 0, err: "" };
    } catch (e) {
      const x = e as { status: number; stderr: Buffer };
      return { code: x.status, err: x.stderr.toString() };
    }
  };

  test("fails, naming the file and line, when a shipped file still points at localhost", () => {
    const dir = dist({ "manifest.prod.xml": "<a>\n<AppDomain>https://localhost:3000</AppDomain>\n</a>", "functions.json": "{}" });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain("manifest.prod.xml:2:");
  });
  test("fails on a help page with localhost", () => {
    expect(check(dist({ "help/functions.html": '<a href="https://localhost:3000/help">' })).code).toBe(1);
  });
  test("passes a clean build; the dev manifest and the Node build are not shipped files", () => {
    const dir = dist({
      "manifest.prod.xml": "<AppDomain>https://addins.example.org</AppDomain>",
      "manifest.dev.xml": "<AppDomain>https://localhost:3000</AppDomain>",
      "node/cli.js": "// https://localhost:3000",
    });
    expect(check(dir).code).toBe(0);
    expect(shippedFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(["manifest.prod.xml"]);
  });
});
