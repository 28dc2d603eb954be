/**
 * Workbooks without a theme part (LibreOffice Calc saves none). ExcelJS loads them with an empty theme list,
 * then writes no theme part but still a theme relationship and content type, so the saved package points at a
 * missing part. With no loaded theme, ExcelJS writes its default theme — the standard Office theme, which is
 * also what Excel applies to a workbook that has none — so nothing the user sees changes.
 */
import type { Workbook } from "exceljs";

interface WithThemes {
  _themes?: Record<string, string>;
}

/** Lets ExcelJS write its default theme when the loaded file had none; returns true when it changed anything. */
export function repairLoadedTheme(wb: Workbook): boolean {
  const holder = wb as unknown as WithThemes;
  if (holder._themes === undefined || Object.keys(holder._themes).length > 0) return false;
  holder._themes = undefined;
  return true;
}
