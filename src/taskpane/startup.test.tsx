/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen } from "@testing-library/react";
import { OutsideOffice } from "./OutsideOffice";
import { OFFICE_WAIT_MS, startTaskpane, type OfficeLike } from "./startup";
import { renderInFluent } from "./testing/dom";

/** A start with a hand-driven clock and Office: `fire()` runs the pending wait, `ready(host)` answers onReady. */
function harness(office: "none" | "silent") {
  const shown: string[] = [];
  let pending: { ms: number; fn: () => void } | null = null;
  let ready: ((info: { host: unknown }) => void) | null = null;
  const fake: OfficeLike = { onReady: (cb) => (ready = cb) };
  startTaskpane({
    office: office === "none" ? undefined : fake,
    after: (ms, fn) => {
      pending = { ms, fn };
      return () => (pending = null);
    },
    inside: () => shown.push("pane"),
    outside: () => shown.push("outside"),
  });
  return {
    shown,
    wait: () => pending?.ms,
    fire: () => pending?.fn(),
    ready: (host: unknown) => ready?.({ host }),
  };
}

describe("opening taskpane.html (issue 11 §9)", () => {
  it("says what to do at once when office.js did not load", () => {
    expect(harness("none").shown).toEqual(["outside"]);
  });

  it("says what to do when Office reports no host (a browser tab)", () => {
    const h = harness("silent");
    h.ready(null);
    expect(h.shown).toEqual(["outside"]);
    expect(h.wait()).toBeUndefined(); // the wait was cancelled
  });

  it("says what to do when Office never answers, and still opens the pane should Excel answer late", () => {
    const h = harness("silent");
    expect(h.shown).toEqual([]);
    expect(h.wait()).toBe(OFFICE_WAIT_MS);
    h.fire();
    expect(h.shown).toEqual(["outside"]);
    h.ready("Excel");
    expect(h.shown).toEqual(["outside", "pane"]);
  });

  it("opens the pane in Excel without a message", () => {
    const h = harness("silent");
    h.ready("Excel");
    expect(h.shown).toEqual(["pane"]);
    expect(h.wait()).toBeUndefined();
  });

  it("links to the workbench", () => {
    renderInFluent(<OutsideOffice />);
    expect(screen.getByRole("heading", { name: "IMM for Excel runs inside Excel" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open the workbench" }).getAttribute("href")).toBe("workbench.html");
  });
});
