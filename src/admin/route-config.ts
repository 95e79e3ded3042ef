/** What each admin route says about itself, for the auth hook and the OpenAPI document. */
export interface RouteDoc {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Served without the bearer token. */
    public?: boolean;
    doc?: RouteDoc;
    /** Content type of the 2xx answer when it is not JSON. */
    produces?: string;
  }
}
