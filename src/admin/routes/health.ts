import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';
import { livenessSchema, notReadySchema, readinessSchema } from '../schemas/health';

/** GET /healthz (liveness) and GET /readyz (readiness), both without the token. */
export function registerHealthRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get(
    '/healthz',
    {
      config: {
        public: true,
        doc: { operationId: 'liveness', summary: 'Liveness: the process answers', tags: ['health'] },
      },
      schema: { response: withErrors({ 200: livenessSchema }) },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: {
        public: true,
        doc: {
          operationId: 'readiness',
          summary: 'Readiness',
          tags: ['health'],
          description:
            '200 when connected to the broker and consuming every route that is not paused, and no required sink (routes file `required`, default true) is down or disabled; 503 otherwise.',
        },
      },
      schema: { response: withErrors({ 200: readinessSchema, 503: notReadySchema }) },
    },
    async (_request, reply) => {
      const r = ctx.readiness();
      if (r.ready) return r;
      const failing = r.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
      return reply.code(503).send({ code: 'not_ready', message: `not ready: ${failing.join('; ')}`, ...r });
    },
  );
}
