#!/usr/bin/env node
"use strict";
// The `imm` command line. The TypeScript sources are compiled to dist/node by `npm run build:node`
// (run automatically by `npm ci` / `npm install` through the "prepare" script).
// Failures here are one sentence too (never a stack unless IMM_DEBUG=1), like those of runCli.
const debug = /^(1|true|yes|on)$/i.test(process.env.IMM_DEBUG || "");

function fault(e) {
  process.stderr.write("imm: internal error while starting — this is a fault in imm; please report it (details with IMM_DEBUG=1)\n");
  if (debug) process.stderr.write(`${(e && e.stack) || String(e)}\n`);
  process.exitCode = 1;
}

let cli;
try {
  cli = require("../dist/node/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/node/cli/main")) {
    process.stderr.write('imm: not built yet; run "npm run build:node" first\n');
    process.exit(2);
  }
  fault(e);
}
if (cli) cli.main(process.argv.slice(2)).catch(fault);
