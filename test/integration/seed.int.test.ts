/** Seeding against the real Neo4j: idempotent, and a bad file writes nothing. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Executor } from '../../src/neo4j/executor';
import { DEFAULT_SEED_DIR, SeedValidationError, seedDatabase } from '../../src/seed';
import { graphChecksum, testDriver } from '../support/test-server';

const driver = testDriver();
const executor = new Executor(driver, { database: process.env['NEO4J_DATABASE'] ?? 'neo4j', transactionTimeoutMs: 120_000 });

afterAll(async () => {
  await driver.close();
});

it('changes nothing when the seeds are written a second time', async () => {
  const before = await graphChecksum(executor);
  const counts = await seedDatabase(executor);
  expect(await graphChecksum(executor)).toBe(before);
  const seeded = JSON.parse(fs.readFileSync(path.join(DEFAULT_SEED_DIR, 'figures.json'), 'utf8')) as unknown[];
  expect(counts['TradeFigure']).toBe(seeded.length);
});

it('writes nothing when one file is bad, and names the file, the record and the field', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-bad-seed-'));
  for (const file of fs.readdirSync(DEFAULT_SEED_DIR)) fs.copyFileSync(path.join(DEFAULT_SEED_DIR, file), path.join(dir, file));
  // A new, valid country first (it would be written first) and a broken factory later.
  const countries = JSON.parse(fs.readFileSync(path.join(dir, 'countries.json'), 'utf8'));
  countries.push({ id: 'country:XQ', code: 'XQ', name: 'Testland', sources: ['source:cnn-2024-china-top-car-exporter'] });
  fs.writeFileSync(path.join(dir, 'countries.json'), JSON.stringify(countries));
  const factories = JSON.parse(fs.readFileSync(path.join(dir, 'factories.json'), 'utf8'));
  factories[1].status = 'RUNNING';
  fs.writeFileSync(path.join(dir, 'factories.json'), JSON.stringify(factories));

  const before = await graphChecksum(executor);
  await expect(seedDatabase(executor, dir)).rejects.toThrow(SeedValidationError);
  await expect(seedDatabase(executor, dir)).rejects.toThrow(
    `seeds/factories.json record 1 (${factories[1].id}) field "status": expected one of OPERATING, UNDER_CONSTRUCTION, ANNOUNCED, CLOSED; got "RUNNING".`,
  );
  expect(await graphChecksum(executor)).toBe(before);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('has a source for every fact: no node or relationship without one', async () => {
  const [row] = await executor.read<{ nodes: number; relationships: number }>(`
    CALL () { MATCH (n:Entity) WHERE NOT n:Source AND NOT n:TradeFigure AND size(coalesce(n.sources, [])) = 0 RETURN count(n) AS nodes }
    CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS relationships }
    RETURN nodes, relationships`);
  expect(row).toEqual({ nodes: 0, relationships: 0 });
});
