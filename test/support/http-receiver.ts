import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** What the receiver does with one request. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Never answer (the client's timeout must fire). */
  | 'hang'
  /** Destroy the connection without a response. */
  | 'reset';

export interface ReceivedRequest {
  /** 1-based, in arrival order. */
  n: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body as sent on the wire. */
  wire: Buffer;
  /** The body after Content-Encoding: gzip is undone. */
  body: Buffer;
  /** When the body was complete (epoch ms). */
  at: number;
  /** How it was answered: a status, 'hang' or 'reset'. */
  reply: number | 'hang' | 'reset';
}

/**
 * A real HTTP endpoint on 127.0.0.1 that a test controls: it records every request (wire and
 * decoded body) and answers through `respond`, which may also hang or reset. It can be stopped
 * (connections destroyed) and started again on the same port.
 */
export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  respond: (req: ReceivedRequest) => Reply = () => ({ status: 200 });
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const wire = Buffer.concat(chunks);
        const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire;
        const rec: ReceivedRequest = {
          n: this.requests.length + 1,
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          wire,
          body,
          at: Date.now(),
          reply: 0,
        };
        let reply: Reply;
        try {
          reply = this.respond(rec);
        } catch (err) {
          reply = { status: 599, body: `receiver check failed: ${(err as Error).message}` };
        }
        rec.reply = typeof reply === 'string' ? reply : reply.status;
        this.requests.push(rec);
        if (reply === 'reset') {
          req.socket.destroy();
          return;
        }
        if (reply === 'hang') {
          this.hanging.add(res);
          return;
        }
        res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? '');
      });
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Closes the listener and destroys every connection (hanging requests included). */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise((r) => server.close(r));
    for (const s of this.sockets) s.destroy();
    this.hanging.clear();
    await closed;
  }

  /** Requests answered with a 2xx. */
  accepted(): ReceivedRequest[] {
    return this.requests.filter((r) => typeof r.reply === 'number' && r.reply >= 200 && r.reply < 300);
  }
}
