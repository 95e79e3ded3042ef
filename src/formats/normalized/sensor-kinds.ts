import { Buffer } from 'node:buffer';
import type { CbEventMsg } from '../../event/decoded-event';
import type { EventRecord } from '../../event/event-model';
import type { SensorContext } from './sensor-context';
import {
  nameOf,
  FILEMOD_ACTIONS,
  REGMOD_ACTIONS,
  CROSSPROC_OPEN_TYPES,
  CHILDPROC_TYPES,
  TAMPER_TYPES,
  BLOCK_EVENTS,
  BLOCK_REASONS,
  BLOCK_RESULTS,
  EMET_MITIGATIONS,
  FILE_TYPES,
} from './enum-names';
import {
  hexUpper,
  int64,
  uint64,
  exactNumber,
  exactInt64,
  exactUint64,
  utf8,
  ipv4FromLittleEndian,
  ipFromCbIpAddr,
  swapPort,
} from './values';

/**
 * One kind of raw endpoint event: the CbEventMsg field whose presence marks it, the forwarder's
 * `event_type`, and what it adds to the base fields. The first kind whose field is present wins,
 * in this order (the forwarder's).
 */
export interface SensorKind {
  field: keyof CbEventMsg & string;
  eventType: string;
  /** The `type`; a function where the message decides (procstart/procend, crossprocopen/remotethread). */
  type: string | ((msg: CbEventMsg) => string);
  fill(ctx: SensorContext, e: EventRecord): void;
  /** Kinds that carry the acting process's pid/guid/links (EventMessage in the forwarder). */
  withProcess: boolean;
}

const base64OrNull = (ctx: SensorContext, o: object, key: string, v: Uint8Array | null | undefined): string | null =>
  ctx.has(o, key) && v ? Buffer.from(v).toString('base64') : null;

