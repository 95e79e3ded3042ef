import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { routeNameParams, withErrors } from '../schemas/common';
import { routeListSchema, routeSchema } from '../schemas/routes';

interface NameParams {
  Params: { name: string };
}

/** GET /api/v1/routes, GET /api/v1/routes/{name}, POST /api/v1/routes/{name}/pause|resume. */
export function registerRouteRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get(
    '/api/v1/routes',
    {
      config: {
        doc: {
          operationId: 'listRoutes',
          summary: 'Every route with its queue, bindings, sinks and state',
          tags: ['routes'],
        },
      },
      schema: { response: withErrors({ 200: routeListSchema }) },
    },
    async () => ({ routes: ctx.routes.list() }),
  );

  app.get<NameParams>(
    '/api/v1/routes/:name',
    {
      config: { doc: { operationId: 'getRoute', summary: 'One route', tags: ['routes'] } },
      schema: { params: routeNameParams, response: withErrors({ 200: routeSchema }) },
    },
    async (request) => ctx.routes.get(request.params.name),
  );

  app.post<NameParams>(
    '/api/v1/routes/:name/pause',
    {
      config: {
        doc: {
          operationId: 'pauseRoute',
          summary: 'Stop consuming a route',
          tags: ['routes'],
          description:
            'Cancels the route consumers and waits for its in-flight messages to settle; new messages collect in its queue on the broker. Idempotent. A paused route stays paused across reconnects and reloads until resumed.',
        },
      },
      schema: { params: routeNameParams, response: withErrors({ 200: routeSchema }) },
    },
    async (request) => ctx.routes.pause(request.params.name),
  );

  app.post<NameParams>(
    '/api/v1/routes/:name/resume',
    {
      config: {
        doc: {
          operationId: 'resumeRoute',
          summary: 'Consume a paused route again',
          tags: ['routes'],
          description: 'Idempotent.',
        },
      },
      schema: { params: routeNameParams, response: withErrors({ 200: routeSchema }) },
    },
    async (request) => ctx.routes.resume(request.params.name),
  );
}
