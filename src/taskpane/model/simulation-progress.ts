/** The task pane's words for the review's risk simulation while it runs (shown under the Generate progress bar). */

/** "Simulating threat costs… 45%" for `done` of `total` simulation units (whole percent, rounded down). */
export function simulationLabel(done: number, total: number): string {
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `Simulating threat costs… ${pct}%`;
}
