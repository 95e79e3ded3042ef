import type { KafkaConfig, LogEntry, logCreator, SASLOptions } from 'kafkajs';
import { logLevel } from './kafkajs';
import type { Logger } from 'pino';
import type { KafkaSinkOptions } from './config';

/** kafkajs warns about this on every idempotent producer with bounded retries: the sink bounds them on purpose. */
const EXPECTED_WARNINGS = [/Limiting retries for the idempotent producer/];

/**
 * kafkajs logs into the sink's pino logger one level down: the sink reports every failure
 * itself (with what it does about it), so kafkajs's own errors and warnings are detail (debug)
 * and its info/debug chatter is trace.
 */
export function pinoLogCreator(logger: Logger | undefined): logCreator {
  return () => (entry: LogEntry) => {
    if (!logger) return;
    const { message, timestamp: _t, logger: _l, ...extra } = entry.log as LogEntry['log'] & { logger?: unknown };
    if (EXPECTED_WARNINGS.some((re) => re.test(message))) return;
    const fields = { kafkajs: entry.namespace, ...extra };
    if (entry.level === logLevel.ERROR || entry.level === logLevel.WARN) logger.debug(fields, `kafkajs: ${message}`);
    else logger.trace(fields, `kafkajs: ${message}`);
  };
}

/** How much kafkajs should log at all, given the pino level (it builds its entries only when enabled). */
export function kafkaLogLevel(logger: Logger | undefined): logLevel {
  if (!logger) return logLevel.NOTHING;
  if (logger.isLevelEnabled('trace')) return logLevel.DEBUG;
  if (logger.isLevelEnabled('debug')) return logLevel.WARN;
  return logLevel.NOTHING;
}

/** The kafkajs client configuration for the sink's options. */
export function kafkaClientConfig(options: KafkaSinkOptions, logger?: Logger): KafkaConfig {
  const config: KafkaConfig = {
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: options.connectionTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    retry: { ...options.retry },
    logLevel: kafkaLogLevel(logger),
    logCreator: pinoLogCreator(logger),
  };
  if (options.tls) {
    const { ca, cert, key, passphrase, servername, rejectUnauthorized } = options.tls;
    config.ssl = {
      rejectUnauthorized,
      ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}),
      ...(passphrase !== undefined ? { passphrase } : {}), ...(servername ? { servername } : {}),
    };
  }
  if (options.sasl) {
    const { mechanism, username, password } = options.sasl;
    config.sasl = { mechanism, username, password } as SASLOptions;
  }
  return config;
}
