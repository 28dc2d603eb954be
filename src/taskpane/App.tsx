/** The IMM task pane: six flows over one WorkbookHost. Never calls Excel.run itself. */
import * as React from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { WorkbookHost } from "../hosts/port";
import { pickTheme } from "./theme";
import { StartModel } from "./flows/StartModel";
import { CheckData } from "./flows/CheckData";
import { SettingsForm } from "./flows/SettingsForm";
import { GenerateReview } from "./flows/GenerateReview";
import { ExplainCell } from "./flows/ExplainCell";
import { PortfolioReview } from "./flows/PortfolioReview";
import type { ReviewRun } from "./model/review";

export type FlowId = "start" | "check" | "settings" | "review" | "explain" | "portfolio";

export const FLOWS: readonly { id: FlowId; label: string; title: string }[] = [
  { id: "start", label: "Start", title: "Start a model" },
  { id: "check", label: "Check", title: "Check data" },
  { id: "settings", label: "Settings", title: "Settings" },
  { id: "review", label: "Review", title: "Generate review" },
  { id: "explain", label: "Explain", title: "Explain a cell" },
  { id: "portfolio", label: "Portfolio", title: "Portfolio review" },
];

export interface AppProps {
  host: WorkbookHost;
  /** Fluent theme; defaults to the Office theme (light outside Office). */
  theme?: Theme;
  initialFlow?: FlowId;
}

const useStyles = makeStyles({
  provider: { height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: "280px",
    height: "100%",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, opacity: 0.9 },
  tabs: {
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** Five tabs fit on one line at 320 px. */
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: {
    flexGrow: 1,
    overflowY: "auto",
    overflowX: "hidden",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
  },
});

/** The task pane application. */
export function App({ host, theme, initialFlow = "start" }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [flow, setFlow] = React.useState<FlowId>(initialFlow);
  const [lastRun, setLastRun] = React.useState<ReviewRun | null>(null);
  const resolvedTheme = React.useMemo(() => theme ?? pickTheme(), [theme]);
  const current = FLOWS.find((f) => f.id === flow) ?? FLOWS[0];

  return (
    <FluentProvider theme={resolvedTheme} className={styles.provider}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>IMM for Excel</h1>
          <p className={styles.subtitle}>Partnership · Risk · Performance</p>
        </header>
        <nav aria-label="Task pane sections">
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={flow}
            onTabSelect={(_, d) => setFlow(d.value as FlowId)}
          >
            {FLOWS.map((f) => (
              <Tab key={f.id} className={styles.tab} value={f.id} id={`tab-${f.id}`} aria-controls={`panel-${f.id}`} title={f.title}>
                {f.label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.panel} role="tabpanel" id={`panel-${flow}`} aria-labelledby={`tab-${flow}`}>
          {flow === "start" && <StartModel host={host} title={current.title} />}
          {flow === "check" && <CheckData host={host} title={current.title} />}
          {flow === "settings" && <SettingsForm host={host} title={current.title} />}
          {flow === "review" && (
            <GenerateReview
              host={host}
              title={current.title}
              lastRun={lastRun}
              onGenerated={setLastRun}
              onShowProblems={() => setFlow("check")}
            />
          )}
          {flow === "explain" && (
            <ExplainCell host={host} title={current.title} lastRun={lastRun} onPlansBuilt={setLastRun} onRegenerate={() => setFlow("review")} />
          )}
          {flow === "portfolio" && <PortfolioReview host={host} title={current.title} />}
        </main>
      </div>
    </FluentProvider>
  );
}
