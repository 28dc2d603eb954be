/** The Node implementation of CliIo: the only place the CLI touches the file system and the process. */
import { promises as fs, readFileSync } from "fs";
import { availableParallelism } from "os";
import * as path from "path";
import type { CliIo, PathKind } from "./io";

function packageVersion(): string {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.version && pkg.name) return pkg.version;
    } catch {
      // keep walking up
    }
  }
  return "unknown";
}

/** CliIo over the real file system, stdout and stderr. */
export function nodeIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    // On a terminal each step overwrites the last; in a log, one line per step.
    progress: (line) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}`);
      else if (line) process.stderr.write(`${line}\n`);
    },
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    writeFile: async (p, bytes) => {
      const tmp = path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}.tmp`);
      await fs.writeFile(tmp, bytes);
      try {
        await fs.rename(tmp, p);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    kind: async (p): Promise<PathKind> => {
      try {
        const s = await fs.stat(p);
        return s.isDirectory() ? "dir" : "file";
      } catch {
        return null;
      }
    },
    list: async (dir) => fs.readdir(dir),
    debug: /^(1|true|yes|on)$/i.test(process.env.IMM_DEBUG ?? ""),
    version: packageVersion,
    cores: () => Math.max(1, availableParallelism()),
    path: { join: path.join, dirname: path.dirname, basename: path.basename, resolve: path.resolve, relative: path.relative },
  };
}
