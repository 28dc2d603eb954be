/** Reading IMM_Actions into ActionRow[]. */
import { coerceDate } from "./coerce";
import type { FoundTable } from "./find";
import type { ProblemSink } from "./problems";
import { readRowTable } from "./rows";
import { text, withoutUndefined } from "./text";
import type { ActionRow } from "./types";

/** Actions; null when required columns are missing. A blank owner is a warning; a bad due date is ignored (warning). */
export function readActions(t: FoundTable, problems: ProblemSink): ActionRow[] | null {
  return readRowTable(t, problems, { action: "action" }, (ctx) => {
    const action = ctx.required("action", "action", text);
    const owner = ctx.optional("owner", text);
    if (owner === undefined && action !== undefined) ctx.report("warning", "owner", "owner is blank");
    const row = {
      owner: owner ?? "",
      due: ctx.optional("due", (v) => coerceDate(v, "due date")),
      linkedItem: ctx.optional("linkedItem", text),
      status: ctx.optional("status", text),
      priority: ctx.optional("priority", text),
    };
    if (action === undefined) return undefined;
    return withoutUndefined({ action, ...row, source: ctx.source() }) as ActionRow;
  });
}
