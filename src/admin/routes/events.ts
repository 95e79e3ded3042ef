import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';
import { recentEventsSchema, recentQuerySchema } from '../schemas/events';

export function registerEventRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get<{ Querystring: { route?: string; limit: number } }>(
    '/api/v1/events/recent',
    {
      config: {
        doc: {
          operationId: 'recentEvents',
          summary: 'The last events routes handed to their sinks',
          tags: ['events'],
          description:
            'From a ring of the last N events per route (settings admin.recent_events), as rendered for the sinks after filter and transform. For debugging routes.',
        },
      },
      schema: { querystring: recentQuerySchema, response: withErrors({ 200: recentEventsSchema }) },
    },
    async (request) => ({
      capacity: ctx.recentCapacity,
      events: ctx
        .recentEvents(request.query.route, request.query.limit)
        .map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    }),
  );
}
