/**
 * Writes validated records with MERGE, in batches, in one write transaction: all of it or nothing.
 * MERGE on ids and SET of the same values make a second run change nothing.
 */

import type { Executor, Run } from '../neo4j/executor';
import { SEED_KINDS, type SeedKind, type SeedRecord } from './seed.kinds';
import type { SeedData } from './validate';

export const BATCH_SIZE = 500;

/**
 * Longest the seed transaction may run. Seeding writes every kind in one transaction, and on a cold,
 * busy database most of its time goes to planning each statement once: the 30 s request default is
 * too short for it (measured: about 70 s on a loaded 2-core machine, under 20 s once plans are cached).
 */
export const SEED_TRANSACTION_TIMEOUT_MS = 600_000;

/** One statement per seed file, in dependency order; each takes `$rows` (derived from SEED_KINDS). */
export const SEED_STATEMENTS: readonly { file: string; cypher: string }[] = SEED_KINDS.map((k) => ({ file: k.file, cypher: k.write }));

/**
 * The dataset version the graph carries (one node, outside the entities): the version it was seeded
 * or imported from, and its revision, the count of contributions through the API since then.
 */
export const READ_DATASET_VERSION = 'MATCH (d:Dataset) RETURN d.version AS version, coalesce(d.revision, 0) AS revision LIMIT 1';
export const WRITE_DATASET_VERSION =
  'MERGE (d:Dataset) SET d.version = $version, d.revision = $revision, d.generation = coalesce(d.generation, 0) + 1';

/**
 * Every write of the graph's content through Autograph (seed, import, mutation, scale data) adds one
 * to the Dataset node's `generation`: what is computed from the whole graph (its hash) is kept until
 * the generation changes. A write that bypasses Autograph should run this too.
 */
export const BUMP_GENERATION = 'MERGE (d:Dataset) SET d.generation = coalesce(d.generation, 0) + 1';

/** A seed without a version still starts the count of contributions again (on a graph that has a Dataset node). */
export const RESET_DATASET_REVISION = 'MATCH (d:Dataset) SET d.revision = 0, d.generation = coalesce(d.generation, 0) + 1';

/**
 * Counts one contribution (a mutation that changed the graph), inside the mutation's transaction.
 * Why the lock property: `SET d.revision = d.revision + 1` reads before it locks, so two concurrent
 * mutations could both write the same number (a lost update); setting a property first takes the
 * node's write lock, and the read that follows sees the other transaction's count. The lock is held
 * until the transaction ends, so mutations that take it first run one at a time: writes are rare, the
 * revisions stay a sequence, and a check (is this figure new?) cannot race another mutation's write.
 */
export const COUNT_CONTRIBUTION = `
MERGE (d:Dataset)
SET d._lock = true
WITH d
SET d.revision = coalesce(d.revision, 0) + 1, d.generation = coalesce(d.generation, 0) + 1
REMOVE d._lock
RETURN d.revision AS revision`;

/** Takes the Dataset node's write lock without counting (see COUNT_CONTRIBUTION), for a mutation that may change nothing. */
export const LOCK_DATASET = `
MERGE (d:Dataset)
SET d._lock = true
REMOVE d._lock`;

/** Counts one contribution in the open transaction (see COUNT_CONTRIBUTION); returns the new revision. */
export async function countContribution(run: Run): Promise<number> {
  const [row] = await run<{ revision: number }>(COUNT_CONTRIBUTION);
  return row!.revision;
}

/** Writes rows of one kind in batches inside an open transaction; `done` is told after each batch. */
export async function writeRecords(
  run: Run,
  kind: SeedKind,
  rows: readonly SeedRecord[],
  done: (count: number) => void = () => undefined,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const batch = rows.slice(i, i + BATCH_SIZE);
    await run(kind.write, { rows: batch });
    done(batch.length);
  }
}

/**
 * Writes every file's records in batches inside one transaction (and the dataset version, when
 * given); returns the counts after.
 */
export async function writeSeedData(
  executor: Executor,
  data: SeedData,
  progress: (message: string) => void = () => undefined,
  version?: string,
): Promise<Record<string, number>> {
  await executor.withTimeout(SEED_TRANSACTION_TIMEOUT_MS).writeTransaction(async (run: Run) => {
    for (const kind of SEED_KINDS) {
      const rows = data[kind.file] ?? [];
      await writeRecords(run, kind, rows);
      progress(`  ${kind.file}: ${rows.length} records`);
    }
    // A seed is a new start: its version, and no contributions yet.
    if (version !== undefined) await run(WRITE_DATASET_VERSION, { version, revision: 0 });
    else await run(RESET_DATASET_REVISION);
  });
  return countEntities(executor);
}

/** Counts of what the graph holds, per label. */
export const COUNT_BY_LABEL = `
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label WHERE NOT label IN ['Entity', 'Synthetic']
RETURN label, count(*) AS count ORDER BY label`;

/** How many entities of each label the graph holds. */
export async function countEntities(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read<{ label: string; count: number }>(COUNT_BY_LABEL);
  return Object.fromEntries(rows.map((r) => [r.label, r.count]));
}
