/**
 * `npm run generate -- --scale N [--seed S] [--batch B] [--rewrite]`: loads the synthetic data of
 * scale N (about 10,000·N relationships) around the real graph; `--clear` removes all synthetic data
 * (alone, or before loading). Connects like the server: NEO4J_URI when set, else the embedded Neo4j
 * in NEO4J_EMBEDDED_DIR, which it starts, seeds when empty, and stops at the end. Progress goes to
 * stderr; the counts of the graph to stdout.
 */

import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../src/config';
import { openDatabase } from '../../src/neo4j/database';
import { DEFAULT_SEED_DIR, isGraphEmpty, readSeedFolder, readSeedVersion, SeedValidationError, writeSeedData } from '../../src/seed';
import { clearSynthetic, countGraph, DEFAULT_BATCH_SIZE, DEFAULT_SEED, loadScale } from './load';

const USAGE = `Usage: npm run generate -- --scale N [--seed S] [--batch B] [--rewrite] [--clear]
  --scale N    integer ≥ 0: about 10,000·N synthetic relationships (100 ≈ 1,000,000)
  --seed S     seed of the random numbers (default ${DEFAULT_SEED}); same scale and seed, same graph
  --batch B    rows per write transaction (default ${DEFAULT_BATCH_SIZE})
  --rewrite    write again even when the graph already holds this scale and seed
  --clear      remove all synthetic data (before loading, when --scale is given too)`;

/** A non-negative integer option, or an error naming it. */
function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be an integer ≥ ${min}; got "${value}".`);
  return Number(value);
}

class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      batch: { type: 'string' },
      rewrite: { type: 'boolean', default: false },
      clear: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scale = integer('scale', values.scale, 0);
  const seed = integer('seed', values.seed, 0);
  const batchSize = integer('batch', values.batch, 1);
  if (scale === undefined && !values.clear) throw new UsageError('Say --scale N (or --clear).');

  const log = (message: string): void => void process.stderr.write(`${message}\n`);
  const config = loadConfig();
  const db = await openDatabase(config, log);
  try {
    if (await isGraphEmpty(db.executor)) {
      log('The graph is empty: seeding it from seeds/ first…');
      await writeSeedData(db.executor, readSeedFolder(DEFAULT_SEED_DIR), log, readSeedVersion(DEFAULT_SEED_DIR));
    }
    if (values.clear) {
      const started = Date.now();
      const deleted = await clearSynthetic(db.executor, true);
      log(`Removed ${deleted} synthetic nodes in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    if (scale !== undefined) {
      log(`Loading scale ${scale} (seed ${seed ?? DEFAULT_SEED}) into ${db.uri}…`);
      const result = await loadScale(db.executor, {
        scale,
        ...(seed === undefined ? {} : { seed }),
        ...(batchSize === undefined ? {} : { batchSize }),
        rewrite: values.rewrite,
        progress: true,
      });
      if (result.cleared > 0) log(`Removed ${result.cleared} synthetic nodes of another scale or seed first.`);
      if (result.skipped) log(`The graph already holds scale ${scale} with seed ${result.seed}: nothing written (--rewrite writes anyway).`);
      const written = Object.values(result.records).reduce((n, r) => n + r, 0);
      console.log(`Scale ${scale}, seed ${result.seed}: ${written} records written in ${(result.elapsedMs / 1000).toFixed(1)} s`);
      if (written > 0) console.log(`  per kind: ${Object.entries(result.records).map(([k, n]) => `${k} ${n}`).join(', ')}`);
      printCounts(result);
    } else {
      printCounts(await countGraph(db.executor));
    }
  } finally {
    await db.close();
  }
}

function printCounts(c: { nodes: number; relationships: number; syntheticNodes: number; syntheticRelationships: number }): void {
  console.log(`  graph: ${c.nodes} nodes, ${c.relationships} relationships (synthetic: ${c.syntheticNodes} nodes, ${c.syntheticRelationships} relationships)`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof ConfigError || error instanceof SeedValidationError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
