/**
 * Production URLs: the one place that turns the dev server's address (https://localhost:3000) into the
 * deployment URL, used by webpack (manifest.prod.xml, functions.json helpUrls) and by the build's last step,
 * which fails when "localhost" is left in anything a production build ships (`node scripts/production-urls.js --check dist`).
 * CommonJS so that webpack.config.js can require it.
 */
const fs = require("fs");
const path = require("path");

const DEV_ORIGIN = /https?:\/\/localhost:3000(\/)?/g;

/** Rewrites every dev URL in `text`: "https://localhost:3000/x" → urlProd + "x"; a bare origin (AppDomain) → urlProd's origin. */
function toProductionUrls(text, urlProd) {
  const base = urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
  const origin = new URL(base).origin;
  return text.replace(DEV_ORIGIN, (_, slash) => (slash ? base : origin));
}

/** Lines of `text` that still mention localhost, as "name:line: text". */
function localhostLines(name, text) {
  return text.split(/\r?\n/).flatMap((line, i) => (/localhost/i.test(line) ? [`${name}:${i + 1}: ${line.trim().slice(0, 160)}`] : []));
}

/** Text files a production build ships under `dist` (not the Node build, not the dev manifest). */
function shippedFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(dist, full);
      if (entry.isDirectory()) {
        if (rel !== "node" && rel !== "samples") walk(full);
      } else if (/\.(xml|json|html|js|css|txt)$/i.test(entry.name) && !/^manifest\.dev\.xml$/.test(rel)) {
        out.push(full);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Webpack plugin (production only): rewrites dev URLs in every text asset, then fails the build if localhost remains. */
class ProductionUrlsPlugin {
  constructor(urlProd) {
    this.urlProd = urlProd;
  }
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!/\.(xml|json|html|js)$/i.test(name) || /\.dev\.xml$/.test(name)) continue;
          const text = assets[name].source().toString();
          const rewritten = toProductionUrls(text, this.urlProd);
          if (rewritten !== text) compilation.updateAsset(name, new sources.RawSource(rewritten));
          for (const line of localhostLines(name, rewritten)) compilation.errors.push(new WebpackError(`production build still points at localhost: ${line}`));
        }
      });
    });
  }
}

module.exports = { toProductionUrls, localhostLines, shippedFiles, ProductionUrlsPlugin };

if (require.main === module) {
  const i = process.argv.indexOf("--check");
  const dist = path.resolve(i >= 0 ? process.argv[i + 1] || "dist" : "dist");
  const found = shippedFiles(dist).flatMap((f) => localhostLines(path.relative(dist, f), fs.readFileSync(f, "utf8")));
  if (found.length) {
    console.error(`production build still points at localhost (${found.length}):\n${found.slice(0, 20).join("\n")}`);
    process.exit(1);
  }
  console.log(`no localhost in the ${shippedFiles(dist).length} shipped text files of ${path.relative(process.cwd(), dist) || "."}`);
}
