import { Buffer } from 'node:buffer';
import type { EncodedPayload } from './encoder';
import { gzipBody } from './compression';
import type { HttpRequest } from './service';
import { signingHeaders } from './signing';

/** What every request of a sink shares. */
export interface RequestSpec {
  method: HttpRequest['method'];
  /** Path and query of the endpoint URL. */
  path: string;
  /** Static headers (user headers, authentication), lower-case names. */
  headers: Record<string, string>;
  contentType: string;
  gzip: boolean;
  /** Standard Webhooks keys; empty = unsigned. */
  signingKeys: readonly Buffer[];
}

/** A payload with its wire body and headers, built once per send() and signed per attempt. */
export interface PreparedRequest {
  payload: EncodedPayload;
  /** The body as sent (gzipped when configured). */
  wire: Buffer;
  headers: Record<string, string>;
}

export const USER_AGENT = 'cb-event-bridge';

/** Compresses (when configured) and sets the content headers. */
export async function prepareRequest(payload: EncodedPayload, spec: RequestSpec): Promise<PreparedRequest> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    ...spec.headers,
    'content-type': spec.contentType,
  };
  if (!spec.gzip) return { payload, wire: payload.body, headers };
  headers['content-encoding'] = 'gzip';
  return { payload, wire: await gzipBody(payload.body), headers };
}

/**
 * The request for one attempt. When signing, `webhook-timestamp` is the attempt's time and the
 * signature covers `<webhook-id>.<timestamp>.<uncompressed body>`; the id stays the same on every
 * attempt of the same payload.
 */
export function attemptRequest(prepared: PreparedRequest, spec: RequestSpec, now: number): HttpRequest {
  const headers =
    spec.signingKeys.length === 0
      ? prepared.headers
      : { ...prepared.headers, ...signingHeaders(spec.signingKeys, prepared.payload.id, now, prepared.payload.body) };
  return { method: spec.method, path: spec.path, headers, body: prepared.wire };
}
