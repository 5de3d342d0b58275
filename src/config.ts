/** Autograph's configuration: read from the environment once, at start, and validated. */

import path from 'node:path';
import { LIMIT_VARIABLES, loadLimits, type LimitsConfig } from './limits/limits.config';

import { loadRuntimeConfig, RUNTIME_CONFIG_VARIABLES, type RuntimeConfig } from './runtime-config';

export interface Config {
  /** HTTP port of the GraphQL server. */
  port: number;
  /** Bolt URI of an external Neo4j (Aura, a cluster, docker compose); undefined runs the embedded one. */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /** Bearer token that mutations need; undefined refuses every mutation. */
  apiToken: string | undefined;
  /** Data folder of the embedded Neo4j. */
  embeddedDir: string;
  /** Bolt port of the embedded Neo4j (on 127.0.0.1). */
  embeddedPort: number;
  /** production hides internals in error responses. */
  nodeEnv: string;
  /** Query depth, cost, aliases, sizes, batching, introspection, persisted queries: see src/limits. */
  limits: LimitsConfig;

  /** Timeouts, shutdown, CORS, logging, rate limiting (src/runtime-config.ts). */
  runtime: RuntimeConfig;
}

/** Thrown when the environment holds a value Autograph cannot run with; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** One row of the configuration table: the README and .env.example are checked against it. */
export interface ConfigVariable {
  name: string;
  default: string;
  description: string;
}

export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  { name: 'PORT', default: '4000', description: 'HTTP port of the GraphQL server.' },
  {
    name: 'NEO4J_URI',
    default: '(unset)',
    description: 'Bolt URI of an external Neo4j (neo4j://, neo4j+s://, bolt://, bolt+s://). Unset: start the embedded Neo4j.',
  },
  { name: 'NEO4J_USERNAME', default: 'neo4j', description: 'User for NEO4J_URI.' },
  { name: 'NEO4J_PASSWORD', default: '(empty)', description: 'Password for NEO4J_URI.' },
  { name: 'NEO4J_DATABASE', default: 'neo4j', description: 'Database name (Community has only `neo4j`).' },
  {
    name: 'API_TOKEN',
    default: '(unset)',
    description: 'Bearer token that mutations need (at least 16 characters). Unset: mutations are refused.',
  },
  { name: 'NEO4J_EMBEDDED_DIR', default: '.data/neo4j', description: 'Data folder of the embedded Neo4j.' },
  { name: 'NEO4J_EMBEDDED_PORT', default: '7687', description: 'Bolt port of the embedded Neo4j, on 127.0.0.1.' },
  ...LIMIT_VARIABLES,

  ...RUNTIME_CONFIG_VARIABLES,
];

const URI_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

/** Reads and validates the configuration; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };

  const port = getValidPort('PORT', value('PORT'), 4000, problems);
  const embeddedPort = getValidPort('NEO4J_EMBEDDED_PORT', value('NEO4J_EMBEDDED_PORT'), 7687, problems);

  const neo4jUri = value('NEO4J_URI');
  if (neo4jUri !== undefined) {
    let scheme: string | undefined;
    try {
      scheme = new URL(neo4jUri).protocol;
    } catch {
      scheme = undefined;
    }
    if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
      problems.push(
        `NEO4J_URI must be a URI with one of the schemes ${URI_SCHEMES.map((s) => s + '//').join(', ')}; got "${neo4jUri}".`,
      );
    }
  }

  const neo4jDatabase = value('NEO4J_DATABASE') ?? 'neo4j';
  if (!DATABASE_NAME.test(neo4jDatabase)) {
    problems.push(
      `NEO4J_DATABASE must be a database name (3 to 63 letters, digits, dots or hyphens, starting with a letter); got "${neo4jDatabase}".`,
    );
  }

  const apiToken = value('API_TOKEN');
  if (apiToken !== undefined && apiToken.length < 16) {
    problems.push(`API_TOKEN must be at least 16 characters long; got ${apiToken.length}.`);
  }

  const nodeEnv = value('NODE_ENV') ?? 'development';
  const limits = loadLimits(value, problems);

  const runtime = loadRuntimeConfig(value, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    neo4jUri,
    neo4jUsername: value('NEO4J_USERNAME') ?? 'neo4j',
    neo4jPassword: env['NEO4J_PASSWORD'] ?? '',
    neo4jDatabase,
    apiToken,
    embeddedDir: path.resolve(cwd, value('NEO4J_EMBEDDED_DIR') ?? '.data/neo4j'),
    embeddedPort,
    nodeEnv,
    limits,

    runtime,
  };
}

function getValidPort(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(n) || n < 1 || n > 65535) {
    problems.push(`${name} must be a port number from 1 to 65535; got "${raw}".`);
    return fallback;
  }
  return n;
}
