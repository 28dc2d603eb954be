import { downloadFileName } from "./download";

describe("downloadFileName (issue 11 §9)", () => {
  it.each([
    ["hospital-ppp.xlsx", "hospital-ppp.review.xlsx"],
    ["Q4 model.XLSX", "Q4 model.review.xlsx"],
    ["hospital-ppp.review.xlsx", "hospital-ppp.review.xlsx"],
    ["book.xlsm", "book.review.xlsm"], // macros are kept, so the type too
    ["notes", "notes.review.xlsx"],
    ["  ", "workbook.review.xlsx"],
  ])("%p → %p", (name, want) => {
    expect(downloadFileName(name)).toBe(want);
  });
});
