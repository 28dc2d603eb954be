/** Base of collection proxies: `items` throws until loaded; load("items/name") or load("name") loads each item's props. */
import { FakeObject } from "./client-object";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";

/** A collection proxy over model items of type M whose item proxies are P. */
export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  protected readonly scalarProps: readonly string[] = ["items"];
  private loadedItems: P[] | undefined;

  constructor(ctx: FakeContextCore, path: string, resolver: () => M[]) {
    super(ctx, path, resolver);
  }

  /** Item proxy for a model item found at sync time. */
  protected abstract itemProxy(item: M): P;
  /** Scalar props of items loaded by load() / load("items"). */
  protected abstract readonly itemProps: readonly string[];

  protected propValue(): unknown {
    return fail("InvalidArgument", `${this.path}: only items can be loaded`);
  }

  override capture(model: M[], props: string[]): void {
    const itemProps: string[] = [];
    for (const p of props) {
      if (p === "items") itemProps.push(...this.itemProps);
      else if (p.startsWith("items/")) itemProps.push(p.slice(6));
      else itemProps.push(p);
    }
    this.loadedItems = model.map((m) => {
      const proxy = this.itemProxy(m);
      proxy.capture(m, itemProps.length ? itemProps : [...this.itemProps]);
      return proxy;
    });
  }

  /** The loaded items (PropertyNotLoaded until load() + sync()). */
  get items(): P[] {
    if (!this.loadedItems) fail("PropertyNotLoaded", `The property 'items' of ${this.path} is not available. Call load() and context.sync() first.`);
    return this.loadedItems;
  }
}
