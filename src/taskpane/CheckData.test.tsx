/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen, fireEvent, waitFor } from "@testing-library/react";
import { renderInFluent } from "./testing/dom";
import { CheckData } from "./flows/CheckData";
import { breakFirstLikelihood, sampleHost } from "./testing/sampleHost";

describe("Check data", () => {
  it("reports a clean sample as having no problems", async () => {
    renderInFluent(<CheckData host={await sampleHost()} title="Check data" />);
    const summary = await screen.findByTestId("check-summary", {}, { timeout: 10000 });
    expect(summary.textContent).toBe("No problems found in 6 tables.");
    expect(screen.queryAllByRole("button", { name: /Select the cell/ })).toHaveLength(0);
  });

  it("lists problems by table and selects a problem's cell when clicked", async () => {
    const host = await sampleHost();
    const bad = await breakFirstLikelihood(host);
    renderInFluent(<CheckData host={host} title="Check data" />);
    const summary = await screen.findByTestId("check-summary", {}, { timeout: 10000 });
    expect(summary.textContent).toMatch(/^1 error, 0 warnings in 6 tables read\.$/);
    expect(screen.getByRole("heading", { name: /IMM_Risks/ })).toBeTruthy();
    expect(screen.getByLabelText("1 error")).toBeTruthy();
    const link = screen.getByRole("button", { name: new RegExp(`^Error at ${bad.sheet}!${bad.address}: .*abc.*Select the cell\\.$`) });
    expect(link.textContent).toBe(`${bad.sheet}!${bad.address}`);
    fireEvent.click(link);
    await waitFor(async () => expect(await host.getSelection()).toEqual(bad));
  });
});
