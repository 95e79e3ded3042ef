import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { AdminContext } from '../admin-context';
import { AdminError } from '../admin-error';
import { withErrors } from '../schemas/common';
import {
  fileParams,
  jobListQuerySchema,
  jobListSchema,
  jobParams,
  jobRequestSchema,
  jobSchema,
  sessionListSchema,
  sessionParams,
} from '../schemas/liveresponse';
import type { CommandRequest } from '../../liveresponse/commands';
import { LrError } from '../../liveresponse/errors';
import type { JobStatus } from '../../liveresponse/actions/action-job';
import { jobView } from '../../liveresponse/actions/result-event';
import { ActionRequestError, type ResponseActions } from '../../liveresponse/actions/response-actions';

interface JobRequest {
  sensor_id: number;
  commands: CommandRequest[];
  timeout_s: number;
  download: boolean;
}

function actions(ctx: AdminContext): ResponseActions {
  if (ctx.liveResponse) return ctx.liveResponse;
  throw new AdminError(
    409,
    'liveresponse_not_configured',
    'Live Response is not configured: set CB_BRIDGE_LR_URL and CB_BRIDGE_LR_TOKEN',
  );
}

/** Runs fn, turning response-action refusals and Live Response errors into admin answers. */
async function answer<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ActionRequestError) throw new AdminError(err.status, err.code as never, err.message);
    if (err instanceof LrError)
      throw new AdminError(
        err.kind === 'not_found' ? 404 : 502,
        err.kind === 'not_found' ? 'not_found' : 'liveresponse_error',
        err.message,
      );
    throw err;
  }
}

const TAGS = ['live response'];
const NOT_CONFIGURED = '409 liveresponse_not_configured without CB_BRIDGE_LR_URL.';

/** Response-action jobs, Live Response sessions and downloaded files under /api/v1/liveresponse. */
export function registerLiveResponseRoutes(app: FastifyInstance, ctx: AdminContext): void {
  app.post<{ Body: JobRequest }>(
    '/api/v1/liveresponse/jobs',
    {
      config: {
        doc: {
          operationId: 'createLiveResponseJob',
          summary: 'Run Live Response commands on a sensor as a job',
          tags: TAGS,
          description: `The job is written to the durable ledger and runs through the session pool; it ends as a liveresponse.result event. 403 destructive_not_allowed for commands that change the endpoint unless CB_BRIDGE_LR_API_ALLOW_DESTRUCTIVE=true. ${NOT_CONFIGURED}`,
        },
      },
      schema: { body: jobRequestSchema, response: withErrors({ 202: jobSchema }) },
    },
    async (request, reply) => {
      const b = request.body;
      const job = await answer(() =>
        actions(ctx).submitRequest({
          sensorId: b.sensor_id,
          commands: b.commands,
          timeoutS: b.timeout_s,
          download: b.download,
        }),
      );
      return reply.code(202).send(jobView(job));
    },
  );

  app.get<{ Querystring: { status?: JobStatus; sensor_id?: number; limit: number } }>(
    '/api/v1/liveresponse/jobs',
    {
      config: {
        doc: {
          operationId: 'listLiveResponseJobs',
          summary: 'Response-action jobs in the ledger, newest first',
          tags: TAGS,
          description: NOT_CONFIGURED,
        },
      },
      schema: { querystring: jobListQuerySchema, response: withErrors({ 200: jobListSchema }) },
    },
    async (request) => {
      const q = request.query;
      const jobs = actions(ctx).jobs({
        limit: q.limit,
        ...(q.status ? { status: q.status } : {}),
        ...(q.sensor_id ? { sensorId: q.sensor_id } : {}),
      });
      return { jobs: jobs.map(jobView) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/liveresponse/jobs/:id',
    {
      config: {
        doc: {
          operationId: 'getLiveResponseJob',
          summary: "One response-action job with each command's outcome",
          tags: TAGS,
          description: `404 job_not_found. ${NOT_CONFIGURED}`,
        },
      },
      schema: { params: jobParams, response: withErrors({ 200: jobSchema }) },
    },
    async (request) => jobView(await answer(() => actions(ctx).job(request.params.id))),
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/liveresponse/jobs/:id/cancel',
    {
      config: {
        doc: {
          operationId: 'cancelLiveResponseJob',
          summary: 'Cancel a queued or running job',
          tags: TAGS,
          description: `A command still pending on the server is cancelled there; one already running finishes. 404 job_not_found, 409 job_finished. ${NOT_CONFIGURED}`,
        },
      },
      schema: { params: jobParams, response: withErrors({ 200: jobSchema }) },
    },
    async (request) => jobView(await answer(() => actions(ctx).cancel(request.params.id))),
  );

  app.get(
    '/api/v1/liveresponse/sessions',
    {
      config: {
        doc: {
          operationId: 'listLiveResponseSessions',
          summary: "The CB server's Live Response sessions (the bridge's and analysts')",
          tags: TAGS,
          description: `502 liveresponse_error when the CB server fails. ${NOT_CONFIGURED}`,
        },
      },
      schema: { response: withErrors({ 200: sessionListSchema }) },
    },
    async () => ({ sessions: await answer(() => actions(ctx).sessions()) }),
  );

  app.delete<{ Params: { id: number } }>(
    '/api/v1/liveresponse/sessions/:id',
    {
      config: {
        doc: {
          operationId: 'closeLiveResponseSession',
          summary: 'Close a Live Response session on the CB server',
          tags: TAGS,
          description: `404 not_found for an unknown session. ${NOT_CONFIGURED}`,
        },
      },
      schema: {
        params: sessionParams,
        response: withErrors({
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['closed'],
            properties: { closed: { type: 'integer', description: 'The session id.' } },
          },
        }),
      },
    },
    async (request) => {
      await answer(() => actions(ctx).closeSession(request.params.id));
      return { closed: request.params.id };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/liveresponse/files/:id',
    {
      config: {
        produces: 'application/octet-stream',
        doc: {
          operationId: 'getLiveResponseFile',
          summary: 'A file a response action downloaded, streamed',
          tags: TAGS,
          description: `404 file_not_found (never downloaded, or deleted by the retention). ${NOT_CONFIGURED}`,
        },
      },
      schema: {
        params: fileParams,
        response: withErrors({ 200: { type: 'string', format: 'binary', description: "The file's bytes." } }),
      },
    },
    async (request, reply) => {
      const info = await actions(ctx).files.info(request.params.id);
      if (!info) throw new AdminError(404, 'file_not_found', `no downloaded file ${request.params.id}`);
      return reply
        .type('application/octet-stream')
        .header('content-length', info.bytes)
        .header('content-disposition', `attachment; filename="${request.params.id}.bin"`)
        .send(createReadStream(info.path));
    },
  );
}
