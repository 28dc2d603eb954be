/** The workbench's title bar: brand, workbook name, Open .xlsx (file picker) and Download .xlsx. */
import * as React from "react";
import { Button, Text, Toolbar } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useWorkbenchStyles } from "./workbenchStyles";

export interface WorkbenchToolbarProps {
  fileName: string | undefined;
  onPick: (files: FileList | null) => void;
  /** Absent while no workbook is open. */
  onDownload?: () => void;
}

/** The `<header>` toolbar. */
export function WorkbenchToolbar({ fileName, onPick, onDownload }: WorkbenchToolbarProps): React.JSX.Element {
  const styles = useWorkbenchStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <header className={styles.toolbar}>
      <span className={styles.brand}>IMM workbench</span>
      <Text className={styles.fileName} data-testid="workbook-name" title={fileName}>
        {fileName ?? ""}
      </Text>
      <Toolbar aria-label="Workbook">
        <Button appearance="subtle" className={styles.toolButton} icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()}>
          Open .xlsx
        </Button>
        <Button appearance="subtle" className={styles.toolButton} icon={<ArrowDownload20Regular />} disabled={!onDownload} onClick={onDownload}>
          Download .xlsx
        </Button>
      </Toolbar>
      <input
        ref={fileInput}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Open an .xlsx workbook"
        data-testid="file-input"
        onChange={(e) => {
          onPick(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
      />
    </header>
  );
}
