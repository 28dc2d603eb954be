/** Base of every proxy: lazy resolution at sync time, load() capture, and properties that throw until loaded. */
import type { FakeContextCore } from "./context";
import { fail } from "./errors";

/** Parses a load() argument into property paths ("items/name" and "worksheet/name" stay as paths). */
export function parseLoad(spec: string | string[] | undefined): string[] | null {
  if (spec === undefined) return null;
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

/** A proxy over a model object of type M. */
export abstract class FakeObject<M> {
  protected readonly loaded = new Map<string, unknown>();
  private cached: M | null | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: FakeContextCore,
    readonly path: string,
    private readonly resolver: () => M | null,
    private readonly orNull = false,
  ) {
    if (orNull) ctx.enqueue({ o: path, a: "resolve" }, () => { this.nullState = this.resolveOrNull() === null; });
  }

  /** Scalar properties loaded by a bare load(). */
  protected abstract readonly scalarProps: readonly string[];
  /** Computes a scalar property from the model at sync time. */
  protected abstract propValue(model: M, prop: string): unknown;
  /** Navigation property (e.g. "format", "worksheet") for nested loads; undefined when not one. */
  protected child(_prop: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** The model object, or null (resolved once, at the first operation that needs it). */
  resolveOrNull(): M | null {
    if (this.cached === undefined) this.cached = this.resolver();
    if (this.cached !== null && this.isGone(this.cached)) fail("ItemNotFound", `${this.path} no longer exists`);
    return this.cached;
  }

  /** Hook: true when the model object was deleted. */
  protected isGone(_m: M): boolean {
    return false;
  }

  /** The model object; ItemNotFound when it does not exist. */
  resolve(): M {
    const m = this.resolveOrNull();
    if (m === null) fail("ItemNotFound", `${this.path} does not exist`);
    return m;
  }

  /** True when a *OrNullObject lookup found nothing. Readable after the sync that resolved it. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) fail("PropertyNotLoaded", `isNullObject of ${this.path} is not available before context.sync()`);
    return this.nullState;
  }

  /** Queues loading of properties (all scalar ones when none are named); values are readable after sync(). */
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.ctx.enqueue({ o: this.path, a: "load", p: props }, () => {
      const m = this.resolveOrNull();
      if (this.orNull && this.nullState === undefined) this.nullState = m === null;
      if (m === null) {
        if (this.orNull) return;
        fail("ItemNotFound", `${this.path} does not exist`);
      }
      this.capture(m, props ?? [...this.scalarProps]);
    });
    return this;
  }

  /** Captures property values (called at sync time). Collections override this. */
  capture(model: M, props: string[]): void {
    if (this.nullState === undefined) this.nullState = false;
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else if (this.child(p)) {
        nested.set(p, nested.get(p) ?? []);
      } else {
        this.ctx.response.add(this.loaded, p, this.propValue(model, p));
      }
    }
    for (const [head, sub] of nested) {
      const c = this.child(head);
      if (!c) fail("InvalidArgument", `${this.path} has no navigation property "${head}"`);
      const cm = c.resolveOrNull();
      if (cm !== null) c.capture(cm, sub.length ? sub : [...c.scalarProps]);
    }
  }

  /** Reads a loaded property; throws PropertyNotLoaded (as Office.js does) when not loaded and synced. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      fail("PropertyNotLoaded", `The property '${prop}' of ${this.path} is not available. Call load() and context.sync() before reading it.`);
    }
    return this.loaded.get(prop) as T;
  }

  /** Queues a property write or method call on the model (skipped on null objects). */
  protected act(action: string, data: Record<string, unknown>, apply: (m: M) => void): void {
    this.ctx.enqueue({ o: this.path, a: action, ...data }, () => {
      const m = this.resolveOrNull();
      if (m === null) {
        if (this.orNull) return;
        fail("ItemNotFound", `${this.path} does not exist`);
      }
      apply(m);
    });
  }

  /** Office.js objects serialise their loaded properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
