/**
 * Is the shown review out of date? Compares the fingerprint of the inputs the review was built from with the
 * workbook's inputs now. Checks when the review is shown, when the pane gains focus (the user was in the grid),
 * and on every workbook change the host reports (a cell edit in Excel, a saved setting). One check runs at a
 * time; changes reported meanwhile cause one more check after it.
 */
import * as React from "react";
import type { WorkbookHost } from "../../hosts/port";
import type { ReviewRun } from "../model/review";
import { currentFingerprint, modelFingerprint } from "../model/staleness";

/** True when the inputs or settings changed since `run` was built; false while unknown or when there is no run. */
export function useStaleness(host: WorkbookHost, run: ReviewRun | null): boolean {
  // The fingerprint found out of date; an answer about an earlier run never marks a newer one.
  const [staleFor, setStaleFor] = React.useState<string | null>(null);
  const built = React.useMemo(() => (run ? modelFingerprint(run.model) : null), [run]);

  React.useEffect(() => {
    if (built === null) return;
    let disposed = false;
    let running = false;
    let again = false;
    const check = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const now = await currentFingerprint(host).catch(() => built); // an unreadable workbook is not "changed"
          if (!disposed) setStaleFor(now !== built ? built : null);
        } while (again && !disposed);
      } finally {
        running = false;
      }
    };
    const onFocus = (): void => void check();
    void check();
    const off = host.onWorkbookChanged(() => void check());
    window.addEventListener("focus", onFocus);
    return () => {
      disposed = true;
      off();
      window.removeEventListener("focus", onFocus);
    };
  }, [host, built]);

  return built !== null && staleFor === built;
}
