import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';

/** GET /metrics in the Prometheus text format; without the token when `metricsPublic`. */
export function registerMetricsRoutes(app: FastifyInstance, ctx: AdminContext, metricsPublic: boolean): void {
  app.get(
    '/metrics',
    {
      config: {
        public: metricsPublic,
        produces: 'text/plain; version=0.0.4',
        doc: {
          operationId: 'metrics',
          summary: 'Prometheus metrics (text exposition format)',
          tags: ['metrics'],
          description: 'docs/metrics.md describes every metric.',
        },
      },
      schema: {
        response: withErrors({ 200: { type: 'string', description: 'Prometheus text exposition format 0.0.4.' } }),
      },
    },
    async (_request, reply) => {
      const text = await ctx.metrics.text();
      return reply.type(ctx.metrics.contentType).send(text);
    },
  );
}
