import { Buffer } from 'node:buffer';
import { Pool, type Dispatcher } from 'undici';
import type { EndpointOptions } from './endpoint-config';
import { WebhookTransportError } from './errors';

/** One HTTP request, ready to go. */
export interface HttpRequest {
  method: 'POST' | 'PUT' | 'PATCH';
  /** Path and query of the endpoint. */
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** A response: status, headers and the start of its body (enough for an error excerpt or a HEC reply). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** What the sink sends requests through (a fake one in unit tests). */
export interface HttpTransport {
  /** Resolves with any HTTP response; rejects with WebhookTransportError when there is none. */
  request(req: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Response bytes kept for classification and excerpts. */
export const RESPONSE_KEEP_BYTES = 64 * 1024;
/** Response bytes read at most; past this the connection is dropped rather than drained. */
const RESPONSE_READ_LIMIT = 1024 * 1024;

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

async function readBody(body: Dispatcher.ResponseData['body']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let read = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    read += chunk.length;
    if (kept < RESPONSE_KEEP_BYTES) {
      chunks.push(chunk);
      kept += chunk.length;
    }
    if (read > RESPONSE_READ_LIMIT) break; // leaving the loop destroys the body (and its connection)
  }
  const all = Buffer.concat(chunks);
  return all.length > RESPONSE_KEEP_BYTES ? all.subarray(0, RESPONSE_KEEP_BYTES) : all;
}

function transportError(err: unknown, timedOut: boolean, timeoutMs: number): WebhookTransportError {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (timedOut || (code !== undefined && TIMEOUT_CODES.has(code))) {
    return new WebhookTransportError('timeout', `no complete response within ${timeoutMs} ms`, code);
  }
  const message = e instanceof Error ? e.message : String(err);
  return new WebhookTransportError('connection', `connection error${code ? ` ${code}` : ''}: ${message}`, code);
}

/**
 * The HTTP sinks' I/O: a keep-alive undici Pool to the endpoint's origin, as many connections as
 * requests may be in flight. Each request has one deadline covering connect, send and the whole
 * response (`timeoutMs`); the response body is always consumed so its connection is reused.
 */
export class UndiciTransport implements HttpTransport {
  private readonly pool: Pool;

  constructor(
    private readonly options: Pick<
      EndpointOptions,
      'url' | 'tls' | 'timeoutMs' | 'maxConcurrentRequests' | 'keepAliveTimeoutMs'
    >,
  ) {
    const { tls, timeoutMs } = options;
    this.pool = new Pool(options.url.origin, {
      connections: options.maxConcurrentRequests,
      pipelining: 1,
      keepAliveTimeout: options.keepAliveTimeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: {
        timeout: timeoutMs,
        ...(tls
          ? {
              rejectUnauthorized: tls.rejectUnauthorized,
              ca: tls.ca,
              cert: tls.cert,
              key: tls.key,
              passphrase: tls.passphrase,
            }
          : {}),
      },
    });
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    try {
      const res = await this.pool.request({
        method: req.method,
        path: req.path,
        headers: req.headers,
        body: req.body,
        signal: abort.signal,
      });
      const body = await readBody(res.body);
      return { status: res.statusCode, headers: res.headers, body };
    } catch (err) {
      throw transportError(err, abort.signal.aborted, this.options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Lets requests in flight finish (up to the attempt timeout), then drops the connections. */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.timeoutMs);
    });
    await Promise.race([this.pool.close().catch(() => undefined), deadline]);
    clearTimeout(timer);
    if (!this.pool.destroyed) await this.pool.destroy().catch(() => undefined);
  }
}
