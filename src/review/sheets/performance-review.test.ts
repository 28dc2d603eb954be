/** Performance Review: the index trend says both the latest change and the long-run direction (issue 11 §6). */
import { hospitalSample, sampleToSnapshot } from "../../samples/index";
import { readModel } from "../../tables/index";
import { buildReviewPlans } from "../index";

test("the sample's Index trend reads 'up 22.6 since 2025-Q3; down over four periods' (71.4 → 94.0 in Q4)", () => {
  const plan = buildReviewPlans(readModel(sampleToSnapshot(hospitalSample())), { sheets: ["performance"] }).plans[0];
  const texts = plan.blocks.flatMap((b) => b.values.flat().map((v: unknown) => (v !== null && typeof v === "object" && "v" in v ? (v as { v: unknown }).v : v)));
  expect(texts).toContain("Index trend");
  expect(texts).toContain("up 22.6 since 2025-Q3; down over four periods");
});
