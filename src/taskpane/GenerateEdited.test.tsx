/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/** Issue 9 §2: before rewriting generated sheets the user changed, Generate says so and waits for a choice. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { App } from "./App";
import { renderInFluent } from "./testing/dom";
import { quickSampleHost } from "./testing/sampleHost";

jest.setTimeout(30000);

async function hostWithEditedDashboard() {
  const host = await quickSampleHost();
  jest.spyOn(host, "listOwnedSheets").mockResolvedValue([
    { key: "risk", name: "IMM Risk Review", edited: false },
    { key: "dashboard", name: "IMM Dashboard", edited: true },
  ]);
  const apply = jest.spyOn(host, "applyPlans");
  return { host, apply };
}

test("asks before overwriting an edited generated sheet; Cancel writes nothing", async () => {
  const { host, apply } = await hostWithEditedDashboard();
  renderInFluent(<App host={host} initialFlow="review" />);
  fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
  const bar = await screen.findByTestId("edited-sheets");
  expect(bar.textContent).toMatch(/"IMM Dashboard" has changes of yours since IMM generated it/);
  expect(bar.textContent).not.toMatch(/IMM Risk Review/);
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByTestId("edited-sheets")).toBeNull());
  expect(apply).not.toHaveBeenCalled();
});

test("Generate anyway writes the review", async () => {
  const { host, apply } = await hostWithEditedDashboard();
  renderInFluent(<App host={host} initialFlow="review" />);
  fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
  fireEvent.click(await screen.findByRole("button", { name: "Generate anyway" }));
  await screen.findByTestId("review-summary", {}, { timeout: 20000 });
  expect(apply).toHaveBeenCalledTimes(1);
});

test("no question when the edited sheet is not among the chosen ones", async () => {
  const { host, apply } = await hostWithEditedDashboard();
  renderInFluent(<App host={host} initialFlow="review" />);
  fireEvent.click(screen.getByRole("checkbox", { name: "IMM Dashboard" }));
  fireEvent.click(screen.getByRole("button", { name: "Generate review" }));
  await screen.findByTestId("review-summary", {}, { timeout: 20000 });
  expect(screen.queryByTestId("edited-sheets")).toBeNull();
  expect(apply).toHaveBeenCalledTimes(1);
});
