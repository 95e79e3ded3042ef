import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One message as rsyslog parsed it (its own RFC 5424 parser), written by the template below. */
export interface RsyslogMessage {
  pri: number;
  timestamp: string;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  structuredData: string;
  msg: string;
}

const FIELDS = 7;
const TEMPLATE =
  '%pri%|%timereported:::date-rfc3339%|%hostname%|%app-name%|%procid%|%msgid%|%structured-data%|%msg%\\n';

/** Why a test that needs rsyslogd cannot run, and what installs it. */
export const RSYSLOGD_MISSING =
  "rsyslogd is not installed: run `bash scripts/tools.sh rsyslog` (Debian's rsyslog and rsyslog-openssl, without starting the system service)";

/**
 * The test function for a test that needs rsyslogd: `test` when it is installed; when it is not,
 * `test` again under CI=true (the test then fails with RSYSLOGD_MISSING, a missing collector never
 * passes CI as a skip), `test.skip` elsewhere.
 */
export function rsyslogTest(binary: string | null): jest.It {
  return binary !== null || process.env.CI === 'true' ? test : test.skip;
}

/** Where Debian installs rsyslogd (apt-get install rsyslog rsyslog-openssl), or null. */
export function rsyslogd(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v rsyslogd'], { encoding: 'utf8' }).stdout.trim();
  return found !== '' && existsSync(found) ? found : null;
}

async function freeTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
  const { port } = socket.address();
  await new Promise<void>((r) => socket.close(() => r()));
  return port;
}

async function listening(port: number, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Debian's rsyslogd as an unprivileged-port collector for one test: its own config, work directory
 * and output file in a temporary directory, listening on 127.0.0.1 for plain TCP, TLS (the
 * openssl stream driver with the test CA's server certificate) and UDP, writing each message it
 * parsed as `PRI|TIMESTAMP|HOSTNAME|APP-NAME|PROCID|MSGID|SD|MSG`. It runs in the foreground (-n)
 * as the test's child; no system daemon, socket or file is touched.
 */
export class RsyslogCollector {
  tcpPort = 0;
  tlsPort = 0;
  udpPort = 0;
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'cbb-rsyslog-'));
  log = '';

  constructor(
    private readonly binary: string,
    private readonly pem: { ca: string; cert: string; key: string },
  ) {}

  get output(): string {
    return join(this.dir, 'received.log');
  }

  async start(): Promise<void> {
    [this.tcpPort, this.tlsPort, this.udpPort] = [await freeTcpPort(), await freeTcpPort(), await freeUdpPort()];
    const conf = join(this.dir, 'rsyslog.conf');
    writeFileSync(
      conf,
      [
        `global(workDirectory="${this.dir}" defaultNetstreamDriverCAFile="${this.pem.ca}" defaultNetstreamDriverCertFile="${this.pem.cert}" defaultNetstreamDriverKeyFile="${this.pem.key}" maxMessageSize="64k")`,
        'module(load="imtcp")',
        'module(load="imudp")',
        `input(type="imtcp" address="127.0.0.1" port="${this.tcpPort}")`,
        `input(type="imtcp" address="127.0.0.1" port="${this.tlsPort}" streamDriver.name="ossl" streamDriver.mode="1" streamDriver.authMode="anon")`,
        `input(type="imudp" address="127.0.0.1" port="${this.udpPort}")`,
        `template(name="fields" type="string" string="${TEMPLATE}")`,
        `action(type="omfile" file="${this.output}" template="fields" flushInterval="0" asyncWriting="off")`,
        '',
      ].join('\n'),
    );
    this.child = spawn(this.binary, ['-n', '-f', conf, '-i', join(this.dir, 'rsyslogd.pid')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => {
      this.log += d.toString();
    });
    this.child.stderr!.on('data', (d: Buffer) => {
      this.log += d.toString();
    });
    const up = (await listening(this.tcpPort, 10_000)) && (await listening(this.tlsPort, 5_000));
    if (!up) throw new Error(`rsyslogd did not start listening:\n${this.log}`);
  }

  /** What rsyslog wrote so far, each line taken apart at its first seven '|' (MSG may hold more). */
  messages(): RsyslogMessage[] {
    if (!existsSync(this.output)) return [];
    return readFileSync(this.output, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((line) => {
        const parts: string[] = [];
        let rest = line;
        for (let i = 0; i < FIELDS; i++) {
          const bar = rest.indexOf('|');
          parts.push(rest.slice(0, bar));
          rest = rest.slice(bar + 1);
        }
        const [pri, timestamp, hostname, appName, procId, msgId, structuredData] = parts;
        return { pri: Number(pri), timestamp, hostname, appName, procId, msgId, structuredData, msg: rest };
      });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  }
}
