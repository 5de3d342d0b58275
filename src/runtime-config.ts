/**
 * The operational part of the configuration: timeouts, shutdown, CORS, logging and rate limiting.
 * Kept apart from config.ts, which spreads its variables into CONFIG_VARIABLES and calls
 * loadRuntimeConfig, so the README and .env.example checks cover them too.
 */

import type { ConfigVariable } from './config';

/** Log levels pino knows, from the noisiest to none. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Which browser origins may call the API cross-origin. */
export type CorsPolicy =
  | { kind: 'localhost' }
  | { kind: 'any' }
  | { kind: 'none' }
  | { kind: 'list'; origins: readonly string[] };

export interface RuntimeConfig {
  /** Longest a Neo4j transaction of one request may run before Neo4j stops it. */
  neo4jTxTimeoutMs: number;
  /** Longest wait to open a Bolt connection or take one from the pool (and for the driver's retries). */
  neo4jConnectTimeoutMs: number;
  /** How often Neo4j's availability is checked (and retried while it is down). */
  neo4jRetryIntervalMs: number;
  /** How long in-flight requests get to finish after SIGTERM before their connections are closed. */
  shutdownTimeoutMs: number;
  cors: CorsPolicy;
  logLevel: LogLevel;
  /** Requests per minute per client address on /graphql; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Whether DataLoaders batch (always, in service); off is the benchmark's N+1 floor. */
  dataloaderBatching: boolean;
  /** Whether the server asks itself a few questions after start, so Neo4j plans the big statements early. */
  warmUp: boolean;
}

export const RUNTIME_CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    name: 'NEO4J_TX_TIMEOUT_MS',
    default: '10000',
    description: 'Longest a Neo4j transaction of one request may run; then the client gets a TIMEOUT error.',
  },
  {
    name: 'NEO4J_CONNECT_TIMEOUT_MS',
    default: '3000',
    description:
      'Longest wait to connect to Neo4j or take a pooled connection (and for retries); past it a request gets SERVICE_UNAVAILABLE.',
  },
  {
    name: 'NEO4J_RETRY_INTERVAL_MS',
    default: '2000',
    description: 'How often Neo4j is checked, and retried while it is down (then schema and seed are applied).',
  },
  {
    name: 'SHUTDOWN_TIMEOUT_MS',
    default: '10000',
    description: 'On SIGTERM/SIGINT, how long in-flight requests get to finish before their connections are closed.',
  },
  {
    name: 'CORS_ORIGINS',
    default: '(localhost)',
    description:
      'Browser origins allowed cross-origin, comma-separated (e.g. https://app.example.com); `*` any, `none` no one. Unset: http://localhost and http://127.0.0.1 on any port.',
  },
  { name: 'LOG_LEVEL', default: 'info', description: `Level of the JSON logs on stdout: ${LOG_LEVELS.join(', ')}.` },
  {
    name: 'RATE_LIMIT_PER_MINUTE',
    default: '600',
    description: 'Requests per minute per client address on /graphql (429 RATE_LIMITED past it); 0 turns the limit off.',
  },
  {
    name: 'DATALOADER_BATCHING',
    default: 'on',
    description:
      '`off` makes every DataLoader run one Cypher query per parent (the N+1 floor the benchmark measures); never in service.',
  },
  {
    name: 'WARM_UP',
    default: 'on',
    description: 'on: after start, ask a few questions in the background so that Neo4j plans the big statements before users do; off: skip it.',
  },
];

/** Reads the runtime variables; appends a message per bad one to `problems`. */
export function loadRuntimeConfig(value: (name: string) => string | undefined, problems: string[]): RuntimeConfig {
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
      return fallback;
    }
    return n;
  };

  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${value('LOG_LEVEL')}".`);
  }

  const batching = (value('DATALOADER_BATCHING') ?? 'on').toLowerCase();
  if (batching !== 'on' && batching !== 'off') {
    problems.push(`DATALOADER_BATCHING must be on or off; got "${value('DATALOADER_BATCHING')}".`);
  }

  const warmUp = (value('WARM_UP') ?? 'on').toLowerCase();
  if (warmUp !== 'on' && warmUp !== 'off') problems.push(`WARM_UP must be on or off; got "${value('WARM_UP')}".`);

  return {
    neo4jTxTimeoutMs: integer('NEO4J_TX_TIMEOUT_MS', 10_000, 100, 3_600_000),
    neo4jConnectTimeoutMs: integer('NEO4J_CONNECT_TIMEOUT_MS', 3_000, 100, 600_000),
    neo4jRetryIntervalMs: integer('NEO4J_RETRY_INTERVAL_MS', 2_000, 100, 600_000),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 3_600_000),
    cors: parseCorsOrigins(value('CORS_ORIGINS'), problems),
    logLevel: (LOG_LEVELS as readonly string[]).includes(logLevel) ? (logLevel as LogLevel) : 'info',
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    dataloaderBatching: batching !== 'off',
    warmUp: warmUp !== 'off',
  };
}

/** Parses CORS_ORIGINS: unset → localhost, `*` → any, `none` → no one, else a list of exact origins. */
export function parseCorsOrigins(raw: string | undefined, problems: string[] = []): CorsPolicy {
  if (raw === undefined) return { kind: 'localhost' };
  if (raw === '*') return { kind: 'any' };
  if (raw.toLowerCase() === 'none') return { kind: 'none' };
  const origins: string[] = [];
  for (const item of raw.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    let origin: string | undefined;
    try {
      const url = new URL(item);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname === '/' || url.pathname === '')) {
        origin = url.origin;
      }
    } catch {
      origin = undefined;
    }
    if (origin === undefined || item.replace(/\/$/, '') !== origin) {
      problems.push(`CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port); got "${item}".`);
    } else {
      origins.push(origin);
    }
  }
  return { kind: 'list', origins };
}
