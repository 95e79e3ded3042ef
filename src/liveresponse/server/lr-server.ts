import { Buffer } from 'node:buffer';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { LrServerRefusal, LrServerState } from './lr-state';
import type { SensorsFile } from './sensors-file';

export interface LrServerOptions {
  /** The X-Auth-Token clients must send. */
  token: string;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Serve HTTPS with this certificate and key (PEM), as a CB server does. */
  tls?: { cert: Buffer; key: Buffer };
}

type Params = { id: string; cmd: string; file: string };

function sameToken(given: unknown, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const g = Buffer.from(given);
  return g.length === expected.length && timingSafeEqual(g, expected);
}

function idParam(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new LrServerRefusal(404, `${what} '${value}' not found`);
  return n;
}

function bodyObject(req: FastifyRequest): Record<string, unknown> {
  const b = req.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b))
    throw new LrServerRefusal(400, 'the body must be a JSON object');
  return b as Record<string, unknown>;
}

/**
 * An emulated CB server's Live Response API over HTTP (Fastify), backed by LrServerState:
 * X-Auth-Token auth (401), 412 when Live Response is disabled, 404 for unknown ids.
 */
export class LrServer {
  readonly state: LrServerState;
  private readonly app: FastifyInstance;
  private readonly token: Buffer;

  constructor(
    sensors: SensorsFile,
    private readonly options: LrServerOptions,
  ) {
    if (!options.token) throw new Error('lr-server needs a token');
    this.state = new LrServerState(sensors);
    this.token = Buffer.from(options.token);
    this.app = (options.tls
      ? Fastify({ logger: false, bodyLimit: 1024 * 1024, https: { cert: options.tls.cert, key: options.tls.key } })
      : Fastify({ logger: false, bodyLimit: 1024 * 1024 })) as unknown as FastifyInstance;
    void this.app.register(multipart, { limits: { fileSize: this.state.behaviour.max_upload_bytes, files: 1 } });
    this.app.addHook('onRequest', async (req, reply) => {
      if (!sameToken(req.headers['x-auth-token'], this.token))
        return reply.code(401).send({ reason: 'invalid or missing X-Auth-Token' });
      if (!this.state.behaviour.live_response_enabled)
        return reply.code(412).send({ reason: 'Live Response is disabled on this server' });
      return undefined;
    });
    this.app.setErrorHandler((err, _req, reply) => {
      if (err instanceof LrServerRefusal) return reply.code(err.status).send({ reason: err.reason });
      const status = (err as { statusCode?: number }).statusCode ?? 500;
      return reply.code(status).send({ reason: (err as Error).message });
    });
    this.app.setNotFoundHandler((req, reply) =>
      reply.code(404).send({ reason: `no such resource: ${req.method} ${req.url.split('?')[0]}` }),
    );
    this.routes();
  }

  private routes(): void {
    const app = this.app;
    const s = this.state;
    const base = '/api/v1/cblr/session';
    app.get(base, async () => s.listSessions());
    app.post(base, async (req: FastifyRequest<{ Querystring: { wait?: string } }>) => {
      const { session, settled } = s.createSession(bodyObject(req));
      if (req.query.wait === 'true' || req.query.wait === 'True') await settled;
      return session;
    });
    app.get(`${base}/:id`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.getSession(idParam(req.params.id, 'session')),
    );
    app.put(`${base}/:id`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.updateSession(idParam(req.params.id, 'session'), bodyObject(req)),
    );
    app.get(`${base}/:id/keepalive`, async (req: FastifyRequest<{ Params: Params }>) => {
      s.keepalive(idParam(req.params.id, 'session'));
      return { status: 'OK' };
    });
    app.get(`${base}/:id/archive`, async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const id = idParam(req.params.id, 'session');
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="session-${id}.zip"`)
        .send(s.archive(id));
    });

    app.get(
      `${base}/:id/command`,
      async (req: FastifyRequest<{ Params: Params; Querystring: { status?: string; count?: string } }>) => {
        const count = req.query.count === undefined ? undefined : Number(req.query.count);
        return s.listCommands(
          idParam(req.params.id, 'session'),
          req.query.status,
          Number.isInteger(count) ? count : undefined,
        );
      },
    );
    app.post(`${base}/:id/command`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.createCommand(idParam(req.params.id, 'session'), bodyObject(req)),
    );
    app.get(`${base}/:id/command/:cmd`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.getCommand(idParam(req.params.id, 'session'), idParam(req.params.cmd, 'command')),
    );
    app.put(`${base}/:id/command/:cmd`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.updateCommand(idParam(req.params.id, 'session'), idParam(req.params.cmd, 'command'), bodyObject(req)),
    );

    app.get(`${base}/:id/file`, async (req: FastifyRequest<{ Params: Params }>) =>
      s.listFiles(idParam(req.params.id, 'session')),
    );
    app.post(`${base}/:id/file`, async (req: FastifyRequest<{ Params: Params }>) => {
      const sessionId = idParam(req.params.id, 'session');
      if (!req.isMultipart())
        throw new LrServerRefusal(400, "upload a file as multipart/form-data in the field 'file'");
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw new LrServerRefusal(400, "upload a file as multipart/form-data in the field 'file'");
      const data = await part.toBuffer();
      return s.uploadFile(sessionId, part.filename || 'upload', data);
    });
    app.get(
      `${base}/:id/file/:file`,
      async (req: FastifyRequest<{ Params: Params }>) =>
        s.file(idParam(req.params.id, 'session'), idParam(req.params.file, 'file')).info,
    );
    app.put(`${base}/:id/file/:file`, async (req: FastifyRequest<{ Params: Params }>) => {
      const [sessionId, fileId] = [idParam(req.params.id, 'session'), idParam(req.params.file, 'file')];
      const body = bodyObject(req);
      const info = s.file(sessionId, fileId).info;
      if (body.delete === true || body.delete === 'true') s.deleteFile(sessionId, fileId);
      return info;
    });
    app.delete(`${base}/:id/file/:file`, async (req: FastifyRequest<{ Params: Params }>) => {
      s.deleteFile(idParam(req.params.id, 'session'), idParam(req.params.file, 'file'));
      return {};
    });
    app.get(`${base}/:id/file/:file/content`, async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
      const f = s.file(idParam(req.params.id, 'session'), idParam(req.params.file, 'file'));
      return reply.header('content-type', 'application/octet-stream').send(f.data);
    });
  }

  /** Starts listening; answers the base URL (http[s]://host:port). */
  async listen(): Promise<string> {
    await this.app.listen({ host: this.options.host ?? '127.0.0.1', port: this.options.port ?? 0 });
    const addr = this.app.server.address() as AddressInfo;
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    return `${this.options.tls ? 'https' : 'http'}://${host}:${addr.port}`;
  }

  async close(): Promise<void> {
    this.state.stop();
    await this.app.close();
  }
}
