import { EXTENDED_REGISTRY } from "../review/testing/extra-sheet";
import { ownedSheets, ownershipMarker, refToA1, sheetOfRef } from "./ownership";

describe("ownership (both hosts)", () => {
  it("reads the sheet of a reference as ExcelJS and Office.js give it", () => {
    expect(sheetOfRef("'IMM Risk Review'!$A$1")).toBe("IMM Risk Review");
    expect(sheetOfRef("='IMM Risk Review'!$A$1")).toBe("IMM Risk Review");
    expect(sheetOfRef("Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfRef("=Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfRef(refToA1("It's mine"))).toBe("It's mine");
    expect(sheetOfRef("#REF!$A$1")).toBeNull();
    expect(sheetOfRef("=#REF!")).toBeNull();
  });

  it("markers come from the registry; templates have none", () => {
    expect(ownershipMarker("risk")).toBe("IMM_Owned_risk");
    expect(ownershipMarker("notes")).toBeNull();
    expect(ownershipMarker("notes", EXTENDED_REGISTRY)).toBe("IMM_Owned_notes");
    expect(ownershipMarker("IMM_Risks")).toBeNull();
    expect(ownershipMarker("portfolio")).toBe("IMM_Owned_portfolio");
    expect(ownershipMarker("portfolioDashboard", EXTENDED_REGISTRY)).toBe("IMM_Owned_portfolioDashboard");
  });

  it("owns the portfolio's sheets too, after the review sheets", () => {
    const names = [{ name: "IMM_Owned_portfolio", ref: "'IMM Portfolio (2)'!$A$1" }, { name: "IMM_Owned_risk", ref: "'IMM Risk Review'!$A$1" }];
    expect(ownedSheets(names, ["IMM Portfolio", "IMM Portfolio (2)", "IMM Risk Review"])).toEqual([
      { key: "risk", name: "IMM Risk Review" }, { key: "portfolio", name: "IMM Portfolio (2)" },
    ]);
  });

  it("owned sheets: registry order, case-insensitive names and sheets, the sheet's actual name; dead names ignored", () => {
    const names = [
      { name: "imm_owned_dashboard", ref: "'My Dash'!$A$1" },
      { name: "IMM_Owned_risk", ref: "='IMM Risk Review'!$A$1" },
      { name: "IMM_Owned_partnership", ref: "=#REF!$A$1" },
      { name: "IMM_Owned_notes", ref: "'Notes'!$A$1" },
    ];
    const sheets = ["my dash", "IMM Risk Review", "Notes"];
    expect(ownedSheets(names, sheets)).toEqual([{ key: "risk", name: "IMM Risk Review" }, { key: "dashboard", name: "my dash" }]);
    expect(ownedSheets(names, sheets, EXTENDED_REGISTRY).map((o) => o.key)).toEqual(["risk", "dashboard", "notes"]);
  });
});
