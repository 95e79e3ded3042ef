import { Buffer } from 'node:buffer';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AdminError } from './admin-error';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether `given` equals `expected`, in time that does not depend on where they differ: both are
 * hashed to equal-length SHA-256 digests first, which timingSafeEqual then compares.
 */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Route config flag: the route needs no token. */
export interface PublicRouteConfig {
  public?: boolean;
}

/**
 * An onRequest hook checking `Authorization: Bearer <token>` on every route whose config is not
 * `public` (and on unknown paths, which then answer 401 rather than 404 to strangers).
 */
export function bearerAuth(token: string) {
  const expected = token;
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if ((request.routeOptions.config as PublicRouteConfig | undefined)?.public) return;
    const header = request.headers.authorization;
    const m = typeof header === 'string' ? /^Bearer ([^\s]+)\s*$/i.exec(header) : null;
    reply.header('www-authenticate', 'Bearer realm="cb-event-bridge"');
    if (!m) throw new AdminError(401, 'unauthorized', 'this endpoint needs an Authorization: Bearer <token> header');
    if (!tokenMatches(m[1], expected)) throw new AdminError(401, 'unauthorized', 'the bearer token is not valid');
    reply.removeHeader('www-authenticate');
  };
}
