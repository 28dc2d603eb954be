/**
 * End-to-end: the real task pane in the workbench (dist/workbench.html) in headless Debian chromium.
 * Flows: start a model, check data, generate the review, explain a cell, change a setting, download and re-open.
 * Every request must stay on localhost; axe-core finds no serious/critical violations; screenshots are saved.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { XlsxHost } from "../../src/hosts/xlsx";
import { readModel } from "../../src/tables";
import { buildReviewPlans, SHEET_REGISTRY } from "../../src/review";
import type { SheetPlan } from "../../src/review/kit/plan";
import type { Assessment } from "../../src/review/assess/assessment";
import { serveStatic, type StaticServer } from "./staticServer";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SAMPLE = join(ROOT, "assets", "samples", "hospital-ppp.xlsx");
const SHOTS = join(ROOT, "test-output", "screenshots");
const DOC_SHOTS = join(ROOT, "docs", "screenshots");
/** README screenshots are refreshed only on request (`npm run screenshots`), so a test run never edits tracked files. */
const UPDATE_DOCS = process.env.IMM_UPDATE_SCREENSHOTS === "1";

/** Copies a screenshot to docs/screenshots/ when refreshing the README's pictures. */
function publish(file: string, name: string): void {
  if (UPDATE_DOCS) copyFileSync(file, join(DOC_SHOTS, name));
}
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
];

let server: StaticServer;
let context: BrowserContext;
let profile: string;
const requests: string[] = [];
const pageErrors: string[] = [];

/** Requests that left localhost (data: and blob: URLs never leave the page). */
function outsideRequests(): string[] {
  return requests.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("blob:")) return false;
    const host = new URL(u).hostname;
    return host !== "127.0.0.1" && host !== "localhost";
  });
}

/** Closes a page after checking it made no outside request and logged no error. */
async function finish(page: Page): Promise<void> {
  await page.close();
  expect(outsideRequests()).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}
let expected: { plans: SheetPlan[]; assessment: Assessment };

/** An index as the summary shows it. */
const fmt = (n: number | null): string => (n === null ? "—" : n.toFixed(1));

async function openWorkbench(): Promise<Page> {
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(`${server.origin}/workbench.html`);
  await page.getByTestId("sheet-grid").waitFor({ timeout: 30_000 });
  await page.getByRole("tab", { name: "Start" }).waitFor();
  return page;
}

async function axe(page: Page, flow: string): Promise<void> {
  // Checked once the page has settled: a message still fading in (Fluent's motion) has the contrast of its first frame.
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined))));
  const has = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly blocks inline script tags.
  if (!has) await page.evaluate(readFileSync(require.resolve("axe-core"), "utf8"));
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
    // Tabster's focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>, used by Fluent's TabList/Toolbar to
    // hand focus on) are flagged by aria-hidden-focus although they never keep focus; everything else is checked.
    const r = await w.axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ flow, bad }).toEqual({ flow, bad: [] });
}

async function paneHasNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const pane = document.querySelector('[data-testid="task-pane"]');
    const panel = pane?.querySelector('[role="tabpanel"]');
    return pane && panel ? { pane: pane.scrollWidth - pane.clientWidth, panel: panel.scrollWidth - panel.clientWidth } : null;
  });
  expect(overflow).toEqual({ pane: 0, panel: 0 });
}

async function shot(page: Page, name: string): Promise<string> {
  const path = join(SHOTS, name);
  await page.screenshot({ path });
  return path;
}

async function selectedCell(page: Page): Promise<string> {
  return (await page.getByTestId("name-box").textContent()) ?? "";
}

