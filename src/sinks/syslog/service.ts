import type { Buffer } from 'node:buffer';
import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { connect as netConnect, isIPv6, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { backoffDelay } from '../driver/backoff';
import type { SyslogSinkOptions } from './config';
import { SyslogTransportError } from './errors';

/** What the sink hears from its transport. */
export interface TransportEvents {
  /** A connection is up (counted as a reconnect after the first). */
  connected?(): void;
  /** The connection failed or was lost, and why. */
  lost?(error: SyslogTransportError): void;
}

/** Writes a request's chunks to the collector; resolves once they are handed to the socket. */
export interface SyslogTransport {
  write(chunks: readonly Buffer[]): Promise<void>;
  /** Connections made after the first (after a loss or a failed attempt). */
  readonly reconnects: number;
  close(): Promise<void>;
}

function errorOf(err: unknown, where: string): SyslogTransportError {
  if (err instanceof SyslogTransportError) return err;
  const e = err as NodeJS.ErrnoException;
  return new SyslogTransportError(
    `${where}: ${e?.message ?? String(err)}`,
    typeof e?.code === 'string' ? e.code : undefined,
  );
}

/** Longest wait for a TLS 1.3 collector to accept the client (see StreamTransport.settled). */
const SETTLE_MS = 250;

/** Backoff of the reconnects made while idle after a loss (writes connect at once). */
const RECONNECT_INITIAL_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * One TCP (or TLS) connection to the collector, opened on first use and again after a loss.
 * write() resolves when the socket has taken the bytes (its write callback): that is the only
 * acknowledgement syslog over TCP has. The peer never speaks, so what arrives is discarded; its
 * FIN ends the connection at once (nothing more is written into a closing socket). After a loss,
 * the transport reconnects in the background with backoff, so health shows the collector back
 * before traffic resumes.
 */
export class StreamTransport implements SyslogTransport {
  private socket: Socket | null = null;
  private connecting: Promise<Socket> | null = null;
  private opened = 0;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  readonly url: string;

  constructor(
    private readonly o: SyslogSinkOptions,
    private readonly events: TransportEvents = {},
  ) {
    this.url = `${o.protocol}://${isIPv6(o.host) ? `[${o.host}]` : o.host}:${o.port}`;
  }

  get reconnects(): number {
    return Math.max(0, this.opened - 1);
  }

  async write(chunks: readonly Buffer[]): Promise<void> {
    for (const chunk of chunks) {
      const socket = await this.connected();
      await this.writeOn(socket, chunk);
    }
  }

  /** Connects now (start-up): throws the reason when the collector cannot be reached. */
  async open(): Promise<void> {
    await this.connected();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (!socket || socket.destroyed) return;
    // end() flushes what the socket holds; a peer that does not close in time is cut off.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        socket.destroy();
        resolve();
      }, 2_000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.end();
    });
  }

  private connected(): Promise<Socket> {
    if (this.closed) return Promise.reject(new SyslogTransportError(`syslog sink to ${this.url} is closed`));
    if (this.socket) return Promise.resolve(this.socket);
    this.connecting ??= this.connect().then(
      (socket) => {
        this.connecting = null;
        return socket;
      },
      (err: unknown) => {
        this.connecting = null;
        throw err;
      },
    );
    return this.connecting;
  }

  private connect(): Promise<Socket> {
    const o = this.o;
    return new Promise<Socket>((resolve, reject) => {
      const socket =
        o.protocol === 'tls'
          ? tlsConnect({ host: o.host, port: o.port, ...o.tls, minVersion: 'TLSv1.2' })
          : netConnect({ host: o.host, port: o.port });
      const ready = o.protocol === 'tls' ? 'secureConnect' : 'connect';
      const timer = setTimeout(
        () =>
          socket.destroy(
            new SyslogTransportError(
              `cannot connect to ${this.url}: no answer within ${o.connectTimeoutMs} ms`,
              'ETIMEDOUT',
            ),
          ),
        o.connectTimeoutMs,
      );
      let failed = false;
      const fail = (err: Error): void => {
        if (failed) return;
        failed = true;
        clearTimeout(timer);
        socket.destroy();
        const error = errorOf(err, `cannot connect to ${this.url}`);
        this.noteLoss(error);
        reject(error);
      };
      const closedEarly = (): void =>
        fail(new SyslogTransportError('the collector closed the connection while it was being set up', 'ECONNRESET'));
      socket.once('error', fail);
      socket.once('close', closedEarly);
      socket.once(ready, () => {
        void this.settled(socket).then(() => {
          if (socket.destroyed) {
            closedEarly();
            return;
          }
          clearTimeout(timer);
          socket.off('error', fail);
          socket.off('close', closedEarly);
          this.adopt(socket);
          resolve(socket);
        });
      });
    });
  }

  /**
   * Resolves when a new connection can be trusted with events. In TLS 1.3 the client finishes its
   * handshake before the server has checked the client certificate, so a collector that refuses
   * it says so only afterwards, with an alert: a batch written at once would count as delivered
   * and be thrown away. So a TLS 1.3 connection waits for the server's first session ticket (sent
   * once it accepted the client), or at most SETTLE_MS; an alert in that time fails the connect.
   */
  private settled(socket: Socket): Promise<void> {
    // Never from within the socket's own events: bytes written from a TLS 'session' handler never reach the peer (Node
    // 20).
    if (this.o.protocol !== 'tls' || (socket as TLSSocket).getProtocol() !== 'TLSv1.3')
      return new Promise((resolve) => setImmediate(resolve));
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        socket.off('session', done);
        socket.off('close', done);
        setImmediate(resolve);
      };
      const timer = setTimeout(done, SETTLE_MS);
      socket.once('session', done);
      socket.once('close', done);
    });
  }

  /** A new connection becomes the current one; its end, error or close retires it. */
  private adopt(socket: Socket): void {
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 30_000);
    this.socket = socket;
    this.opened++;
    this.failures = 0;
    this.events.connected?.();
    const retire = (why: SyslogTransportError): void => {
      if (this.socket !== socket) return;
      this.socket = null;
      socket.destroy();
      this.noteLoss(why);
    };
    socket.on('data', () => {
      /* collectors do not answer; anything sent is ignored */
    });
    socket.on('end', () => retire(new SyslogTransportError(`${this.url} closed the connection`, 'ECONNRESET')));
    socket.on('error', (err) => retire(errorOf(err, `connection to ${this.url} failed`)));
    socket.on('close', () => retire(new SyslogTransportError(`connection to ${this.url} closed`, 'ECONNRESET')));
  }

  private writeOn(socket: Socket, chunk: Buffer): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (err?: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.off('close', onClose);
        if (err === undefined) resolve();
        else reject(errorOf(err, `write to ${this.url} failed`));
      };
      const onClose = (): void =>
        settle(
          new SyslogTransportError(
            `connection to ${this.url} closed before the collector took the batch`,
            'ECONNRESET',
          ),
        );
      const timer = setTimeout(() => {
        const error = new SyslogTransportError(
          `${this.url} took no bytes for ${this.o.writeTimeoutMs} ms; the connection is dropped`,
          'ETIMEDOUT',
        );
        settle(error);
        socket.destroy(error);
      }, this.o.writeTimeoutMs);
      socket.once('close', onClose);
      socket.write(chunk, (err) => settle(err ?? undefined));
    });
  }

  private noteLoss(error: SyslogTransportError): void {
    this.events.lost?.(error);
    if (this.closed || this.retryTimer) return;
    this.failures++;
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = null;
        if (!this.closed && !this.socket) this.connected().catch(() => undefined);
      },
      backoffDelay(this.failures, RECONNECT_INITIAL_MS, RECONNECT_MAX_MS),
    );
    this.retryTimer.unref();
  }
}

/**
 * UDP: one datagram per chunk, sent without a connection. write() resolves once the kernel took
 * every datagram; whether the collector got them is unknowable (best effort).
 */
export class DatagramTransport implements SyslogTransport {
  readonly reconnects = 0;
  private readonly socket: DgramSocket;
  private readonly url: string;

  constructor(private readonly o: SyslogSinkOptions) {
    this.socket = createSocket(isIPv6(o.host) ? 'udp6' : 'udp4');
    this.socket.on('error', () => {
      /* reported by the send callbacks */
    });
    this.socket.unref();
    this.url = `udp://${isIPv6(o.host) ? `[${o.host}]` : o.host}:${o.port}`;
  }

  async write(chunks: readonly Buffer[]): Promise<void> {
    await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise<void>((resolve, reject) => {
            this.socket.send(chunk, this.o.port, this.o.host, (err) =>
              err ? reject(errorOf(err, `send to ${this.url} failed`)) : resolve(),
            );
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.socket.close(() => resolve());
    }).catch(() => undefined);
  }
}
