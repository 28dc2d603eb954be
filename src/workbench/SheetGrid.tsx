/** A read-only, Excel-like grid of one sheet: column letters, row numbers, formatted values, fills, selection. */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { a1, parseA1 } from "../review/kit/plan";
import type { GridCell, SheetView } from "./sheetView";

const HEADER_BG = "#F3F3F3";
const GRID_LINE = "#E1E1E1";
const SELECT = "#107C41";
const ICON: Record<NonNullable<GridCell["icon"]>, string> = { green: "#107C41", amber: "#F2B800", red: "#C50F1F" };

const useStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    overflow: "auto",
    position: "relative",
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "14px",
    color: "#000000",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "20px",
    backgroundColor: HEADER_BG,
    color: "#424242",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: "1px solid #C8C8C8",
    userSelect: "none",
  },
  corner: { left: 0, zIndex: 3, width: "40px" },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "40px",
    backgroundColor: HEADER_BG,
    color: "#424242",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #C8C8C8",
    borderBottom: `1px solid ${GRID_LINE}`,
    userSelect: "none",
  },
  headActive: { backgroundColor: "#D2D2D2", color: "#0B4A26", fontWeight: 600 },
  cell: {
    height: "20px",
    padding: "0 4px",
    boxSizing: "border-box",
    whiteSpace: "nowrap",
    overflow: "hidden",
    cursor: "cell",
    verticalAlign: "bottom",
    position: "relative",
  },
  spill: { overflow: "visible" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere", verticalAlign: "top" },
  selected: { outline: `2px solid ${SELECT}`, outlineOffset: "-2px", zIndex: 1 },
  bar: { position: "absolute", left: "2px", top: "3px", bottom: "3px", opacity: 0.55, pointerEvents: "none" },
  text: { position: "relative" },
  icon: { display: "inline-block", width: "10px", height: "10px", borderRadius: "50%", marginRight: "4px", verticalAlign: "middle" },
});

export interface SheetGridProps {
  sheet: SheetView;
  /** Selected A1 address on this sheet, or null. */
  selected: string | null;
  onSelect: (address: string) => void;
}

function coveredCells(sheet: SheetView): Map<string, { rowSpan: number; colSpan: number } | "covered"> {
  const out = new Map<string, { rowSpan: number; colSpan: number } | "covered">();
  for (const m of sheet.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) out.set(`${r},${c}`, "covered");
    }
    out.set(`${m.row},${m.col}`, { rowSpan: m.rows, colSpan: m.cols });
  }
  return out;
}

function columnLetters(col: number): string {
  return a1(0, col).replace(/\d+$/, "");
}

/** The grid of one sheet. */
export function SheetGrid({ sheet, selected, onSelect }: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const merges = React.useMemo(() => coveredCells(sheet), [sheet]);
  const sel = selected ? parseA1(selected) : null;
  const rows = Math.max(sheet.rowCount, (sel?.row ?? 0) + 1, 30);
  const cols = Math.max(sheet.colCount, (sel?.col ?? 0) + 1, 12);
  const width = (c: number): number => sheet.colWidths[c] ?? 64;

  React.useEffect(() => {
    if (!selected) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-address="${selected}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected, sheet]);

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const mv = moves[e.key];
    if (!mv) return;
    e.preventDefault();
    const from = sel ?? { row: 0, col: 0 };
    onSelect(a1(Math.max(0, from.row + (sel ? mv[0] : 0)), Math.max(0, from.col + (sel ? mv[1] : 0))));
  };

  const body: React.JSX.Element[] = [];
  for (let r = 0; r < rows; r++) {
    const tds: React.JSX.Element[] = [];
    for (let c = 0; c < cols; c++) {
      const m = merges.get(`${r},${c}`);
      if (m === "covered") continue;
      const cell = sheet.cells[r]?.[c] ?? null;
      const address = a1(r, c);
      const isSel = selected === address;
      const nextEmpty = !(sheet.cells[r]?.[c + 1]?.text) && !merges.has(`${r},${c + 1}`);
      const spills = !!cell && !cell.numeric && !cell.style.wrap && (cell.style.align ?? "left") === "left" && nextEmpty;
      const st = cell?.style;
      const classes = mergeClasses(styles.cell, spills && styles.spill, st?.wrap && styles.wrap, isSel && styles.selected);
      tds.push(
        <td
          key={c}
          data-address={address}
          data-selected={isSel ? "true" : undefined}
          rowSpan={m ? m.rowSpan : undefined}
          colSpan={m ? m.colSpan : undefined}
          className={classes}
          onClick={() => onSelect(address)}
          style={{
            backgroundColor: st?.fill,
            color: st?.color,
            fontWeight: st?.bold ? 700 : undefined,
            fontStyle: st?.italic ? "italic" : undefined,
            fontSize: st?.fontSize ? `${Math.round((st.fontSize * 4) / 3)}px` : undefined,
            textAlign: st?.align ?? (cell?.numeric ? "right" : "left"),
            verticalAlign: st?.valign,
            lineHeight: st?.fontSize ? 1.15 : undefined,
            borderRight: sheet.showGridlines && !st?.fill ? `1px solid ${GRID_LINE}` : "1px solid transparent",
            borderBottom: st?.borderBottom ? "1px solid #404040" : sheet.showGridlines && !st?.fill ? `1px solid ${GRID_LINE}` : "1px solid transparent",
          }}
        >
          {cell?.bar && <span className={styles.bar} style={{ width: `calc(${Math.round(cell.bar.fraction * 100)}% - 4px)`, backgroundColor: cell.bar.color }} />}
          {cell?.icon && <span className={styles.icon} style={{ backgroundColor: ICON[cell.icon] }} aria-label={cell.icon} role="img" />}
          {cell?.text ? <span className={styles.text}>{cell.text}</span> : null}
        </td>,
      );
    }
    const h = sheet.rowHeights[r];
    body.push(
      <tr key={r} style={h ? { height: `${h}px` } : undefined}>
        <th scope="row" className={mergeClasses(styles.rowHead, sel?.row === r && styles.headActive)}>{r + 1}</th>
        {tds}
      </tr>,
    );
  }

  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={`Sheet ${sheet.name} (read-only). Arrow keys move the selection.`}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
      data-sheet={sheet.name}
    >
      <table className={styles.table} style={{ width: `${40 + Array.from({ length: cols }, (_, c) => width(c)).reduce((a, b) => a + b, 0)}px` }}>
        <colgroup>
          <col style={{ width: "40px" }} />
          {Array.from({ length: cols }, (_, c) => (
            <col key={c} style={{ width: `${width(c)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.colHead, styles.corner)} aria-label="Row and column headers" />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={mergeClasses(styles.colHead, sel?.col === c && styles.headActive)}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
