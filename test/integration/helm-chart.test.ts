/**
 * The Helm chart in helm/cb-event-bridge, with Helm v4 built from the Go module proxy
 * (scripts/tools.sh): `helm lint --strict` and `helm template` for the default values and every
 * ci/*.yaml value set; the rendered manifests validated offline against the Kubernetes schemas
 * (kubernetes-validate --strict); the Prometheus Operator objects, which those schemas do not
 * cover, checked here (the PrometheusRule's groups by promtool); the routes ConfigMap checked by
 * `cb-event-bridge check`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { runCli } from '../support/cli-run';
import { deployTool } from '../support/deploy-tools';

jest.setTimeout(900_000);

const ROOT = join(__dirname, '..', '..');
const CHART = join(ROOT, 'helm', 'cb-event-bridge');
const VALUE_SETS = [
  '(defaults)',
  ...readdirSync(join(CHART, 'ci'))
    .filter((f) => f.endsWith('.yaml'))
    .sort(),
];
const work = mkdtempSync(join(tmpdir(), 'cbb-helm-'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests of every kind
type AnySpec = any;

type Manifest = {
  kind: string;
  apiVersion: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: AnySpec;
  data?: Record<string, string>;
};

let helm: string;
let kubernetesValidate: string;
let promtool: string;

beforeAll(() => {
  helm = deployTool('helm');
  kubernetesValidate = deployTool('kubernetes-validate');
  promtool = deployTool('promtool');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function helmRun(args: string[]): { status: number | null; out: string; err: string } {
  // helm logs an INFO line for each symlinked file under files/ (the rules and dashboard in deploy/).
  const r = spawnSync(helm, args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      HELM_CACHE_HOME: join(work, 'cache'),
      HELM_CONFIG_HOME: join(work, 'config'),
      HELM_DATA_HOME: join(work, 'data'),
    },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

const valueArgs = (set: string): string[] => (set === '(defaults)' ? [] : ['-f', join(CHART, 'ci', set)]);

function render(set: string, extra: string[] = []): { text: string; manifests: Manifest[] } {
  const r = helmRun(['template', 'soc', CHART, '--namespace', 'edr', ...valueArgs(set), ...extra]);
  if (r.status !== 0) throw new Error(`helm template ${set} failed: ${r.err}`);
  const manifests = parseAllDocuments(r.out)
    .map((d) => d.toJS() as Manifest)
    .filter(Boolean);
  return { text: r.out, manifests };
}

const one = (manifests: Manifest[], kind: string): Manifest => {
  const found = manifests.filter((m) => m.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${found.length}`);
  return found[0];
};

describe.each(VALUE_SETS)('value set %s', (set) => {
  test('helm lint --strict passes', () => {
    const r = helmRun(['lint', '--strict', CHART, ...valueArgs(set)]);
    expect({ status: r.status, out: r.out }).toEqual({
      status: 0,
      out: expect.stringContaining('1 chart(s) linted, 0 chart(s) failed'),
    });
  });

  test('the rendered manifests are valid Kubernetes objects (kubernetes-validate --strict)', () => {
    const { text, manifests } = render(set);
    const file = join(work, `${set.replace(/[^a-z0-9.-]/gi, '_')}.yaml`);
    writeFileSync(file, text);
    const r = spawnSync(kubernetesValidate, ['--strict', file], { encoding: 'utf8' });
    const builtIn = manifests.filter((m) => !m.apiVersion.startsWith('monitoring.coreos.com/'));
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    for (const m of builtIn)
      expect(r.stdout).toContain(`passed for resource ${m.kind.toLowerCase()}/${m.metadata.name}`);
  });

  test('the Deployment: non-root, read-only root, no capabilities, probes, resources, secrets by reference only', () => {
    const { manifests } = render(set);
    expect(manifests.map((m) => m.kind)).not.toContain('Secret');
    const pod = one(manifests, 'Deployment').spec.template.spec;
    const c = pod.containers[0];
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(c.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'admin' });
    expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'admin' });
    expect(c.resources.requests).toEqual(
      expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
    );
    expect(c.resources.limits.memory).toBeDefined();
    const env = Object.fromEntries((c.env as Array<{ name: string; value?: string }>).map((e) => [e.name, e.value]));
    expect(env).toMatchObject({
      CB_BRIDGE_AMQP_URL_FILE: '/etc/cb-event-bridge/amqp/url',
      CB_BRIDGE_ADMIN_TOKEN_FILE: '/etc/cb-event-bridge/admin/token',
    });
    expect(env.CB_BRIDGE_AMQP_URL).toBeUndefined();
    expect(env.CB_BRIDGE_ADMIN_TOKEN).toBeUndefined();
    const mounts = (c.volumeMounts as Array<{ mountPath: string }>).map((m) => m.mountPath);
    expect(mounts).toEqual(expect.arrayContaining(['/etc/cb-event-bridge/routes', '/var/lib/cb-event-bridge', '/tmp']));
  });

  test('the routes the chart mounts pass `cb-event-bridge check`', async () => {
    const { manifests } = render(set);
    const cm = manifests.find((m) => m.kind === 'ConfigMap' && m.data?.['routes.yaml']);
    if (set === 'existing-configmap-values.yaml') {
      expect(cm).toBeUndefined();
      expect(one(manifests, 'Deployment').spec.template.metadata.annotations?.['checksum/routes']).toBeUndefined();
      return;
    }
    const file = join(work, `routes-${set}.yaml`);
    writeFileSync(file, cm!.data!['routes.yaml']);
    const r = await runCli(['check', '--config', file, '--skip-secrets']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  });

  test('the Prometheus Operator objects, when enabled: the rules pass promtool, the ServiceMonitor scrapes /metrics with the token', () => {
    const { manifests } = render(set);
    const rule = manifests.find((m) => m.kind === 'PrometheusRule');
    if (rule) {
      const file = join(work, `rules-${set}.yaml`);
      writeFileSync(file, stringify({ groups: rule.spec.groups }));
      const r = spawnSync(promtool, ['check', 'rules', file], { encoding: 'utf8' });
      expect({ status: r.status, out: r.stdout + r.stderr }).toEqual({
        status: 0,
        out: expect.stringContaining('SUCCESS'),
      });
    }
    const monitor = manifests.find((m) => m.kind === 'ServiceMonitor');
    if (monitor) {
      const service = one(manifests, 'Service');
      expect(monitor.spec.selector.matchLabels).toEqual(one(manifests, 'Deployment').spec.selector.matchLabels);
      expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(monitor.spec.endpoints[0].port);
      expect(monitor.spec.endpoints[0].path).toBe('/metrics');
      const publicMetrics = set === 'existing-configmap-values.yaml';
      expect(Boolean(monitor.spec.endpoints[0].authorization)).toBe(!publicMetrics);
    }
    const pdb = manifests.find((m) => m.kind === 'PodDisruptionBudget');
    if (pdb) expect(pdb.spec.selector.matchLabels).toEqual(one(manifests, 'Deployment').spec.selector.matchLabels);
  });
});

test('the ci value sets between them turn on every optional object', () => {
  const kinds = new Set(VALUE_SETS.flatMap((set) => render(set).manifests.map((m) => m.kind)));
  expect([...kinds].sort()).toEqual([
    'ConfigMap',
    'Deployment',
    'PersistentVolumeClaim',
    'PodDisruptionBudget',
    'PrometheusRule',
    'Service',
    'ServiceAccount',
    'ServiceMonitor',
    'StatefulSet',
  ]);
});

type EnvVar = { name: string; value?: string; valueFrom?: unknown };
type Volume = {
  name: string;
  secret?: { secretName: string; items?: Array<{ key: string; path: string }> };
  persistentVolumeClaim?: { claimName: string };
  emptyDir?: object;
};
const envOf = (m: Manifest): Record<string, EnvVar> =>
  Object.fromEntries((m.spec.template.spec.containers[0].env as EnvVar[]).map((e) => [e.name, e]));

describe('Live Response (ci/liveresponse-values.yaml)', () => {
  const LR = 'liveresponse-values.yaml';

  test('response actions run in exactly one StatefulSet of one pod with CB_BRIDGE_LR_ACTIONS=true; the Deployment never has it', () => {
    const { manifests } = render(LR);
    const sts = one(manifests, 'StatefulSet');
    const deployment = one(manifests, 'Deployment');
    expect(sts.spec).toMatchObject({ replicas: 1, podManagementPolicy: 'OrderedReady' });
    expect(envOf(sts).CB_BRIDGE_LR_ACTIONS).toEqual({ name: 'CB_BRIDGE_LR_ACTIONS', value: 'true' });
    expect(envOf(deployment).CB_BRIDGE_LR_ACTIONS).toBeUndefined();
    expect(deployment.spec.replicas).toBe(2);
    // The StatefulSet's selector does not match the Deployment's pods.
    const deploymentPodLabels = deployment.spec.template.metadata.labels as Record<string, string>;
    const stsSelector = sts.spec.selector.matchLabels as Record<string, string>;
    expect(Object.entries(stsSelector).every(([k, v]) => deploymentPodLabels[k] === v)).toBe(false);
    expect(sts.spec.template.metadata.labels).toMatchObject(stsSelector);
    // Both get the Live Response server, the token file and a data directory on the data volume.
    for (const m of [deployment, sts]) {
      expect(envOf(m)).toMatchObject({
        CB_BRIDGE_LR_URL: { value: 'https://cb.example.com' },
        CB_BRIDGE_LR_TOKEN_FILE: { value: '/etc/cb-event-bridge/liveresponse/token' },
        CB_BRIDGE_LR_CA_FILE: { value: '/etc/cb-event-bridge/liveresponse-ca/ca.crt' },
        CB_BRIDGE_LR_DATA_DIR: { value: '/var/lib/cb-event-bridge/liveresponse/$(POD_NAME)' },
        POD_NAME: { valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      });
      // $(POD_NAME) expands only when POD_NAME comes first.
      const names = (m.spec.template.spec.containers[0].env as EnvVar[]).map((e) => e.name);
      expect(names.indexOf('POD_NAME')).toBeLessThan(names.indexOf('CB_BRIDGE_LR_DATA_DIR'));
    }
  });

  test('the action pod has the Deployment pod spec: security context, probes, routes, checksum, Secret references', () => {
    const { manifests } = render(LR);
    const sts = one(manifests, 'StatefulSet');
    const deployment = one(manifests, 'Deployment');
    const strip = (m: Manifest): unknown => {
      const pod = structuredClone(m.spec.template.spec);
      const c = pod.containers[0];
      c.env = (c.env as EnvVar[]).filter((e) => e.name !== 'CB_BRIDGE_LR_ACTIONS');
      delete c.resources;
      pod.volumes = (pod.volumes as Volume[]).filter((v) => v.name !== 'data');
      return pod;
    };
    expect(strip(sts)).toEqual(strip(deployment));
    expect(sts.spec.template.metadata.annotations['checksum/routes']).toMatch(/^[0-9a-f]{64}$/);
    expect(sts.spec.template.metadata.annotations['checksum/routes']).toBe(
      deployment.spec.template.metadata.annotations['checksum/routes'],
    );
    expect(sts.spec.template.spec.containers[0].resources).toEqual({
      requests: { cpu: '100m', memory: '256Mi' },
      limits: { memory: '512Mi' },
    });
    const routes = (sts.spec.template.spec.volumes as Array<{ name: string; configMap?: { name: string } }>).find(
      (v) => v.name === 'routes',
    );
    expect(routes?.configMap?.name).toBe(
      manifests.find((m) => m.kind === 'ConfigMap' && m.data?.['routes.yaml'])!.metadata.name,
    );
  });

  test('the token and the CA come only from Secrets, mounted as files', () => {
    const { text, manifests } = render(LR);
    expect(manifests.map((m) => m.kind)).not.toContain('Secret');
    for (const m of [one(manifests, 'Deployment'), one(manifests, 'StatefulSet')]) {
      const env = envOf(m);
      expect(env.CB_BRIDGE_LR_TOKEN).toBeUndefined();
      const volumes = m.spec.template.spec.volumes as Volume[];
      expect(volumes.find((v) => v.name === 'liveresponse-token')?.secret).toEqual({
        secretName: 'cb-live-response',
        items: [{ key: 'api-token', path: 'token' }],
      });
      expect(volumes.find((v) => v.name === 'liveresponse-ca')?.secret).toEqual({
        secretName: 'cb-server-ca',
        items: [{ key: 'ca.pem', path: 'ca.crt' }],
      });
      const mounts = m.spec.template.spec.containers[0].volumeMounts as Array<{
        name: string;
        mountPath: string;
        readOnly?: boolean;
      }>;
      expect(mounts).toEqual(
        expect.arrayContaining([
          { name: 'liveresponse-token', mountPath: '/etc/cb-event-bridge/liveresponse', readOnly: true },
          { name: 'liveresponse-ca', mountPath: '/etc/cb-event-bridge/liveresponse-ca', readOnly: true },
        ]),
      );
    }
    expect(text).not.toMatch(/name: CB_BRIDGE_LR_TOKEN$/m);
  });

  test('the job ledger and files are on a persistent volume: a volumeClaimTemplate, or an existing claim', () => {
    const sts = one(render(LR).manifests, 'StatefulSet');
    expect(sts.spec.volumeClaimTemplates).toHaveLength(1);
    expect(sts.spec.volumeClaimTemplates[0]).toMatchObject({
      metadata: { name: 'data' },
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'fast-ssd',
        resources: { requests: { storage: '5Gi' } },
      },
    });
    expect((sts.spec.template.spec.volumes as Volume[]).map((v) => v.name)).not.toContain('data');
    expect(sts.spec.template.spec.containers[0].volumeMounts).toContainEqual({
      name: 'data',
      mountPath: '/var/lib/cb-event-bridge',
    });

    const existing = one(
      render(LR, ['--set', 'liveResponse.actions.persistence.existingClaim=cb-lr-ledger']).manifests,
      'StatefulSet',
    );
    expect(existing.spec.volumeClaimTemplates).toBeUndefined();
    expect((existing.spec.template.spec.volumes as Volume[]).find((v) => v.name === 'data')).toEqual({
      name: 'data',
      persistentVolumeClaim: { claimName: 'cb-lr-ledger' },
    });
  });

  test('without actions.enabled there is no StatefulSet, and the Deployment still gets the Live Response settings for the jobs API', () => {
    const { manifests } = render(LR, ['--set', 'liveResponse.actions.enabled=false']);
    expect(manifests.filter((m) => m.kind === 'StatefulSet')).toEqual([]);
    const env = envOf(one(manifests, 'Deployment'));
    expect(env.CB_BRIDGE_LR_URL?.value).toBe('https://cb.example.com');
    expect(env.CB_BRIDGE_LR_ACTIONS).toBeUndefined();
    expect(
      render('(defaults)').manifests.some(
        (m) => m.kind === 'StatefulSet' || JSON.stringify(m).includes('CB_BRIDGE_LR_'),
      ),
    ).toBe(false);
  });

  test('incomplete Live Response values stop the render, naming the value to set', () => {
    const noUrl = helmRun(['template', 'soc', CHART, '-f', join(CHART, 'ci', LR), '--set', 'liveResponse.url=']);
    expect({ status: noUrl.status, err: noUrl.err }).toEqual({
      status: 1,
      err: expect.stringContaining('liveResponse.url: set the CB server URL'),
    });
    const noToken = helmRun([
      'template',
      'soc',
      CHART,
      '-f',
      join(CHART, 'ci', LR),
      '--set',
      'liveResponse.token.secretName=',
    ]);
    expect(noToken.err).toContain('liveResponse.token.secretName: name the Secret');
    const actionsOnly = helmRun(['template', 'soc', CHART, '--set', 'liveResponse.actions.enabled=true']);
    expect(actionsOnly.err).toContain('liveResponse.actions.enabled: response actions need liveResponse.enabled=true');
    const typo = helmRun(['template', 'soc', CHART, '--set', 'liveResponse.actions.replicas=2']);
    expect(typo.err).toContain("additional properties 'replicas' not allowed");
  });
});

test('a change of routes changes the checksum annotation, so the pods roll', () => {
  const checksum = (extra: string[]): string =>
    one(render('(defaults)', extra).manifests, 'Deployment').spec.template.metadata.annotations['checksum/routes'];
  const before = checksum([]);
  expect(before).toMatch(/^[0-9a-f]{64}$/);
  const changed = join(work, 'changed-routes.yaml');
  writeFileSync(
    changed,
    stringify({ routes: { routes: [{ name: 'renamed', match: ['#'], sinks: [{ type: 'stdout' }] }] } }),
  );
  expect(checksum(['-f', changed])).not.toBe(before);
  expect(checksum(['--set', 'bridge.logLevel=debug'])).toBe(before);
});

test('values that break the schema, and missing secret names, stop the render with a message naming the value', () => {
  const typo = helmRun(['template', 'soc', CHART, '--set', 'bridge.queueTyp=quorum']);
  expect(typo.status).not.toBe(0);
  expect(typo.err).toContain("additional properties 'queueTyp' not allowed");
  const badEnum = helmRun(['template', 'soc', CHART, '--set', 'bridge.queueType=stream']);
  expect(badEnum.err).toContain('/bridge/queueType');
  const noSecret = helmRun(['template', 'soc', CHART, '--set', 'secrets.amqpUrl.name=']);
  expect(noSecret.status).not.toBe(0);
  expect(noSecret.err).toContain("at '/secrets/amqpUrl/name'");
});
