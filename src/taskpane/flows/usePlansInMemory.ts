/**
 * The review plans Explain reads: the last Generate's, or plans built in memory when there are none yet. One build
 * runs at a time and is shared by every selection made while it runs (two quick selections build once).
 */
import * as React from "react";
import type { WorkbookHost } from "../../hosts/port";
import { buildReview, type ReviewRun } from "../model/review";

export interface PlansInMemory {
  /** The plans known now (null before any Generate or build). */
  current: () => ReviewRun | null;
  /** Builds the plans, or joins the build already running. */
  build: () => Promise<ReviewRun>;
}

/** Keeps the latest run; `onPlansBuilt` hears of each build once. */
export function usePlansInMemory(host: WorkbookHost, lastRun: ReviewRun | null, onPlansBuilt: (run: ReviewRun) => void): PlansInMemory {
  const runRef = React.useRef<ReviewRun | null>(lastRun);
  runRef.current = lastRun ?? runRef.current;
  const building = React.useRef<Promise<ReviewRun> | null>(null);

  const build = React.useCallback((): Promise<ReviewRun> => {
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

  const current = React.useCallback(() => runRef.current, []);
  return React.useMemo(() => ({ current, build }), [current, build]);
}
