/**
 * Writes a scale's synthetic records into Neo4j with the seed's own statements (SEED_KINDS' `write`),
 * kind by kind, in batches of `UNWIND $rows`, each batch in its own write transaction, and marks every
 * node it wrote `:Synthetic`. A `(:SyntheticDataset:Synthetic)` node remembers which scale and seed
 * the graph holds: loading the same one again rewrites the same values (MERGE), loading another one
 * first removes the old synthetic data. `clearSynthetic` removes all of it, in batches.
 */

import { BUMP_GENERATION } from '../../src/seed/write';
import type { Executor } from '../../src/neo4j/executor';
import { DEFAULT_SEED_DIR, readSeedFolder } from '../../src/seed';
import { SEED_KINDS, type SeedKind, type SeedRecord } from '../../src/seed/seed.kinds';
import { baseFromSeeds, generateKind, GENERATOR_VERSION, planScale, type BaseGraph, type ScalePlan } from './generate';

/** Rows per write transaction. */
export const DEFAULT_BATCH_SIZE = 5_000;
/** Seed of the random numbers when none is given. */
export const DEFAULT_SEED = 42;
/** Nodes deleted per transaction by clearSynthetic. */
const CLEAR_BATCH_SIZE = 5_000;
/** Longest one batch may take (a cold, busy database plans the first statements slowly). */
const BATCH_TIMEOUT_MS = 300_000;

/** Adds :Synthetic to the nodes just written. */
const MARK_SYNTHETIC = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n:Synthetic`;
const READ_MARKER = 'MATCH (d:SyntheticDataset) RETURN d.scale AS scale, d.seed AS seed, d.version AS version, d.complete AS complete';
const WRITE_MARKER = `
MERGE (d:SyntheticDataset)
SET d:Synthetic, d.scale = $scale, d.seed = $seed, d.version = $version, d.complete = $complete`;
/**
 * Labels in the order clearSynthetic deletes them: the many leaves (figures, with a few relationships
 * each) first, so that the hubs (sources, countries) have lost their relationships by the time they go
 * and no transaction has to delete a hub's hundreds of thousands of relationships at once. A fixed
 * allow-list: labels cannot be parameters.
 */
const CLEAR_ORDER = ['TradeFigure', 'FactoryClaim', 'Factory', 'TradeMeasure', 'Automaker', 'Market', 'Organization', 'Country', 'Source'] as const;
const deleteBatch = (label?: (typeof CLEAR_ORDER)[number]): string =>
  `MATCH (n:Synthetic${label === undefined ? '' : `:${label}`}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`;
const COUNT_REAL = 'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL OR n:Synthetic RETURN collect(id) AS missing';
const COUNT_CLASHES = 'UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE NOT n:Synthetic RETURN collect(id) AS clashes';
const COUNT_GRAPH = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n:Synthetic) RETURN count(n) AS syntheticNodes }
RETURN nodes, relationships, syntheticNodes`;
const COUNT_SYNTHETIC_RELATIONSHIPS = `
CALL () { MATCH (:Synthetic)-[r]->() RETURN count(r) AS outgoing }
CALL () { MATCH (a)-[r]->(:Synthetic) WHERE NOT a:Synthetic RETURN count(r) AS incoming }
RETURN outgoing + incoming AS relationships`;

/** One report of the loader's progress (after each batch). */
export interface LoadProgress {
  /** Kind of record being written (SEED_KINDS' name, e.g. "figures"), or "clear". */
  kind: string;
  done: number;
  total: number;
  /** Rows written per second in this kind so far. */
  rowsPerSecond: number;
  elapsedMs: number;
}

export interface LoadScaleOptions {
  /** Integer ≥ 0; 0 loads nothing (and removes synthetic data of another scale). */
  scale: number;
  /** Seed of the random numbers (default 42). */
  seed?: number;
  /** true: progress lines on stderr; a function: each report; default: silent. */
  progress?: boolean | ((event: LoadProgress) => void);
  /** Rows per write transaction (default 5,000). */
  batchSize?: number;
  /** The real entities to generate around (default: those of seeds/, which must be in the graph). */
  base?: BaseGraph;
  /** Write even when the graph already holds this scale and seed completely (default: skip). */
  rewrite?: boolean;
}

/** Counts of the whole graph. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
  syntheticNodes: number;
  /** Relationships with a synthetic node at either end. */
  syntheticRelationships: number;
}

