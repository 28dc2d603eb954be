/**
 * The Explain flow's state: follows the selection and finds its explanation among the last review's plans, building
 * the plans in memory when there are none (quick selections share one build). Only the latest selection's result is
 * shown: a stale selection's answer is dropped.
 */
import * as React from "react";
import type { CellRef, WorkbookHost } from "../../hosts/port";
import type { ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { findExplanation, type ExplainResult } from "../model/explain";
import { usePlansInMemory } from "./usePlansInMemory";

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
  const plans = usePlansInMemory(host, lastRun, onPlansBuilt);
  const seq = React.useRef(0);

  const explain = React.useCallback(
    async (ref: CellRef | null): Promise<void> => {
      const mine = ++seq.current;
      const latest = (): boolean => mine === seq.current;
      if (!ref) return setView({ kind: "waiting" });
      try {
        const owned = await host.listOwnedSheets();
        let result = findExplanation(ref, owned, plans.current()?.plans ?? []);
        if (result.kind === "noExplanation" && !plans.current()) {
          if (latest()) setView({ kind: "busy" });
          result = findExplanation(ref, owned, (await plans.build()).plans);
        }
        if (!latest()) return;
        setView({ kind: "result", result });
        if (result.kind === "explained") setPinned(result);
      } catch (e) {
        if (latest()) setView({ kind: "error", message: errorMessage(e) });
      }
    },
    [host, plans],
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
