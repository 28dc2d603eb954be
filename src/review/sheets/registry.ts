/**
 * The sheet registry: every generated review sheet, declared once. Each entry has its key, display (sheet) name,
 * builder, ownership marker, CLI `--sheets` word and task-pane label; every list in the program derives from it —
 * the CLI's `--sheets` words and usage, both hosts' ownership (which sheets a rerun replaces), the task pane's sheet
 * choices, and the writing order. Adding a sheet = one builder file in sheets/ plus one entry below.
 *
 * The compiler rejects a half-registered sheet: a declaration missing any field does not satisfy SheetDeclaration,
 * SheetKey is derived from the declarations (so every Record<SheetKey, …> must cover a new key), and the ownership
 * marker is not declared but derived from the key (it cannot drift from it).
 *
 * Functions that use the registry take it as a parameter defaulting to SHEET_REGISTRY, so a test (or a later
 * feature) can work with an extended registry (`extendRegistry`) without any global state.
 */
import type { Assessment } from "../assess/assessment";
import type { SheetPlan } from "../kit/plan";
import type { ReviewContext } from "./context";
import { dashboard } from "./dashboard";
import { historySheet } from "./history";
import { integratedAssessment } from "./integrated-assessment";
import { partnershipReview } from "./partnership-review";
import { performanceReview } from "./performance-review";
import { riskReview } from "./risk-review";

/** Builds one generated sheet's plan from the assessment. */
export type SheetBuilder = (a: Assessment, ctx: ReviewContext) => SheetPlan;

/** What a sheet declares; the registry adds the ownership marker. */
export interface SheetDeclaration<K extends string = string> {
  /** Stable identity: the plan key, and the suffix of the ownership marker. */
  key: K;
  /** Sheet name written to the workbook (≤ 31 characters; a user's sheet of that name makes the host write "Name (2)"). */
  name: string;
  /** One line on what the sheet shows (help texts). */
  description: string;
  build: SheetBuilder;
  /** The word that selects the sheet in `imm review --sheets` (lower case, no commas). */
  cliWord: string;
  /** The label of the sheet's checkbox in the task pane. */
  label: string;
  /**
   * True for a generated sheet whose tables are also input to the next review (IMM History): hosts keep it in the
   * workbook snapshot, while other generated sheets are left out so review output is never read as input.
   */
  readBack?: boolean;
  /** Prints on one (landscape) page rather than one page wide (kit/print.ts). */
  onePage?: boolean;
}

/** Prefix of the ownership markers: the workbook-scoped defined names `IMM_Owned_<key>` that record generated sheets. */
export const OWNED_PREFIX = "IMM_Owned_";

/** A registered sheet: its declaration plus its ownership marker. */
export interface SheetEntry<K extends string = string> extends SheetDeclaration<K> {
  /**
   * Ownership marker: the workbook-scoped defined name referring to A1 of the generated sheet (IMM_Owned_risk →
   * 'IMM Risk Review'!$A$1). Excel keeps it pointing at the sheet when the user renames it; a rerun replaces the
   * sheet it points at instead of adding "Name (2)".
   */
  marker: `${typeof OWNED_PREFIX}${K}`;
}

/** The registered sheets, in writing order. */
export type SheetRegistry = readonly SheetEntry[];

/** The generated review sheets (IMM-SPEC §4), in writing order. */
const DECLARATIONS = [
  {
    key: "risk", name: "IMM Risk Review", build: riskReview, cliWord: "risk", label: "IMM Risk Review",
    description: "Register with inherent and residual scores, heat maps, top threats, opportunities and exposure (expected, P50/P90).",
  },
  {
    key: "partnership", name: "IMM Partnership Review", build: partnershipReview, cliWord: "partnership", label: "IMM Partnership Review",
    description: "Factor ratings public vs private, perception gaps, index by period, weakest factors and change.",
  },
  {
    key: "performance", name: "IMM Performance Review", build: performanceReview, cliWord: "performance", label: "IMM Performance Review",
    description: "KPI attainment and failures, points, deductions (calculated, waived, applied), index and trend by period.",
  },
  {
    key: "integrated", name: "IMM Integrated Assessment", build: integratedAssessment, cliWord: "integrated", label: "IMM Integrated Assessment",
    description: "Pillar indices, integrated index and RAG, risks linked to partnership and performance, VfM, action plan.",
  },
  {
    key: "dashboard", name: "IMM Dashboard", build: dashboard, cliWord: "dashboard", label: "IMM Dashboard", onePage: true,
    description: "One screen for directors: status tiles with change since the previous review, top risks, money, alerts, actions, commentary, charts.",
  },
  {
    key: "history", name: "IMM History", build: historySheet, cliWord: "history", label: "IMM History",
    description: "The review record: one row per review (indices, statuses, costs, deductions, counts) and item snapshots; each review adds its row.",
    readBack: true,
  },
] as const satisfies readonly SheetDeclaration[];

/** The key of a built-in generated sheet. */
export type SheetKey = (typeof DECLARATIONS)[number]["key"];

