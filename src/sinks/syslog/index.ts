// The syslog sink's public parts.
export { syslogSinkFactory } from './factory';
export { SyslogSink, type SyslogSinkDeps } from './sink';
export { DatagramTransport, StreamTransport, type SyslogTransport, type TransportEvents } from './service';
export {
  SYSLOG_SINK_CONFIG_SCHEMA,
  FACILITIES,
  SEVERITIES,
  checkSyslogSinkConfig,
  resolveSyslogSinkConfig,
  type SyslogSinkConfig,
  type SyslogSinkOptions,
  type SyslogProtocol,
  type SyslogRfc,
  type Framing,
  type UdpOversize,
} from './config';
export { SyslogSinkConfigError, SyslogTransportError, type SyslogConfigProblem } from './errors';
export {
  syslogHeader,
  headerField,
  sdParamValue,
  bsdTimestamp,
  SYSLOG_SEVERITY_BY_EVENT_SEVERITY,
  LIMITS,
} from './header';
export { buildSyslogRequest, utf8Prefix, utf8Pieces, type SyslogRequest } from './request-builder';
