/** The options of `npm run bench`, read from the command line and checked. */

import path from 'node:path';
import { projectRoot } from '../src/neo4j/embedded/launcher';
import type { ContenderId } from './contenders';
import type { BenchWorkloadId } from './results';
import { WORKLOADS } from './workloads';

/** Every contender, in the order they take turns (kept here so reading options needs no contender code). */
export const CONTENDER_IDS: readonly ContenderId[] = ['autograph', 'autograph-nobatch', 'neo4j-graphql', 'cypher'];

export interface Options {
  scales: number[];
  contenders: ContenderId[];
  workloads: BenchWorkloadId[];
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  connections: number;
  seed: number;
  out: string;
}

export const ALL_WORKLOADS: BenchWorkloadId[] = [...WORKLOADS.map((w) => w.id), 'W7'];

/** Reads `--name value` options; every value is checked and a bad one named. */
export function parseOptions(argv: readonly string[]): Options {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}": options look like --rounds 3.`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`Option ${arg} needs a value.`);
    raw.set(arg.slice(2), value);
    i += 1;
  }
  const known = ['scales', 'contenders', 'workloads', 'rounds', 'round-seconds', 'warmup', 'connections', 'seed', 'out'];
  for (const name of raw.keys()) if (!known.includes(name)) throw new Error(`Unknown option --${name}; known: ${known.map((k) => `--${k}`).join(', ')}.`);
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = raw.get(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}; got "${v}".`);
    return n;
  };
  const list = <T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] => {
    const v = raw.get(name);
    if (v === undefined) return [...fallback];
    const items = v.split(',').map((s) => s.trim());
    for (const item of items) if (!allowed.includes(item as T)) throw new Error(`--${name}: "${item}" is not one of ${allowed.join(', ')}.`);
    return items as T[];
  };
  const scales = (raw.get('scales') ?? '0,100').split(',').map((s) => {
    const n = Number(s.trim());
    if (!/^\d+$/.test(s.trim()) || n > 1000) throw new Error(`--scales takes whole numbers from 0 to 1000, comma-separated; got "${s}".`);
    return n;
  });
  return {
    scales: [...new Set(scales)].sort((a, b) => a - b),
    contenders: list('contenders', CONTENDER_IDS, CONTENDER_IDS),
    workloads: list('workloads', ALL_WORKLOADS, ALL_WORKLOADS),
    rounds: int('rounds', 3, 1, 100),
    roundSeconds: int('round-seconds', 5, 1, 600),
    warmupSeconds: int('warmup', 3, 0, 600),
    connections: int('connections', 8, 1, 1000),
    seed: int('seed', 42, 0, 2 ** 31),
    out: raw.get('out') ?? path.join(projectRoot(), 'bench', 'results'),
  };
}

