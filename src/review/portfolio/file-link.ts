/**
 * The portfolio row's link to its contract workbook. Rule: the link is a real hyperlink (an external relationship in
 * the .xlsx, `range.hyperlink` in Excel), never a HYPERLINK formula, so no user text (a file name) is ever written as a
 * formula. Its target is the contract file's path RELATIVE to the portfolio workbook's folder (the CLI passes it; in
 * the task pane, where a chosen file has only its name, the name: the file beside the current workbook), so the link
 * still works when the folder is moved or shared as a whole. Excel and LibreOffice resolve such a link from the
 * workbook's folder. Pure.
 */

/**
 * A path as a hyperlink target: forward slashes, each segment percent-encoded (spaces, #, %, ? cannot break the
 * link); a relative path stays relative; an absolute one (another drive, no common folder) becomes a file: URL.
 */
export function linkTarget(path: string): string {
  const p = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]:)\//.exec(p);
  const encode = (rest: string) => rest.split("/").map((s) => encodeURIComponent(s)).join("/");
  if (drive) return `file:///${drive[1]}/${encode(p.slice(3))}`;
  if (p.startsWith("//")) return `file:${p.slice(0, 2)}${encode(p.slice(2))}`; // \\server\share
  if (p.startsWith("/")) return `file://${encode(p)}`;
  return encode(p);
}
