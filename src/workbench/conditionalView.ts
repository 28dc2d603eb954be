/**
 * Conditional formats drawn approximately in the grid: text-equals expressions (TRIM(A1)="Red"), cellIs comparisons,
 * two/three-colour scales, data bars and 3-traffic-light icon sets — the rules the xlsx host writes.
 */
import { rangeBounds, type CfRule, type CfSource, type CfStyle } from "../hosts/xlsx";
import type { RawCell } from "../tables/types";
import type { GridCell } from "./sheetView";

interface CfColor {
  argb?: string;
}

function css(c: CfColor | undefined): string | undefined {
  const m = c?.argb ? /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(c.argb) : null;
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const ch = (p: number, s: number) => (p >> s) & 255;
  const out = [16, 8, 0].map((s) => Math.round(ch(pa, s) + (ch(pb, s) - ch(pa, s)) * t));
  return `#${out.map((n) => n.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

function compare(op: string | undefined, v: number, a: number, b: number): boolean {
  switch (op) {
    case "between": return v >= Math.min(a, b) && v <= Math.max(a, b);
    case "greaterThan": return v > a;
    case "lessThan": return v < a;
    case "equal": return v === a;
    case "greaterThanOrEqual": return v >= a;
    case "lessThanOrEqual": return v <= a;
    case "notEqual": return v !== a;
    default: return false;
  }
}

function paint(cell: GridCell, style: CfStyle | undefined): void {
  const fill = css(style?.fill?.bgColor) ?? css(style?.fill?.fgColor);
  const color = css(style?.font?.color);
  cell.style = { ...cell.style, ...(fill ? { fill } : {}), ...(color ? { color } : {}), ...(style?.font?.bold ? { bold: true } : {}) };
}

/** Applies conditional formats to the grid cells in place (cells are created when a rule paints an empty cell). */
export function applyConditionalFormats(
  cfs: readonly CfSource[], cells: (GridCell | null)[][], raw: (r: number, c: number) => RawCell,
): void {
  for (const cf of cfs) {
    for (const ref of cf.ref.split(/\s+/)) {
      const b = rangeBounds(ref);
      if (!b) continue;
      const coords: [number, number][] = [];
      for (let r = b.top - 1; r < Math.min(b.bottom, cells.length); r++) {
        for (let c = b.left - 1; c < Math.min(b.right, cells[r]?.length ?? 0); c++) coords.push([r, c]);
      }
      const nums = coords.map(([r, c]) => raw(r, c)).filter((v): v is number => typeof v === "number");
      const lo = nums.reduce((m, v) => Math.min(m, v), Infinity);
      const hi = nums.reduce((m, v) => Math.max(m, v), -Infinity);
      for (const rule of cf.rules) applyRule(rule, coords, cells, raw, lo, hi);
    }
  }
}

function applyRule(
  rule: CfRule, coords: [number, number][], cells: (GridCell | null)[][], raw: (r: number, c: number) => RawCell,
  lo: number, hi: number,
): void {
  const textMatch = rule.type === "expression" ? /^TRIM\([A-Z]+\d+\)="((?:[^"]|"")*)"$/i.exec(String(rule.formulae?.[0] ?? "")) : null;
  for (const [r, c] of coords) {
    const v = raw(r, c);
    const cell = cells[r][c] ?? { text: "", numeric: false, style: {} };
    let touched = false;
    if (textMatch && typeof v === "string" && v.trim().toLowerCase() === textMatch[1].replace(/""/g, '"').toLowerCase()) {
      paint(cell, rule.style);
      touched = true;
    } else if (rule.type === "cellIs" && typeof v === "number") {
      const [a, b] = (rule.formulae ?? []).map((f) => Number(f));
      if (compare(rule.operator, v, a, b ?? a)) {
        paint(cell, rule.style);
        touched = true;
      }
    } else if (rule.type === "colorScale" && typeof v === "number" && Array.isArray(rule.color) && hi > lo) {
      const colors = rule.color.map(css).filter((x): x is string => !!x);
      const t = (v - lo) / (hi - lo);
      let fill: string | undefined;
      if (colors.length === 2) fill = mix(colors[0], colors[1], t);
      else if (colors.length >= 3) fill = t <= 0.5 ? mix(colors[0], colors[1], t * 2) : mix(colors[1], colors[2], (t - 0.5) * 2);
      if (fill) {
        cell.style = { ...cell.style, fill };
        touched = true;
      }
    } else if (rule.type === "dataBar" && typeof v === "number") {
      const color = css(Array.isArray(rule.color) ? rule.color[0] : rule.color) ?? "#638EC6";
      const min = Math.min(0, lo);
      const fraction = hi > min ? Math.max(0, Math.min(1, (v - min) / (hi - min))) : 0;
      cell.bar = { fraction, color };
      touched = true;
    } else if (rule.type === "iconSet" && typeof v === "number") {
      const [, mid, top] = (rule.cfvo ?? []).map((x) => Number(x.value));
      if (Number.isFinite(mid) && Number.isFinite(top)) {
        cell.icon = v >= top ? "green" : v >= mid ? "amber" : "red";
        touched = true;
      }
    }
    if (touched) cells[r][c] = cell;
  }
}
