import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { silentLogger } from '../../observability/logger';

/** A local file id: the job id and the step, made by the bridge, never from anything the endpoint said. */
const FILE_ID = /^[a-z0-9]{8,40}-\d{1,2}$/;

/**
 * Files response actions downloaded, under `<data dir>/files`. Names are generated (`<job id>-<step>`);
 * no path from the endpoint is ever used as a local path. A file larger than `maxBytes` is not kept;
 * files older than the retention are deleted by sweep().
 */
export class FileStore {
  readonly dir: string;

  constructor(
    dataDir: string,
    readonly maxBytes: number,
    private readonly retentionMs: number,
    private readonly logger: Logger = silentLogger(),
  ) {
    this.dir = join(dataDir, 'files');
    mkdirSync(this.dir, { recursive: true });
  }

  static idFor(jobId: string, step: number): string {
    return `${jobId}-${step}`;
  }

  /** The local path of a file id, or null for an id the store never makes. */
  pathOf(id: string): string | null {
    return FILE_ID.test(id) ? join(this.dir, id) : null;
  }

  /** Size and path of a stored file, or null. */
  async info(id: string): Promise<{ path: string; bytes: number } | null> {
    const path = this.pathOf(id);
    if (!path) return null;
    try {
      const s = await stat(path);
      return s.isFile() ? { path, bytes: s.size } : null;
    } catch {
      return null;
    }
  }

  async sha256(path: string): Promise<string> {
    const h = createHash('sha256');
    for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
    return h.digest('hex');
  }

  async remove(id: string): Promise<void> {
    const path = this.pathOf(id);
    if (path) await rm(path, { force: true });
  }

  /** Deletes files saved longer ago than the retention; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    if (this.retentionMs <= 0) return 0;
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      try {
        const s = await stat(path);
        if (now - s.mtimeMs > this.retentionMs) {
          await rm(path, { force: true });
          removed++;
        }
      } catch (err) {
        this.logger.warn({ path, err: (err as Error).message }, 'could not sweep a downloaded file');
      }
    }
    return removed;
  }
}
