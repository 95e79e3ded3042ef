import type { DecodeResult } from '../../codecs/decoded-event';
import type { InboundMessage } from '../../codecs/inbound-message';
import type { PipelineObserver } from '../../pipeline/pipeline-observer';

/** Tells a replay how the pipeline decoded the message it handed over (a pipeline observer). */
export class DecodeWatch implements PipelineObserver {
  private readonly watching = new Map<InboundMessage, (result: DecodeResult) => void>();

  decoded(_route: string, result: DecodeResult): void {
    const cb = this.watching.get(result.source);
    if (!cb) return;
    this.watching.delete(result.source);
    cb(result);
  }

  watch(message: InboundMessage, cb: (result: DecodeResult) => void): () => void {
    this.watching.set(message, cb);
    return () => this.watching.delete(message);
  }
}
