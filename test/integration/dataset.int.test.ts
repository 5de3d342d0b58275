/**
 * Import, export and Query.dataset against the real Neo4j. Every test leaves the graph exactly as
 * seeded (checked with graphChecksum at the end), since other test files run after this one.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatasetDocument as DatasetQuery } from '../../schema/generated/graphql';
import {
  coverageOfSeeds,
  datasetHash,
  exportDataset,
  formatDocument,
  formatReport,
  importDataset,
  loadImportFiles,
  seedContent,
  type ImportFile,
} from '../../src/dataset';
import { Executor } from '../../src/neo4j/executor';
import { DEFAULT_SEED_DIR, readSeedFolder, seedDatabase, SeedValidationError } from '../../src/seed';
import { graphChecksum, setDatasetRevision, startTestServer, type TestServer } from '../support/test-server';

/** The version the seeds carry (seeds/dataset.json). */
const SEEDS_VERSION: string = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '../../seeds/dataset.json'), 'utf8')).dataset.version;

// Whole-graph imports compile many statements on first use: give them time on a loaded machine.
jest.setTimeout(240_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const EXAMPLE: ImportFile[] = [{ path: 'example.json' }, { path: 'factories.csv' }];
const EXAMPLE_IDS = [
  'source:example-import-notes',
  'automaker:example-motors',
  'factory:example-motors-gyor',
  'factory:example-motors-pecs',
  'figure:example-motors-europe-2024-units',
];

let t: TestServer;
/** Imports and exports run like the command lines: with a long transaction timeout. */
let executor: Executor;
let seeded: string;
let tmp: string;

const load = (files: ImportFile[], cwd = FIXTURES) => loadImportFiles(files, cwd);
const removeExample = () => t.executor.write('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: EXAMPLE_IDS });

/** The problems of an import that must fail validation. */
async function problemsOf(files: ImportFile[], cwd = FIXTURES): Promise<string[]> {
  try {
    await importDataset(executor, load(files, cwd));
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems;
  }
  throw new Error('the import was expected to fail');
}

beforeAll(async () => {
  t = await startTestServer();
  executor = new Executor(t.driver, { database: process.env['NEO4J_DATABASE'] ?? 'neo4j', transactionTimeoutMs: 180_000 });
  seeded = await graphChecksum(t.executor);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-dataset-'));
});

afterAll(async () => {
  await removeExample();
  // Safety net: should a test have failed half-way, put the seeded graph back for the next files.
  if ((await graphChecksum(t.executor)) !== seeded) {
    await t.executor.write('MATCH (n) DETACH DELETE n');
    await seedDatabase(executor);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

describe('import', () => {
  afterAll(async () => {
    await removeExample();
    expect(await graphChecksum(t.executor)).toBe(seeded);
  });

  it('adds the records of a JSON document and a CSV file, refers to ids already in the graph, and reports per kind', async () => {
    const report = await importDataset(executor, load(EXAMPLE));
    expect(report.kinds).toEqual({
      sources: { added: 1, changed: 0, unchanged: 0 },
      automakers: { added: 1, changed: 0, unchanged: 0 },
      factories: { added: 2, changed: 0, unchanged: 0 },
      marketLinks: { added: 1, changed: 0, unchanged: 0 },
      figures: { added: 1, changed: 0, unchanged: 0 },
    });
    expect(formatReport(report).split('\n')).toEqual([
      '  kind            added  changed  left alone',
      '  sources             1        0           0',
      '  automakers          1        0           0',
      '  factories           2        0           0',
      '  marketLinks         1        0           0',
      '  figures             1        0           0',
      '  total               6        0           0',
      `Dataset version: ${SEEDS_VERSION} (unchanged)`,
    ]);
    // What was written, as the API serves it: a quoted CSV cell with a comma, a quote and a line break.
    const res = await t.request(`{
      country(id: "country:HU") { factories { id name city status products roles capacityPerYear automaker { id } sources { id } } }
      automaker(id: "automaker:example-motors") { country { id } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const factories = res.body.data!.country.factories
      .filter((f: { id: string }) => f.id.startsWith('factory:example-'))
      .sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
    expect(factories).toEqual([
      {
        id: 'factory:example-motors-gyor',
        name: 'Example Motors plant, Győr',
        city: 'Győr',
        status: 'ANNOUNCED',
        products: ['passenger cars', 'electric vehicles'],
        roles: ['EXPORT_HUB'],
        capacityPerYear: 50000,
        automaker: { id: 'automaker:example-motors' },
        sources: [{ id: 'source:example-import-notes' }],
      },
      {
        id: 'factory:example-motors-pecs',
        name: 'Example Motors "Line 2"\n(second building), Pécs',
        city: 'Pécs',
        status: 'UNDER_CONSTRUCTION',
        products: ['buses'],
        roles: [],
        capacityPerYear: null,
        automaker: { id: 'automaker:example-motors' },
        sources: [{ id: 'source:example-import-notes' }],
      },
    ]);
    expect(res.body.data!.automaker.country).toEqual({ id: 'country:HU' });
  });

  it('changes nothing and reports everything left alone the second time', async () => {
    const before = await graphChecksum(t.executor);
    const report = await importDataset(executor, load(EXAMPLE));
    for (const kind of Object.values(report.kinds)) expect(kind.added + kind.changed).toBe(0);
    expect(report.kinds['factories']).toEqual({ added: 0, changed: 0, unchanged: 2 });
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('reports a record whose properties or relationships differ as changed, and writes it', async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'example.json'), 'utf8'));
    doc.automakers[0].countryId = 'country:DE'; // a relationship
    doc.figures[0].value = 1300; // a property
    const file = path.join(tmp, 'changed.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const report = await importDataset(executor, load([{ path: file }]));
    expect(report.kinds).toEqual({
      sources: { added: 0, changed: 0, unchanged: 1 },
      automakers: { added: 0, changed: 1, unchanged: 0 },
      marketLinks: { added: 0, changed: 0, unchanged: 1 },
      figures: { added: 0, changed: 1, unchanged: 0 },
    });
    const rows = await t.executor.read<{ country: string[]; value: number }>(
      `MATCH (a:Automaker {id: 'automaker:example-motors'})-[:HEADQUARTERED_IN]->(c)
       MATCH (f:TradeFigure {id: 'figure:example-motors-europe-2024-units'})
       RETURN collect(c.id) AS country, f.value AS value`,
    );
    expect(rows).toEqual([{ country: ['country:DE'], value: 1300 }]);
  });

  it('writes nothing in a dry run, and says what an import would do', async () => {
    await removeExample();
    const before = await graphChecksum(t.executor);
    const report = await importDataset(executor, load(EXAMPLE), { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.kinds['factories']).toEqual({ added: 2, changed: 0, unchanged: 0 });
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('writes nothing when one record is bad, and lists every problem with file, line or record, field and expectation', async () => {
    const csv = fs.readFileSync(path.join(FIXTURES, 'factories.csv'), 'utf8').replace(',ANNOUNCED,', ',RUNNING,');
    fs.writeFileSync(path.join(tmp, 'factories.csv'), csv);
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'example.json'), 'utf8'));
    doc.figures[0].periodEnd = '2024-13-01';
    doc.marketLinks[0].marketId = 'market:atlantis';
    fs.writeFileSync(path.join(tmp, 'example.json'), JSON.stringify(doc));

    const before = await graphChecksum(t.executor);
    const problems = await problemsOf(EXAMPLE, tmp);
    expect(problems).toEqual([
      'example.json figures record 0 (figure:example-motors-europe-2024-units) field "periodEnd": expected a date written YYYY-MM-DD; got "2024-13-01".',
      'factories.csv line 2 (factory:example-motors-gyor) field "status": expected one of OPERATING, UNDER_CONSTRUCTION, ANNOUNCED, CLOSED; got "RUNNING".',
      'example.json marketLinks record 0 (automaker:example-motors SELLS_IN market:atlantis) field "marketId": market:atlantis is neither in the imported files nor in the database.',
    ]);
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('names a missing reference even when everything else is valid, and writes nothing', async () => {
    const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'example.json'), 'utf8'));
    doc.automakers[0].countryId = 'country:XQ';
    fs.writeFileSync(path.join(tmp, 'missing.json'), JSON.stringify({ sources: doc.sources, automakers: doc.automakers }));
    const before = await graphChecksum(t.executor);
    expect(await problemsOf([{ path: 'missing.json' }], tmp)).toEqual([
      'missing.json automakers record 0 (automaker:example-motors) field "countryId": country:XQ is neither in the imported files nor in the database.',
    ]);
    expect(await graphChecksum(t.executor)).toBe(before);
  });
});

describe('export and Query.dataset', () => {
  it('serves the version, the hash the export carries and counts from Cypher', async () => {
    const res = await t.run(DatasetQuery, {});
    expect(res.body.errors).toBeUndefined();
    const exported = await exportDataset(executor);
    const dataset = res.body.data!.dataset;
    expect(dataset.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset.hash).toBe(exported.dataset.hash);
    expect(dataset.version).toBe(SEEDS_VERSION);
    expect(dataset.hashMethod).toMatch(/^sha256/);
    expect(Object.fromEntries(dataset.counts.map((c) => [c.kind, c.count]))).toEqual(exported.dataset.counts);
    // The graph holds exactly the seeds: the same hash as the seed files, and as README's coverage section.
    expect(exported.dataset.hash).toBe(datasetHash(seedContent(readSeedFolder(DEFAULT_SEED_DIR))));
    expect(coverageOfSeeds()).toContain(exported.dataset.hash);
    const [row] = await t.executor.read<{ n: number }>('MATCH (n:TradeFigure) RETURN count(n) AS n');
    expect(exported.dataset.counts['figures']).toBe(row!.n);
  });

  it('reports contributions as version+revision, in the API and the export, and an import of such a version keeps it', async () => {
    const readStored = async () =>
      (await t.executor.read<{ version: string; revision: number | null }>('MATCH (d:Dataset) RETURN d.version AS version, d.revision AS revision'))[0]!;
    const stored = await readStored();
    try {
      await setDatasetRevision(t.executor, 2);
      const res = await t.request('{ dataset { version revision } }');
      expect(res.body.data!.dataset).toEqual({ version: `${SEEDS_VERSION}+2`, revision: 2 });
      expect((await exportDataset(executor)).dataset.version).toBe(`${SEEDS_VERSION}+2`);
      // A header of an export of another graph with contributions: stored as its version and revision.
      fs.writeFileSync(path.join(tmp, 'versioned.json'), JSON.stringify({ dataset: { version: '9.9.9+4' }, sources: [] }));
      const report = await importDataset(executor, load([{ path: 'versioned.json' }], tmp));
      expect(report.version).toEqual({ before: `${SEEDS_VERSION}+2`, after: '9.9.9+4' });
      expect(await readStored()).toEqual({ version: '9.9.9', revision: 4 });
      expect((await t.request('{ dataset { version revision } }')).body.data!.dataset).toEqual({ version: '9.9.9+4', revision: 4 });
    } finally {
      await t.executor.write('MATCH (d:Dataset) SET d.version = $version, d.revision = $revision', stored);
    }
  });

  it('re-imports its own export, unchanged', async () => {
    const file = path.join(tmp, 'snapshot.json');
    fs.writeFileSync(file, formatDocument(await exportDataset(executor)));
    const before = await graphChecksum(t.executor);
    const report = await importDataset(executor, load([{ path: file }]));
    for (const kind of Object.values(report.kinds)) expect(kind).toEqual({ added: 0, changed: 0, unchanged: kind.unchanged });
    expect(await graphChecksum(t.executor)).toBe(before);
  });

  it('reproduces the same graph and hash when its export is imported into an empty database', async () => {
    const exported = await exportDataset(executor);
    const file = path.join(tmp, 'snapshot.json');
    fs.writeFileSync(file, formatDocument(exported));
    const before = await graphChecksum(t.executor);

    await t.executor.write('MATCH (n) DETACH DELETE n');
    const emptied = await exportDataset(executor);
    expect(Object.values(emptied.dataset.counts).every((n) => n === 0)).toBe(true);
    expect(emptied.dataset.version).toBe('unversioned');

    const report = await importDataset(executor, load([{ path: file }]));
    expect(report.version).toEqual({ before: 'unversioned', after: exported.dataset.version });
    for (const [kind, counts] of Object.entries(report.kinds)) {
      expect(counts).toEqual({ added: exported.dataset.counts[kind], changed: 0, unchanged: 0 });
    }
    const again = await exportDataset(executor);
    expect(again.dataset).toEqual(exported.dataset);
    expect(formatDocument(again)).toBe(formatDocument(exported));
    // Not only the same hash: the very same nodes, properties and relationships as seeded.
    expect(await graphChecksum(t.executor)).toBe(before);
    expect(before).toBe(seeded);
  });
});
