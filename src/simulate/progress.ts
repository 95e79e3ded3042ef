/** A progress bar on a TTY, or a line every few seconds when stderr is a file or pipe. */
export class Progress {
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: NodeJS.WriteStream | NodeJS.WritableStream,
    private readonly total: number | null,
    private readonly label: string,
  ) {}

  update(done: number, events: number, force = false): void {
    const now = Date.now();
    const tty = (this.out as NodeJS.WriteStream).isTTY === true;
    if (!force && now - this.lastDraw < (tty ? 200 : 5000)) return;
    this.lastDraw = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(done / secs);
    const evRate = Math.round(events / secs);
    let bar = '';
    if (this.total) {
      const width = 30;
      const filled = Math.min(width, Math.round((done / this.total) * width));
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} `;
    } else {
      bar = `${done} `;
    }
    const line = `${this.label} ${bar}messages, ${events} events, ${rate} msg/s, ${evRate} events/s, ${secs.toFixed(1)}s`;
    this.out.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  finish(done: number, events: number): void {
    this.update(done, events, true);
    if ((this.out as NodeJS.WriteStream).isTTY) this.out.write('\n');
  }
}
