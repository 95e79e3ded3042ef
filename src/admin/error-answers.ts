import type { FastifyError, FastifyInstance } from 'fastify';
import { RoutesConfigError, type ConfigProblem } from '../config/routes-config-error';
import { ReloadApplyError, ReloadBuildError } from '../app/reload/reload-errors';
import { DeadLetterCursorError } from '../dead-letters/dead-letter-store';
import { AdminError, type AdminErrorCode } from './admin-error';

export interface ErrorBody {
  code: AdminErrorCode | 'not_ready';
  message: string;
  problems?: readonly ConfigProblem[];
  details?: string[];
}

const BY_STATUS: Record<number, AdminErrorCode> = {
  401: 'unauthorized',
  404: 'not_found',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

/** The status and JSON body every error becomes; anything unexpected is a 500 that does not leak its message. */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AdminError)
    return {
      status: error.statusCode,
      body: { code: error.code, message: error.message, ...(error.problems ? { problems: error.problems } : {}) },
    };
  if (error instanceof RoutesConfigError) {
    return {
      status: 400,
      body: {
        code: 'invalid_routes_file',
        message: 'the routes file has problems; the old routes keep running',
        problems: error.problems,
      },
    };
  }
  if (error instanceof ReloadBuildError)
    return {
      status: 400,
      body: { code: 'routes_not_applicable', message: `${error.message}; the old routes keep running` },
    };
  if (error instanceof ReloadApplyError)
    return { status: 500, body: { code: 'reload_incomplete', message: error.message } };
  if (error instanceof DeadLetterCursorError)
    return { status: 400, body: { code: 'invalid_cursor', message: error.message } };
  const fe = error as Partial<FastifyError>;
  if (fe.validation) {
    return {
      status: 400,
      body: {
        code: 'validation_failed',
        message: fe.message ?? 'the request is not valid',
        details: fe.validation.map((v) =>
          `${fe.validationContext ?? 'request'}${v.instancePath} ${v.message ?? 'is invalid'}`.trim(),
        ),
      },
    };
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500)
    return { status, body: { code: BY_STATUS[status] ?? 'bad_request', message: fe.message ?? 'bad request' } };
  return { status: 500, body: { code: 'internal_error', message: 'internal error; the bridge log has the details' } };
}

/** Every error and unknown path answers JSON `{ code, message }`. */
export function installErrorAnswers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, 'admin request failed');
    void reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send({ code: 'not_found', message: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` });
  });
}
