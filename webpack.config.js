/**
 * Webpack 5 build of the add-in, yo-office style ("Excel Custom Functions using a Shared Runtime"):
 * - taskpane.html is the ONE page of the shared runtime: it loads office.js, the functions bundle
 *   (custom functions, associated by custom-functions-metadata-plugin) and the task pane bundle.
 *   manifest.xml points <Runtime>, the CustomFunctions <Page>, <FunctionFile> and the ribbon button at it.
 * - functions.js is a separate, small entry (no React/Fluent) and is also the manifest's <Script>.
 * - functions.json is generated from the JSDoc of every file in src/functions/pillars/ (one per pillar; the entry
 *   src/functions/functions.ts re-exports them, and the plugin appends their CustomFunctions.associate calls).
 * - workbench.html runs the task pane against an in-memory .xlsx workbook (no Office, no network).
 * - manifest.xml is copied to manifest.dev.xml / manifest.prod.xml; in production every localhost URL in every
 *   text asset (manifest, functions.json helpUrls, pages) is replaced by urlProd (ADDIN_PROD_URL, see README
 *   "Deploying") by ProductionUrlsPlugin, which fails the build if any "localhost" remains.
 * Entries whose source file does not exist yet are skipped; `--env <entry>=<file>` overrides a source.
 * Dev server: https://localhost:3000 with office-addin-dev-certs on Windows/macOS (or `--env https`);
 * plain http://localhost:3000 on Linux/CI or when certificates cannot be obtained (`--env http` forces it).
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ProductionUrlsPlugin } = require("./scripts/production-urls");

const urlProd = withSlash(process.env.ADDIN_PROD_URL || "https://www.contoso.com/"); // CHANGE THIS (or set ADDIN_PROD_URL) TO YOUR PRODUCTION DEPLOYMENT LOCATION
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

const SOURCES = {
  functions: "./src/functions/functions.ts",
  taskpane: "./src/taskpane/index.tsx",
  workbench: "./src/workbench/index.tsx",
};

/** The custom-function declaration files: every .ts file in src/functions/pillars (not tests). */
const FUNCTION_SOURCES = fs
  .readdirSync(path.resolve(__dirname, "src/functions/pillars"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .sort()
  .map((f) => path.resolve(__dirname, "src/functions/pillars", f));

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** CSP of the task pane: own origin plus office.js (which loads more scripts and frames from Microsoft). */
const CSP_TASKPANE = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src 'self' https://appsforoffice.microsoft.com https://*.officeapps.live.com https://*.office.com",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** CSP of the workbench and help pages: nothing but the page's own origin. */
const CSP_SELF = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

function withSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/** Minimal HTML page: CSP first (it only covers what follows it), then optional head scripts, then #root. */
function pageHtml(title, csp, headScripts = []) {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    '<link rel="icon" type="image/png" href="assets/icon-32.png">',
    ...headScripts.map((src) => `<script type="text/javascript" src="${src}"></script>`),
    "</head>",
    "<body>",
    '<div id="root"></div>',
    "</body>",
    "</html>",
  ].join("\n");
}

/** An HtmlWebpackPlugin page; a template file in the entry's folder wins over the built-in HTML. */
function page(filename, title, csp, chunks, headScripts, templateFile) {
  const custom = templateFile && fs.existsSync(path.resolve(__dirname, templateFile));
  return new HtmlWebpackPlugin({
    filename,
    chunks,
    chunksSortMode: "manual",
    scriptLoading: "defer",
    ...(custom
      ? { template: templateFile, meta: { csp: { "http-equiv": "Content-Security-Policy", content: csp } } }
      : { templateContent: pageHtml(title, csp, headScripts) }),
  });
}

async function getHttpsOptions(env) {
  if (env.http) return undefined;
  const wanted = env.https || process.platform === "win32" || process.platform === "darwin";
  if (!wanted) return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    console.warn(`office-addin-dev-certs: could not get certificates (${err.message}); serving plain http on localhost`);
    return undefined;
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const buildType = dev ? "dev" : "prod";
  const entry = {};
  for (const [name, file] of Object.entries(SOURCES)) {
    const source = env[name] && env[name] !== true ? env[name] : file;
    if (fs.existsSync(path.resolve(__dirname, source))) entry[name] = path.resolve(__dirname, source);
  }
  const has = (name) => name in entry;
  const plugins = [
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets", to: "assets", noErrorOnMissing: true },
        { from: "manifest*.xml", to: "[name]." + buildType + "[ext]" },
      ],
    }),
  ];
  if (!dev) plugins.push(new ProductionUrlsPlugin(urlProd));
  if (has("functions")) {
    plugins.push(new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_SOURCES }));
  }
  if (has("taskpane") || has("functions")) {
    // Shared runtime: the functions run in the task pane's page (functions first, so they are
    // associated before the UI starts).
    const chunks = ["functions", "taskpane"].filter(has);
    plugins.push(page("taskpane.html", "IMM for Excel", CSP_TASKPANE, chunks, [OFFICE_JS], "src/taskpane/taskpane.html"));
  }
  if (has("workbench")) {
    plugins.push(page("workbench.html", "IMM for Excel: workbench", CSP_SELF, ["workbench"], [], "src/workbench/workbench.html"));
  }
  const httpsOptions = env.WEBPACK_SERVE ? await getHttpsOptions(env) : undefined;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    // Runtimes (README "Supported Excel"): WebView2 (Chromium) on Windows, WKWebView (Safari 14+) on Mac, evergreen browsers
    // for Excel on the web. SharedRuntime 1.1 never runs in Internet Explorer 11 or legacy EdgeHTML, so there is no ES5 build.
    target: ["web", "es2020"],
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
      // dist/node (the CommonJS build) and dist/help (help pages) are made by other steps: keep them.
      clean: { keep: /^(node|help)([\\/]|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // ExcelJS: package.json "browser" already selects dist/exceljs.min.js for target web; be explicit.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      // The ExcelJS browser build is a self-contained, already minified bundle.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules so webpack can tree-shake Fluent UI and the engine.
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg|ico|xlsx)$/, type: "asset/resource", generator: { filename: "media/[name].[contenthash:8][ext]" } },
      ],
    },
    plugins,
    performance: { hints: false },
    stats: { preset: "errors-warnings", assets: true, assetsSort: "!size", excludeAssets: [/\.map$/, /^assets\//] },
    devServer: {
      static: [
        { directory: path.join(__dirname, "assets"), publicPath: "/assets", watch: false },
        { directory: path.join(__dirname, "dist", "help"), publicPath: "/help", watch: false },
      ],
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : "http",
      host: "localhost",
      port,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