export interface LoadScaleResult extends GraphCounts {
  scale: number;
  seed: number;
  /** Records written per kind (SEED_KINDS' name); empty when skipped. */
  records: Record<string, number>;
  /** True when the graph already held this scale and seed, so nothing was written. */
  skipped: boolean;
  /** Synthetic nodes removed first (another scale or seed was loaded). */
  cleared: number;
  elapsedMs: number;
}

/** Prints progress on stderr: at most one line a second per kind, and each kind's last batch. */
export function stderrProgress(): (event: LoadProgress) => void {
  let last = 0;
  return (e) => {
    const now = Date.now();
    if (e.done < e.total && now - last < 1000) return;
    last = now;
    const percent = e.total === 0 ? 100 : Math.floor((100 * e.done) / e.total);
    process.stderr.write(
      `  ${e.kind.padEnd(16)} ${String(e.done).padStart(8)} / ${String(e.total).padEnd(8)} ${String(percent).padStart(3)} %  ` +
        `${Math.round(e.rowsPerSecond).toLocaleString('en-US')} rows/s  (${(e.elapsedMs / 1000).toFixed(1)} s)\n`,
    );
  };
}

const reporter = (progress: LoadScaleOptions['progress']): ((event: LoadProgress) => void) =>
  progress === true ? stderrProgress() : typeof progress === 'function' ? progress : () => undefined;

/** Counts nodes and relationships of the whole graph and of its synthetic part. */
export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read<{ nodes: number; relationships: number; syntheticNodes: number }>(COUNT_GRAPH);
  const [synthetic] = await executor.read<{ relationships: number }>(COUNT_SYNTHETIC_RELATIONSHIPS);
  return { ...row!, syntheticRelationships: synthetic!.relationships };
}

/**
 * Deletes every `:Synthetic` node (and so every relationship touching one) in batches, each in its own
 * transaction, leaves first (see CLEAR_ORDER); the real graph is left as it was. Returns how many nodes were deleted.
 */
export async function clearSynthetic(executor: Executor, progress?: LoadScaleOptions['progress']): Promise<number> {
  const report = reporter(progress);
  const writer = executor.withTimeout(BATCH_TIMEOUT_MS);
  const [total] = await executor.read<{ count: number }>('MATCH (n:Synthetic) RETURN count(n) AS count');
  const started = Date.now();
  let deleted = 0;
  for (const label of [...CLEAR_ORDER, undefined]) {
    for (;;) {
      const [row] = await writer.write<{ deleted: number }>(deleteBatch(label), { limit: CLEAR_BATCH_SIZE });
      const count = row?.deleted ?? 0;
      if (count === 0) break;
      deleted += count;
      const elapsedMs = Date.now() - started;
      report({ kind: 'clear', done: deleted, total: Math.max(deleted, total?.count ?? 0), rowsPerSecond: (deleted * 1000) / Math.max(1, elapsedMs), elapsedMs });
    }
  }
  return deleted;
}

