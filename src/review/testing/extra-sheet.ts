/** Test fixture: a sixth generated sheet, registered through the sheet registry alone (no other list touched). */
import { emptyPlan } from "../kit/plan";
import { extendRegistry, SHEET_REGISTRY, type SheetDeclaration } from "../sheets/registry";

/** Its sheet name; the task-pane label and CLI word differ on purpose, to show each is taken from the entry. */
export const EXTRA_NAME = "IMM Review Notes";

export const EXTRA_SHEET: SheetDeclaration<"notes"> = {
  key: "notes",
  name: EXTRA_NAME,
  description: "Notes on the review: how many problems were found.",
  cliWord: "notes",
  label: "Review notes",
  build: (a) => {
    const plan = emptyPlan("notes", EXTRA_NAME);
    plan.blocks.push({ row: 0, col: 0, values: [["Review notes"], [`Problems found: ${a.problems.length}`]] });
    return plan;
  },
};

/** The built-in registry plus the extra sheet (a new registry; the built-in one is unchanged). */
export const EXTENDED_REGISTRY = extendRegistry(SHEET_REGISTRY, EXTRA_SHEET);
