/**
 * Contributions without a database: the id makers, the input → record mapping, the checks as input
 * problems, and the order of statements in a mutation's transaction (a fake executor records them).
 */

import { createHash } from 'node:crypto';
import { badUserInputs, spreadInputProblems } from '../../src/common/input-problems';
import { figureIdFor, ownMarketIdFor, sourceIdFor, urlHash } from '../../src/contribute';
import type { FactoryInput, FigureInput, MarketLinkInput, SourceInput } from '../../src/contribute';
import { factoryChangeOf, figureRecordOf, marketLinkRecordOf, sourceRecordOf, today } from '../../src/contribute/contribute.records';
import { addFigure } from '../../src/contribute/contribute.service';
import { checkRecord, checkSourceUrl, inputPath, sourcePath } from '../../src/contribute/contribute.validate';
import { buildAutographSchema } from '../../src/schema/build';
import { startServer } from '../../src/server';
import { COUNT_CONTRIBUTION, findSeedKind } from '../../src/seed';
import { fakeExecutor } from './fake-executor';

const URL_A = 'https://www.reuters.com/business/autos/china-exports-2024';
const hashA = createHash('sha256').update(URL_A).digest('hex').slice(0, 8);

const sourceInput = (extra: Partial<SourceInput> = {}): SourceInput => ({ url: URL_A, publisher: 'Reuters', published: '2024-05-17', ...extra });

const figureInput = (extra: Partial<FigureInput> = {}): FigureInput => ({
  exporterId: 'country:CN',
  destinationId: 'country:HU',
  flow: 'EXPORTS',
  metric: 'UNITS',
  value: 1000,
  basis: 'OFFICIAL',
  vehicleClass: 'PASSENGER_CARS',
  countedBy: 'CUSTOMS',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  doubtful: false,
  source: sourceInput(),
  ...extra,
});

