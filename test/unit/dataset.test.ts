/** The dataset domain without a database: CSV, import validation messages, the canonical hash, progress, coverage. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  canonicalJson,
  convertCell,
  coverageOfSeeds,
  createProgress,
  csvToRecords,
  datasetHash,
  formatDocument,
  kindFromFileName,
  loadImportFiles,
  parseCsv,
  recordsToCsv,
  replaceCoverage,
  seedContent,
  COVERAGE_END,
  COVERAGE_START,
  type DatasetContent,
} from '../../src/dataset';
import { projectRoot } from '../../src/neo4j/embedded/launcher';
import { checkRecords, DEFAULT_SEED_DIR, findSeedKind, readSeedFolder, SEED_KINDS } from '../../src/seed';

const factories = findSeedKind('factories')!;
const seeds = seedContent(readSeedFolder(DEFAULT_SEED_DIR));

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and remembers the line each record starts on', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n\n2,"two\nlines",\n3,,"last"';
    expect(parseCsv(text)).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['1', 'x, y', 'say "hi"'] },
        { line: 4, cells: ['2', 'two\nlines', ''] },
        { line: 6, cells: ['3', '', 'last'] },
      ],
      errors: [],
    });
  });

  it('drops a byte-order mark and a final line break', () => {
    expect(parseCsv('\uFEFFid,name\nx,y\n').rows).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['x', 'y'] },
    ]);
  });

  it('names the line of an unterminated quote and of text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').errors).toEqual(['line 2: a quoted cell is never closed (expected a closing ").']);
    const bad = parseCsv('a,b\n1,"x"y\n2,3');
    expect(bad.errors).toEqual(['line 2: expected a comma or the end of the line after a closing quote; got "y".']);
    expect(bad.rows.map((r) => r.line)).toEqual([1, 3]);
  });
});

describe('CSV records', () => {
  it('converts cells by the field rule: lists on ";", empty cell null (an empty list in a list column), numbers and booleans', () => {
    expect(convertCell({ type: 'strings' }, 'passenger cars; buses')).toEqual(['passenger cars', 'buses']);
    expect(convertCell({ type: 'enums', values: ['EXPORT_HUB'] }, '')).toEqual([]);
    expect(convertCell({ type: 'string', nullable: true }, '')).toBeNull();
    expect(convertCell({ type: 'number' }, '200000')).toBe(200000);
    expect(convertCell({ type: 'number' }, '2e5')).toBe(200000);
    expect(convertCell({ type: 'number' }, 'lots')).toBe('lots');
    expect(convertCell({ type: 'boolean' }, 'TRUE')).toBe(true);
    expect(convertCell({ type: 'boolean' }, 'yes')).toBe('yes');
  });

  it('refuses a header with unknown, duplicate or missing columns, naming the file, the line and the column', () => {
    const { records, problems } = csvToRecords(factories, 'id,name,colour,name\nfactory:x,X,red,X\n', 'new/factories.csv');
    expect(records).toEqual([]);
    expect(problems[0]).toBe(
      `new/factories.csv line 1 column 3 "colour": unknown column (expected only ${Object.keys(factories.fields).join(', ')}).`,
    );
    expect(problems[1]).toBe('new/factories.csv line 1 column 4 "name": duplicate column.');
    expect(problems[2]).toBe('new/factories.csv line 1: missing column "automakerId".');
  });

  it('round-trips the seeds through CSV', () => {
    for (const kind of SEED_KINDS) {
      const text = recordsToCsv(kind, seeds[kind.name]!);
      const { records, problems } = csvToRecords(kind, text, `${kind.name}.csv`);
      expect(problems).toEqual([]);
      expect(records.map((r) => r.value)).toEqual(seeds[kind.name]);
    }
  });
});

describe('import validation', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-import-unit-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string): string => {
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };
  const problemsOf = (...files: string[]): string[] => {
    const loaded = loadImportFiles(files.map((f) => ({ path: f })), dir);
    return [...loaded.problems, ...checkRecords(loaded.groups).problems];
  };

  it('tells the kind from the file name', () => {
    expect(kindFromFileName('data/factories.csv')?.name).toBe('factories');
    expect(kindFromFileName('market-links.json')?.name).toBe('marketLinks');
    expect(kindFromFileName('2025-marketLinks.csv')?.name).toBe('marketLinks');
    expect(kindFromFileName('new_markets.csv')?.name).toBe('markets');
    expect(kindFromFileName('plants.csv')).toBeUndefined();
  });

  it('lists every problem of a CSV file with the file, the line, the id, the field and what was expected', () => {
    const header = Object.keys(factories.fields).join(',');
    const row = (id: string, status: string, capacity: string, products = 'buses') =>
      `${id},Plant,automaker:byd,country:HU,,${status},${products},,,,,,,,,${capacity},,,,source:x`;
    const file = write(
      'factories.csv',
      [header, row('factory:a', 'RUNNING', '1000'), row('factory:b', 'OPERATING', 'many', '"buses;\nvans"'), row('factory:a', 'OPERATING', '')].join('\n'),
    );
    expect(problemsOf(file)).toEqual([
      'factories.csv line 2 (factory:a) field "status": expected one of OPERATING, UNDER_CONSTRUCTION, ANNOUNCED, CLOSED; got "RUNNING".',
      'factories.csv line 3 (factory:b) field "capacityPerYear": expected a number; got "many".',
      'factories.csv line 5 (factory:a) field "id": duplicate id factory:a.',
    ]);
  });

  it('names the record index and id of a JSON document, an unknown key and a bad header', () => {
    const file = write(
      'doc.json',
      JSON.stringify({
        dataset: { version: '' },
        countries: [{ id: 'country:XQ', code: 'XQ', name: 'Testland', sources: [] }, 'no'],
        plants: [],
      }),
    );
    expect(problemsOf(file)).toEqual([
      'doc.json field "dataset.version": expected a non-empty string; got "".',
      `doc.json key "plants": unknown key (expected dataset or one of ${SEED_KINDS.map((k) => k.name).join(', ')}).`,
      'doc.json countries record 0 (country:XQ) field "sources": expected a non-empty array of source ids; got [].',
      'doc.json countries record 1: expected an object; got "no".',
    ]);
  });

  it('refuses files it cannot read or place', () => {
    expect(problemsOf(write('plants.csv', 'id\n'), write('broken.json', '{'), 'absent.json', write('notes.txt', ''))).toEqual([
      'plants.csv: the file name names no kind; call it after one (e.g. factories.csv) or pass --kind <kind> before it (kinds: sources, countries, organizations, automakers, brands, factories, formerOperators, markets, marketCountries, marketLinks, figures, tradeMeasures, measureLinks, companyLinks, statisticsLinks, factoryClaims).',
      expect.stringMatching(/^broken\.json: not valid JSON \(.+\)\.$/),
      'absent.json: cannot be read (ENOENT).',
      'notes.txt: expected a .json or .csv file.',
    ]);
  });

  it('takes the kind of a CSV from --kind', () => {
    const file = write('plants.csv', `${Object.keys(factories.fields).join(',')}\n`);
    const loaded = loadImportFiles([{ path: file, kind: 'factories' }], dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.groups.map((g) => g.rule.name)).toEqual(['factories']);
  });

  it('collects references to ids no file defines, for one batched check against the database', () => {
    const loaded = loadImportFiles([{ path: 'example.json' }, { path: 'factories.csv' }], path.join(__dirname, '..', 'fixtures', 'import'));
    const checked = checkRecords(loaded.groups);
    expect(checked.problems).toEqual([]);
    expect([...new Set(checked.unresolved.map((u) => u.id))].sort()).toEqual(['country:HU', 'market:europe']);
    expect(checked.unresolved[0]!.where).toBe('example.json automakers record 0 (automaker:example-motors) field "countryId"');
  });
});

describe('canonical hash', () => {
  it('is the same whatever the order of records, of keys and of unordered lists', () => {
    const shuffled: DatasetContent = {};
    for (const [kind, records] of Object.entries(seeds)) {
      shuffled[kind] = [...records].reverse().map((r) => {
        const reversed = Object.fromEntries(Object.entries(r).reverse());
        if (Array.isArray(reversed['countryIds'])) reversed['countryIds'] = [...(reversed['countryIds'] as string[])].reverse();
        return reversed;
      });
    }
    expect(datasetHash(shuffled)).toBe(datasetHash(seeds));
  });

  it('changes when any value changes, and ignores what is not a field', () => {
    const hash = datasetHash(seeds);
    const edited = JSON.parse(JSON.stringify(seeds)) as DatasetContent;
    edited['figures']![0]!['value'] = (edited['figures']![0]!['value'] as number) + 1;
    expect(datasetHash(edited)).not.toBe(hash);
    const extra = JSON.parse(JSON.stringify(seeds)) as DatasetContent;
    extra['automakers']![0]!['updatedAt'] = '2026-01-01T00:00:00Z';
    expect(datasetHash(extra)).toBe(hash);
  });

  it('is a fixed function of the content: a known value for a known input', () => {
    expect(canonicalJson({ b: [2, { d: null, c: 'x' }], a: 1 })).toBe('{"a":1,"b":[2,{"c":"x","d":null}]}');
    const empty = datasetHash({});
    // sha256 of every kind, empty, keys sorted
    expect(empty).toBe(
      require('node:crypto')
        .createHash('sha256')
        .update('{"automakers":[],"brands":[],"companyLinks":[],"countries":[],"factories":[],"factoryClaims":[],"figures":[],"formerOperators":[],"marketCountries":[],"marketLinks":[],"markets":[],"measureLinks":[],"organizations":[],"sources":[],"statisticsLinks":[],"tradeMeasures":[]}')
        .digest('hex'),
    );
  });

  it('writes an export document that the import reads back as the same content', () => {
    const text = formatDocument({ dataset: { version: 'test', hash: datasetHash(seeds), counts: {} }, content: seeds });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'autograph-export-unit-'));
    fs.writeFileSync(path.join(dir, 'snapshot.json'), text);
    const loaded = loadImportFiles([{ path: 'snapshot.json' }], dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(loaded.problems).toEqual([]);
    expect(loaded.version).toBe('test');
    const content = Object.fromEntries(loaded.groups.map((g) => [g.rule.name, g.records.map((r) => r.value)])) as DatasetContent;
    expect(datasetHash(content)).toBe(datasetHash(seeds));
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, write: (text: string) => out.push(text) } };
  };

  it('prints a count every tenth of the way when stderr is not a terminal', () => {
    const { out, stream: s } = stream(false);
    const progress = createProgress(s, 10);
    progress.start('Writing', 2000);
    for (let i = 0; i < 4; i += 1) progress.advance(500);
    progress.finish();
    expect(out).toEqual(['Writing: 0/2000 (0%)\n', 'Writing: 500/2000 (25%)\n', 'Writing: 1000/2000 (50%)\n', 'Writing: 1500/2000 (75%)\n', 'Writing: 2000/2000 (100%)\n']);
  });

  it('draws a bar in place on a terminal, and nothing for small jobs', () => {
    const { out, stream: s } = stream(true);
    const progress = createProgress(s, 10);
    progress.start('Comparing', 20);
    progress.advance(20);
    progress.finish();
    expect(out[0]).toBe('\rComparing [..............................] 0/20');
    expect(out[out.length - 1]).toBe('\rComparing [##############################] 20/20\n');
    const small = stream(true);
    const quiet = createProgress(small.stream, 10);
    quiet.start('Comparing', 5);
    quiet.advance(5);
    quiet.finish();
    expect(small.out).toEqual([]);
  });
});

describe('README coverage section', () => {
  it('is what `npm run coverage` generates from seeds/ (run it when this fails)', () => {
    const readme = fs.readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    expect(readme).toContain(COVERAGE_START);
    expect(replaceCoverage(readme, coverageOfSeeds())).toBe(readme);
  });

  it('counts every kind and cites the hash of the seeds', () => {
    const section = coverageOfSeeds();
    for (const kind of SEED_KINDS) expect(section).toMatch(new RegExp(`\\| [A-Z][a-z ]+ \\| ${seeds[kind.name]!.length} \\|`));
    expect(section).toContain(datasetHash(seeds));
    expect(() => replaceCoverage('no markers', section)).toThrow(`${COVERAGE_START} and ${COVERAGE_END}`);
  });
});
