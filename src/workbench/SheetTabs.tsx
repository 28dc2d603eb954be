/** Excel-style sheet tabs under the grid. */
import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { flexWrap: "nowrap" },
});

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  tabColors: Record<string, string | undefined>;
  onSelect: (sheet: string) => void;
}

/** The sheet tab strip. */
export function SheetTabs({ sheets, active, tabColors, onSelect }: SheetTabsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <TabList
        className={styles.list}
        size="small"
        selectedValue={active}
        onTabSelect={(_, d) => onSelect(String(d.value))}
        aria-label="Sheets"
        data-testid="sheet-tabs"
      >
        {sheets.map((s) => (
          <Tab
            key={s}
            value={s}
            style={tabColors[s] ? { boxShadow: `inset 0 -3px 0 ${tabColors[s]}` } : undefined}
          >
            {s}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
