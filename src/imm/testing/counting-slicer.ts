/** Test helper: a Slicer that yields after every chunk and counts its yields (a resolved promise: no timer). */
import type { Slicer } from "../montecarlo-sliced";

export function countingSlicer(onYield: (count: number) => void = () => undefined): Slicer & { yields: number } {
  const s = {
    yields: 0,
    shouldYield: () => true,
    yield: async () => {
      s.yields++;
      onYield(s.yields);
    },
  };
  return s;
}
