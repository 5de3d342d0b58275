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

/** The dataset version the graph carries (one node, outside the entities). */
export const READ_DATASET_VERSION = 'MATCH (d:Dataset) RETURN d.version AS version LIMIT 1';
export const WRITE_DATASET_VERSION = 'MERGE (d:Dataset) SET d.version = $version';

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
    if (version !== undefined) await run(WRITE_DATASET_VERSION, { version });
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
