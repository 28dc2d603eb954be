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

/** "hospital-ppp.xlsx" and a macro-enabled "model.xlsm" (its macros are kept) stay; anything else gets ".xlsx". */
export function xlsxFileName(name: string): string {
  const base = name.trim() || "workbook";
  return /\.xls[xm]$/i.test(base) ? base : `${base.replace(/\.[^.]*$/, "")}.xlsx`;
}
