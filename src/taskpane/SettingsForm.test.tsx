/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { screen, fireEvent, waitFor } from "@testing-library/react";
import { readModel } from "../tables/index";
import { SettingsForm } from "./flows/SettingsForm";
import { renderInFluent } from "./testing/dom";
import { sampleHost } from "./testing/sampleHost";

async function field(label: string): Promise<HTMLInputElement> {
  return (await screen.findByLabelText(label)) as HTMLInputElement;
}

describe("Settings", () => {
  it("pre-fills from the workbook, validates inline and saves to IMM_Settings", async () => {
    const host = await sampleHost();
    const before = readModel(await host.readSnapshot()).settings;
    renderInFluent(<SettingsForm host={host} title="Settings" />);
    const amber = await field("Amber threshold");
    await waitFor(() => expect(amber.disabled).toBe(false));
    expect(amber.value).toBe(String(before.amberThreshold));
    expect((await field("Rating bands")).value).toBe(before.ratingBands.join(", "));

    fireEvent.change(amber, { target: { value: "95" } });
    fireEvent.change(await field("Simulation iterations"), { target: { value: "lots" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText(/Green threshold \d+ must be above Amber threshold 95/)).toBeTruthy();
    expect(screen.getByText(/Simulation iterations "lots" is not/)).toBeTruthy();
    expect(screen.getByText("Fix 2 settings before saving.")).toBeTruthy();
    const spy = jest.spyOn(host, "writeSettings");
    expect(spy).not.toHaveBeenCalled();

    fireEvent.change(amber, { target: { value: "65" } });
    fireEvent.change(await field("Simulation iterations"), { target: { value: "2000" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved")).toBeTruthy();
    expect(spy).toHaveBeenCalledTimes(1);
    const after = readModel(await host.readSnapshot());
    expect(after.settings.amberThreshold).toBe(65);
    expect(after.settings.simulationIterations).toBe(2000);
    expect(after.settings.greenThreshold).toBe(before.greenThreshold);
    expect(after.problems.filter((p) => p.table === "IMM_Settings")).toEqual([]);
  });
});
