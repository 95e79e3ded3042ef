import { Buffer } from 'node:buffer';
import Long from 'long';
import { cbbridge } from '../codecs/protobuf/generated/cb-sensor-events';
import { Random } from './random';

const S = cbbridge.sensor;
const FILETIME_UNIX_OFFSET = 11644473600n;

/** Unix milliseconds to a FILETIME Long. */
export function filetimeFromUnixMs(ms: number): Long {
  const ticks =
    (BigInt(Math.trunc(ms)) / 1000n + FILETIME_UNIX_OFFSET) * 10_000_000n + (BigInt(Math.trunc(ms)) % 1000n) * 10_000n;
  return Long.fromString(ticks.toString(), false);
}

export const HOST_NAMES = ['WIN-FIN-0231', 'WIN-HR-0017', 'SRV-DC01', 'SRV-SQL02', 'LAPTOP-ENG-88', 'WIN-OPS-4410'];
const IMAGES = [
  'c:\\windows\\system32\\svchost.exe',
  'c:\\windows\\explorer.exe',
  'c:\\program files\\google\\chrome\\application\\chrome.exe',
  'c:\\windows\\system32\\windowspowershell\\v1.0\\powershell.exe',
  'c:\\windows\\system32\\cmd.exe',
  'c:\\program files\\microsoft office\\root\\office16\\winword.exe',
];
const MODULES = [
  'c:\\windows\\system32\\ntdll.dll',
  'c:\\windows\\system32\\kernel32.dll',
  'c:\\windows\\system32\\advapi32.dll',
  'c:\\windows\\system32\\ws2_32.dll',
];
const FILES = [
  'c:\\users\\{u}\\appdata\\local\\temp\\{n}.tmp',
  'c:\\users\\{u}\\downloads\\invoice-{n}.docx',
  'c:\\programdata\\cache\\{n}.dat',
];
const REGKEYS = [
  '\\registry\\machine\\software\\microsoft\\windows\\currentversion\\run\\updater{n}',
  '\\registry\\user\\s-1-5-21-1004\\software\\classes\\clsid\\{n}',
];
const DOMAINS = ['update.example.com', 'cdn.example.net', 'login.example.org', ''];
const USERS = ['alice', 'bob', 'svc_backup', 'SYSTEM'];

/** Raw endpoint event kinds the simulator produces, with the routing key CB publishes each on. */
export const SYNTHETIC_SENSOR_KINDS = [
  'process',
  'procend',
  'netconn',
  'filemod',
  'regmod',
  'moduleload',
  'childproc',
] as const;
export type SyntheticSensorKind = (typeof SYNTHETIC_SENSOR_KINDS)[number];

export const ROUTING_KEY_OF: Record<SyntheticSensorKind, string> = {
  process: 'ingress.event.process',
  procend: 'ingress.event.procend',
  netconn: 'ingress.event.netconn',
  filemod: 'ingress.event.filemod',
  regmod: 'ingress.event.regmod',
  moduleload: 'ingress.event.moduleload',
  childproc: 'ingress.event.childproc',
};

export interface SyntheticOptions {
  /** Sequence number, carried in header.eventid so loss tests can count deliveries. */
  seq: number;
  /** Event time (unix ms). */
  now: number;
  /** Leave env out (as bundles do: the AMQP headers supply it). */
  withoutEnv?: boolean;
  /** Carried in header.bootid, so one run's events can be told from another's on a shared broker. */
  runId?: number;
}

interface Actor {
  sensorId: number;
  host: string;
  pid: number;
  created: Long;
  image: string;
  md5: Uint8Array;
  user: string;
}

function actor(rng: Random, now: number): Actor {
  const sensorId = 1 + rng.int(40);
  return {
    sensorId,
    host: HOST_NAMES[sensorId % HOST_NAMES.length],
    pid: 400 + rng.int(12000),
    created: filetimeFromUnixMs(now - rng.int(3_600_000)),
    image: rng.pick(IMAGES),
    md5: rng.bytes(16),
    user: rng.pick(USERS),
  };
}

const fill = (template: string, rng: Random, user: string): string =>
  template.replace('{u}', user).replace('{n}', String(rng.int(100000)));
const ipLE = (a: number, b: number, c: number, d: number): number => ((d << 24) | (c << 16) | (b << 8) | a) >>> 0;
const portBE = (p: number): number => ((p & 0xff) << 8) | ((p >> 8) & 0xff);

