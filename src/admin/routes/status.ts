import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';
import { statusSchema } from '../schemas/status';

export function registerStatusRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get(
    '/api/v1/status',
    {
      config: {
        doc: {
          operationId: 'getStatus',
          summary: 'Version, uptime, broker connection, per route and sink counters and rates',
          tags: ['status'],
        },
      },
      schema: { response: withErrors({ 200: statusSchema }) },
    },
    async () => ctx.status(),
  );
}
