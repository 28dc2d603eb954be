import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkOfficeTheme, pickTheme } from "./theme";

describe("Office theme", () => {
  it("follows isDarkTheme, else the body background's luminance", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#F3F3F3" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });

  it("is light without office.js and dark in a dark Office", () => {
    const g = globalThis as { Office?: unknown };
    expect(pickTheme()).toBe(webLightTheme);
    g.Office = { context: { officeTheme: { isDarkTheme: true } } };
    try {
      expect(pickTheme()).toBe(webDarkTheme);
    } finally {
      delete g.Office;
    }
  });
});
