/** The main-thread slicer decides by its clock: it asks to yield once a slice's time is used up, and restarts after. */
import { mainThreadSlicer } from "./main-thread-slicer";

test("asks to yield once sliceMs have passed since the last yield, and starts a new slice after yielding", async () => {
  let t = 100;
  let yields = 0;
  const slicer = mainThreadSlicer(10, () => t, async () => {
    yields++;
    t += 3; // the host ran other work meanwhile
  });
  t = 109;
  expect(slicer.shouldYield()).toBe(false);
  t = 110;
  expect(slicer.shouldYield()).toBe(true);
  await slicer.yield();
  expect(yields).toBe(1);
  expect(slicer.shouldYield()).toBe(false); // the slice restarts at 113
  t = 122;
  expect(slicer.shouldYield()).toBe(false);
  t = 123;
  expect(slicer.shouldYield()).toBe(true);
});
