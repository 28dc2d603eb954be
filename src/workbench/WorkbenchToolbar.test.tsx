/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "../taskpane/testing/dom";
import { WorkbenchToolbar } from "./WorkbenchToolbar";
import { Workbench } from "./Workbench";

/** A matchMedia stub for prefers-color-scheme whose answer a test can change (as the OS setting would). */
function stubColorScheme(dark: boolean): { set: (dark: boolean) => void } {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const list = {
    matches: dark,
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.delete(l),
  };
  window.matchMedia = ((q: string) => (q === list.media ? list : { matches: false, media: q, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
  return {
    set(next) {
      list.matches = next;
      for (const l of [...listeners]) l({ matches: next });
    },
  };
}

describe("workbench toolbar (issue 11 §9)", () => {
  it("reaches every control with Tab, in order", async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <button>before</button>
        <WorkbenchToolbar fileName="hospital-ppp.xlsx" onPick={() => undefined} onDownload={() => undefined} dark={false} onToggleTheme={() => undefined} />
        <button>after</button>
      </FluentProvider>,
    );
    screen.getByRole("button", { name: "before" }).focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      order.push(document.activeElement?.textContent ?? "");
    }
    expect(order).toEqual(["Open .xlsx", "Download .xlsx", "Dark theme", "after"]);
  });

  it("follows the browser's dark preference until the toggle picks a theme", async () => {
    const scheme = stubColorScheme(true);
    const g = globalThis as { fetch?: unknown };
    const fetchBefore = g.fetch;
    g.fetch = () => new Promise(() => undefined); // the sample never arrives: only the page chrome is under test
    try {
      const { container } = render(<Workbench initialUrl="sample.xlsx" />);
      const page = (): string | null | undefined => container.querySelector("[data-theme]")?.getAttribute("data-theme");
      const toggle = screen.getByRole("button", { name: "Dark theme" });
      expect(page()).toBe("dark");
      expect(toggle.getAttribute("aria-pressed")).toBe("true");
      act(() => scheme.set(false));
      expect(page()).toBe("light");
      act(() => scheme.set(true));
      expect(page()).toBe("dark");
      await userEvent.setup().click(toggle);
      expect(page()).toBe("light");
      expect(toggle.getAttribute("aria-pressed")).toBe("false");
      act(() => scheme.set(true)); // the user's pick wins over the preference from now on
      expect(page()).toBe("light");
    } finally {
      g.fetch = fetchBefore;
    }
  });
});
