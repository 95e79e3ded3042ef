import { Buffer } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import type { AdminContext, DeadLettersPort } from '../admin-context';
import { AdminError } from '../admin-error';
import { withErrors } from '../schemas/common';
import {
  deleteBodySchema,
  deleteResultSchema,
  letterPageSchema,
  listQuerySchema,
  replayBodySchema,
  replayResultSchema,
} from '../schemas/dead-letters';
import type { DeadLetter } from '../../dead-letters/dead-letter';

interface ListQuery {
  cursor?: string;
  limit: number;
  include_body: boolean;
}
interface ReplayBody {
  ids?: string[];
  all?: true;
  limit: number;
  wait_ms: number;
}
interface DeleteBody {
  ids?: string[];
  all?: true;
}

function port(ctx: AdminContext): DeadLettersPort {
  if (ctx.deadLetters) return ctx.deadLetters;
  throw new AdminError(
    409,
    'dead_letters_not_browsable',
    `the dead-letter destination is ${ctx.destinationKind}: its letters belong to whoever consumes that exchange; listing, replay and delete need the file destination`,
  );
}

function letterView(l: DeadLetter, withBody: boolean): Record<string, unknown> {
  const { body, headers, ...rest } = l;
  const bodyBytes = l.bodyEncoding === 'base64' ? Buffer.from(body, 'base64').length : Buffer.byteLength(body, 'utf8');
  return { ...rest, bodyBytes, ...(withBody ? { headers, body } : {}) };
}

const NOT_BROWSABLE = 'With an AMQP dead-letter destination: 409 dead_letters_not_browsable.';

/** Stored letters a page with bodies holds at most (at least one letter). */
const PAGE_BODY_BYTES = 16 * 1024 * 1024;

/** GET/DELETE /api/v1/deadletters and POST /api/v1/deadletters/replay. */
export function registerDeadLetterRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.get<{ Querystring: ListQuery }>(
    '/api/v1/deadletters',
    {
      config: {
        doc: {
          operationId: 'listDeadLetters',
          summary: 'Stored dead letters, oldest first, a page at a time',
          tags: ['dead letters'],
          description: `Bodies and headers only with include_body=true. ${NOT_BROWSABLE}`,
        },
      },
      schema: { querystring: listQuerySchema, response: withErrors({ 200: letterPageSchema }) },
    },
    async (request) => {
      const { cursor, limit, include_body: withBody } = request.query;
      // With bodies, a page stops at PAGE_BODY_BYTES of letters (the cursor goes on from there).
      const page = await port(ctx).list({
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
        ...(withBody ? { maxBytes: PAGE_BODY_BYTES } : {}),
      });
      return { letters: page.letters.map((l) => letterView(l, withBody)), nextCursor: page.nextCursor };
    },
  );

  app.post<{ Body: ReplayBody }>(
    '/api/v1/deadletters/replay',
    {
      config: {
        doc: {
          operationId: 'replayDeadLetters',
          summary: 'Send dead letters back through their route',
          tags: ['dead letters'],
          description:
            'Messages that could not be decoded go through their route again as the original message (a new letter if they still fail); ' +
            "events a sink refused go to that route's sink again. A letter is removed once its replay was accepted. " +
            NOT_BROWSABLE,
        },
      },
      schema: { body: replayBodySchema, response: withErrors({ 200: replayResultSchema }) },
    },
    async (request) => {
      const b = request.body;
      const results = await port(ctx).replay({ ...(b.ids ? { ids: b.ids } : {}), limit: b.limit, waitMs: b.wait_ms });
      const summary: Record<string, number> = {};
      for (const r of results) summary[r.outcome] = (summary[r.outcome] ?? 0) + 1;
      return { results, summary };
    },
  );

  app.delete<{ Body: DeleteBody }>(
    '/api/v1/deadletters',
    {
      config: {
        doc: {
          operationId: 'deleteDeadLetters',
          summary: 'Remove dead letters without replaying them',
          tags: ['dead letters'],
          description: NOT_BROWSABLE,
        },
      },
      schema: { body: deleteBodySchema, response: withErrors({ 200: deleteResultSchema }) },
    },
    async (request) => ({ removed: await port(ctx).remove(request.body.ids ?? 'all') }),
  );
}