beforeAll(async () => {
  if (!existsSync("/usr/bin/chromium")) {
    throw new Error("Debian's chromium is needed for the browser tests: apt-get install -y chromium (.ci/run does this)");
  }
  if (!existsSync(join(DIST, "workbench.html"))) {
    // A fresh clone has only dist/node (npm ci's prepare step): build the workbench once.
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("npm run build failed: the workbench could not be built");
  }
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DOC_SHOTS, { recursive: true });
  const host = await XlsxHost.fromBuffer(readFileSync(SAMPLE), "hospital-ppp.xlsx");
  expected = buildReviewPlans(readModel(await host.readSnapshot()), {});
  server = await serveStatic(DIST);
  profile = mkdtempSync(join(tmpdir(), "imm-e2e-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: ARGS,
    headless: true,
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("start a model: skips the tables the sample has, inserts the six input tables in a new workbook", async () => {
  const page = await openWorkbench();
  await axe(page, "start");
  await page.getByRole("switch", { name: "With example rows" }).isChecked();
  // The sample has every input table already: nothing is inserted, and the pane says which were skipped.
  const sheetsBefore = await page.getByTestId("sheet-tabs").getByRole("tab").allTextContents();
  await page.getByRole("button", { name: "Insert tables" }).click();
  await page.getByText(/^Nothing inserted$/).waitFor();
  expect(await page.getByRole("list", { name: "Tables skipped" }).getByRole("listitem").count()).toBe(6);
  expect(await page.getByTestId("sheet-tabs").getByRole("tab").allTextContents()).toEqual(sheetsBefore);

  const blank = XlsxHost.blank("new.xlsx");
  blank.workbook.addWorksheet("Sheet1");
  await page.getByTestId("file-input").setInputFiles({ name: "new.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await blank.toBuffer()) });
  await page.getByTestId("workbook-name").filter({ hasText: /^new\.xlsx$/ }).waitFor();
  await page.getByRole("button", { name: "Insert tables" }).click();
  const done = page.getByText(/^Inserted 6 sheets$/);
  await done.waitFor();
  const inserted = await page.getByRole("list", { name: "Sheets inserted" }).getByRole("listitem").allTextContents();
  expect(inserted).toHaveLength(6);
  for (const name of inserted) await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
  await paneHasNoHorizontalOverflow(page);
  await axe(page, "start-done");
  await shot(page, "01-start-model.png");
  await finish(page);
});

test("check data: a problem is listed and clicking it moves the grid's selection", async () => {
  const page = await openWorkbench();
  // Open a copy of the sample with one bad likelihood, through the Open .xlsx file input.
  const host = await XlsxHost.fromBuffer(readFileSync(SAMPLE), "messy.xlsx");
  const snap = await host.readSnapshot();
  const risks = snap.tables.find((t) => t.name === "IMM_Risks");
  if (!risks) throw new Error("sample has no IMM_Risks");
  const col = risks.headers.findIndex((h) => /likelihood/i.test(h) && !/residual/i.test(h));
  const cell = host.workbook.getWorksheet(risks.sheet)?.getCell(risks.row + 2, risks.col + col + 1);
  if (!cell) throw new Error("no likelihood cell");
  cell.value = "abc";
  // Saved by ExcelJS itself: the host's lossless writer only writes the sheets it generated, not an edit made
  // straight on its workbook.
  const messy = Buffer.from(await host.workbook.xlsx.writeBuffer());
  await page.getByTestId("file-input").setInputFiles({ name: "messy.xlsx", mimeType: "application/octet-stream", buffer: messy });
  await page.getByTestId("workbook-name").filter({ hasText: /^messy\.xlsx$/ }).waitFor();
  await page.getByRole("tab", { name: "Check" }).click();
  const summary = page.getByTestId("check-summary");
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(/^1 error/);
  await page.getByRole("button", { name: new RegExp(`^Error at ${risks.sheet}!${cell.address}:`) }).click();
  await expect(selectedCell(page)).resolves.toBe(`${risks.sheet}!${cell.address}`);
  expect(await page.locator('[data-selected="true"]').getAttribute("data-address")).toBe(cell.address);
  expect(await page.getByTestId("sheet-grid").getAttribute("data-sheet")).toBe(risks.sheet);
  await paneHasNoHorizontalOverflow(page);
  await axe(page, "check");
  await shot(page, "02-check-data.png");
  await finish(page);
});

test("generate review, explain a cell, change a setting, download and re-open (pane at 320 px)", async () => {
  const page = await openWorkbench();
  await page.addStyleTag({ content: '[data-testid="task-pane"] { width: 320px !important; }' });
  expect(await page.getByTestId("task-pane").evaluate((el) => el.clientWidth)).toBe(320);
  await page.getByRole("tab", { name: "Review" }).click();
  for (const s of SHEET_REGISTRY) expect(await page.getByRole("checkbox", { name: s.label }).isChecked()).toBe(true);
  await axe(page, "review");
  await page.getByRole("button", { name: "Generate review" }).click();
  await page.getByTestId("review-summary").waitFor({ timeout: 60_000 });
  await expect(page.getByRole("progressbar").count()).resolves.toBeGreaterThan(0);
  // Focus moves to the result (issue 11 §9).
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("review-summary");
  const written = await page.getByRole("list", { name: "Sheets written" }).getByRole("listitem").allTextContents();
  expect(written).toEqual(expected.plans.map((p) => p.name));
  for (const name of written) await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
  for (const p of expected.assessment.integrated.pillars) {
    expect(await page.getByTestId(`index-${p.key}`).textContent()).toBe(fmt(p.index));
  }
  expect(await page.getByTestId("index-integrated").textContent()).toBe(fmt(expected.assessment.integrated.index));
  await paneHasNoHorizontalOverflow(page);
  await axe(page, "review-summary");
  await page.waitForTimeout(600); // the summary scrolls into view smoothly
  publish(await shot(page, "03-generate-review.png"), "generate-review.png");
  await page.getByTestId("task-pane").screenshot({ path: join(SHOTS, "03b-task-pane-summary.png") });

  const dashboard = expected.plans.find((p) => p.key === "dashboard");
  if (dashboard) {
    // The summary's sheet links go to the sheet, as in Excel.
    await page.getByRole("button", { name: `Go to ${dashboard.name}` }).click();
    await expect(page.getByTestId("sheet-grid").getAttribute("data-sheet")).resolves.toBe(dashboard.name);
    expect(await selectedCell(page)).toBe(`${dashboard.name}!A1`);
    await page.locator('[data-address="A1"]').hover(); // keep the pointer off the task pane for the screenshot
    await axe(page, "dashboard");
    publish(await shot(page, "04-dashboard-sheet.png"), "dashboard.png");
  }

  // Explain: a cell with an explanation whose inputs cite a source cell.
  await page.getByRole("tab", { name: "Explain" }).click();
  await page.getByTestId("explain-hint").waitFor();
  const withSource = expected.plans
    .flatMap((p) => p.explanations.map((e) => ({ plan: p, e })))
    .find(({ e }) => e.inputs.some((i) => /!\$?[A-Z]+\$?\d+/.test(i)));
  if (!withSource) throw new Error("no explanation cites a source cell");
  await page.getByTestId("sheet-tabs").getByRole("tab", { name: withSource.plan.name, exact: true }).click();
  await page.locator(`[data-address="${withSource.e.address}"]`).click();
  const card = page.getByTestId("explanation");
  await card.waitFor();
  expect(await card.getByRole("heading", { level: 3 }).textContent()).toBe(withSource.e.label);
  await paneHasNoHorizontalOverflow(page);
  await axe(page, "explain");
  await shot(page, "05-explain.png");
  const source = card.getByRole("button", { name: /^Select / }).first();
  const target = ((await source.textContent()) ?? "").replace(/'/g, "").replace(/\$/g, "");
  await source.click();
  await expect(selectedCell(page)).resolves.toBe(target.replace(/''/g, "'"));

  // Settings: change the amber threshold and save.
  await page.getByRole("tab", { name: "Settings" }).click();
  const amber = page.getByRole("textbox", { name: "Amber threshold" });
  await expect(amber.isEnabled()).resolves.toBe(true);
  await amber.fill("65");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Settings saved").waitFor();
  await paneHasNoHorizontalOverflow(page);
  await axe(page, "settings");
  await shot(page, "06-settings.png");

  // Back on Review, the summary is marked out of date (the partnership's 61.6 is Red under an Amber threshold of 65).
  await page.getByTestId("task-pane").getByRole("tab", { name: "Review", exact: true }).click();
  await page.getByTestId("review-stale").waitFor();
  await axe(page, "review-stale");
  await page.getByTestId("task-pane").screenshot({ path: join(SHOTS, "06b-review-out-of-date.png") });
  await page.getByRole("button", { name: "Regenerate review" }).click();
  await page.getByTestId("review-summary").waitFor({ timeout: 60_000 });
  await expect(page.getByTestId("review-stale").count()).resolves.toBe(0);
  expect(await page.getByTestId("index-partnership").locator("xpath=..").locator("[data-rag]").textContent()).toBe("Red");

  // Download and re-open in Node.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
  expect(download.suggestedFilename()).toBe("hospital-ppp.review.xlsx");
  const file = join(profile, "downloaded.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const name of written) expect(wb.getWorksheet(name)).toBeDefined();
  const reopened = await XlsxHost.fromBuffer(readFileSync(file), "downloaded.xlsx");
  const model = readModel(await reopened.readSnapshot());
  expect(model.settings.amberThreshold).toBe(65);
  expect((await reopened.listOwnedSheets()).map((o) => o.name).sort()).toEqual([...written].sort());
  await finish(page);
});

test("dark: follows the browser's dark preference; the toggle switches back to light", async () => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: "dark" });
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.origin}/workbench.html`);
  await page.getByTestId("sheet-grid").waitFor({ timeout: 30_000 });
  await expect(page.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe("dark");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  expect(await toggle.getAttribute("aria-pressed")).toBe("true");
  await page.getByRole("tab", { name: "Review" }).click();
  await page.getByRole("button", { name: "Generate review" }).click();
  await page.getByTestId("review-summary").waitFor({ timeout: 60_000 });
  await axe(page, "review-dark");
  await page.waitForTimeout(600); // the summary scrolls into view smoothly
  await shot(page, "07-dark.png");
  await page.getByTestId("task-pane").screenshot({ path: join(SHOTS, "07b-task-pane-dark.png") });
  await toggle.click();
  await expect(page.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe("light");
  // Tab reaches every toolbar button, in order.
  await page.getByRole("button", { name: "Open .xlsx" }).focus();
  const order: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  expect(order).toEqual(["Download .xlsx", "Dark theme"]);
  await finish(page);
});

test("taskpane.html outside Office says what to do and links to the workbench", async () => {
  const page = await context.newPage();
  // A browser tab without Office: office.js comes from Microsoft's CDN, which this test never reaches.
  await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  await page.goto(`${server.origin}/taskpane.html`);
  const message = page.getByTestId("outside-office");
  await message.waitFor({ timeout: 10_000 });
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("IMM for Excel runs inside Excel");
  await axe(page, "outside-office");
  await shot(page, "08-taskpane-outside-office.png");
  await page.getByRole("link", { name: "Open the workbench" }).click();
  await page.getByTestId("sheet-grid").waitFor({ timeout: 30_000 });
  await page.close();
});
