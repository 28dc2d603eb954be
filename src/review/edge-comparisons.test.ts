/** Review thresholds compared at the engine's edge precision: floating-point noise never flips an alert or a priority. */
import { DEFAULT_SETTINGS as DEFAULTS } from "../imm/defaults";
import { priorityLabel } from "./assess/assess-actions";
import { assessPartnership } from "./assess/assess-partnership";
import { factor } from "./testing/fixture";

test("a perception gap of 4.1 − 3.1 (0.9999999999999996 in floating point) reaches the gap alert of 1", () => {
  expect(Math.abs(4.1 - 3.1)).toBeLessThan(1);
  const p = assessPartnership([factor("Trust", 4.1, 3.1, "2025-Q1", 4)], DEFAULTS)!;
  expect(p.factors[0].latest?.gapAlert).toBe(true);
});

test("a gap clearly below the alert is not flagged", () => {
  const p = assessPartnership([factor("Trust", 4, 3.1, "2025-Q1", 4)], DEFAULTS)!;
  expect(p.factors[0].latest?.gapAlert).toBe(false);
});

test("action priority bands: a score within floating-point noise below an edge (60 − 4e-15, 35 − 4e-15) takes that band", () => {
  expect(priorityLabel(60 - 4e-15)).toBe("High");
  expect(priorityLabel(35 - 4e-15)).toBe("Medium");
  expect(priorityLabel(59.9)).toBe("Medium");
  expect(priorityLabel(34.9)).toBe("Low");
});
