import type { RouteOptions } from 'fastify';
import type { JsonSchema } from './schemas/common';
import './route-config';

/** What the OpenAPI builder needs of a registered route. */
export interface DocumentedRoute {
  method: string;
  url: string;
  schema?: { params?: unknown; querystring?: unknown; body?: unknown; response?: Record<string, unknown> };
  config?: RouteOptions['config'];
}

type Schema = JsonSchema & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

const STATUS_TEXT: Record<string, string> = { '200': 'OK', '4XX': 'Client error', '5XX': 'Server error' };

function parameters(where: 'path' | 'query', schema: unknown): JsonSchema[] {
  const s = schema as Schema | undefined;
  if (!s?.properties) return [];
  return Object.entries(s.properties).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    ...(p.description ? { description: p.description } : {}),
    schema: p,
  }));
}

function responses(route: DocumentedRoute): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [status, schema] of Object.entries(route.schema?.response ?? {})) {
    const key = status.toUpperCase();
    const s = schema as Schema;
    const json = key.startsWith('2') && route.config?.produces ? route.config.produces : 'application/json';
    out[key] = { description: s.description ?? STATUS_TEXT[key] ?? `HTTP ${key}`, content: { [json]: { schema: s } } };
  }
  return out;
}

/**
 * An OpenAPI 3.1 document (its schemas are JSON Schema, as fastify validates and serializes
 * with) built from the routes as registered: every route's params, query, body and responses
 * come from the same schemas fastify uses, so the document cannot drift from the server.
 */
export function openApiDocument(
  routes: readonly DocumentedRoute[],
  info: { version: string; authenticated: boolean },
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const doc = route.config?.doc;
    if (!doc) continue;
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const body = route.schema?.body as Schema | undefined;
    const operation: JsonSchema = {
      operationId: doc.operationId,
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      tags: doc.tags,
      security: route.config?.public || !info.authenticated ? [] : [{ bearerAuth: [] }],
      parameters: [...parameters('path', route.schema?.params), ...parameters('query', route.schema?.querystring)],
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses: responses(route),
    };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cb-event-bridge admin API',
      version: info.version,
      description:
        'Operate a running cb-event-bridge: health, status, routes (pause, resume, reload), sinks, recent events, dead letters, metrics.',
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token from CB_BRIDGE_ADMIN_TOKEN (or CB_BRIDGE_ADMIN_TOKEN_FILE).',
        },
      },
    },
    paths,
  };
}
