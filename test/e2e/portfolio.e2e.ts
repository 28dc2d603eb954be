/**
 * End-to-end: the task pane's Portfolio flow in the workbench (dist/workbench.html), headless Debian chromium. The
 * sample portfolio's five workbooks and one bad file are chosen with the file input, read and assessed in the page,
 * and the portfolio sheets appear in the workbench's workbook; no request leaves localhost.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { serveStatic, type StaticServer } from "./staticServer";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SAMPLES = join(ROOT, "assets", "samples", "portfolio");
const SHOTS = join(ROOT, "test-output", "screenshots");

let server: StaticServer;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync("/usr/bin/chromium")) throw new Error("Debian's chromium is needed for the browser tests: apt-get install -y chromium");
  if (!existsSync(join(DIST, "workbench.html"))) throw new Error("dist/workbench.html is missing: run npm run build first");
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  profile = mkdtempSync(join(tmpdir(), "imm-e2e-portfolio-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    headless: true,
    viewport: { width: 1360, height: 860 },
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("portfolio: five sample contracts and a bad file, assessed in the page, written into the workbook", async () => {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/workbench.html`);
  await page.getByTestId("sheet-grid").waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: "Portfolio" }).click();
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort()
    .map((name) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(join(SAMPLES, name)) }));
  files.push({ name: "notes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
  await page.getByLabel("Contract workbooks").setInputFiles(files);
  await page.getByRole("button", { name: "Build portfolio of 6 workbooks" }).click();
  await page.getByText("Portfolio of 5 contracts written").waitFor({ timeout: 120_000 });
  expect(await page.getByRole("list", { name: "Workbooks not included" }).getByRole("listitem").allTextContents())
    .toEqual(["notes.xlsx: not an .xlsx workbook (the file is not a zip package)"]);
  for (const name of ["IMM Portfolio", "IMM Portfolio Dashboard"]) {
    await expect(page.getByTestId("sheet-tabs").getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
  }
  await page.getByTestId("sheet-tabs").getByRole("tab", { name: "IMM Portfolio", exact: true }).click();
  await page.getByText("Eastfield General Hospital PFI").first().waitFor();
  await page.screenshot({ path: join(SHOTS, "07-portfolio.png") });
  // The README's picture is refreshed only on request (npm run screenshots), so a test run never edits tracked files.
  if (process.env.IMM_UPDATE_SCREENSHOTS === "1") copyFileSync(join(SHOTS, "07-portfolio.png"), join(ROOT, "docs", "screenshots", "portfolio.png"));
  const outside = requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && !["127.0.0.1", "localhost"].includes(new URL(u).hostname));
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