/** One synthetic CbEventMsg of a kind, serialized. Values look like a real Windows fleet's. */
export function syntheticSensorEvent(kind: SyntheticSensorKind, rng: Random, opts: SyntheticOptions): Uint8Array {
  const a = actor(rng, opts.now);
  const pathGuid = Long.fromNumber(1 + rng.int(1 << 30));
  const header = new S.CbHeaderMsg({
    version: 4,
    eventid: opts.seq,
    ...(opts.runId !== undefined ? { bootid: opts.runId } : {}),
    timestamp: filetimeFromUnixMs(opts.now),
    process_pid: a.pid,
    process_create_time: a.created,
    process_md5: a.md5,
    process_path: a.image,
    filepath_string_guid: pathGuid,
  });
  const msg = new S.CbEventMsg({ header });
  if (!opts.withoutEnv) {
    msg.env = new S.CbEnvironmentMsg({
      endpoint: new S.CbEndpointEnvironmentMsg({ SensorId: a.sensorId, SensorHostName: a.host }),
      server: new S.CbServerEnvironmentMsg({ NodeId: 0 }),
    });
  }
  const pathString = (text: string): void => {
    msg.strings = [new S.CbStringMsg({ guid: pathGuid, utf8string: Buffer.from(text, 'utf8'), string_type: 1 })];
  };
  switch (kind) {
    case 'process':
    case 'procend':
      pathString(a.image);
      msg.process = new S.CbProcessMsg({
        pid: a.pid,
        created: kind === 'process',
        parent_pid: 300 + rng.int(4000),
        parent_create_time: filetimeFromUnixMs(opts.now - 86_400_000),
        md5hash: a.md5,
        commandline: Buffer.from(`"${a.image}" --job ${rng.int(1000)}`),
        parent_path: 'c:\\windows\\explorer.exe',
        username: a.user,
        uid: 'S-1-5-21-1004',
        parent_md5: rng.bytes(16),
      });
      break;
    case 'netconn':
      msg.network = new S.CbNetConnMsg({
        ipv4Address: ipLE(93, 184, rng.int(256), 1 + rng.int(254)),
        port: portBE(rng.pick([443, 80, 53, 8443])),
        protocol: rng.pick([6, 17]),
        utf8_netpath: Buffer.from(rng.pick(DOMAINS)),
        outbound: rng.next() < 0.8,
        remoteIpAddress: ipLE(93, 184, 216, 34),
        remotePort: portBE(443),
        localIpAddress: ipLE(10, 20, rng.int(256), 1 + rng.int(254)),
        localPort: portBE(49152 + rng.int(16000)),
      });
      break;
    case 'filemod':
      pathString(fill(rng.pick(FILES), rng, a.user));
      msg.filemod = new S.CbFileModMsg({
        action: rng.pick([1, 2, 4, 8]),
        type: rng.pick([0, 1, 16, 48]),
        md5hash: rng.bytes(16),
      });
      break;
    case 'regmod':
      msg.regmod = new S.CbRegModMsg({
        action: rng.pick([1, 2, 4, 8]),
        utf8_regpath: Buffer.from(fill(rng.pick(REGKEYS), rng, a.user)),
      });
      break;
    case 'moduleload':
      pathString(rng.pick(MODULES));
      msg.modload = new S.CbModuleLoadMsg({
        md5hash: rng.bytes(16),
        image_base: Long.fromNumber(0x7ff000000000 + rng.int(1 << 30)),
        image_size: 4096 * (1 + rng.int(400)),
      });
      break;
    case 'childproc':
      msg.childproc = new S.CbChildProcessMsg({
        created: true,
        pid: Long.fromNumber(500 + rng.int(12000)),
        create_time: filetimeFromUnixMs(opts.now),
        md5hash: rng.bytes(16),
        path: rng.pick(IMAGES),
        childProcType: 0,
      });
      break;
  }
  return S.CbEventMsg.encode(msg).finish();
}

/** JSON notification kinds the simulator produces, with their routing keys. */
export const SYNTHETIC_JSON_KEYS = [
  'watchlist.hit.process',
  'feed.ingress.hit.process',
  'binaryinfo.observed',
  'feed.12.storage.hit.process',
] as const;

const hex = (rng: Random, n: number): string => Buffer.from(rng.bytes(n)).toString('hex').toUpperCase();

/** One synthetic JSON notification body; `seq` rides in a field each type carries. */
export function syntheticNotification(routingKey: string, rng: Random, opts: SyntheticOptions): Buffer {
  const a = actor(rng, opts.now);
  const ts = opts.now / 1000;
  const guid = `${a.sensorId.toString(16).padStart(8, '0')}-0000-${a.pid.toString(16).padStart(4, '0')}-01d2-${hex(rng, 6).toLowerCase()}`;
  let doc: Record<string, unknown>;
  if (routingKey.startsWith('watchlist.')) {
    doc = {
      server_name: 'cb.example.com',
      cb_version: '6.3.0',
      event_timestamp: ts,
      watchlist_id: opts.seq,
      watchlist_name: 'Suspicious PowerShell',
      docs: [
        {
          unique_id: `${guid}-00000001`,
          sensor_id: a.sensorId,
          hostname: a.host,
          process_name: a.image.split('\\').pop(),
          path: a.image,
          process_md5: hex(rng, 16).toLowerCase(),
          cmdline: `"${a.image}" -enc ${hex(rng, 8)}`,
          username: a.user,
          start: new Date(opts.now).toISOString(),
          last_update: new Date(opts.now).toISOString(),
          group: 'Default Group',
          host_type: 'workstation',
          segment_id: 1,
          modload_count: rng.int(80),
          filemod_count: rng.int(20),
          regmod_count: rng.int(20),
          netconn_count: rng.int(10),
          childproc_count: rng.int(4),
        },
      ],
    };
  } else if (routingKey.startsWith('feed.')) {
    doc = {
      process_id: guid,
      report_id: `sim-${opts.seq}`,
      ioc_type: 'ipv4',
      ioc_value: '93.184.216.34',
      hostname: a.host,
      sensor_id: a.sensorId,
      feed_id: 12,
      feed_name: 'threatintel',
      event_timestamp: ts,
      segment_id: '1',
    };
  } else {
    doc = { md5: hex(rng, 16), event_timestamp: ts, scores: {}, watchlists: {}, seq: opts.seq };
  }
  return Buffer.from(JSON.stringify(doc));
}