/** Records of a kind in batches of `size`. */
function* batches(records: Iterable<SeedRecord>, size: number): Generator<SeedRecord[]> {
  let batch: SeedRecord[] = [];
  for (const record of records) {
    batch.push(record);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** How many records a kind has in a plan (the planned count, or counted by generating the small link kinds). */
function recordCount(plan: ScalePlan, kind: string): number {
  const planned = (plan.counts as Record<string, number>)[kind];
  if (planned !== undefined) return planned;
  let n = 0;
  for (const _ of generateKind(plan, kind)) n += 1;
  return n;
}

/** Checks the graph before writing: the real entities the scale refers to are there; no synthetic id names a real node. */
async function checkGraph(executor: Executor, plan: ScalePlan): Promise<void> {
  const [real] = await executor.read<{ missing: string[] }>(COUNT_REAL, { ids: plan.realIds });
  if (real!.missing.length > 0) {
    throw new Error(
      `The graph lacks ${real!.missing.length} real entities the synthetic data refers to (e.g. ${real!.missing.slice(0, 5).join(', ')}): ` +
        'seed it first (`npm run seed`).',
    );
  }
  const countryIds = plan.fixed.countries.map((c) => String(c['id']));
  const [clash] = await executor.read<{ clashes: string[] }>(COUNT_CLASHES, { ids: countryIds });
  if (clash!.clashes.length > 0) {
    throw new Error(`Synthetic countries would overwrite real ones: ${clash!.clashes.join(', ')}. Nothing was written.`);
  }
}

/** Writes one kind's records in batches, each batch (and its :Synthetic marking) in one transaction. */
async function writeKind(
  executor: Executor,
  plan: ScalePlan,
  kind: SeedKind,
  batchSize: number,
  report: (event: LoadProgress) => void,
): Promise<number> {
  const total = recordCount(plan, kind.name);
  const started = Date.now();
  let done = 0;
  for (const rows of batches(generateKind(plan, kind.name), batchSize)) {
    await executor.writeTransaction(async (run) => {
      await run(kind.write, { rows });
      if (kind.label !== undefined) await run(MARK_SYNTHETIC, { ids: rows.map((r) => r['id']) });
    });
    done += rows.length;
    const elapsedMs = Date.now() - started;
    report({ kind: kind.name, done, total, rowsPerSecond: (done * 1000) / Math.max(1, elapsedMs), elapsedMs });
  }
  return done;
}

/**
 * Loads the synthetic data of a scale around the real graph (which must be seeded already), with the
 * seed's write statements, in batches; marks it :Synthetic. Idempotent: the same scale and seed again
 * is skipped (or rewritten with the same values, with `rewrite`); another scale or seed first removes
 * the synthetic data in the graph. Returns the records written per kind, the graph's counts and the time.
 */
export async function loadScale(executor: Executor, options: LoadScaleOptions): Promise<LoadScaleResult> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer; got ${batchSize}`);
  const report = reporter(options.progress);
  const base = options.base ?? baseFromSeeds(readSeedFolder(DEFAULT_SEED_DIR));
  const plan = planScale(options.scale, seed, base);
  const writer = executor.withTimeout(BATCH_TIMEOUT_MS);

  const [marker] = await executor.read<{ scale: number; seed: number; version: number; complete: boolean }>(READ_MARKER);
  const same = marker !== undefined && marker.scale === options.scale && marker.seed === seed && marker.version === GENERATOR_VERSION;
  let cleared = 0;
  if (!same) {
    cleared = await clearSynthetic(executor, options.progress);
  } else if (marker.complete && options.rewrite !== true) {
    const expected = 1 + SEED_KINDS.filter((k) => k.label !== undefined).reduce((n, k) => n + recordCount(plan, k.name), 0);
    const counts = await countGraph(executor);
    if (counts.syntheticNodes === expected) {
      return { scale: options.scale, seed, records: {}, skipped: true, cleared, elapsedMs: Date.now() - started, ...counts };
    }
  }
  const records: Record<string, number> = {};
  if (options.scale > 0) {
    await checkGraph(executor, plan);
    await writer.write(WRITE_MARKER, { scale: options.scale, seed, version: GENERATOR_VERSION, complete: false });
    for (const kind of SEED_KINDS) records[kind.name] = await writeKind(writer, plan, kind, batchSize, report);
    await writer.write(WRITE_MARKER, { scale: options.scale, seed, version: GENERATOR_VERSION, complete: true });
  }
  // The graph's content changed (cleared or loaded): what was computed from it is stale.
  await writer.write(BUMP_GENERATION);
  const counts = await countGraph(executor);
  return { scale: options.scale, seed, records, skipped: false, cleared, elapsedMs: Date.now() - started, ...counts };
}
