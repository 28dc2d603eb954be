/**
 * The workbench's colour scheme: the browser's preference (prefers-color-scheme), followed live, until the user
 * picks one with the toolbar's toggle; the pick then holds for this page.
 */
import * as React from "react";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The media query list, or null where matchMedia is missing (old browsers, some test environments). */
function darkQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
}

export interface ColorScheme {
  dark: boolean;
  toggle: () => void;
}

/** Dark when the browser prefers dark (or the user chose dark). */
export function useColorScheme(): ColorScheme {
  const [preferred, setPreferred] = React.useState(() => darkQuery()?.matches ?? false);
  const [chosen, setChosen] = React.useState<boolean | null>(null);

  React.useEffect(() => {
    const q = darkQuery();
    if (!q) return;
    const onChange = (e: MediaQueryListEvent): void => setPreferred(e.matches);
    q.addEventListener?.("change", onChange);
    return () => q.removeEventListener?.("change", onChange);
  }, []);

  const dark = chosen ?? preferred;
  const toggle = React.useCallback(() => setChosen(!dark), [dark]);
  return { dark, toggle };
}
