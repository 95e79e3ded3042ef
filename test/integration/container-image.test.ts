/**
 * The container image without a Docker engine: hadolint lints the Dockerfile, and the runtime
 * stage's file set is assembled by carrying out the Dockerfile's own instructions (WORKDIR, COPY,
 * COPY --from, RUN, ENV) into a folder that stands for the image's root, then the bridge is started
 * from there as the image's ENTRYPOINT + CMD would start it: under tini, as uid/gid 1000, with the
 * image's environment and working directory, until /readyz answers.
 *
 * What stands in for the image: the `build` stage is this checkout after `npm run build` (the
 * stage runs that same command); the `deps` stage's `npm ci --omit=dev` runs for real in a fresh
 * folder; the runtime stage's apt-get lines (tini) are the host's tini (scripts/tools.sh); node is
 * the host's Node, not the image's.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { waitFor } from '../support/broker';
import { deployTool } from '../support/deploy-tools';
import { freePort } from '../support/test-services';
import { TestVhost } from '../support/vhost';

const ROOT = join(__dirname, '..', '..');
const DOCKERFILE = join(ROOT, 'Dockerfile');
const IMAGE_UID = 1000;
const IMAGE_GID = 1000;

interface Instruction {
  op: string;
  args: string;
  line: number;
}
interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's instructions by stage: continuation lines joined, comments and parser directives dropped. */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i++;
      if (/^\s*#/.test(lines[i])) {
        line = `${line.slice(0, -1)}\\`;
        continue;
      }
      line = `${line.slice(0, -1)} ${lines[i].trim()}`;
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile:${start}: cannot read '${line}'`);
    const op = m[1].toUpperCase();
    const rest = m[2].trim();
    if (op === 'FROM') {
      const as = /\s+AS\s+(\S+)$/i.exec(rest);
      stages.push({ name: as ? as[1] : `stage-${stages.length}`, instructions: [] });
    } else if (stages.length === 0) {
      if (op !== 'ARG') throw new Error(`Dockerfile:${start}: ${op} before FROM`);
      const [k, v = ''] = rest.split('=');
      args[k] = v;
    } else {
      stages[stages.length - 1].instructions.push({ op, args: rest, line: start });
    }
  }
  return { args, stages };
}

/** `["a", "b"]` (exec form) or `a b` (shell form) as a list of words. */
const words = (args: string): string[] => (args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/));

/** ENV k=v k2=v2 (quotes not used in this Dockerfile). */
function envPairs(args: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of args.split(/\s+/)) {
    const eq = pair.indexOf('=');
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Commands of a RUN line that change the operating system, not the files the image is made of. */
const SYSTEM_COMMAND = /^(apt-get\s|rm -rf \/var\/lib\/apt\b)/;

/**
 * Carries out one stage into `root` (a folder standing for the stage's `/`). `stageRoots` maps
 * earlier stages to their folders; `runEnv` is added to RUN commands' environment.
 */
function assembleStage(
  stage: Stage,
  root: string,
  stageRoots: Record<string, string>,
  runEnv: Record<string, string>,
): { workdir: string; env: Record<string, string>; entrypoint: string[]; cmd: string[] } {
  let workdir = '/';
  const env: Record<string, string> = {};
  let entrypoint: string[] = [];
  let cmd: string[] = [];
  const inRoot = (p: string, base = root): string => join(base, posix.resolve(workdir, p));
  mkdirSync(root, { recursive: true });
  for (const ins of stage.instructions) {
    switch (ins.op) {
      case 'WORKDIR':
        workdir = posix.resolve(workdir, ins.args);
        mkdirSync(inRoot('.'), { recursive: true });
        break;
      case 'COPY': {
        const parts = words(ins.args);
        const from = parts[0].startsWith('--from=') ? parts.shift()!.slice('--from='.length) : null;
        const dest = parts.pop()!;
        for (const src of parts) {
          const source = from ? inRootOf(stageRoots[from], src) : join(ROOT, src);
          if (!existsSync(source)) throw new Error(`Dockerfile:${ins.line}: COPY source ${source} does not exist`);
          const target =
            dest.endsWith('/') && !statSync(source).isDirectory()
              ? join(inRoot(dest), posix.basename(src))
              : inRoot(dest);
          mkdirSync(dirname(target), { recursive: true });
          cpSync(source, target, { recursive: true, dereference: false, filter: (s) => !s.endsWith('.test.ts') });
        }
        break;
      }
      case 'RUN':
        for (const command of ins.args.split(/\s+&&\s+/)) {
          if (SYSTEM_COMMAND.test(command)) continue;
          // Absolute paths are the image's: move them under the stage root.
          const local = command.replace(
            /(^|\s)(\/(etc|var|opt)\/\S*)/g,
            (_m, sp: string, p: string) => `${sp}${join(root, p)}`,
          );
          const r = spawnSync('bash', ['-c', local], {
            cwd: inRoot('.'),
            env: { ...process.env, ...runEnv },
            encoding: 'utf8',
            timeout: 300_000,
          });
          if (r.status !== 0)
            throw new Error(
              `Dockerfile:${ins.line}: '${command}' failed (${r.status ?? r.error?.message}): ${r.stderr.slice(-2000)}`,
            );
        }
        break;
      case 'ENV':
        Object.assign(env, envPairs(ins.args));
        break;
      case 'ENTRYPOINT':
        entrypoint = words(ins.args);
        break;
      case 'CMD':
        cmd = words(ins.args);
        break;
      default:
        break; // ARG, VOLUME, USER, EXPOSE, HEALTHCHECK: read by the test itself
    }
  }
  return { workdir, env, entrypoint, cmd };
}

const inRootOf = (root: string, p: string): string => join(root, p);

const dockerfileText = readFileSync(DOCKERFILE, 'utf8');
const parsed = parseDockerfile(dockerfileText);
const runtime = parsed.stages[parsed.stages.length - 1];
const instruction = (op: string): Instruction | undefined => runtime.instructions.find((i) => i.op === op);

describe('Dockerfile', () => {
  test('hadolint finds nothing to report', () => {
    const hadolint = deployTool('hadolint');
    const r = spawnSync(hadolint, ['--no-color', DOCKERFILE], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 300_000); // time to install hadolint when absent

  test("stages and the runtime stage's promises: slim Node LTS, non-root, tini, healthcheck, config and data paths", () => {
    expect(parsed.stages.map((s) => s.name)).toEqual(['build', 'deps', 'stage-2']);
    expect(parsed.args.NODE_IMAGE).toMatch(/^node:24-[a-z]+-slim$/);
    expect(instruction('USER')?.args).toBe(`${IMAGE_UID}:${IMAGE_GID}`);
    expect(words(instruction('ENTRYPOINT')!.args).slice(0, 2)).toEqual(['tini', '--']);
    expect(instruction('HEALTHCHECK')?.args).toContain('healthcheck.js');
    expect(instruction('VOLUME')?.args).toContain('/var/lib/cb-event-bridge');
    expect(envPairs(instruction('ENV')!.args).CB_BRIDGE_ROUTES).toBe('/etc/cb-event-bridge/routes.yaml');
    const build = parsed.stages[0].instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(build).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
  });
});

describe("the runtime stage's file set, started as the image starts it", () => {
  const work = mkdtempSync(join(tmpdir(), 'cbb-image-'));
  const rootfs = join(work, 'rootfs');
  const vhost = TestVhost.create(`t-image-${process.pid}`);
  let child: ChildProcess | null = null;
  let logs = '';
  let image: ReturnType<typeof assembleStage>;

  beforeAll(() => {
    deployTool('tini');
    chmodSync(work, 0o755);
    const distMain = join(ROOT, 'dist', 'src', 'cli', 'main.js');
    if (!existsSync(distMain))
      throw new Error(`${distMain} is missing: the build stage is this checkout after 'npm run build'; run it first`);
    const roots: Record<string, string> = { build: join(work, 'build') };
    // The build stage ran `npm run build` in /src: its /src is this checkout.
    mkdirSync(roots.build);
    cpSync(join(ROOT, 'dist'), join(roots.build, 'src', 'dist'), { recursive: true });
    const npmCache = join(work, 'npm-cache'); // a fresh cache: `npm cache clean` must not touch the user's
    roots.deps = join(work, 'deps');
    assembleStage(parsed.stages[1], roots.deps, roots, { npm_config_cache: npmCache });
    image = assembleStage(runtime, rootfs, roots, { npm_config_cache: npmCache });
  }, 600_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
    }
    vhost.delete();
    rmSync(work, { recursive: true, force: true });
  });

  test('holds the production dependencies only, the build output, schemas and the example configs; the data folder belongs to uid 1000', () => {
    const app = join(rootfs, 'opt', 'cb-event-bridge');
    expect(existsSync(join(app, 'dist', 'src', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(app, 'dist', 'src', 'admin', 'status-page', 'index.html'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'fastify'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'jest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(app, 'schemas', 'routes.schema.json'))).toBe(true);
    expect(existsSync(join(rootfs, 'etc', 'cb-event-bridge', 'examples', 'routes.example.yaml'))).toBe(true);
    expect(statSync(join(rootfs, 'var', 'lib', 'cb-event-bridge')).uid).toBe(IMAGE_UID);
    expect(image.workdir).toBe('/var/lib/cb-event-bridge');
  });

  test('the entrypoint runs the bridge as uid 1000 until /readyz answers; the healthcheck passes; SIGHUP reloads and SIGTERM drains through tini', async () => {
    const etc = join(rootfs, 'etc', 'cb-event-bridge');
    writeFileSync(
      join(etc, 'routes.yaml'),
      [
        'routes:',
        '  - name: archive',
        '    match: ["ingress.event.#"]',
        '    sinks: [{ type: file, path: events.jsonl }]',
        '',
      ].join('\n'),
    );
    writeFileSync(join(etc, 'admin-token'), 'image-test-token\n');
    // Absolute paths of the image (ENTRYPOINT, ENV) live under rootfs here; `node` is the host's.
    const local = (p: string): string => (p.startsWith('/') ? join(rootfs, p) : p);
    const argv = [...image.entrypoint, ...image.cmd].map((w) => (w === 'node' ? process.execPath : local(w)));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      ...Object.fromEntries(Object.entries(image.env).map(([k, v]) => [k, local(v)])),
      // Test settings: the test vhost, exchanges declared (no CB server here), loopback and a free port.
      CB_BRIDGE_AMQP_URL: vhost.amqpUrl,
      CB_BRIDGE_DECLARE_EXCHANGES: 'true',
      CB_BRIDGE_QUEUE_PREFIX: `t-image-${process.pid}`,
      CB_BRIDGE_ADMIN_HOST: '127.0.0.1',
      // The admin API's port 0 means "off": a free port is picked instead.
      CB_BRIDGE_ADMIN_PORT: String(await freePort()),
      // Not PID 1 here: tini registers as a subreaper instead, as it reaps in the image.
      TINI_SUBREAPER: '1',
      CB_BRIDGE_ADMIN_TOKEN_FILE: join(etc, 'admin-token'),
    };
    child = spawn(argv[0], argv.slice(1), {
      cwd: local(image.workdir),
      env,
      uid: IMAGE_UID,
      gid: IMAGE_GID,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => {
      logs += d.toString();
    });
    child.stderr!.on('data', (d: Buffer) => {
      logs += d.toString();
    });

    const url = `http://127.0.0.1:${env.CB_BRIDGE_ADMIN_PORT}`;
    const listening = await waitFor(() => logs.includes('admin API listening') || child!.exitCode !== null, 30_000);
    expect({
      listening,
      exit: child.exitCode,
      logs: logs.includes('admin API listening') ? '' : logs.slice(-2000),
    }).toEqual({ listening: true, exit: null, logs: '' });

    const ready = await waitFor(
      async () => (await fetch(`${url}/readyz`).catch(() => null))?.status === 200,
      30_000,
      200,
    );
    expect({ ready, logs: ready ? '' : logs.slice(-2000) }).toEqual({ ready: true, logs: '' });

    const health = spawnSync(process.execPath, [local('/opt/cb-event-bridge/healthcheck.js')], {
      env,
      uid: IMAGE_UID,
      gid: IMAGE_GID,
      encoding: 'utf8',
    });
    expect({ status: health.status, stderr: health.stderr }).toEqual({ status: 0, stderr: '' });

    // The process tree: tini (pid of the child) runs node as uid 1000.
    const nodePid = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim();
    expect(statSync(`/proc/${nodePid}`).uid).toBe(IMAGE_UID);

    child.kill('SIGHUP');
    expect(await waitFor(() => logs.includes('routes reloaded'), 15_000)).toBe(true);

    const exit = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(logs).not.toContain('image-test-token');
  }, 90_000);
});
