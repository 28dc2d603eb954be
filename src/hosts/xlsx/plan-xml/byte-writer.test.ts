/** The sheet writer's byte buffer: text as UTF-8 whatever its length, whole numbers as their digits. */
import fc from "fast-check";
import { ByteWriter } from "./byte-writer";

const text = (w: ByteWriter) => new TextDecoder().decode(w.bytes());

describe("ByteWriter", () => {
  it("writes text as UTF-8 and grows as needed", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "binary", maxLength: 200 })), (parts) => {
      const w = new ByteWriter(8);
      for (const p of parts) w.write(p);
      expect(w.bytes()).toEqual(new TextEncoder().encode(parts.join("")));
    }));
  });

  it("writes whole numbers of up to 15 digits as String() does", () => {
    fc.assert(fc.property(fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }), fc.string({ maxLength: 5 }), (v, before) => {
      const w = new ByteWriter(4);
      w.write(before);
      w.writeInt(v);
      expect(text(w)).toBe(before + String(v));
    }), { numRuns: 2000 });
  });
});
