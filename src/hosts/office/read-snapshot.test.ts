/** Office host snapshot: only sheets the add-in owns (by its ownership marker) are left out, never by their name. */
import { FakeExcel } from "../../../test/fakes/office";
import { fakeHost } from "../../../test/fixtures/office-review";
import { buildReviewPlans } from "../../review";
import { readModel } from "../../tables";

describe("Office host readSnapshot", () => {
  it("reads a user's register on a sheet named like a generated one, and skips the sheets it owns", async () => {
    const x = new FakeExcel();
    x.addSheet("IMM Risk Review", [
      ["ID", "Risk", "Type", "Likelihood", "Consequence", "Probability", "Impact"],
      ["R-01", "Boiler failure in winter", "Threat", 3, 4, 0.3, 120_000],
      ["R-02", "Late handback survey", "Threat", 2, 3, 0.2, 40_000],
    ]);
    const h = fakeHost(x);
    const first = readModel(await h.readSnapshot());
    expect(first.risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
    expect(first.sources).toEqual([{ table: "IMM_Risks", sheet: "IMM Risk Review", name: null, range: "A1:G3" }]);

    await h.applyPlans(buildReviewPlans(first, { sheets: ["risk"] }).plans);
    const owned = (await h.listOwnedSheets()).map((o) => o.name);
    expect(owned).toHaveLength(1);
    expect(owned[0]).not.toBe("IMM Risk Review");
    const again = await h.readSnapshot();
    expect(again.sheets.map((s) => s.name)).toEqual(["IMM Risk Review"]);
    expect(readModel(again).risks?.map((r) => r.id)).toEqual(["R-01", "R-02"]);
  });
});
