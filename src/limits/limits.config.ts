/** The limits' configuration: their environment variables, defaults and validation. */

import type { ConfigVariable } from '../config';

export interface LimitsConfig {
  /** Deepest field nesting of an operation (QUERY_TOO_DEEP). */
  maxDepth: number;
  /** Most objects an operation may return, list sizes multiplied (QUERY_TOO_COMPLEX). */
  maxCost: number;
  /** Page size assumed, in the cost, for a list without `first`. */
  defaultListSize: number;
  /** Most aliases in an operation (TOO_MANY_ALIASES). */
  maxAliases: number;
  /** Longest query text, in characters (QUERY_TOO_LARGE). */
  maxQueryLength: number;
  /** Most operations in one batched request; 1 turns batching off (TOO_MANY_OPERATIONS). */
  maxBatchOperations: number;
  /** Largest request body, in bytes (PAYLOAD_TOO_LARGE, HTTP 413). */
  maxBodyBytes: number;
  /** Whether introspection (`__schema`, `__type`) is allowed. */
  introspection: boolean;
  /** Memory for automatic persisted queries, in bytes (an LRU cache: the least recently used go first). */
  persistedQueriesCacheBytes: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 12,
  maxCost: 200_000,
  defaultListSize: 20,
  maxAliases: 30,
  maxQueryLength: 20_000,
  maxBatchOperations: 1,
  maxBodyBytes: 1024 * 1024,
  introspection: true,
  persistedQueriesCacheBytes: 8 * 1024 * 1024,
};

export const LIMIT_VARIABLES: readonly ConfigVariable[] = [
  { name: 'MAX_QUERY_DEPTH', default: '12', description: 'Deepest field nesting of an operation (QUERY_TOO_DEEP).' },
  {
    name: 'MAX_QUERY_COST',
    default: '200000',
    description: 'Most objects an operation may return, each list counting its `first` times the lists above it (QUERY_TOO_COMPLEX).',
  },
  { name: 'COST_DEFAULT_LIST_SIZE', default: '20', description: 'Page size the cost assumes for a list without `first`.' },
  { name: 'MAX_ALIASES', default: '30', description: 'Most aliases in an operation, fragments included (TOO_MANY_ALIASES).' },
  { name: 'MAX_QUERY_LENGTH', default: '20000', description: 'Longest query text, in characters (QUERY_TOO_LARGE).' },
  {
    name: 'MAX_BATCH_OPERATIONS',
    default: '1',
    description: 'Most operations in one batched (JSON array) request; 1 turns batching off (TOO_MANY_OPERATIONS).',
  },
  { name: 'MAX_BODY_SIZE', default: '1mb', description: 'Largest request body: bytes, or a number with kb or mb (PAYLOAD_TOO_LARGE, HTTP 413).' },
  { name: 'INTROSPECTION', default: 'true', description: 'Allow schema introspection (`__schema`, `__type`); false turns it off.' },
  {
    name: 'PERSISTED_QUERIES_CACHE_MB',
    default: '8',
    description: 'Memory of the automatic persisted queries cache, in MB (least recently used dropped first).',
  },
];

type Read = (name: string) => string | undefined;

function integer(read: Read, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
    return fallback;
  }
  return n;
}

const SIZE = /^(\d+)\s*(b|kb|mb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** Reads the limits from the environment (through `read`), adding a message to `problems` for each bad value. */
export function loadLimits(read: Read, problems: string[]): LimitsConfig {
  let maxBodyBytes = DEFAULT_LIMITS.maxBodyBytes;
  const body = read('MAX_BODY_SIZE');
  if (body !== undefined) {
    const match = SIZE.exec(body);
    const bytes = match ? Number(match[1]) * UNIT[(match[2] ?? 'b').toLowerCase()]! : NaN;
    if (!(bytes >= 1024 && bytes <= 100 * 1024 * 1024)) {
      problems.push(`MAX_BODY_SIZE must be a size from 1kb to 100mb (e.g. 1048576, 512kb, 1mb); got "${body}".`);
    } else {
      maxBodyBytes = bytes;
    }
  }
  let introspection = DEFAULT_LIMITS.introspection;
  const rawIntrospection = read('INTROSPECTION');
  if (rawIntrospection !== undefined) {
    if (/^(true|1)$/i.test(rawIntrospection)) introspection = true;
    else if (/^(false|0)$/i.test(rawIntrospection)) introspection = false;
    else problems.push(`INTROSPECTION must be true or false; got "${rawIntrospection}".`);
  }
  return {
    maxDepth: integer(read, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 1000, problems),
    maxCost: integer(read, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 1, 1_000_000_000, problems),
    defaultListSize: integer(read, 'COST_DEFAULT_LIST_SIZE', DEFAULT_LIMITS.defaultListSize, 1, 10_000, problems),
    maxAliases: integer(read, 'MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 10_000, problems),
    maxQueryLength: integer(read, 'MAX_QUERY_LENGTH', DEFAULT_LIMITS.maxQueryLength, 100, 10_000_000, problems),
    maxBatchOperations: integer(read, 'MAX_BATCH_OPERATIONS', DEFAULT_LIMITS.maxBatchOperations, 1, 1000, problems),
    maxBodyBytes,
    introspection,
    persistedQueriesCacheBytes:
      integer(read, 'PERSISTED_QUERIES_CACHE_MB', DEFAULT_LIMITS.persistedQueriesCacheBytes / (1024 * 1024), 1, 4096, problems) *
      1024 *
      1024,
  };
}
