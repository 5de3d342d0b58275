/** Structured JSON logs (pino) on stdout. Secrets never reach them: see REDACTED_PATHS. */

import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths pino blanks out wherever they appear in a log line (the token lives in these headers). */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'apiToken',
  'config.apiToken',
  'neo4jPassword',
  'config.neo4jPassword',
];

/** A JSON logger at `level`, writing to `destination` (stdout by default). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'autograph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/** A logger that writes nothing: the default of servers started by tests. */
export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * The process's logger for code that has no request at hand (the executor's database errors,
 * availability changes). index.ts replaces it with the configured one at start.
 */
export const processLog: { current: Logger } = { current: silentLogger };
