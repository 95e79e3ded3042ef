import type { ConfigProblem } from '../config/routes-config-error';

/** Machine-readable error codes the admin API answers with (beside the HTTP status). */
export type AdminErrorCode =
  | 'unauthorized'
  | 'not_found'
  | 'route_not_found'
  | 'sink_not_found'
  | 'validation_failed'
  | 'bad_request'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'invalid_routes_file'
  | 'routes_not_applicable'
  | 'reload_incomplete'
  | 'route_retiring'
  | 'enable_not_supported'
  | 'dead_letters_not_browsable'
  | 'invalid_cursor'
  | 'internal_error'
  | 'liveresponse_not_configured'
  | 'job_not_found'
  | 'job_finished'
  | 'destructive_not_allowed'
  | 'file_not_found'
  | 'liveresponse_error';

/** An error the admin API answers with: `{ code, message }` (plus `problems` for a rejected routes file). */
export class AdminError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: AdminErrorCode,
    message: string,
    readonly problems?: readonly ConfigProblem[],
  ) {
    super(message);
    this.name = 'AdminError';
  }
}

export const routeNotFound = (name: string): AdminError =>
  new AdminError(404, 'route_not_found', `no route named ${JSON.stringify(name)} is in force`);
export const sinkNotFound = (route: string, sink: string): AdminError =>
  new AdminError(404, 'sink_not_found', `route ${route} has no sink named ${JSON.stringify(sink)}`);
