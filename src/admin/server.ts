import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AdminContext } from './admin-context';
import { AdminConfigError, checkAdminOptions, type AdminServerOptions } from './admin-options';
import { AdminError } from './admin-error';
import { bearerAuth } from './bearer-auth';
import { installErrorAnswers } from './error-answers';
import { openApiDocument, type DocumentedRoute } from './openapi';
import { registerDeadLetterRoutes } from './routes/dead-letters';
import { registerEventRoutes } from './routes/events';
import { registerHealthRoutes } from './routes/health';
import { registerLiveResponseRoutes } from './routes/liveresponse';
import { registerMetricsRoutes } from './routes/metrics';
import { registerOpenApiRoute } from './routes/openapi';
import { registerReloadRoutes } from './routes/reload';
import { registerRouteRoutes } from './routes/routes';
import { registerSinkRoutes } from './routes/sinks';
import { registerStatusRoutes } from './routes/status';
import { registerStatusPage } from './routes/status-page';
import type { JsonSchema } from './schemas/common';
import './route-config';

/** JSON bodies, where an empty body (a bare POST that still says application/json) counts as none. */
function lenientJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(new AdminError(400, 'bad_request', `the body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });
}

/**
 * The admin API as a fastify instance (not listening yet): auth, JSON errors, every route with
 * its request and response schemas (answers are serialized by them), and the OpenAPI document
 * built from those same schemas. Throws AdminConfigError for options that cannot work.
 */
export function buildAdminApp(ctx: AdminContext, options: AdminServerOptions, logger: Logger): FastifyInstance {
  checkAdminOptions(options);
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimitBytes,
    exposeHeadRoutes: false,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }) as unknown as FastifyInstance;
  const documented: DocumentedRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      documented.push({
        method,
        url: route.url,
        schema: route.schema as DocumentedRoute['schema'],
        config: route.config,
      });
  });
  if (options.token) app.addHook('onRequest', bearerAuth(options.token));
  else logger.warn({ host: options.host }, 'admin API has no token: open to every local process (loopback only)');
  installErrorAnswers(app);
  lenientJson(app);
  registerHealthRoutes(app, ctx);
  registerStatusRoutes(app, ctx);
  registerRouteRoutes(app, ctx);
  registerSinkRoutes(app, ctx);
  registerReloadRoutes(app, ctx);
  registerEventRoutes(app, ctx);
  registerDeadLetterRoutes(app, ctx);
  registerLiveResponseRoutes(app, ctx);
  registerMetricsRoutes(app, ctx, options.metricsPublic);
  registerStatusPage(app);
  let document: JsonSchema | undefined;
  registerOpenApiRoute(
    app,
    () => (document ??= openApiDocument(documented, { version: ctx.version, authenticated: options.token !== '' })),
  );
  return app;
}

/** Why the admin API cannot listen, naming the setting to change. */
function listenError(err: NodeJS.ErrnoException, options: AdminServerOptions): Error {
  const where = `${options.host}:${options.port}`;
  switch (err.code) {
    case 'EADDRINUSE':
      return new AdminConfigError(
        `cannot listen on ${where}: the port is in use (another bridge?); set CB_BRIDGE_ADMIN_PORT (--admin-port) to a free port, or to 0 to turn the admin API off`,
      );
    case 'EACCES':
      return new AdminConfigError(
        `cannot listen on ${where}: permission denied (ports below 1024 need privileges); set CB_BRIDGE_ADMIN_PORT (--admin-port) to a port above 1023`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new AdminConfigError(
        `cannot listen on ${where}: no such local address; set CB_BRIDGE_ADMIN_HOST (--admin-host) to an address of this machine, e.g. 127.0.0.1`,
      );
    default:
      return new AdminConfigError(
        `cannot listen on ${where}: ${err.message}; check CB_BRIDGE_ADMIN_HOST and CB_BRIDGE_ADMIN_PORT`,
      );
  }
}

/** The admin API listening on its port. */
export class AdminServer {
  private constructor(
    readonly app: FastifyInstance,
    readonly url: string,
  ) {}

  /** Builds and listens; `options.port` 0 picks a free port (see `url`). */
  static async start(ctx: AdminContext, options: AdminServerOptions, logger: Logger): Promise<AdminServer> {
    const app = buildAdminApp(ctx, options, logger);
    try {
      await app.listen({ host: options.host, port: options.port });
    } catch (err) {
      await app.close().catch(() => undefined);
      throw listenError(err as NodeJS.ErrnoException, options);
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    const url = `${options.tls ? 'https' : 'http'}://${host}:${port}`;
    logger.info({ url }, 'admin API listening');
    return new AdminServer(app, url);
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