describe('ids', () => {
  it('makes a source id from the host without www, the publication day and 8 hex of sha256(url)', () => {
    expect(urlHash(URL_A)).toBe(hashA);
    expect(sourceIdFor(URL_A, '2024-05-17')).toBe(`source:reuters-com-2024-05-17-${hashA}`);
    expect(sourceIdFor('http://Auto.Example.co.uk:8080/x?y=1', '2023-01-01')).toMatch(/^source:auto-example-co-uk-2023-01-01-[0-9a-f]{8}$/);
  });

  it('keeps a source id within 120 characters and well formed, whatever the url', () => {
    const long = `https://${'a'.repeat(63)}.${'b'.repeat(63)}.example.com/page`;
    const id = sourceIdFor(long, '2024-01-01');
    expect(id.length).toBeLessThanOrEqual(120);
    expect(id).toMatch(/^source:[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(sourceIdFor('not a url', '2024-01-01')).toMatch(/^source:web-2024-01-01-[0-9a-f]{8}$/);
  });

  it('makes a figure id from its fields, the destination as stored (or world)', () => {
    const parts = { exporterId: 'country:CN', destinationId: 'market:hungary', periodStart: '2024-01-01', periodEnd: '2024-12-31', flow: 'EXPORTS', metric: 'UNITS', sourceUrl: URL_A };
    expect(figureIdFor(parts)).toBe(`figure:cn-hungary-2024-01-01-2024-12-31-exports-units-${hashA}`);
    expect(figureIdFor({ ...parts, destinationId: null, flow: 'OVERSEAS_SALES', metric: 'GROWTH_PERCENT' })).toBe(
      `figure:cn-world-2024-01-01-2024-12-31-overseas-sales-growth-percent-${hashA}`,
    );
  });

  it('cuts long keys so that the longest figure id fits in 120 characters', () => {
    const id = figureIdFor({
      exporterId: 'factory:honda-guangzhou-dongfeng-engine-and-more',
      destinationId: 'market:bosnia-and-herzegovina-and-neighbours',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      flow: 'OVERSEAS_SALES',
      metric: 'GROWTH_PERCENT',
      sourceUrl: URL_A,
    });
    expect(id).toBe(`figure:honda-guangzhou-dongfeng-bosnia-and-herzegovina-2024-01-01-2024-12-31-overseas-sales-growth-percent-${hashA}`);
    expect(id.length).toBeLessThanOrEqual(120);
  });

  it("makes a country's own market id as the seed build does", () => {
    expect(ownMarketIdFor('Hungary')).toBe('market:hungary');
    expect(ownMarketIdFor("Côte d'Ivoire")).toBe('market:cote-divoire');
    expect(ownMarketIdFor('Bosnia and Herzegovina')).toBe('market:bosnia-and-herzegovina');
  });
});

describe('input → record', () => {
  it('fills in a source: DAY, NEWS and the title "<publisher>, <date as exact as known>"', () => {
    expect(sourceRecordOf(sourceInput({ publisher: '  Reuters ' }), 'source:x')).toEqual({
      id: 'source:x',
      publisher: 'Reuters',
      title: 'Reuters, 2024-05-17',
      url: URL_A,
      published: '2024-05-17',
      publishedPrecision: 'DAY',
      kind: 'NEWS',
    });
    expect(sourceRecordOf(sourceInput({ published: '2024-05-01', publishedPrecision: 'MONTH', kind: 'STATISTICS' }), 'source:x')).toMatchObject({
      title: 'Reuters, 2024-05',
      kind: 'STATISTICS',
    });
    expect(sourceRecordOf(sourceInput({ published: '2024-01-01', publishedPrecision: 'YEAR', title: 'Annual report' }), 'source:x')['title']).toBe('Annual report');
  });

  it('maps a figure input to a figures.json record, in the kind\'s field order', () => {
    const record = figureRecordOf(figureInput({ reporterId: 'org:acea', doubtful: null }), { id: 'figure:f', destinationId: 'market:hungary', sourceId: 'source:s' });
    expect(record).toEqual({
      id: 'figure:f',
      exporterId: 'country:CN',
      destinationId: 'market:hungary',
      flow: 'EXPORTS',
      metric: 'UNITS',
      value: 1000,
      basis: 'OFFICIAL',
      vehicleClass: 'PASSENGER_CARS',
      countedBy: 'CUSTOMS',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      reporterId: 'org:acea',
      sourceId: 'source:s',
      doubtful: false,
      note: null,
    });
    expect(Object.keys(record)).toEqual(Object.keys(findSeedKind('figures')!.fields));
  });

  const linkInput: MarketLinkInput = {
    fromId: 'automaker:byd',
    marketId: 'country:HU',
    kind: 'SELLS_IN',
    since: '2024-03-01',
    channels: ['OWN_STORES'],
    note: ' entered with two stores ',
    source: sourceInput(),
  };

  it('creates a link with every field: ACTIVE unless given, DAY for a date without precision', () => {
    expect(marketLinkRecordOf(linkInput, 'market:hungary', 'source:s', null)).toEqual({
      fromId: 'automaker:byd',
      kind: 'SELLS_IN',
      marketId: 'market:hungary',
      status: 'ACTIVE',
      since: '2024-03-01',
      sincePrecision: 'DAY',
      until: null,
      untilPrecision: null,
      channels: ['OWN_STORES'],
      partner: null,
      dealers: null,
      dealersAsOf: null,
      dealersAsOfPrecision: null,
      models: [],
      note: 'entered with two stores',
      sources: ['source:s'],
    });
  });

  it('updates a link: the given fields set, the rest kept, the source added once', () => {
    const stored = { ...marketLinkRecordOf(linkInput, 'market:hungary', 'source:old', null), partner: 'Importer Kft', sincePrecision: 'MONTH' };
    const update: MarketLinkInput = { fromId: 'automaker:byd', marketId: 'market:hungary', kind: 'SELLS_IN', status: 'WITHDRAWN', until: '2025-06-30', source: sourceInput() };
    const record = marketLinkRecordOf(update, 'market:hungary', 'source:new', stored);
    expect(record).toMatchObject({ status: 'WITHDRAWN', until: '2025-06-30', untilPrecision: 'DAY', since: '2024-03-01', sincePrecision: 'MONTH', partner: 'Importer Kft' });
    expect(record['sources']).toEqual(['source:old', 'source:new']);
    expect(marketLinkRecordOf(update, 'market:hungary', 'source:old', stored)['sources']).toEqual(['source:old']);
  });

  const factoryInput: FactoryInput = {
    id: 'factory:x-plant',
    name: 'X plant',
    automakerId: 'automaker:one',
    countryId: 'country:HU',
    status: 'OPERATING',
    operatedSince: '2020-01-01',
    operatedSincePrecision: 'YEAR',
    source: sourceInput(),
  };

  it('creates a factory with every field; its location and operator stated by the source alone', () => {
    const change = factoryChangeOf(factoryInput, 'source:s', null);
    expect(change.factory).toMatchObject({ id: 'factory:x-plant', city: null, products: [], roles: [], capacityPerYear: null, announced: null, operatedSince: '2020-01-01', operatedSincePrecision: 'YEAR', sources: ['source:s'] });
    expect(change).toMatchObject({ formerOperator: null, locationSources: ['source:s'], operatorSources: ['source:s'] });
  });

  it('moves a factory to a new operator: the old one becomes a former operator until the new operatedSince, or today', () => {
    const stored = { record: factoryChangeOf(factoryInput, 'source:a', null).factory, rels: [['LOCATED_IN', 'country:HU', ['source:a']], ['<OPERATES', 'automaker:one', ['source:a', 'source:b']]] };
    const sold = factoryChangeOf({ id: 'factory:x-plant', automakerId: 'automaker:two', operatedSince: '2024-07-01', source: sourceInput() }, 'source:c', stored);
    expect(sold.factory).toMatchObject({ automakerId: 'automaker:two', operatedSince: '2024-07-01', operatedSincePrecision: 'DAY', name: 'X plant', sources: ['source:a', 'source:c'] });
    expect(sold.formerOperator).toEqual({
      factoryId: 'factory:x-plant',
      automakerId: 'automaker:one',
      since: '2020-01-01',
      sincePrecision: 'YEAR',
      until: '2024-07-01',
      untilPrecision: 'DAY',
      sources: ['source:a', 'source:b', 'source:c'],
    });
    expect(sold).toMatchObject({ locationSources: ['source:a', 'source:c'], operatorSources: ['source:c'] });

    const undated = factoryChangeOf({ id: 'factory:x-plant', automakerId: 'automaker:two', source: sourceInput() }, 'source:c', stored, '2026-12-02');
    expect(undated.factory).toMatchObject({ operatedSince: null, operatedSincePrecision: null });
    expect(undated.formerOperator).toMatchObject({ until: '2026-12-02', untilPrecision: 'DAY' });
    expect(today(new Date('2026-12-02T23:59:59Z'))).toBe('2026-12-02');
  });

  it('keeps the operator (and adds to its evidence) when the input names the same one', () => {
    const stored = { record: factoryChangeOf(factoryInput, 'source:a', null).factory, rels: [['LOCATED_IN', 'country:HU', ['source:a']], ['<OPERATES', 'automaker:one', ['source:a']]] };
    const change = factoryChangeOf({ id: 'factory:x-plant', automakerId: 'automaker:one', capacityPerYear: 1000, source: sourceInput() }, 'source:c', stored);
    expect(change.formerOperator).toBeNull();
    expect(change.factory).toMatchObject({ operatedSince: '2020-01-01', capacityPerYear: 1000 });
    expect(change.operatorSources).toEqual(['source:a', 'source:c']);
  });
});

describe('checks', () => {
  it('says each problem of a record with the seed rules, at its input path', () => {
    const record = figureRecordOf(figureInput({ periodStart: '2024-06-01', periodEnd: '2024-01-01', note: '' }), { id: 'figure:f', destinationId: null, sourceId: 'source:s' });
    expect(checkRecord('figures', record, inputPath)).toEqual([
      { argument: 'input.note', message: 'Argument "input.note" must be a non-empty string; got "".' },
      { argument: 'input.periodEnd', message: 'Argument "input.periodEnd" must be a day on or after periodStart 2024-06-01; got "2024-01-01".' },
    ]);
    const source = sourceRecordOf(sourceInput({ publisher: 'p'.repeat(201) }), 'source:s');
    expect(checkRecord('sources', source, sourcePath)).toEqual([
      { argument: 'input.source.publisher', message: `Argument "input.source.publisher" must be a string of at most 200 characters; got "${'p'.repeat(60)}"… (201 characters).` },
    ]);
  });

  it('takes only absolute http and https addresses as source urls', () => {
    expect(checkSourceUrl('https://example.com/a')).toEqual([]);
    expect(checkSourceUrl('http://example.com')).toEqual([]);
    for (const url of ['ftp://example.com/a', 'javascript:alert(1)', '/relative/path', 'example.com']) {
      expect(checkSourceUrl(url)).toEqual([
        { argument: 'input.source.url', message: `Argument "input.source.url" must be an absolute http or https address; got ${JSON.stringify(url)}.` },
      ]);
    }
  });

  it('reports several problems as one error each, with its argument', () => {
    const error = badUserInputs([
      { argument: 'input.a', message: 'Argument "input.a" must be x; got y.' },
      { argument: 'input.b', message: 'Argument "input.b" must be z; got w.' },
    ]);
    expect(error.message).toBe('2 problems with the input: Argument "input.a" must be x; got y. Argument "input.b" must be z; got w.');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.a' });
    const spread = spreadInputProblems([{ message: error.message, path: ['addFigure'], extensions: error.extensions }, { message: 'other', extensions: { code: 'NOT_FOUND' } }]);
    expect(spread).toEqual([
      { message: 'Argument "input.a" must be x; got y.', path: ['addFigure'], extensions: { code: 'BAD_USER_INPUT', argument: 'input.a' } },
      { message: 'Argument "input.b" must be z; got w.', path: ['addFigure'], extensions: { code: 'BAD_USER_INPUT', argument: 'input.b' } },
      { message: 'other', extensions: { code: 'NOT_FOUND' } },
    ]);
  });
});

describe('addFigure, with a fake executor', () => {
  /** Answers the lookups as a graph with the figure's references, Hungary's own market and no such source or figure. */
  const graph = (taken = false) => (cypher: string, params: Record<string, any>) => {
    if (cypher.includes('AS existing')) return [{ existing: params['ids'].filter((id: string) => id !== 'country:XQ'), ownMarkets: ['market:hungary'], countryNames: ['Hungary'], sourcesWithUrl: [], urlsOfSourceId: [] }];
    if (cypher.includes('AS taken')) return [{ taken }];
    if (cypher === COUNT_CONTRIBUTION) return [{ revision: 1 }];
    if (cypher.includes('RETURN f{')) return [{ node: { id: params['id'] } }];
    return [];
  };

  it('counts (taking the dataset lock), looks up, writes the source and the figure, then reads the figure back, all in one transaction', async () => {
    const { executor, calls } = fakeExecutor(graph());
    const figure = await addFigure(executor, figureInput());
    const id = `figure:cn-hungary-2024-01-01-2024-12-31-exports-units-${hashA}`;
    expect(figure).toEqual({ id });
    const step = (cypher: string): string =>
      cypher.includes('AS existing') ? 'references' : cypher.includes('AS taken') ? 'id taken?' : cypher.includes('MERGE (s:Source') ? 'write source' : cypher.includes('MERGE (f:TradeFigure') ? 'write figure' : cypher === COUNT_CONTRIBUTION ? 'count' : 'read back';
    expect(calls.map((c) => step(c.cypher))).toEqual(['count', 'references', 'id taken?', 'write source', 'write figure', 'read back']);
    expect(calls[1]!.params).toEqual({ ids: ['country:CN', 'country:HU'], countryId: 'country:HU', url: URL_A, sourceId: `source:reuters-com-2024-05-17-${hashA}` });
    expect(calls[4]!.params['rows']).toEqual([expect.objectContaining({ id, destinationId: 'market:hungary', sourceId: `source:reuters-com-2024-05-17-${hashA}` })]);
  });

  it('writes nothing but the count (rolled back with the refusal) when a reference names nothing or the figure exists', async () => {
    for (const [input, taken, argument] of [
      [figureInput({ exporterId: 'country:XQ' }), false, 'input.exporterId'],
      [figureInput(), true, 'input.id'],
    ] as const) {
      const { executor, calls } = fakeExecutor(graph(taken));
      await expect(addFigure(executor, input)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
      expect(calls[0]!.cypher).toBe(COUNT_CONTRIBUTION);
      expect(calls.slice(1).every((c) => !/\b(MERGE|CREATE|SET|DELETE)\b/.test(c.cypher))).toBe(true);
    }
  });
});

describe('cache-control', () => {
  it("answers a mutation no-store, though the type it returns is public in a query's answer", async () => {
    const automaker = { id: 'automaker:x', name: 'X', sources: [], headquartersSources: [], countryId: 'country:DE', country: { id: 'country:DE', name: 'Germany' } };
    const { executor } = fakeExecutor((cypher) => (cypher === COUNT_CONTRIBUTION ? [{ revision: 1 }] : cypher.includes('MATCH (a:Automaker {id: id})') ? [{ node: automaker }] : [{ node: automaker }]));
    const server = await startServer({ schema: buildAutographSchema(), executor, apiToken: 'unit-token-0123456789abcdef', production: false }, 0, '127.0.0.1');
    try {
      const post = (query: string) =>
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer unit-token-0123456789abcdef' }, body: JSON.stringify({ query }) });
      const query = await post('{ automaker(id: "automaker:x") { id name } }');
      expect(await query.json()).toEqual({ data: { automaker: { id: 'automaker:x', name: 'X' } } });
      expect(query.headers.get('cache-control')).toBe('max-age=300, public');
      const mutation = await post('mutation { upsertAutomaker(input: {id: "automaker:x", name: "X", countryId: "country:DE"}) { id name } }');
      expect(await mutation.json()).toEqual({ data: { upsertAutomaker: { id: 'automaker:x', name: 'X' } } });
      expect(mutation.headers.get('cache-control')).toBe('no-store');
    } finally {
      await server.stop();
    }
  });
});
