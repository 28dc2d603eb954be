/**
 * The Explain flow's state: follows the selection and finds its explanation among the last review's plans, building
 * the plans in memory when there are none (quick selections share one build). Only the latest selection's result is
 * shown: a stale selection's answer is dropped.
 *
 * Before explaining, it reads the selected cell's row back from the sheet (`readCells`) and checks that it still
 * holds what the plan wrote there: after the user sorts a generated table, edits it, or changes inputs so that plans
 * rebuilt in memory differ from the sheet, matching by address alone would describe a different number. Then it
 * says the sheet has changed since it was generated instead (result "changed").
 */
import * as React from "react";
import type { CellRef, OwnedSheet, WorkbookHost } from "../../hosts/port";
import type { SheetPlan } from "../../review/kit/plan";
import type { ReviewRun } from "../model/review";
import { errorMessage } from "../model/errors";
import { findExplanation, plannedRow, sameRow, sheetLinks, type ExplainResult, type SheetLink } from "../model/explain";
import { usePlansInMemory } from "./usePlansInMemory";

export type ExplainView =
  | { kind: "waiting" }
  | { kind: "busy" }
  | { kind: "result"; result: ExplainResult }
  | { kind: "error"; message: string };

/** An explained cell, with links for the generated sheets its inputs name. */
export type Explained = Extract<ExplainResult, { kind: "explained" }> & { links: SheetLink[] };

export interface Explanation {
  view: ExplainView;
  /** The last cell explained (kept while the selection is elsewhere). */
  pinned: Explained | null;
  /** Selects a source cell; a failure shows as the flow's error. */
  select: (ref: CellRef) => void;
}

/** True when the selected cell's row on the sheet no longer holds what the plan wrote there. */
async function changedSince(host: WorkbookHost, ref: CellRef, owned: readonly OwnedSheet[], plans: readonly SheetPlan[]): Promise<boolean> {
  const key = owned.find((o) => o.name === ref.sheet)?.key;
  const plan = plans.find((p) => p.key === key);
  const row = plan ? plannedRow(plan, ref.address) : null;
  if (!row) return false;
  const actual = await host.readCells({ sheet: ref.sheet, address: row.address });
  return !sameRow(row.values, actual[0] ?? []);
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
        let used = plans.current()?.plans ?? [];
        let result = findExplanation(ref, owned, used);
        if (result.kind === "noExplanation" && !plans.current()) {
          if (latest()) setView({ kind: "busy" });
          used = (await plans.build()).plans;
          result = findExplanation(ref, owned, used);
        }
        if (result.kind === "explained" && (await changedSince(host, ref, owned, used))) {
          result = { kind: "changed", sheet: ref.sheet, address: result.explanation.address };
        }
        if (!latest()) return;
        setView({ kind: "result", result });
        if (result.kind === "explained") setPinned({ ...result, links: sheetLinks(result.explanation.label, owned, used) });
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
