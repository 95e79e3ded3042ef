import type { FastifyInstance } from 'fastify';
import { withErrors, type JsonSchema } from '../schemas/common';

export function registerOpenApiRoute(app: FastifyInstance, document: () => JsonSchema): void {
  app.get(
    '/openapi.json',
    {
      config: { doc: { operationId: 'openApi', summary: 'This document', tags: ['meta'] } },
      schema: {
        response: withErrors({
          200: { type: 'object', additionalProperties: true, description: 'OpenAPI 3.1 document.' },
        }),
      },
    },
    async () => document(),
  );
}
