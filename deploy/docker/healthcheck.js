'use strict';
// The image's HEALTHCHECK: GET /healthz on the admin port inside the container, exit 0 when it
// answers 200. Reads the same CB_BRIDGE_ADMIN_* settings as the bridge; a probe on loopback does
// not verify the admin certificate (it talks to its own process).
const port = Number(process.env.CB_BRIDGE_ADMIN_PORT || 9464);
const tls = Boolean(process.env.CB_BRIDGE_ADMIN_TLS_CERT_FILE);
const client = require(tls ? 'node:https' : 'node:http');
const request = client.get(
  { host: '127.0.0.1', port, path: '/healthz', timeout: 4000, rejectUnauthorized: false },
  (res) => {
    res.resume();
    process.exitCode = res.statusCode === 200 ? 0 : 1;
  },
);
request.on('timeout', () => request.destroy(new Error('timed out')));
request.on('error', (err) => {
  process.stderr.write(`healthcheck: ${err.message}\n`);
  process.exitCode = 1;
});
