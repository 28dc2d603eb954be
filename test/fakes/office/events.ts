/** Event handler registries (worksheets.onSelectionChanged, worksheets.onChanged, worksheet.onSelectionChanged, workbook.onSelectionChanged). */
import type { FakeContextCore } from "./context";
import type { OfficeMethods } from "./office-types";

/**
 * A registered handler. Office.js types each event's handler by its own arguments (worksheet or workbook selection);
 * taking `never` lets every one of them register, and `emit` passes the arguments of the event being raised.
 */
export type Handler = (args: never) => Promise<unknown> | void;

/** Calls a handler with the arguments of the event raised (the fake builds the fields the add-in reads). */
export function emit(handler: Handler, args: object): Promise<unknown> | void {
  return (handler as (a: object) => Promise<unknown> | void)(args);
}

/** A registered handler and the source it listens on ("worksheets", "workbook" or a sheet id). */
export interface Registration {
  source: string;
  handler: Handler;
}

/** The registration source of worksheets.onChanged (cell edits on any sheet). */
export const CHANGED_SOURCE = "worksheets.onChanged";

/** Registrations live on the fake workbook so they outlive the Excel.run that added them. */
export class EventRegistry {
  registrations: Registration[] = [];
}

/** What add() returns, like OfficeExtension.EventHandlerResult. */
export class FakeEventHandlerResult implements OfficeMethods<OfficeExtension.EventHandlerResult<unknown>, "remove"> {
  constructor(readonly context: FakeContextCore, private readonly reg: Registration, private readonly registry: EventRegistry) {}
  /** Queues removal of the handler (applied at the next sync of `context`). */
  remove(): void {
    this.context.enqueue({ o: "event", a: "remove", s: this.reg.source }, () => {
      this.registry.registrations = this.registry.registrations.filter((r) => r !== this.reg);
    }, true);
  }
}

/** An `onX` event property. */
export class FakeEventHandlers implements OfficeMethods<OfficeExtension.EventHandlers<Excel.SelectionChangedEventArgs>, "add"> {
  constructor(private readonly ctx: FakeContextCore, private readonly source: () => string, private readonly registry: EventRegistry) {}
  /** Queues registration of a handler (active after sync). */
  add(handler: Handler): FakeEventHandlerResult {
    const reg: Registration = { source: "", handler };
    this.ctx.enqueue({ o: "event", a: "add" }, () => {
      reg.source = this.source();
      this.registry.registrations.push(reg);
    });
    return new FakeEventHandlerResult(this.ctx, reg, this.registry);
  }
}
