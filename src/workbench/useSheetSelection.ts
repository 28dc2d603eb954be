/**
 * What the grid shows of the open workbook: a fresh view after every write, the active sheet (following the task
 * pane's selections), the selected cell on it and that cell's displayed text for the formula bar.
 */
import * as React from "react";
import type { CellRef } from "../hosts/port";
import { parseA1 } from "../review/kit/plan";
import type { Session } from "./session";
import type { SheetView, WorkbookView } from "./sheetView";

export interface SheetSelection {
  view: WorkbookView | null;
  sheetName: string;
  sheet: SheetView | null;
  tabColors: Record<string, string | undefined>;
  /** The selected address when it is on the shown sheet. */
  selectedHere: string | null;
  selectedText: string;
  setActive: (sheet: string) => void;
}

/** Follows the session's changes and selections. */
export function useSheetSelection(session: Session | null): SheetSelection {
  const [version, setVersion] = React.useState(0);
  const [active, setActive] = React.useState("");
  const [selection, setSelection] = React.useState<CellRef | null>(null);

  React.useEffect(() => {
    if (!session) return;
    // A newly opened workbook starts on its first sheet with nothing selected.
    setSelection(null);
    setActive(session.view().sheetNames[0] ?? "");
    const offChange = session.host.onWorkbookChanged(() => setVersion((v) => v + 1));
    const offSel = session.host.onSelectionChanged((ref) => {
      setSelection(ref);
      setActive(ref.sheet);
    });
    return () => {
      offChange();
      offSel();
    };
  }, [session]);

  // A new view after every write (`version` changes); the view itself caches per sheet.
  const view = React.useMemo(() => (session && version >= 0 ? session.view() : null), [session, version]);
  const sheetName = view && view.sheetNames.includes(active) ? active : (view?.sheetNames[0] ?? "");
  const sheet = view && sheetName ? view.sheet(sheetName) : null;
  const tabColors = React.useMemo(() => Object.fromEntries((view?.sheetNames ?? []).map((n) => [n, view?.sheet(n)?.tabColor])), [view]);
  const selectedHere = selection && selection.sheet === sheetName ? selection.address : null;
  const at = selectedHere ? parseA1(selectedHere) : null;
  const selectedText = (at && sheet?.cells[at.row]?.[at.col]?.text) ?? "";
  return { view, sheetName, sheet, tabColors, selectedHere, selectedText, setActive };
}
