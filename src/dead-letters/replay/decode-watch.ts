import type { DecodeSummary } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { PipelineObserver } from '../../pipeline/pipeline-observer';

/** Tells a replay how the pipeline decoded the message it handed over (a pipeline observer). */
export class DecodeWatch implements PipelineObserver {
  private readonly watching = new Map<InboundMessage, (summary: DecodeSummary) => void>();

  decoded(_route: string, summary: DecodeSummary): void {
    const cb = this.watching.get(summary.source);
    if (!cb) return;
    this.watching.delete(summary.source);
    cb(summary);
  }

  watch(message: InboundMessage, cb: (summary: DecodeSummary) => void): () => void {
    this.watching.set(message, cb);
    return () => this.watching.delete(message);
  }
}
