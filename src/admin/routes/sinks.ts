import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';
import { sinkListSchema, sinkParams, sinkSchema } from '../schemas/routes';

/** GET /api/v1/sinks and POST /api/v1/sinks/{route}/{sink}/enable. */
export function registerSinkRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get(
    '/api/v1/sinks',
    {
      config: {
        doc: {
          operationId: 'listSinks',
          summary: "Each sink's health, breaker state, in-flight events, driver queue depth and last error",
          tags: ['sinks'],
        },
      },
      schema: { response: withErrors({ 200: sinkListSchema }) },
    },
    async () => ({ sinks: ctx.sinks.list() }),
  );

  app.post<{ Params: { route: string; sink: string } }>(
    '/api/v1/sinks/:route/:sink/enable',
    {
      config: {
        doc: {
          operationId: 'enableSink',
          summary: 'Turn a disabled sink back on',
          tags: ['sinks'],
          description:
            'For sinks that disable themselves (a webhook endpoint that answered 410 Gone). 404 route_not_found or sink_not_found; 409 enable_not_supported for sink types that never disable themselves.',
        },
      },
      schema: { params: sinkParams, response: withErrors({ 200: sinkSchema }) },
    },
    async (request) => ctx.sinks.enable(request.params.route, request.params.sink),
  );
}
