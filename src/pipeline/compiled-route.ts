import type { EventRecord, OutputFormat } from '../formats/event-model';
import type { SinkDriver } from '../sinks/driver/sink-driver';

/** A route ready to run: its predicates compiled once, its sinks wrapped in drivers. */
export interface CompiledRoute {
  name: string;
  matches(eventKey: string): boolean;
  filter: ((record: EventRecord) => boolean) | null;
  transform: ((record: EventRecord) => EventRecord) | null;
  format: OutputFormat;
  drivers: SinkDriver[];
}
