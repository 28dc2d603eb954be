/**
 * A sheet plan's explanations, made when first read. A review explains every figure it shows (tens of thousands of
 * texts for a large register, with the numbers and source cells substituted), but only the task pane reads them, one
 * cell at a time; the CLI and the .xlsx writers never do. So a builder records how to make each explanation, and
 * `plan.explanations` makes them all, in the order they were recorded, the first time it is read. Reading it is
 * otherwise the same as reading a plain array (JSON, structured clone and deep equality read it through its getter).
 */
import type { Explanation, SheetPlan } from "./plan";

/** An explanation, or how to make it (its address known, its texts made later). */
export type ExplanationEntry = Explanation | { address: string; make: () => Omit<Explanation, "address"> };

/** Where a builder records explanations. */
export interface ExplanationSink {
  push(entry: ExplanationEntry): void;
}

function made(e: ExplanationEntry): Explanation {
  if (!("make" in e)) return e;
  const { label, formula, inputs } = e.make();
  return { address: e.address, label, formula, inputs };
}

/** Makes `plan.explanations` lazy; returns the sink its builder records explanations into. */
export function lazyExplanations(plan: SheetPlan): ExplanationSink {
  let entries: ExplanationEntry[] = [...plan.explanations];
  let list: Explanation[] | null = null;
  Object.defineProperty(plan, "explanations", {
    enumerable: true,
    configurable: true,
    get: (): Explanation[] => (list ??= entries.map(made)),
    set: (v: Explanation[]) => {
      entries = [...v];
      list = null;
    },
  });
  return {
    push(entry) {
      if (list) list.push(made(entry));
      else entries.push(entry);
    },
  };
}
