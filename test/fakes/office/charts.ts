/** worksheet.charts: add(type, sourceRange, seriesBy), name, title.text, axes, setPosition. */
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import type { FakeRange } from "./range";
import { settableTree } from "./settable-tree";
import type { ChartModel, SheetModel } from "./state";
import type { OfficeMethods, OfficeProps } from "./office-types";

const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Area", "XYScatter", "Doughnut", "Radar"];

/** A chart proxy (write-only in the fake). */
export class FakeChart implements OfficeProps<Excel.Chart, "name">, OfficeMethods<Excel.Chart, "setPosition"> {
  readonly title: Record<string, unknown>;
  readonly axes: Record<string, unknown>;
  readonly legend: Record<string, unknown>;
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly model: () => ChartModel) {
    const record = (key: string, v: unknown): void => { this.model().props[key] = v; };
    this.title = settableTree(ctx, `${path}.title`, { text: true, visible: true }, (k, v) => record(`title.${k}`, v));
    this.axes = settableTree(ctx, `${path}.axes`, {
      valueAxis: { minimum: true, maximum: true, majorUnit: true, title: { text: true } },
      categoryAxis: { title: { text: true } },
    }, (k, v) => record(`axes.${k}`, v));
    this.legend = settableTree(ctx, `${path}.legend`, { position: true, visible: true }, (k, v) => record(`legend.${k}`, v));
  }
  private loadedName: string | undefined;
  /** Set by a collection load (sync time). */
  captureName(): void {
    this.loadedName = this.model().name;
  }
  get name(): string {
    if (this.loadedName === undefined) fail("PropertyNotLoaded", `${this.path}.name is not loaded`);
    return this.loadedName;
  }
  /** Deletes the chart from its sheet. */
  delete(): void {
    this.ctx.enqueue({ o: this.path, a: "delete" }, () => {
      const m = this.model();
      const sheet = this.sheetOf?.();
      if (!sheet || !sheet.charts.includes(m)) fail("ItemNotFound", `${this.path} does not exist`);
      sheet.charts = sheet.charts.filter((c) => c !== m);
    });
  }
  /** The sheet holding the chart (for delete). */
  sheetOf: (() => SheetModel) | undefined;
  /** Whether only visible cells are plotted (ExcelApi 1.8). */
  set plotVisibleOnly(v: boolean) {
    this.ctx.enqueue({ o: this.path, a: "set", p: "plotVisibleOnly", v }, () => { this.model().props.plotVisibleOnly = v; });
  }
  /** Renames the chart. */
  set name(v: string) {
    this.ctx.enqueue({ o: this.path, a: "set", p: "name", v }, () => { this.model().name = v; });
  }
  /** Places the chart over cells (addresses on the chart's sheet). */
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const s = typeof startCell === "string" ? startCell : startCell.path;
    const e = endCell === undefined ? undefined : typeof endCell === "string" ? endCell : endCell.path;
    this.ctx.enqueue({ o: this.path, a: "setPosition", s, e: e ?? null }, () => { this.model().position = { start: s, end: e }; });
  }
}

/** worksheet.charts */
export class FakeChartCollection implements OfficeMethods<Excel.ChartCollection, "add"> {
  private n = 0;
  private loadedItems: FakeChart[] | undefined;
  constructor(private readonly ctx: FakeContextCore, private readonly path: string, private readonly sheet: () => SheetModel) {}

  /** Loads the charts (their names: load("items/name")). */
  load(spec?: string): this {
    this.ctx.enqueue({ o: this.path, a: "load", p: spec ?? null }, () => {
      const sheet = this.sheet();
      this.loadedItems = sheet.charts.map((m) => {
        const c = this.proxy(`${this.path}[${m.name}]`, () => m);
        c.captureName();
        return c;
      });
    });
    return this;
  }

  /** The loaded charts (PropertyNotLoaded until load() + sync()). */
  get items(): FakeChart[] {
    if (!this.loadedItems) fail("PropertyNotLoaded", `The property 'items' of ${this.path} is not available. Call load() and context.sync() first.`);
    return this.loadedItems;
  }

  /** A chart by name (ItemNotFound at sync when missing). */
  getItem(name: string): FakeChart {
    const path = `${this.path}[${name}]`;
    return this.proxy(path, () => this.sheet().charts.find((c) => c.name === name) ?? fail("ItemNotFound", `${path} does not exist`));
  }

  private proxy(path: string, model: () => ChartModel): FakeChart {
    const c = new FakeChart(this.ctx, path, model);
    c.sheetOf = this.sheet;
    return c;
  }
  /** Adds a chart of a type over a source range. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let model: ChartModel | null = null;
    const path = `${this.path}[${this.n++}]`;
    this.ctx.enqueue({ o: this.path, a: "add", t: type, r: sourceData.path, s: seriesBy }, () => {
      if (!CHART_TYPES.includes(type)) fail("InvalidArgument", `chart type "${type}"`);
      if (!["Auto", "Columns", "Rows"].includes(seriesBy)) fail("InvalidArgument", `seriesBy "${seriesBy}"`);
      const src = sourceData.resolve();
      const sheet = this.sheet();
      model = { name: `Chart ${sheet.charts.length + 1}`, type, source: { ...src.rect }, seriesBy, props: {}, position: null };
      sheet.charts.push(model);
    });
    return this.proxy(path, () => {
      if (!model) fail("InvalidOperation", `${path} was not added`);
      return model;
    });
  }
}
