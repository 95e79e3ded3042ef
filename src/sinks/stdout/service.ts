import { Buffer } from 'node:buffer';
import type { Writable } from 'node:stream';
import { StreamWriteError } from './errors';

/**
 * Writes payloads to a stream, honouring backpressure: write() resolves once the stream has
 * processed the chunk (its write callback) and, if the stream asked to pause, once it drained.
 * Throws StreamWriteError. The stream is not owned: close() never ends it.
 */
export class StreamService {
  private streamError: Error | null = null;
  private readonly onError = (err: Error): void => {
    this.streamError = err;
  };

  constructor(
    private readonly stream: Writable,
    private readonly label: string,
  ) {
    // Without a listener an 'error' (EPIPE when the reader goes away) would crash the process.
    stream.on('error', this.onError);
  }

  write(payload: Buffer): Promise<void> {
    const stream = this.stream;
    if (this.streamError) return Promise.reject(new StreamWriteError(this.label, this.streamError));
    if (stream.destroyed || stream.writableEnded)
      return Promise.reject(new StreamWriteError(this.label, new Error('stream is closed')));
    return new Promise<void>((resolve, reject) => {
      let written = false;
      let drained = true;
      let settled = false;
      const cleanup = (): void => {
        stream.off('drain', onDrain);
        stream.off('close', onClose);
        stream.off('error', onFail);
      };
      const settle = (err?: unknown): void => {
        if (settled) return;
        if (err === undefined && !(written && drained)) return;
        settled = true;
        cleanup();
        if (err === undefined) resolve();
        else reject(new StreamWriteError(this.label, err));
      };
      const onDrain = (): void => {
        drained = true;
        settle();
      };
      const onFail = (err: Error): void => settle(err);
      const onClose = (): void => settle(this.streamError ?? new Error('stream closed before the write completed'));
      stream.on('error', onFail);
      stream.on('close', onClose);
      const ok = stream.write(payload, (err) => {
        if (err) return settle(err);
        written = true;
        settle();
      });
      if (!ok) {
        drained = false;
        stream.on('drain', onDrain);
      }
    });
  }

  /** Stops listening to the stream (it stays open: it is not ours). */
  detach(): void {
    this.stream.off('error', this.onError);
  }
}
