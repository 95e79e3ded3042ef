import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { withErrors } from '../schemas/common';
import { reloadReportSchema } from '../schemas/reload';

/** POST /api/v1/reload: the same as SIGHUP. */
export function registerReloadRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.post(
    '/api/v1/reload',
    {
      config: {
        doc: {
          operationId: 'reloadRoutes',
          summary: 'Re-read the routes file and put it in force',
          tags: ['routes'],
          description:
            'Validates the file first: 400 invalid_routes_file with every problem (file, line, column) and the old routes keep running; ' +
            '400 routes_not_applicable when a new sink cannot be created or started (nothing changed). On success, unchanged routes are untouched, ' +
            'changed routes are recompiled without dropping in-flight events, added routes start consuming, removed routes drain in the background. ' +
            '500 reload_incomplete: in force, but the broker could not be fully updated (redone on reconnect).',
        },
      },
      schema: { response: withErrors({ 200: reloadReportSchema }) },
    },
    async () => ctx.reload(),
  );
}
