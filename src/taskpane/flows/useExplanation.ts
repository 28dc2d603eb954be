/**
 * The Explain flow's state: follows the selection and finds its explanation among the last review's plans, building
 * the plans in memory once when there are none. Quick selections share one build, and only the latest selection's
 * result is shown: a stale selection's answer is dropped.
 */
import * as React from "react";
import type { CellRef, WorkbookHost } from "../../hosts/port";
import { buildReview, type ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { findExplanation, type ExplainResult } from "../model/explain";

export type ExplainView =
  | { kind: "waiting" }
  | { kind: "busy" }
  | { kind: "result"; result: ExplainResult }
  | { kind: "error"; message: string };

export type Explained = Extract<ExplainResult, { kind: "explained" }>;

export interface Explanation {
  view: ExplainView;
  /** The last cell explained (kept while the selection is elsewhere). */
  pinned: Explained | null;
  /** Selects a source cell; a failure shows as the flow's error. */
  select: (ref: CellRef) => void;
}

/** Follows the host's selection and explains it. */
export function useExplanation(host: WorkbookHost, lastRun: ReviewRun | null, onPlansBuilt: (run: ReviewRun) => void): Explanation {
  const [view, setView] = React.useState<ExplainView>({ kind: "waiting" });
  const [pinned, setPinned] = React.useState<Explained | null>(null);
  const runRef = React.useRef<ReviewRun | null>(lastRun);
  runRef.current = lastRun ?? runRef.current;
  const building = React.useRef<Promise<ReviewRun> | null>(null);
  const seq = React.useRef(0);

  /** The plans built in memory: one build at a time, shared by every selection made while it runs. */
  const plansInMemory = React.useCallback((): Promise<ReviewRun> => {
    building.current ??= buildReview(host)
      .then((run) => {
        runRef.current = run;
        onPlansBuilt(run);
        return run;
      })
      .finally(() => {
        building.current = null;
      });
    return building.current;
  }, [host, onPlansBuilt]);

  const explain = React.useCallback(
    async (ref: CellRef | null): Promise<void> => {
      const mine = ++seq.current;
      const latest = (): boolean => mine === seq.current;
      if (!ref) return setView({ kind: "waiting" });
      try {
        const owned = await host.listOwnedSheets();
        let result = findExplanation(ref, owned, runRef.current?.plans ?? []);
        if (result.kind === "noExplanation" && !runRef.current) {
          if (latest()) setView({ kind: "busy" });
          result = findExplanation(ref, owned, (await plansInMemory()).plans);
        }
        if (!latest()) return;
        setView({ kind: "result", result });
        if (result.kind === "explained") setPinned(result);
      } catch (e) {
        if (latest()) setView({ kind: "error", message: errorMessage(e) });
      }
    },
    [host, plansInMemory],
  );

  React.useEffect(() => {
    let live = true;
    void host.getSelection().then((ref) => {
      if (live) void explain(ref);
    });
    const off = host.onSelectionChanged((ref) => void explain(ref));
    return () => {
      live = false;
      off();
    };
  }, [host, explain]);

  const select = (ref: CellRef): void => {
    void host.selectCell(ref).catch((e: unknown) => setView({ kind: "error", message: errorMessage(e) }));
  };
  return { view, pinned, select };
}
