/** What the CLI needs from the outside world, injected so runCli is testable without a disk or a process. */

export type PathKind = "file" | "dir" | null;

export interface CliIo {
  /** Writes one line to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Reports a step of a long run (standard error, so standard output stays the summary); optional. */
  progress?(line: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes bytes atomically (temp file + rename), replacing any file there. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  kind(path: string): Promise<PathKind>;
  /** File names (not paths) in a directory. */
  list(dir: string): Promise<string[]>;
  /** Print the stack of an internal fault after its sentence (IMM_DEBUG=1); optional. */
  debug?: boolean;
  /** Number of CPU cores (the default of portfolio --jobs); 1 when not given. */
  cores?(): number;
  /** The package version. */
  version(): string;
  /** Path helpers (posix/win32 of the host). */
  path: {
    join(...parts: string[]): string;
    dirname(p: string): string;
    basename(p: string): string;
    resolve(p: string): string;
    /** The path from folder `from` to `to` (both absolute). */
    relative(from: string, to: string): string;
  };
}
