import type { Writable } from 'node:stream';

/** Buffers lines and writes them in large chunks, waiting for the stream to drain. */
export class LineWriter {
  private chunks: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Writable,
    private readonly highWater = 256 * 1024,
  ) {}

  async line(text: string): Promise<void> {
    this.chunks.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= this.highWater) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.out.write(data)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}
