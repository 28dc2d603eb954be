/** Picks the Fluent theme from the Office theme when running inside Office; light otherwise. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Minimal view of `Office.context.officeTheme` (absent outside Office, e.g. in the workbench). */
interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (0–1) of "#RRGGBB"; NaN if unparsable. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return NaN;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** True when the Office theme is dark (by its flag, else by its background colour). */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : NaN;
  return Number.isFinite(l) && l < 0.5;
}

/** The current Office theme, or undefined when the Office global (office.js) is not loaded. */
export function currentOfficeTheme(): OfficeThemeLike | undefined {
  const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeLike } } }).Office;
  try {
    return office?.context?.officeTheme;
  } catch {
    return undefined;
  }
}

/** webDarkTheme when Office is dark, webLightTheme otherwise (including outside Office). */
export function pickTheme(): Theme {
  return isDarkOfficeTheme(currentOfficeTheme()) ? webDarkTheme : webLightTheme;
}
