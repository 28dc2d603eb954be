/**
 * File-system failures in plain words. Node's messages name the temporary file and the system call
 * ("ENOENT: no such file or directory, open '/x/.out.xlsx.123.tmp'"); the user gets the path they asked for and the
 * reason: "cannot write OUT.xlsx: folder does not exist".
 */
import { OutputError } from "./faults";

/** Reasons by Node error code (POSIX and Windows). */
const REASONS: Record<string, string> = {
  ENOENT: "folder does not exist",
  ENOTDIR: "folder does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the drive is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exceeded",
  EISDIR: "it is a folder",
  EBUSY: "the file is in use (close it in Excel and try again)",
  ETXTBSY: "the file is in use (close it in Excel and try again)",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
  EINVAL: "the name is not valid here",
  EIO: "input/output error on the drive",
};

/** The Node error code of a file-system error ("ENOENT"), or null for anything else. */
export function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** The reason of a file-system error in plain words, or null when e is not one. */
export function fileReason(e: unknown): string | null {
  const code = errorCode(e);
  if (code === null) return null;
  return REASONS[code] ?? `system error ${code}`;
}

/** "cannot write OUT.xlsx: REASON". */
export function cannotWrite(path: string, reason: string): OutputError {
  return new OutputError(`cannot write ${path}: ${reason}`);
}