/** The ownership marker of a sheet key: `IMM_Owned_<key>`. */
export function markerOf<K extends string>(key: K): `${typeof OWNED_PREFIX}${K}` {
  return `${OWNED_PREFIX}${key}`;
}

/** A declaration made a registry entry (its marker derived from its key). */
export function registerSheet<K extends string>(d: SheetDeclaration<K>): SheetEntry<K> {
  return Object.freeze({ ...d, marker: markerOf(d.key) });
}

/** The built-in registry: the five review sheets and the history, in writing order. */
export const SHEET_REGISTRY = extendRegistry([], ...DECLARATIONS) as readonly SheetEntry<SheetKey>[];

/** The built-in sheet names by key (for cross-references between sheets). */
export const SHEET_NAMES: Readonly<Record<SheetKey, string>> = Object.freeze(
  Object.fromEntries(SHEET_REGISTRY.map((e) => [e.key, e.name])) as Record<SheetKey, string>,
);

/**
 * A new registry: `registry` followed by the declared sheets. Throws when a key, sheet name, CLI word or label
 * is already taken (case-insensitively) or a CLI word is not a plain lower-case word — two sheets must never
 * claim the same marker, sheet or choice.
 */
export function extendRegistry(registry: SheetRegistry, ...declarations: SheetDeclaration[]): SheetRegistry {
  const out: SheetEntry[] = [...registry];
  for (const d of declarations) {
    if (!/^[a-z][a-z0-9-]*$/.test(d.cliWord)) throw new Error(`sheet "${d.key}": CLI word "${d.cliWord}" must be a lower-case word`);
    for (const field of ["key", "name", "cliWord", "label"] as const) {
      const clash = out.find((e) => e[field].toLowerCase() === d[field].toLowerCase());
      if (clash) throw new Error(`sheet "${d.key}": ${field} "${d[field]}" is taken by sheet "${clash.key}"`);
    }
    out.push(registerSheet(d));
  }
  return Object.freeze(out);
}

/**
 * The portfolio's generated sheets (review/portfolio): owned exactly like the review sheets — an `IMM_Owned_<key>`
 * marker pointing at the sheet, so a second Portfolio run replaces its own sheets in place (never "IMM Portfolio (2)")
 * and never touches a user's sheet of the same name, and a review never reads them as input. They are declared here,
 * once, but kept out of SHEET_REGISTRY: their builders take a Portfolio, not one contract's Assessment, so they are no
 * `imm review --sheets` word or task-pane review choice. Hosts own them through `ownedEntries`.
 */
const PORTFOLIO_DECLARATIONS = [
  { key: "portfolio", name: "IMM Portfolio", description: "One row per contract, worst first: indices with RAG, change since the previous review, threat cost, deductions, counts, file link." },
  { key: "portfolioDashboard", name: "IMM Portfolio Dashboard", description: "RAG counts, integrated index against years to expiry, portfolio P50/P90 threat cost (joint simulation), common themes." },
] as const satisfies readonly Pick<SheetDeclaration, "key" | "name" | "description">[];

/** The key of a portfolio sheet. */
export type PortfolioSheetKey = (typeof PORTFOLIO_DECLARATIONS)[number]["key"];

/** An owned sheet that is not a review sheet: key, name, description and its ownership marker. */
export interface OwnedEntry<K extends string = string> {
  key: K;
  name: string;
  description: string;
  marker: `${typeof OWNED_PREFIX}${K}`;
  readBack?: boolean;
}

/** The portfolio's sheets, in writing order, with their markers. */
export const PORTFOLIO_REGISTRY: readonly OwnedEntry<PortfolioSheetKey>[] = Object.freeze(
  PORTFOLIO_DECLARATIONS.map((d) => Object.freeze({ ...d, marker: markerOf(d.key) })),
);

/**
 * Every sheet a host owns: the review registry's sheets, then the portfolio's (a portfolio key or name the given
 * registry already uses is left to the registry, so a marker never means two sheets).
 */
export function ownedEntries(registry: SheetRegistry = SHEET_REGISTRY): readonly OwnedEntry[] {
  const taken = (e: OwnedEntry) => registry.some((r) => r.key === e.key || r.name.toLowerCase() === e.name.toLowerCase());
  return [...registry, ...PORTFOLIO_REGISTRY.filter((e) => !taken(e))];
}

/** Names of owned sheets to leave out of the workbook snapshot: every generated sheet except those read back (history). */
export function notReadBack(owned: readonly { key: string; name: string }[], registry: SheetRegistry = SHEET_REGISTRY): string[] {
  return owned.filter((o) => !entryOf(o.key, registry)?.readBack).map((o) => o.name);
}

/** The entry of a review sheet's key, or undefined (e.g. a template's key, or a portfolio sheet's: see ownedEntries). */
export function entryOf(key: string, registry: SheetRegistry = SHEET_REGISTRY): SheetEntry | undefined {
  return registry.find((e) => e.key === key);
}
