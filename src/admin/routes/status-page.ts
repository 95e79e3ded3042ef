import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { AdminError } from '../admin-error';

/** The status page's files (src/admin/status-page, copied beside the build output by scripts/copy-assets.mjs). */
const PAGE_DIR = join(__dirname, '..', 'status-page');
const ASSETS = {
  'status-page.js': 'text/javascript; charset=utf-8',
  'status-page.css': 'text/css; charset=utf-8',
} as const;

/** The page loads its own script and style and talks to this server only; nothing may frame it. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/**
 * GET / (the status page) and GET /status-page/<file> (its script and style), served without the
 * token: they are static, and the page asks for the token to call the API itself. The files are
 * read once when the server is built.
 */
export function registerStatusPage(app: FastifyInstance): void {
  const html = readFileSync(join(PAGE_DIR, 'index.html'));
  const assets = new Map(
    Object.entries(ASSETS).map(([name, type]) => [name, { type, body: readFileSync(join(PAGE_DIR, name)) }]),
  );
  app.get('/', { config: { public: true } }, async (_request, reply) =>
    reply.headers(SECURITY_HEADERS).type('text/html; charset=utf-8').send(html),
  );
  app.get<{ Params: { file: string } }>('/status-page/:file', { config: { public: true } }, async (request, reply) => {
    const asset = assets.get(request.params.file);
    if (!asset)
      throw new AdminError(404, 'not_found', `the status page has no file ${JSON.stringify(request.params.file)}`);
    return reply.headers(SECURITY_HEADERS).type(asset.type).send(asset.body);
  });
}
