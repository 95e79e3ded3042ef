import { openSync, readSync, fstatSync, closeSync, existsSync } from 'node:fs';

/**
 * Reads a growing JSONL file incrementally, calling `onLine` with each complete line and the time
 * it was seen; with no `onLine` it only counts lines (newline bytes), so that following the sink
 * takes little of the CPU the bridge is being measured on.
 */
export class FileFollower {
  /** Complete lines seen so far. */
  lines = 0;
  private fd: number | null = null;
  private offset = 0;
  private carry = '';
  private readonly buf = Buffer.allocUnsafe(4 * 1024 * 1024);

  constructor(
    private readonly path: string,
    private readonly onLine: ((line: string, seenAt: number) => void) | null = null,
  ) {}

  poll(): void {
    if (this.fd === null) {
      if (!existsSync(this.path)) return;
      this.fd = openSync(this.path, 'r');
    }
    const size = fstatSync(this.fd).size;
    const now = performance.now();
    while (this.offset < size) {
      const n = readSync(this.fd, this.buf, 0, Math.min(this.buf.length, size - this.offset), this.offset);
      if (n <= 0) break;
      this.offset += n;
      if (!this.onLine) {
        const chunk = this.buf.subarray(0, n);
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.lines++;
        continue;
      }
      const text = this.carry + this.buf.toString('utf8', 0, n);
      const lines = text.split('\n');
      this.carry = lines.pop() ?? '';
      for (const l of lines) {
        if (!l) continue;
        this.lines++;
        this.onLine(l, now);
      }
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
