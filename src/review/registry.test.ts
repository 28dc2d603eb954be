import { buildReviewPlans } from "./index";
import { emptyPlan } from "./kit/plan";
import {
  extendRegistry, markerOf, notReadBack, ownedEntries, PORTFOLIO_REGISTRY, SHEET_NAMES, SHEET_REGISTRY, type SheetDeclaration,
} from "./sheets/registry";
import { EXTENDED_REGISTRY, EXTRA_SHEET } from "./testing/extra-sheet";
import { fixtureModel } from "./testing/fixture";

const build = () => emptyPlan("x", "X");

describe("sheet registry", () => {
  it("lists the five review sheets and the history in writing order, each with a marker derived from its key", () => {
    expect(SHEET_REGISTRY.map((e) => e.key)).toEqual(["risk", "partnership", "performance", "integrated", "dashboard", "history"]);
    for (const e of SHEET_REGISTRY) expect(e.marker).toBe(`IMM_Owned_${e.key}`);
    expect(SHEET_NAMES.dashboard).toBe("IMM Dashboard");
  });

  it("every builder writes the key and sheet name of its entry", () => {
    const { plans } = buildReviewPlans(fixtureModel());
    expect(plans.map((p) => [p.key, p.name])).toEqual(SHEET_REGISTRY.map((e) => [e.key, e.name]));
  });

  it("an extended registry is a new list: the built-in one is unchanged", () => {
    expect(EXTENDED_REGISTRY.map((e) => e.key)).toEqual([...SHEET_REGISTRY.map((e) => e.key), "notes"]);
    expect(EXTENDED_REGISTRY[6].marker).toBe("IMM_Owned_notes");
    expect(SHEET_REGISTRY).toHaveLength(6);
    const { plans } = buildReviewPlans(fixtureModel(), { registry: EXTENDED_REGISTRY, sheets: ["notes", "risk"] });
    expect(plans.map((p) => p.key)).toEqual(["risk", "notes"]);
  });

  it("refuses a sheet whose key, name, CLI word or label is taken, or whose CLI word is not a word", () => {
    const clash = (d: Partial<SheetDeclaration>) => () => extendRegistry(SHEET_REGISTRY, { ...EXTRA_SHEET, ...d });
    expect(clash({ key: "Risk" })).toThrow('sheet "Risk": key "Risk" is taken by sheet "risk"');
    expect(clash({ name: "imm dashboard" })).toThrow('name "imm dashboard" is taken by sheet "dashboard"');
    expect(clash({ cliWord: "integrated" })).toThrow('cliWord "integrated" is taken by sheet "integrated"');
    expect(clash({ label: "IMM Risk Review" })).toThrow('label "IMM Risk Review" is taken by sheet "risk"');
    expect(clash({ cliWord: "a,b" })).toThrow('CLI word "a,b" must be a lower-case word');
  });

  it("only the history sheet is read back: hosts leave every other generated sheet out of the snapshot", () => {
    const owned = SHEET_REGISTRY.map((e) => ({ key: e.key, name: e.name }));
    expect(notReadBack(owned)).toEqual(["IMM Risk Review", "IMM Partnership Review", "IMM Performance Review", "IMM Integrated Assessment", "IMM Dashboard"]);
  });

  it("the compiler rejects a half-registered sheet", () => {
    // @ts-expect-error — a declaration without a CLI word and task-pane label is not a SheetDeclaration
    const half: SheetDeclaration = { key: "half", name: "Half", description: "", build };
    // @ts-expect-error — a marker that does not match its key is not a marker of that key
    const wrong: `IMM_Owned_${"risk"}` = markerOf("dashboard");
    expect([half.key, wrong]).toEqual(["half", "IMM_Owned_dashboard"]);
  });
});

describe("portfolio sheets in the registry", () => {
  it("are owned like the review sheets: their own markers (valid Excel names), no clash with a review sheet, no review choice", () => {
    expect(PORTFOLIO_REGISTRY.map((e) => [e.key, e.name, e.marker])).toEqual([
      ["portfolio", "IMM Portfolio", "IMM_Owned_portfolio"],
      ["portfolioDashboard", "IMM Portfolio Dashboard", "IMM_Owned_portfolioDashboard"],
    ]);
    for (const e of ownedEntries()) expect(e.marker).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(ownedEntries().map((e) => e.key)).toEqual([...SHEET_REGISTRY.map((e) => e.key), "portfolio", "portfolioDashboard"]);
    expect(new Set(ownedEntries().map((e) => e.name.toLowerCase())).size).toBe(ownedEntries().length);
    expect(SHEET_REGISTRY.some((e) => e.key.startsWith("portfolio"))).toBe(false);
    expect(notReadBack([{ key: "portfolio", name: "IMM Portfolio" }])).toEqual(["IMM Portfolio"]);
  });
});