export const SENSOR_KINDS: readonly SensorKind[] = [
  {
    field: 'process',
    eventType: 'proc',
    withProcess: true,
    type: (m) => (m.process?.created ? 'ingress.event.procstart' : 'ingress.event.procend'),
    fill(ctx, e) {
      const p = ctx.msg.process!;
      e.path = ctx.headerPath();
      let md5 = '';
      let sha256 = '';
      if (p.created) {
        md5 = ctx.has(p, 'md5hash') ? hexUpper(p.md5hash) : ctx.headerMd5();
        sha256 = ctx.has(p, 'sha256hash') ? hexUpper(p.sha256hash) : ctx.headerSha256();
      }
      e.md5 = md5;
      e.sha256 = sha256;
      e.command_line = utf8(p.commandline);
      e.parent_path = p.parent_path ?? '';
      e.parent_pid = p.parent_pid ?? 0;
      e.parent_guid = exactInt64(p.parent_guid);
      e.parent_create_time = ctx.time(p.parent_create_time);
      e.filtering_known_dlls = !!p.bFilteringKnownDlls;
      if (ctx.has(p, 'parent_md5') && p.parent_md5?.length) e.parent_md5 = hexUpper(p.parent_md5);
      if (ctx.has(p, 'parent_sha256') && p.parent_sha256?.length) e.parent_sha256 = hexUpper(p.parent_sha256);
      e.expect_followon_w_md5 = !!p.expect_followon_w_md5;
      const parentGuid =
        ctx.hasSensorId && ctx.has(p, 'parent_pid') && ctx.has(p, 'parent_create_time')
          ? ctx.guidFor(p.parent_pid ?? 0, p.parent_create_time)
          : int64(p.parent_guid).toString();
      const link = ctx.analyzeLink(parentGuid, 1);
      if (link) e.link_parent = link;
      if (p.username) e.username = p.username;
      if (p.uid) e.uid = p.uid;
    },
  },
  {
    field: 'modload',
    eventType: 'modload',
    type: 'ingress.event.moduleload',
    withProcess: true,
    fill(ctx, e) {
      const m = ctx.msg.modload!;
      e.path = ctx.headerPath();
      e.md5 = hexUpper(m.md5hash) || ctx.headerMd5();
      e.sha256 = hexUpper(m.sha256hash) || ctx.headerSha256();
      e.command_line = '';
    },
  },
  {
    field: 'filemod',
    eventType: 'filemod',
    type: 'ingress.event.filemod',
    withProcess: true,
    fill(ctx, e) {
      const f = ctx.msg.filemod!;
      ctx.addHeaderHashes(e);
      e.path = ctx.headerPath();
      e.tamper_sent = !!f.tamper_sent;
      e.tamper = !!f.tamper;
      if (ctx.has(f, 'sha256hash') && f.sha256hash?.length) e.file_sha256 = hexUpper(f.sha256hash);
      if (ctx.has(f, 'md5hash') && f.md5hash?.length) e.file_md5 = hexUpper(f.md5hash);
      const typeName = FILE_TYPES[f.type ?? 0];
      if (typeName) e.filetype_name = typeName;
      e.action_type = f.action ?? 0;
      e.action = nameOf(FILEMOD_ACTIONS, f.action);
      e.file_type = f.type ?? 0;
    },
  },
  {
    field: 'networkv2',
    eventType: 'netconn',
    type: 'ingress.event.netconn',
    withProcess: true,
    fill(ctx, e) {
      const n = ctx.msg.networkv2!;
      ctx.addHeaderHashes(e);
      e.protocol = n.protocol ?? 0;
      e.domain = utf8(n.utf8_netpath);
      e.direction = n.outbound ? 'outbound' : 'inbound';
      if (n.ja3) e.ja3 = n.ja3;
      if (n.ja3s) e.ja3s = n.ja3s;
      e.local_ip = ipFromCbIpAddr(n.localIpAddress, ctx.has(n.localIpAddress ?? {}, 'ipv6Scope'));
      e.local_port = swapPort(n.localPort);
      e.remote_ip = ipFromCbIpAddr(n.remoteIpAddress, ctx.has(n.remoteIpAddress ?? {}, 'ipv6Scope'));
      e.remote_port = swapPort(n.remotePort);
      e.proxy = !!n.proxyConnection;
      if (n.proxyConnection) {
        const proxyIp = ipFromCbIpAddr(n.proxyIpAddress, ctx.has(n.proxyIpAddress ?? {}, 'ipv6Scope'));
        if (proxyIp) e.proxy_ip = proxyIp;
        const proxyPort = swapPort(n.proxyPort);
        if (proxyPort) e.proxy_port = proxyPort;
      }
      e.proxy_domain = n.proxyConnection ? (n.proxyNetPath ?? '') : '';
    },
  },
  {
    field: 'network',
    eventType: 'netconn',
    type: 'ingress.event.netconn',
    withProcess: true,
    fill(ctx, e) {
      const n = ctx.msg.network!;
      ctx.addHeaderHashes(e);
      if (ctx.has(n, 'remoteIpAddress')) {
        const port = swapPort(n.remotePort);
        if (port) e.remote_port = port;
      }
      if (ctx.has(n, 'localIpAddress')) {
        e.local_ip = ipv4FromLittleEndian(n.localIpAddress);
        const port = swapPort(n.localPort);
        if (port) e.local_port = port;
      }
      e.direction = n.outbound ? 'outbound' : 'inbound';
      e.domain = utf8(n.utf8_netpath);
      e.protocol = n.protocol ?? 0;
      e.port = swapPort(n.port);
      e.ipv4 = ipv4FromLittleEndian(n.ipv4Address);
      if (ctx.has(n, 'remoteIpAddress')) e.remote_ip = ipv4FromLittleEndian(n.remoteIpAddress);
    },
  },
  {
    field: 'regmod',
    eventType: 'regmod',
    type: 'ingress.event.regmod',
    withProcess: true,
    fill(ctx, e) {
      const r = ctx.msg.regmod!;
      ctx.addHeaderHashes(e);
      e.path = utf8(r.utf8_regpath);
      e.action = nameOf(REGMOD_ACTIONS, r.action);
      e.action_type = r.action ?? 0;
      e.tamper = !!r.tamper;
      e.tamper_sent = !!r.tamper_sent;
    },
  },
  {
    field: 'childproc',
    eventType: 'childproc',
    type: 'ingress.event.childproc',
    withProcess: true,
    fill(ctx, e) {
      const c = ctx.msg.childproc!;
      const h = ctx.msg.header;
      const childGuid =
        ctx.has(c, 'pid') && ctx.has(c, 'create_time') && ctx.hasSensorId
          ? ctx.guidFor(Number(BigInt.asIntN(32, int64(c.pid))), c.create_time)
          : int64(c.child_guid).toString();
      e.parent_guid =
        ctx.has(h, 'process_create_time') && ctx.has(h, 'process_pid')
          ? ctx.guidFor(h.process_pid ?? 0, h.process_create_time)
          : int64(c.parent_guid).toString();
      const link = ctx.analyzeLink(childGuid, 1);
      if (link) e.link_child = link;
      e.created = !!c.created;
      e.tamper_sent = !!c.tamper_sent;
      e.tamper = !!c.tamper;
      e.path = c.path ?? '';
      e.md5 = hexUpper(c.md5hash) || ctx.headerMd5();
      e.sha256 = hexUpper(c.sha256hash) || ctx.headerSha256();
      e.childproc_type = nameOf(CHILDPROC_TYPES, c.childProcType);
      const suppressed = !!c.suppressed?.bIsSuppressed;
      e.childproc_suppressed = suppressed;
      if (suppressed) {
        const cmd = utf8(c.commandline);
        if (cmd) e.childproc_commandline = cmd;
        if (c.username) e.childproc_username = c.username;
      }
      e.child_pid = exactInt64(c.pid);
    },
  },
  {
    field: 'crossproc',
    eventType: 'cross_process',
    withProcess: true,
    type: (m) => (m.crossproc?.open ? 'ingress.event.crossprocopen' : 'ingress.event.remotethread'),
    fill(ctx, e) {
      const x = ctx.msg.crossproc!;
      ctx.addHeaderHashes(e);
      e.is_target = !!x.isTarget;
      let pid = 0;
      let createTime = uint64(0);
      let guid: string;
      if (x.open) {
        const o = x.open;
        e.cross_process_type = nameOf(CROSSPROC_OPEN_TYPES, o.type);
        if (o.requestedAccess) e.requested_access = o.requestedAccess;
        e.target_md5 = hexUpper(o.targetProcMd5);
        e.target_sha256 = hexUpper(o.targetProcSha256);
        e.target_path = o.targetProcPath ?? '';
        pid = o.targetPid ?? 0;
        createTime = uint64(o.targetProcCreateTime);
        guid = ctx.guidFor(pid | 0, o.targetProcCreateTime);
      } else {
        const rt = x.remotethread;
        e.cross_process_type = 'remote_thread';
        e.target_md5 = hexUpper(rt?.remoteProcMd5);
        e.target_sha256 = hexUpper(rt?.remoteProcSha256);
        e.target_path = rt?.remoteProcPath ?? '';
        pid = rt?.remoteProcPid ?? 0;
        createTime = uint64(rt?.remoteProcCreateTime);
        guid = ctx.guidFor(pid | 0, rt?.remoteProcCreateTime);
      }
      const link = ctx.analyzeLink(guid, 1);
      if (link) e.link_target = link;
      e.target_pid = pid >>> 0;
      e.target_create_time = exactNumber(createTime);
      e.target_process_guid = guid;
    },
  },
  {
    field: 'emet',
    eventType: 'emet_mitigation',
    type: 'ingress.event.emetmitigation',
    withProcess: true,
    fill(ctx, e) {
      const m = ctx.msg.emet!;
      ctx.addHeaderHashes(e);
      e.log_message = m.actionText ?? '';
      e.mitigation = nameOf(EMET_MITIGATIONS, m.action?.mitigationType ?? 1);
      e.blocked = !!m.blocked;
      e.emet_timestamp = exactUint64(m.emetTimstamp);
      e.log_id = exactUint64(m.emetId);
    },
  },
  {
    field: 'scriptexe',
    eventType: 'filelessscriptload',
    type: 'ingress.event.filelessscriptload',
    withProcess: true,
    fill(ctx, e) {
      const s = ctx.msg.scriptexe!;
      ctx.addHeaderHashes(e);
      e.script_sha256 = s.sha256 ?? '';
      e.script = s.script ?? '';
    },
  },
  {
    field: 'tamperAlert',
    eventType: 'tamper',
    type: 'ingress.event.tamper',
    withProcess: false,
    fill(ctx, e) {
      e.tamper_type = nameOf(TAMPER_TYPES, ctx.msg.tamperAlert!.type);
    },
  },
  {
    field: 'blocked',
    eventType: 'blocked_process',
    type: 'ingress.event.processblocked',
    withProcess: false,
    fill(ctx, e) {
      const b = ctx.msg.blocked!;
      e.md5 = hexUpper(b.blockedmd5Hash);
      e.path = b.blockedPath ?? '';
      if (ctx.has(b, 'blockedPid')) {
        const guid = ctx.guidFor(b.blockedPid ?? 0, b.blockedProcCreateTime);
        const link = ctx.analyzeLink(guid, 1);
        if (link) e.link_target = link;
        e.process_guid = guid;
        const created = uint64(b.blockedProcCreateTime);
        if (created) e.process_create_time = exactNumber(created);
        if (b.blockedPid) e.pid = b.blockedPid;
      }
      if (b.blockedCmdline) e.command_line = b.blockedCmdline;
      if ((b.blockedEvent ?? 1) === 1 && (b.blockResult ?? 0) === 0) {
        if (b.blockedUid) e.uid = b.blockedUid;
        if (b.blockedUsername) e.username = b.blockedUsername;
      }
      const result = b.blockResult ?? 0;
      if ((result === 5 || result === 6) && b.blockError) e.blocked_error = b.blockError;
      e.blocked_event = nameOf(BLOCK_EVENTS, b.blockedEvent);
      e.blocked_reason = nameOf(BLOCK_REASONS, b.blockedType);
      e.blocked_result = nameOf(BLOCK_RESULTS, b.blockResult);
    },
  },
  {
    field: 'module',
    eventType: 'binary_info',
    type: 'ingress.event.module',
    withProcess: false,
    fill(ctx, e) {
      const m = ctx.msg.module!;
      e.digsig = {
        result: m.utf8_DigSig_Result ?? '',
        publisher: m.utf8_DigSig_Publisher ?? '',
        program_name: m.utf8_DigSig_ProgramName ?? '',
        issuer_name: m.utf8_DigSig_IssuerName ?? '',
        result_code: m.utf8_DigSig_ResultCode ?? '',
        subject_name: m.utf8_DigSig_SubjectName ?? '',
        sign_time: m.utf8_DigSig_SignTime ?? '',
      };
      e.utf_8_copied_module_length = m.CopiedModuleLength ?? 0;
      e.utf_8_file_dscription = m.utf8_FileDescription ?? '';
      e.utf_8_company_name = m.utf8_CompanyName ?? '';
      e.utf_8_comments = m.utf8_Comments ?? '';
      e.utf_8_file_version = m.utf8_FileVersion ?? '';
      e.utf_8_legal_copyright = m.utf8_LegalCopyright ?? '';
      e.utf_8_legal_trademark = m.utf8_LegalTrademark ?? '';
      e.utf_8_internal_name = m.utf8_InternalName ?? '';
      e.utf_8_product_name = m.utf8_ProductName ?? '';
      e.utf_8_original_file_name = m.utf8_OriginalFileName ?? '';
      e.utf_8_product_description = m.utf8_ProductDescription ?? '';
      e.utf_8_product_version = m.utf8_ProductVersion ?? '';
      e.utf_8_special_build = m.utf8_SpecialBuild ?? '';
      e.image_file_header = base64OrNull(ctx, m, 'ImageFileHeader', m.ImageFileHeader);
      e.utf_8_on_disk_filename = m.utf8_OnDiskFilename ?? '';
      e.icon = base64OrNull(ctx, m, 'Icon', m.Icon);
      e.utf_8_private_build = m.utf8_PrivateBuild ?? '';
      e.size = exactUint64(m.OriginalModuleLength);
      e.sha256 = utf8(m.sha256).toUpperCase();
      e.md5 = utf8(m.md5).toUpperCase();
    },
  },
];

/** The kind a message is, or undefined for kinds the forwarder does not emit (stats, vtwrite, ...). */
export function sensorKindOf(msg: CbEventMsg): SensorKind | undefined {
  for (const kind of SENSOR_KINDS) {
    if (msg[kind.field] !== null && msg[kind.field] !== undefined) return kind;
  }
  return undefined;
}
