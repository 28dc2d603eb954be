#!/usr/bin/env node
/**
 * `npm start`: run the add-in.
 *  - Windows/macOS with Excel installed: sideload into Excel desktop like yo-office
 *    (`office-addin-debugging start manifest.xml`, which runs the https dev server). Stop with `npm stop`.
 *  - Otherwise (Linux, CI, no Excel) or with `--workbench`: build if needed, serve dist/ on
 *    http://localhost:3000 and print the workbench URL: the same task pane running against an
 *    in-memory workbook loaded with the sample. `--open` also opens it in the default browser.
 * Options: --workbench, --excel (force sideloading), --port N, --no-build, --open.
 * Exports serveDir() so tests can serve the built dist/ the same way.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** MIME type of a file name (application/octet-stream when unknown). */
function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
}

/** Resolves a request path inside root, or null when it would escape root. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const file = path.normalize(path.join(root, decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return file;
}

/** Request handler serving files under root ("/" redirects to defaultPage). */
function staticHandler(root, defaultPage = "/workbench.html") {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = req.url || "/";
    if (urlPath === "/" || urlPath.startsWith("/?")) {
      res.writeHead(302, { Location: defaultPage }).end();
      return;
    }
    let file = resolveInside(root, urlPath);
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${urlPath}\n`);
      return;
    }
    const stat = fs.statSync(file);
    res.writeHead(200, {
      "Content-Type": mimeType(file),
      "Content-Length": stat.size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Serves a directory over http on localhost; resolves with the server and its base URL. */
function serveDir(root = DIST, port = 3000, host = "localhost") {
  return new Promise((resolve, reject) => {
    const server = http.createServer(staticHandler(root));
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${address.port}` });
    });
  });
}

function excelInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    return spawnSync("reg", ["query", key], { stdio: "ignore" }).status === 0;
  }
  return false;
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist/ lacks the workbench or is older than src/, assets/ or the webpack config. */
function needsBuild() {
  const page = path.join(DIST, "workbench.html");
  if (!fs.existsSync(page)) return true;
  const built = fs.statSync(page).mtimeMs;
  const inputs = [path.join(ROOT, "src"), path.join(ROOT, "assets")].map(newestMtime);
  inputs.push(fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  return Math.max(...inputs) > built;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status || 1);
}

/** Shows the CLI on the sample: `imm review` writes dist/samples/hospital-ppp.review.xlsx (the input is untouched). */
function demoCliReview() {
  const input = path.join("assets", "samples", "hospital-ppp.xlsx");
  const output = path.join("dist", "samples", "hospital-ppp.review.xlsx");
  if (!fs.existsSync(path.join(ROOT, input)) || !fs.existsSync(path.join(ROOT, "dist", "node", "cli", "main.js"))) return;
  fs.mkdirSync(path.join(ROOT, "dist", "samples"), { recursive: true });
  console.log(`\nThe imm command line on the sample workbook: imm review ${input} -o ${output}`);
  spawnSync(process.execPath, [path.join(ROOT, "bin", "imm.js"), "review", input, "-o", output], { cwd: ROOT, stdio: "inherit" });
}

function openInBrowser(url) {
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  spawn(opener, [url], { stdio: "ignore", detached: true }).on("error", () => undefined).unref();
}

function parseArgs(argv) {
  const opts = { workbench: false, excel: false, build: true, open: false, port: Number(process.env.npm_package_config_dev_server_port || 3000) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--workbench") opts.workbench = true;
    else if (a === "--excel") opts.excel = true;
    else if (a === "--no-build") opts.build = false;
    else if (a === "--open") opts.open = true;
    else if (a === "--port") opts.port = Number(argv[++i]);
    else {
      console.error(`unknown option ${a} (use --workbench, --excel, --port N, --no-build, --open)`);
      process.exit(2);
    }
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sideload = opts.excel || (!opts.workbench && !process.env.CI && excelInstalled());
  if (sideload) {
    console.log("Sideloading IMM for Excel into Excel desktop (office-addin-debugging). Stop with: npm stop");
    const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
    run(bin, ["start", "manifest.xml", "desktop"]);
    return;
  }
  if (opts.build && needsBuild()) {
    console.log("Building (npm run build)…");
    run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"]);
  }
  if (!fs.existsSync(path.join(DIST, "workbench.html"))) {
    console.error("dist/workbench.html is missing: the workbench is not built (run npm run build and check its output).");
    process.exit(1);
  }
  demoCliReview();
  let served;
  try {
    served = await serveDir(DIST, opts.port);
  } catch (err) {
    console.error(`Cannot listen on localhost:${opts.port} (${err.code || err.message}). Is another server running? Try: npm start -- --port 3001`);
    process.exit(1);
  }
  const url = `${served.url}/workbench.html`;
  console.log("");
  console.log("IMM for Excel workbench (no Excel needed): the task pane on an in-memory copy of the sample workbook.");
  console.log(`  ${url}`);
  console.log(`  function reference: ${served.url}/help/functions.html`);
  console.log("Press Ctrl+C to stop.");
  if (opts.open) openInBrowser(url);
  const stop = () => served.server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

module.exports = { serveDir, staticHandler, mimeType, resolveInside };

if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  });
}
