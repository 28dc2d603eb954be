/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen, fireEvent } from "@testing-library/react";
import { App } from "./App";
import * as reviewModel from "./model/review";
import { simulationLabel } from "./model/simulation-progress";
import { renderInFluent } from "./testing/dom";
import { quickSampleHost } from "./testing/sampleHost";

jest.setTimeout(30000);

test("the simulation's progress is a whole percent, rounded down", () => {
  expect(simulationLabel(0, 400)).toBe("Simulating threat costs… 0%");
  expect(simulationLabel(399, 400)).toBe("Simulating threat costs… 99%");
  expect(simulationLabel(400, 400)).toBe("Simulating threat costs… 100%");
  expect(simulationLabel(0, 0)).toBe("Simulating threat costs… 100%");
});

test("Generate shows the risk simulation's progress while the review is built", async () => {
  const host = await quickSampleHost();
  const real = reviewModel.buildReview;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const seen: [number, number][] = [];
  const spy = jest.spyOn(reviewModel, "buildReview").mockImplementation(async (h, sheets, registry, onSimulation) => {
    const run = await real(h, sheets, registry, (done, total) => {
      seen.push([done, total]);
      onSimulation?.(done, total);
    });
    onSimulation?.(90, 200); // as a slice part-way through would report
    await gate;
    return run;
  });
  try {
    renderInFluent(<App host={host} initialFlow="review" />);
    fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
    expect(await screen.findByText("Simulating threat costs… 45%")).toBeTruthy();
    expect(screen.getByTestId("review-progress").getAttribute("aria-valuenow")).toBe("0.45");
    expect(seen.length).toBeGreaterThan(0); // the real build reported its simulation through the flow's callback
    expect(seen[seen.length - 1][0]).toBe(seen[seen.length - 1][1]);
    release();
    expect(await screen.findByTestId("review-summary", {}, { timeout: 20000 })).toBeTruthy();
  } finally {
    spy.mockRestore();
  }
});
