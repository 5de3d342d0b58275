/**
 * Scale data in the real Neo4j: loading scale 1 writes what the generator planned, marks every
 * synthetic node :Synthetic, is idempotent, and clearSynthetic brings the graph back to the seed graph
 * exactly (other test files share this database and expect the seeds).
 */

import type { Driver } from 'neo4j-driver';
import { baseFromSeeds, generateScale, TOTAL_COUNTRIES } from '../../bench/generate/generate';
import { clearSynthetic, loadScale, type LoadProgress } from '../../bench/generate/load';
import { Executor } from '../../src/neo4j/executor';
import { DEFAULT_SEED_DIR, readSeedFolder, SEED_KINDS } from '../../src/seed';
import { graphChecksum, testDriver } from '../support/test-server';

const LONG = 600_000;

let driver: Driver;
let executor: Executor;
let before: string;

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, { database: process.env['NEO4J_DATABASE'] ?? 'neo4j', transactionTimeoutMs: 300_000 });
  before = await graphChecksum(executor);
});

afterAll(async () => {
  // Whatever happened above, leave the seed graph as the other files expect it.
  await clearSynthetic(executor);
  await driver.close();
});

const data = generateScale(1, 42, baseFromSeeds(readSeedFolder(DEFAULT_SEED_DIR)));
const nodeRecords = SEED_KINDS.filter((k) => k.label !== undefined).reduce((n, k) => n + data[k.file]!.length, 0);
const relationshipRecords = SEED_KINDS.reduce(
  (n, k) => n + data[k.file]!.reduce((m, r) => m + (k.label !== undefined ? k.relationships(r).length : 1), 0),
  0,
);

it(
  'loads scale 1 in batches with progress, exactly as generated, every synthetic node marked',
  async () => {
    const events: LoadProgress[] = [];
    const result = await loadScale(executor, { scale: 1, seed: 42, batchSize: 1000, progress: (e) => events.push(e) });
    expect(result.skipped).toBe(false);
    for (const kind of SEED_KINDS) expect(result.records[kind.name]).toBe(data[kind.file]!.length);
    // The generated nodes and the marker node; every relationship the records own.
    expect(result.syntheticNodes).toBe(nodeRecords + 1);
    expect(result.syntheticRelationships).toBe(relationshipRecords);
    const figures = events.filter((e) => e.kind === 'figures');
    expect(figures.length).toBeGreaterThan(1);
    expect(figures[figures.length - 1]!.done).toBe(data['figures.json']!.length);

    const [marks] = await executor.read<{ unmarked: number; marked: number; syntheticCountries: number }>(`
      CALL () { MATCH (n:Entity) WHERE n.id CONTAINS ':syn-' AND NOT n:Synthetic RETURN count(n) AS unmarked }
      CALL () { MATCH (n:Synthetic:Entity) WHERE NOT n.id CONTAINS ':syn-' AND NOT n:Country RETURN count(n) AS marked }
      CALL () { MATCH (c:Country:Synthetic) RETURN count(c) AS syntheticCountries }
      RETURN unmarked, marked, syntheticCountries`);
    expect(marks).toEqual({ unmarked: 0, marked: 0, syntheticCountries: data['countries.json']!.length });
    const [total] = await executor.read<{ countries: number }>('MATCH (c:Country) RETURN count(c) AS countries');
    expect(total!.countries).toBe(TOTAL_COUNTRIES);
    // Real entities meet the synthetic graph.
    const [cn] = await executor.read<{ figures: number; automakers: number }>(`
      MATCH (c:Country {id: 'country:CN'})
      RETURN COUNT { (:TradeFigure:Synthetic)-[:EXPORTER]->(c) } AS figures, COUNT { (:Automaker:Synthetic)-[:HEADQUARTERED_IN]->(c) } AS automakers`);
    expect(cn!.figures).toBeGreaterThan(0);
    expect(cn!.automakers).toBeGreaterThan(0);
  },
  LONG,
);

it(
  'is idempotent: loading the same scale again skips, and rewriting it changes nothing',
  async () => {
    const loaded = await graphChecksum(executor);
    const again = await loadScale(executor, { scale: 1, seed: 42 });
    expect(again.skipped).toBe(true);
    const rewritten = await loadScale(executor, { scale: 1, seed: 42, rewrite: true });
    expect(rewritten.skipped).toBe(false);
    expect(await graphChecksum(executor)).toBe(loaded);
  },
  LONG,
);

it(
  'clearSynthetic removes all of it: the graph is the seed graph again',
  async () => {
    const deleted = await clearSynthetic(executor);
    expect(deleted).toBe(nodeRecords + 1);
    expect(await graphChecksum(executor)).toBe(before);
  },
  LONG,
);
