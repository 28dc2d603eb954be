/** Tests for the static server of `npm start` (workbench mode): MIME types, redirect, 404 and path traversal. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface StartModule {
  serveDir(root: string, port: number): Promise<{ server: Server; url: string }>;
  mimeType(file: string): string;
  resolveInside(root: string, urlPath: string): string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require("../../scripts/start.js") as StartModule;

let served: { server: Server; url: string };
const root = mkdtempSync(join(tmpdir(), "imm-serve-"));

beforeAll(async () => {
  writeFileSync(join(root, "workbench.html"), "<!doctype html><title>wb</title>");
  writeFileSync(join(root, "workbench.js"), "console.log(1)");
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  served = await start.serveDir(root, 0);
});
afterAll(() => new Promise<void>((done) => served.server.close(() => done())));

test("serves files with their MIME types", async () => {
  const html = await fetch(`${served.url}/workbench.html`);
  expect(html.status).toBe(200);
  expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await html.text()).toContain("<title>wb</title>");
  expect((await fetch(`${served.url}/workbench.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  expect((await fetch(`${served.url}/assets/icon-16.png`)).headers.get("content-type")).toBe("image/png");
  expect(start.mimeType("a/functions.json")).toBe("application/json; charset=utf-8");
  expect(start.mimeType("sample.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});

test("/ redirects to the workbench; missing files are 404", async () => {
  const home = await fetch(`${served.url}/`, { redirect: "manual" });
  expect(home.status).toBe(302);
  expect(home.headers.get("location")).toBe("/workbench.html");
  expect((await fetch(`${served.url}/nope.js`)).status).toBe(404);
});

test("paths cannot escape the served folder", async () => {
  expect(start.resolveInside(root, "/../../etc/passwd")).toBeNull();
  expect(start.resolveInside(root, "/%2e%2e/secret")).toBeNull();
  expect(start.resolveInside(root, "/assets/icon-16.png")).toBe(join(root, "assets", "icon-16.png"));
  expect((await fetch(`${served.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
});
