/** Arrow keys move the grid's selection one cell (the first press selects A1 when nothing is selected). */
import type * as React from "react";
import { a1 } from "../../review/kit/plan";

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** A keydown handler for the grid. */
export function arrowKeyHandler(
  sel: { row: number; col: number } | null, onSelect: (address: string) => void,
): (e: React.KeyboardEvent) => void {
  return (e) => {
    const mv = MOVES[e.key];
    if (!mv) return;
    e.preventDefault();
    const from = sel ?? { row: 0, col: 0 };
    onSelect(a1(Math.max(0, from.row + (sel ? mv[0] : 0)), Math.max(0, from.col + (sel ? mv[1] : 0))));
  };
}
