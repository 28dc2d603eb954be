/** The dashboard commentary lives in IMM_Contract (issue 11 §3): read as the user wrote it. */
import { readModel } from "./index";

it("IMM_Contract's Commentary is read as text", () => {
  const m = readModel({ tables: [{ name: "IMM_Contract", sheet: "Contract", row: 0, col: 0, headers: ["Item", "Value"], rows: [
    ["Project", "P"], ["Annual service payment", 1000], ["Commentary", "Watch the lifts."]] }], sheets: [] });
  expect(m.contract?.commentary).toBe("Watch the lifts.");
});
