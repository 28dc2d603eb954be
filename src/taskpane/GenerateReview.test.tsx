/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { act, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { readModel } from "../tables/index";
import { buildReviewPlans } from "../review/index";
import { App } from "./App";
import { renderInFluent } from "./testing/dom";
import { breakFirstLikelihood, quickSampleHost } from "./testing/sampleHost";

jest.setTimeout(30000);

describe("Generate review", () => {
  it("writes the chosen sheets with progress, summarises indices and re-runs replacing only owned sheets", async () => {
    const host = await quickSampleHost();
    const expected = buildReviewPlans(readModel(await host.readSnapshot()), {}).assessment;
    const userSheets = host.workbook.worksheets.map((w) => w.name);
    const progress: number[] = [];
    const apply = host.applyPlans.bind(host);
    jest.spyOn(host, "applyPlans").mockImplementation((plans, cb) => apply(plans, (d, t, l) => {
      progress.push(d / t);
      cb?.(d, t, l);
    }));
    renderInFluent(<App host={host} initialFlow="review" />);
    fireEvent.click(screen.getByRole("checkbox", { name: "IMM Dashboard" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    const summary = await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    const written = within(summary).getByRole("list", { name: "Sheets written" });
    expect(within(written).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "IMM Risk Review", "IMM Partnership Review", "IMM Performance Review", "IMM Integrated Assessment", "IMM History",
    ]);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(screen.getByText("Done: wrote 5 sheets.")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    for (const p of expected.integrated.pillars) {
      expect(screen.getByTestId(`index-${p.key}`).textContent).toBe(p.index === null ? "—" : p.index.toFixed(1));
    }
    expect(screen.getByTestId("index-integrated").textContent).toBe(expected.integrated.index?.toFixed(1));
    expect(within(summary).getAllByText(/^(Green|Amber|Red)$/).length).toBeGreaterThanOrEqual(1);
    fireEvent.click(within(written).getByRole("button", { name: "Go to IMM Integrated Assessment" }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await host.getSelection()).toEqual({ sheet: "IMM Integrated Assessment", address: "A1" });

    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    const names = host.workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("IMM ") && n.includes("Review")).length).toBe(3);
    expect(names.filter((n) => /\(2\)$/.test(n))).toEqual([]);
    for (const s of userSheets) expect(names).toContain(s);
  });

  it("links the problem count to Check data", async () => {
    const host = await quickSampleHost();
    await breakFirstLikelihood(host);
    renderInFluent(<App host={host} initialFlow="review" />);
    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    const problems = await screen.findByTestId("review-problems", {}, { timeout: 20000 });
    expect(problems.textContent).toMatch(/^\d+ data problems? \(\d+ errors?\)\./);
    // Issue 11 §9: a warning with the count in its title, not a green "Review written".
    const count = /^(\d+)/.exec(problems.textContent ?? "")?.[1];
    expect(screen.getByTestId("review-outcome").textContent).toBe(`Review written with ${count} data ${count === "1" ? "problem" : "problems"}`);
    fireEvent.click(within(problems).getByRole("button", { name: "Show in Check data" }));
    expect(await screen.findByTestId("check-summary", {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Check", selected: true })).toBeTruthy();
  });

  it("moves focus to the result after Generate", async () => {
    const host = await quickSampleHost();
    renderInFluent(<App host={host} initialFlow="review" />);
    const button = screen.getByRole("button", { name: "Generate review" });
    button.focus();
    fireEvent.click(button);
    const summary = await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.getAttribute("role")).toBe("region");
    expect(screen.getByRole("region", { name: "Review written" })).toBe(summary);
  });

  it("marks the summary out of date after a setting is saved, and Regenerate brings it up to date", async () => {
    const host = await quickSampleHost();
    renderInFluent(<App host={host} initialFlow="review" />);
    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0))); // the first staleness check reads the workbook
    expect(screen.queryByTestId("review-stale")).toBeNull();
    const rag = (key: string): string | null | undefined => screen.getByTestId(`index-${key}`).parentElement?.querySelector("[data-rag]")?.textContent;
    expect(rag("partnership")).toBe("Amber");

    // Issue 11 §9's example: raising the Amber threshold to 65 turns the sample's partnership 61.6 Amber into Red.
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const amber = (await screen.findByLabelText("Amber threshold")) as HTMLInputElement;
    await waitFor(() => expect(amber.disabled).toBe(false));
    fireEvent.change(amber, { target: { value: "65" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await screen.findByText("Settings saved");
    fireEvent.click(screen.getByRole("tab", { name: "Review" }));

    const stale = await screen.findByTestId("review-stale", {}, { timeout: 10000 });
    expect(stale.textContent).toMatch(/^Out of date: settings or inputs changed since this review\./);
    expect(screen.getByTestId("review-summary").textContent).toContain("(out of date)");
    expect(rag("partnership")).toBe("Amber"); // still the old result, now marked

    fireEvent.click(within(stale).getByRole("button", { name: "Regenerate review" }));
    await waitFor(() => expect(screen.queryByTestId("review-stale")).toBeNull(), { timeout: 20000 });
    await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    expect(rag("partnership")).toBe("Red");
    expect(screen.getByTestId("review-summary").textContent).not.toContain("(out of date)");
  });

  it("checks again when the pane gains focus: an input edited in the grid makes the summary out of date", async () => {
    const host = await quickSampleHost();
    renderInFluent(<App host={host} initialFlow="review" />);
    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    await screen.findByTestId("review-summary", {}, { timeout: 20000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByTestId("review-stale")).toBeNull();
    await breakFirstLikelihood(host); // an edit the in-memory host does not announce, as a user typing in the grid
    fireEvent.focus(window);
    expect(await screen.findByTestId("review-stale", {}, { timeout: 10000 })).toBeTruthy();
  });
});
