/**
 * Random variates for the Monte Carlo: the mulberry32 generator, uniforms drawn from any generator a block at a time,
 * standard normals by the Marsaglia–Tsang ziggurat (128 layers) and Gamma(shape ≥ 1) by Marsaglia–Tsang (2000).
 * Exact methods (rejection, no approximated inverse): their output follows the distribution up to the 2⁻³² grain of the uniforms.
 */

/** mulberry32's state increment (its state is a counter: after k draws it is seed + k·STEP mod 2³²). */
const STEP = 0x6d2b79f5;

/** The counter of each generator made by mulberry32, so a sampler can draw from it in blocks and leave it exactly where one-by-one calls would. */
const counters = new WeakMap<() => number, { a: number }>();

/** mulberry32's 32-bit output for counter value a (an xorshift-multiply mix), unsigned. */
function mix32(a: number): number {
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

/** mulberry32: a 32-bit seeded PRNG; returns uniforms in [0, 1) (state a ← a + 0x6D2B79F5, then an xorshift-multiply mix). */
export function mulberry32(seed: number): () => number {
  const state = { a: seed | 0 };
  const next = (): number => {
    state.a = (state.a + STEP) | 0;
    return mix32(state.a) / 4294967296;
  };
  counters.set(next, state);
  return next;
}

/** Size of the block of uniforms drawn at a time. */
const BLOCK = 4096;

// Ziggurat tables (Marsaglia & Tsang 2000, 128 layers; r = 3.442619855899 is the start of the tail, v the area of each layer).
const ZIG_R = 3.442619855899;
const kn = new Int32Array(128);
const wn = new Float64Array(128);
const fn = new Float64Array(128);
(function zigguratTables(): void {
  const m1 = 2147483648;
  const vn = 9.91256303526217e-3;
  let dn = ZIG_R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * m1);
  kn[1] = 0;
  wn[0] = q / m1;
  wn[127] = dn / m1;
  fn[0] = 1;
  fn[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / m1;
  }
})();

/** Draws from a generator in order, a block at a time (a mulberry32 generator is advanced in a tight loop, without calls). */
export class Sampler {
  private readonly counter: { a: number } | undefined;
  /** The block: unsigned 32-bit draws (a generator's uniform u in [0, 1) is stored as ⌊u·2³²⌋). */
  private readonly bits = new Float64Array(BLOCK);
  private k = BLOCK;

  constructor(private readonly rng: () => number) {
    this.counter = counters.get(rng);
  }

  private refill(): void {
    const bits = this.bits;
    const counter = this.counter;
    if (counter === undefined) {
      for (let i = 0; i < BLOCK; i++) bits[i] = Math.floor(this.rng() * 4294967296);
    } else {
      let a = counter.a;
      for (let i = 0; i < BLOCK; i++) {
        a = (a + STEP) | 0;
        bits[i] = mix32(a);
      }
      counter.a = a;
    }
    this.k = 0;
  }

  /** The next draw as an unsigned 32-bit integer. */
  private next32(): number {
    if (this.k === BLOCK) this.refill();
    return this.bits[this.k++];
  }

  /** The next uniform in [0, 1): the generator's next value. */
  uniform(): number {
    return this.next32() / 4294967296;
  }

  /** A standard normal by the ziggurat: one draw and one comparison about 99% of the time. */
  normal(): number {
    for (;;) {
      const hz = this.next32() | 0; // signed: the sign of the result
      const iz = hz & 127;
      if (Math.abs(hz) < kn[iz]) return hz * wn[iz];
      if (iz === 0) {
        // The tail beyond r (Marsaglia 1964).
        let x: number;
        let y: number;
        do {
          x = -Math.log(1 - this.uniform()) / ZIG_R;
          y = -Math.log(1 - this.uniform());
        } while (y + y < x * x);
        return hz > 0 ? ZIG_R + x : -ZIG_R - x;
      }
      // The wedge of layer iz: accept x under the density, else draw afresh.
      const x = hz * wn[iz];
      if (fn[iz] + this.uniform() * (fn[iz - 1] - fn[iz]) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  /** Gamma(d + 1/3) for d ≥ 2/3 (shape ≥ 1) by Marsaglia–Tsang, given c = 1/√(9d). */
  gamma(d: number, c: number): number {
    for (;;) {
      const x = this.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** Hands back the draws of the block not used: a mulberry32 generator is rewound to just after the last one used (others stay ahead). */
  release(): void {
    if (this.counter !== undefined) this.counter.a = (this.counter.a - Math.imul(BLOCK - this.k, STEP)) | 0;
    this.k = BLOCK;
  }
}
