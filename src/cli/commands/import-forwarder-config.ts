import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ForwarderConfigError, importForwarderConfig, type ForwarderImport } from '../../config/forwarder-config';
import { parseRoutes } from '../../config/routes-file';
import { RoutesConfigError, formatProblem, type ConfigProblem } from '../../config/routes-config-error';
import { CliError } from '../cli-error';

export const IMPORT_FORWARDER_USAGE = `Usage:
  cb-event-bridge import-forwarder-config FILE [--out DIR] [--secrets-dir PATH] [--force]
Reads a CB event forwarder configuration (cb-event-forwarder.conf, INI) and writes what the bridge
reads instead:
  DIR/routes.yaml     the forwarder's event selections, format and output as routes
  DIR/bridge.env      process settings (CB_BRIDGE_*), one per line
  DIR/secrets/        the broker URL, HEC token, passwords (mode 0600), referred to as files
Every forwarder setting that is not carried over is listed on stdout with the reason.
Options:
  --out DIR           where to write (default: the current folder)
  --secrets-dir PATH  the folder the routes and settings name for the secrets, where you will
                      install DIR/secrets/ (default: DIR/secrets as an absolute path)
  --force             overwrite files that exist
docs/migrating-from-the-forwarder.md explains the differences.`;

const SECRET_REF = /@secret:([a-z-]+)/g;

function envText(result: ForwarderImport, secretsDir: string, source: string): string {
  const lines = [
    `# cb-event-bridge settings imported from ${source}`,
    '# Load with: set -a; . ./bridge.env; set +a   (or a systemd EnvironmentFile=, or a container env file)',
  ];
  for (const e of result.env) {
    if (e.comment) lines.push(`# from ${e.comment}`);
    const value = e.value.replace(SECRET_REF, (_m, name: string) => join(secretsDir, name));
    lines.push(`${e.name}=${/^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`}`);
  }
  return `${lines.join('\n')}\n`;
}

function routesText(result: ForwarderImport, secretsDir: string, source: string): string {
  // Routes hold ${file:...} references, never the secret values.
  const routes = JSON.parse(
    JSON.stringify(result.routes).replace(SECRET_REF, (_m, name: string) => `\${file:${join(secretsDir, name)}}`),
  ) as ForwarderImport['routes'];
  const header = [
    `# Routes imported from the CB event forwarder configuration ${source}.`,
    '# Check with: cb-event-bridge check --config routes.yaml',
    ...(result.notes.length > 0
      ? ['#', "# Not carried over (see also the command's output):", ...result.notes.map((n) => `#   - ${n}`)]
      : []),
    '',
  ];
  return `${header.join('\n')}${stringify(routes)}`;
}

/**
 * A TLS file the routes name (a [syslog] ca_cert, client_cert, client_key) that is not on this
 * machine: the routes are right, the file has to be installed where the bridge runs.
 */
const missingTlsFile = (p: ConfigProblem): boolean =>
  /\.tls\.(ca|cert|key)$/.test(p.path) && /cannot read .*: ENOENT$/.test(p.message);

function writeNew(path: string, text: string, force: boolean, mode = 0o644): void {
  if (existsSync(path) && !force)
    throw new CliError(`import-forwarder-config: ${path} exists; pass --force to overwrite it`, 1);
  writeFileSync(path, text, { mode });
  chmodSync(path, mode);
}

/** `cb-event-bridge import-forwarder-config FILE`. */
export async function runImportForwarderConfig(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: '.' },
      'secrets-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${IMPORT_FORWARDER_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    throw new CliError(`import-forwarder-config: give one forwarder configuration file\n${IMPORT_FORWARDER_USAGE}`);
  const source = positionals[0];
  let raw: string;
  try {
    raw = readFileSync(source, 'utf8');
  } catch (err) {
    throw new CliError(
      `import-forwarder-config: ${source} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      1,
    );
  }
  let result: ForwarderImport;
  try {
    result = importForwarderConfig(raw);
  } catch (err) {
    if (err instanceof ForwarderConfigError) throw new CliError(`import-forwarder-config: ${source} ${err.message}`, 1);
    throw err;
  }
  const out = resolve(values.out);
  const secretsDir = resolve(values['secrets-dir'] ?? join(out, 'secrets'));
  let routes = routesText(result, secretsDir, source);
  try {
    // The secret files are written below; where the routes will read them from may not exist here.
    parseRoutes(routes, join(out, 'routes.yaml'), { secrets: 'skip' });
  } catch (err) {
    if (!(err instanceof RoutesConfigError)) throw err;
    const rejected = err.problems.filter((p) => !missingTlsFile(p));
    if (rejected.length > 0)
      throw new CliError(
        `import-forwarder-config: the settings of ${source} give routes the bridge rejects: ${rejected.map(formatProblem).join('; ')}`,
        1,
      );
    for (const p of err.problems)
      result.notes.push(
        `${p.path}: ${p.message.replace(/^[\w.]+: /, '')}; install the file there (or change the path) before \`check\` and \`run\``,
      );
    routes = routesText(result, secretsDir, source);
  }
  mkdirSync(out, { recursive: true });
  writeNew(join(out, 'routes.yaml'), routes, values.force);
  writeNew(join(out, 'bridge.env'), envText(result, secretsDir, source), values.force);
  const secretNames = Object.keys(result.secrets);
  if (secretNames.length > 0) {
    mkdirSync(join(out, 'secrets'), { recursive: true, mode: 0o700 });
    for (const name of secretNames)
      writeNew(join(out, 'secrets', name), `${result.secrets[name]}\n`, values.force, 0o600);
  }
  const lines = [
    `wrote ${join(out, 'routes.yaml')} (${result.routes.routes.map((r) => `route ${String(r.name)}: ${(r.match as string[]).join(', ')}`).join('; ')})`,
    `wrote ${join(out, 'bridge.env')} (${result.env.map((e) => e.name).join(', ') || 'no settings'})`,
    ...(secretNames.length > 0
      ? [
          `wrote ${secretNames.length} secret file(s) to ${join(out, 'secrets')} (mode 0600: ${secretNames.join(', ')}); the routes and settings refer to them in ${secretsDir}`,
        ]
      : []),
    ...(result.notes.length > 0
      ? [`not carried over (${result.notes.length}):`, ...result.notes.map((n) => `  - ${n}`)]
      : ['every setting was carried over']),
  ];
  stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
