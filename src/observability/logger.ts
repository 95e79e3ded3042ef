import pino, { type Logger } from 'pino';

/** Paths whose values are never logged. */
const REDACT = [
  '*.password',
  '*.token',
  '*.secret',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  '*.passphrase',
  '*.sasl',
];

/** pino JSON logs to stderr (stdout stays free for the stdout sink). */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { service: 'cb-event-bridge' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream,
  );
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
