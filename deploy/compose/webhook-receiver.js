'use strict';
// The compose demo's webhook receiver: checks each request's Standard Webhooks signature with the
// secret the bridge signs with, answers 204 (or 401 for a bad or missing signature, 400 for a body
// that is not JSON), and logs one line per request. GET /stats answers the counts so far.
//   PORT (default 8080), WEBHOOK_SECRET_FILE (a file holding whsec_<base64>)
const { Buffer } = require('node:buffer');
const { createHmac, timingSafeEqual } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { createServer } = require('node:http');

const secret = readFileSync(process.env.WEBHOOK_SECRET_FILE || '/run/secrets/webhook_secret', 'utf8').trim();
if (!secret.startsWith('whsec_')) {
  process.stderr.write('webhook-receiver: the secret must be whsec_<base64>\n');
  process.exit(2);
}
const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
const MAX_SKEW_S = 300;
const stats = { requests: 0, events: 0, rejected: 0 };

function signatureOk(headers, body) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = String(headers['webhook-signature'] || '').split(' ');
  if (!id || !timestamp || Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_SKEW_S) return false;
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  return signatures.some((s) => {
    const given = Buffer.from(s.startsWith('v1,') ? s.slice(3) : '', 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    stats.requests++;
    if (!signatureOk(req.headers, body)) {
      stats.rejected++;
      res.writeHead(401).end();
      return;
    }
    let events;
    try {
      const parsed = JSON.parse(body.toString('utf8'));
      events = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      res.writeHead(400).end('not JSON');
      return;
    }
    stats.events += events.length;
    const types = [...new Set(events.map((e) => e && e.type))].join(',');
    process.stdout.write(
      `${JSON.stringify({ at: new Date().toISOString(), id: req.headers['webhook-id'], path: req.url, events: events.length, types })}\n`,
    );
    res.writeHead(204).end();
  });
});
server.listen(Number(process.env.PORT || 8080), process.env.HOST || '0.0.0.0', () => {
  process.stdout.write(`webhook-receiver listening on ${JSON.stringify(server.address())}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
