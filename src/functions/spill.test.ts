/** RISKSCORE's one-pass fast path: same results as the general path, and it gives way on anything unusual. */
import { tryRatingProducts } from "./spill";
import * as F from "./functions";

describe("tryRatingProducts", () => {
  test("multiplies columns, grids and 1×1 broadcasts of in-range numbers", () => {
    expect(tryRatingProducts([[4], [2.5]], [[5], [1]], 5, 5)).toEqual([[20], [2.5]]);
    expect(tryRatingProducts([[1, 2], [3, 4]], [[5, 5], [2, 1]], 5, 5)).toEqual([[5, 10], [6, 4]]);
    expect(tryRatingProducts([[3]], [[1], [2], [5]], 5, 5)).toEqual([[3], [6], [15]]);
    expect(tryRatingProducts([[1, 2, 3]], [[2]], 5, 5)).toEqual([[2, 4, 6]]);
    expect(tryRatingProducts([[6]], [[2]], 6, 5)).toEqual([[12]]);
  });
  test("gives way (null) on words, blanks, out-of-range, NaN, ragged, mismatched or non-2-D input", () => {
    const no = (a: unknown, b: unknown): void => expect(tryRatingProducts(a, b, 5, 5)).toBeNull();
    no([[1], ["Likely"]], [[2], [2]]);
    no([[1], [null]], [[2], [2]]);
    no([[1], [2]], [[2], [0]]);
    no([[1], [6]], [[2], [2]]);
    no([[NaN]], [[2]]);
    no([[1], [2, 3]], [[2]]);
    no([[1], [2]], [[1], [2], [3]]);
    no([[1, 2]], [[1], [2]]);
    no([4, 5], [[1]]);
    no(4, 5);
    no([], [[1]]);
    no([[]], [[1]]);
  });
  test("RISKSCORE over a long column with one bad cell: every other cell a score, the bad one its own error", () => {
    const n = 5000;
    const L: unknown[][] = Array.from({ length: n }, (_, i) => [1 + (i % 5)]);
    const C: unknown[][] = Array.from({ length: n }, (_, i) => [1 + ((i * 3) % 5)]);
    L[n - 1] = [7];
    const out = F.riskScore(L as never, C as never);
    expect(out).toHaveLength(n);
    for (let i = 0; i < n - 1; i++) expect(out[i][0]).toBe((1 + (i % 5)) * (1 + ((i * 3) % 5)));
    const bad = out[n - 1][0] as { code: string; message: string };
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/likelihood.*7/);
  });
});
