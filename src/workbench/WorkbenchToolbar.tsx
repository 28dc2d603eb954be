/** The workbench's title bar: brand, workbook name, Open .xlsx (file picker), Download and the theme toggle. */
import * as React from "react";
import { Button, Text, ToggleButton } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular, WeatherMoon20Regular } from "@fluentui/react-icons";
import { useWorkbenchStyles } from "./workbenchStyles";

export interface WorkbenchToolbarProps {
  fileName: string | undefined;
  onPick: (files: FileList | null) => void;
  /** Absent while no workbook is open. */
  onDownload?: () => void;
  dark: boolean;
  onToggleTheme: () => void;
}

/**
 * The `<header>` with its buttons in a plain group: each button is its own Tab stop (a Fluent Toolbar would make
 * the group one stop with arrow keys inside, and a first-time visitor tabbing through would miss Download).
 */
export function WorkbenchToolbar({ fileName, onPick, onDownload, dark, onToggleTheme }: WorkbenchToolbarProps): React.JSX.Element {
  const styles = useWorkbenchStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <header className={styles.toolbar}>
      <span className={styles.brand}>IMM workbench</span>
      <Text className={styles.fileName} data-testid="workbook-name" title={fileName}>
        {fileName ?? ""}
      </Text>
      <div role="group" aria-label="Workbook" className={styles.toolGroup}>
        <Button appearance="subtle" className={styles.toolButton} icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
          Open .xlsx
        </Button>
        <Button appearance="subtle" className={styles.toolButton} icon={<ArrowDownload20Regular />} disabled={!onDownload} onClick={onDownload}>
          Download .xlsx
        </Button>
        <ToggleButton
          appearance="subtle"
          className={styles.toolButton}
          icon={<WeatherMoon20Regular />}
          checked={dark}
          onClick={onToggleTheme}
        >
          Dark theme
        </ToggleButton>
      </div>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label="Open an .xlsx workbook"
        data-testid="file-input"
        tabIndex={-1}
        onChange={(e) => {
          onPick(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
    </header>
  );
}
