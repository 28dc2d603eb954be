/** Saving a Blob as a file through a temporary object URL and an <a download> link. */

/** Triggers a download of `blob` as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The name the workbench saves a workbook under: "<name>.review.xlsx", as the CLI names its output, so a download
 * never takes the place of the file the user opened; a macro-enabled workbook keeps its macros and so its type:
 * "model.xlsm" → "model.review.xlsm". A name that ends in ".review.xlsx" already keeps it (no ".review.review").
 */
export function downloadFileName(name: string): string {
  const trimmed = name.trim();
  const ext = /\.xlsm$/i.test(trimmed) ? "xlsm" : "xlsx";
  const base = (trimmed || "workbook").replace(/\.(xlsx|xlsm|xls|xltx)$/i, "").replace(/\.review$/i, "");
  return `${base || "workbook"}.review.${ext}`;
}
