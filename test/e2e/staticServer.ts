/** The built dist/ served for the browser tests by the same static server `npm start` uses, on a free port. */
import type { Server } from "http";

interface ServeDir {
  serveDir(root: string, port: number, host: string): Promise<{ server: Server; url: string }>;
}
// scripts/start.js is plain JavaScript (it must run before any build); its serveDir is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDir } = require("../../scripts/start.js") as ServeDir;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on localhost at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const { server, url } = await serveDir(root, 0, "localhost");
  return {
    origin: url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
