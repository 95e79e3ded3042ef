import { Buffer } from 'node:buffer';
import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';

export type CollectorProtocol = 'udp' | 'tcp' | 'tls';

/** One message as the collector took it from the wire (framing removed). */
export interface Received {
  bytes: Buffer;
  text: string;
  /** How it was framed: 'octet_counting', 'newline', or 'datagram'. */
  framing: 'octet_counting' | 'newline' | 'datagram';
  /** The connection it came on (1-based; 0 for udp). */
  connection: number;
  /** The client certificate's subject CN (mutual TLS). */
  peer?: string;
}

export interface CollectorOptions {
  /** PEM material for a TLS collector; with `ca`, it asks for (and requires) a client certificate. */
  tls?: { key: Buffer; cert: Buffer; ca?: Buffer };
}

/**
 * A syslog collector on 127.0.0.1, as a real one behaves: udp takes one message per datagram; tcp
 * and tls read a stream and tell the framing of each message by its first character, as rsyslog
 * does (a digit: octet counting, `LEN SP MSG`; else a line ended by LF). A frame cut off by a
 * closing connection is counted in `partial`, never taken. `stop()` shuts it down as a collector
 * restart does (no new connections, open ones closed after what was read); `start()` brings it back
 * on the same port.
 */
export class SyslogCollector {
  readonly received: Received[] = [];
  partial = 0;
  connections = 0;
  port = 0;
  private server: Server | null = null;
  private udp: DgramSocket | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly protocol: CollectorProtocol,
    private readonly options: CollectorOptions = {},
  ) {}

  async start(port = this.port): Promise<void> {
    if (this.protocol === 'udp') {
      const udp = createSocket('udp4');
      udp.on('message', (msg) => this.take(Buffer.from(msg), 'datagram', 0));
      await new Promise<void>((resolve, reject) => {
        udp.once('error', reject);
        udp.bind(port, '127.0.0.1', () => resolve());
      });
      this.udp = udp;
      this.port = udp.address().port;
      return;
    }
    const server =
      this.protocol === 'tls'
        ? createTlsServer(
            { ...this.options.tls, requestCert: !!this.options.tls?.ca, rejectUnauthorized: !!this.options.tls?.ca },
            (s) => this.accept(s),
          )
        : createServer((s) => this.accept(s));
    server.on('tlsClientError', () => {
      /* a refused handshake is the client's problem */
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  get url(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** The texts received so far. */
  texts(): string[] {
    return this.received.map((r) => r.text);
  }

  /** Waits (bounded) until `n` messages arrived; returns whether they did. */
  async until(n: number, timeoutMs = 10_000): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    while (this.received.length < n) {
      if (Date.now() > end) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  }

  /** Stops listening and closes every connection once what it sent is read; resolves when all are closed. */
  async stop(): Promise<void> {
    if (this.udp) {
      const udp = this.udp;
      this.udp = null;
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      return;
    }
    const server = this.server;
    this.server = null;
    const closed = [...this.sockets].map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.destroyed) {
            resolve();
            return;
          }
          s.once('close', () => resolve());
          s.end();
          // A client that does not close its side in time is cut off.
          setTimeout(() => s.destroy(), 2_000).unref();
        }),
    );
    await Promise.all([
      ...closed,
      new Promise<void>((resolve) => {
        if (server) server.close(() => resolve());
        else resolve();
      }),
    ]);
  }

  private accept(socket: Socket): void {
    const connection = ++this.connections;
    this.sockets.add(socket);
    const peer =
      this.protocol === 'tls'
        ? ((socket as TLSSocket).getPeerCertificate()?.subject?.CN as string | undefined)
        : undefined;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (data: Buffer) => {
      pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
      pending = this.frames(pending, connection, peer);
    });
    socket.on('error', () => {
      /* the close that follows is what counts */
    });
    socket.on('close', () => {
      if (pending.length > 0) this.partial++;
      this.sockets.delete(socket);
    });
  }

  /** Takes every whole frame off the front of `buf`; returns the rest. */
  private frames(buf: Buffer, connection: number, peer: string | undefined): Buffer {
    let at = 0;
    for (;;) {
      if (at >= buf.length) break;
      const first = buf[at];
      if (first >= 0x30 && first <= 0x39) {
        const space = buf.indexOf(0x20, at);
        if (space < 0) break;
        const length = Number(buf.subarray(at, space).toString('latin1'));
        if (!Number.isInteger(length))
          throw new Error(`collector: bad octet count ${buf.subarray(at, space).toString('latin1')}`);
        if (buf.length < space + 1 + length) break;
        this.take(buf.subarray(space + 1, space + 1 + length), 'octet_counting', connection, peer);
        at = space + 1 + length;
      } else {
        const lf = buf.indexOf(0x0a, at);
        if (lf < 0) break;
        this.take(buf.subarray(at, lf), 'newline', connection, peer);
        at = lf + 1;
      }
    }
    return at === 0 ? buf : Buffer.from(buf.subarray(at));
  }

  private take(bytes: Buffer, framing: Received['framing'], connection: number, peer?: string): void {
    const copy = Buffer.from(bytes);
    this.received.push({ bytes: copy, text: copy.toString('utf8'), framing, connection, ...(peer ? { peer } : {}) });
  }
}
