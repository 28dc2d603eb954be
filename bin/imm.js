#!/usr/bin/env node
"use strict";
// The `imm` command line. The TypeScript sources are compiled to dist/node by `npm run build:node`
// (run automatically by `npm ci` / `npm install` through the "prepare" script).
let cli;
try {
  cli = require("../dist/node/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/node/cli/main")) {
    process.stderr.write('imm: not built yet; run "npm run build:node" first\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
