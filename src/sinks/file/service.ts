import type { FileSinkOptions } from './config';
import type { FileRequest } from './request-builder';
import { RotatingFileWriter, type WriterEvent } from './writer';

export interface FileServiceDeps {
  clock?: () => number;
  onEvent?: (event: WriterEvent) => void;
}

/** The file sink's I/O: appends each request's payload through the rotating writer. Throws FileWriteError. */
export class FileService {
  private readonly writer: RotatingFileWriter;

  constructor(options: FileSinkOptions, deps: FileServiceDeps = {}) {
    this.writer = new RotatingFileWriter({
      pathTemplate: options.path,
      gzip: options.gzip,
      rotation: options.rotation,
      maxFiles: options.maxFiles,
      fsync: options.fsync,
      mode: options.mode,
      clock: deps.clock,
      onEvent: deps.onEvent,
    });
  }

  /** Resolves once the payload is in the file (and on disk, with fsync). */
  async call(request: FileRequest): Promise<void> {
    if (request.payload.length === 0) return;
    await this.writer.append(request.payload);
  }

  open(): Promise<void> {
    return this.writer.open();
  }

  /** Idle-time rotation and template roll-over; never throws. */
  maintain(): Promise<void> {
    return this.writer.maintain();
  }

  close(): Promise<void> {
    return this.writer.close();
  }

  get currentPath(): string | null {
    return this.writer.currentPath;
  }
}
