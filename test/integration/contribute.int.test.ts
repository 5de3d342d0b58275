/**
 * addFigure, upsertMarketLink and upsertFactory against the real Neo4j: each fact shows at once with
 * its source, updates add sources and never drop one, a bad input changes nothing, and the dataset
 * version counts every contribution. The file leaves the graph exactly as it found it (checked with
 * graphChecksum at the end), since other test files run after it.
 */

import {
  AddFigureDocument,
  UpsertFactoryDocument,
  UpsertMarketLinkDocument,
  type AddFigureMutationVariables,
  type UpsertFactoryMutationVariables,
  type UpsertMarketLinkMutationVariables,
} from '../../schema/generated/graphql';
import { sourceIdFor, urlHash } from '../../src/contribute';
import { datasetRevision, graphChecksum, setDatasetRevision, startTestServer, TEST_TOKEN, type TestServer } from '../support/test-server';

let t: TestServer;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
/** Every source this file adds has an address on this host, so that it can remove them all. */
const HOST = 'https://contribute-test.example';
const ONE = 'automaker:zz-contribute-one';
const TWO = 'automaker:zz-contribute-two';
const PLANT = 'factory:zz-contribute-plant';
const TEST_IDS = [ONE, TWO, PLANT, 'market:andorra'];

/** The graph and the revision as the file found them. */
let initial: string;
let initialRevision: number;

type FigureInput = AddFigureMutationVariables['input'];
type LinkInput = UpsertMarketLinkMutationVariables['input'];
type FactoryInput = UpsertFactoryMutationVariables['input'];

const source = (path: string, extra: Partial<FigureInput['source']> = {}): FigureInput['source'] => ({
  url: `${HOST}/${path}`,
  publisher: 'Contribute Test Wire',
  published: '2032-02-01',
  ...extra,
});

const figure: FigureInput = {
  exporterId: 'country:CN',
  destinationId: 'country:HU',
  flow: 'EXPORTS',
  metric: 'UNITS',
  value: 12345,
  basis: 'OFFICIAL',
  vehicleClass: 'PASSENGER_CARS',
  countedBy: 'CUSTOMS',
  periodStart: '2031-01-01',
  periodEnd: '2031-12-31',
  reporterId: 'org:acea',
  source: source('cn-hu-2031', { publishedPrecision: 'MONTH' }),
};

/** What the graph holds now, in a few numbers and a checksum: equal before and after a refused mutation. */
async function snapshot(): Promise<{ checksum: string; version: string; hash: string }> {
  return { checksum: await graphChecksum(t.executor), version: await version(), hash: await hash() };
}

/** dataset.hash as the server answers it now. */
async function hash(): Promise<string> {
  const res = await t.request('{ dataset { hash } }');
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.dataset.hash;
}

async function version(): Promise<string> {
  const res = await t.request('{ dataset { version revision } }');
  return res.body.data!.dataset.version;
}

/** The arguments and messages of a refused request, sorted by argument. */
function problems(res: { body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }): { argument: unknown; message: string }[] {
  for (const error of res.body.errors ?? []) expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  return (res.body.errors ?? [])
    .map((e) => ({ argument: e.extensions?.['argument'], message: e.message }))
    .sort((a, b) => String(a.argument).localeCompare(String(b.argument)));
}

beforeAll(async () => {
  t = await startTestServer();
  initial = await graphChecksum(t.executor);
  initialRevision = await datasetRevision(t.executor);
  // Counted from 0 here, so that the versions below are the seeds' version and +1, +2…
  await setDatasetRevision(t.executor, 0);
  await t.executor.write(
    `UNWIND $automakers AS a
     MATCH (c:Country {id: a.country})
     CREATE (m:Automaker:Entity {id: a.id, name: a.name, sources: []})-[:HEADQUARTERED_IN {sources: []}]->(c)`,
    {
      automakers: [
        { id: ONE, name: 'Contribute One Motors', country: 'country:DE' },
        { id: TWO, name: 'Contribute Two Motors', country: 'country:CN' },
      ],
    },
  );
});

afterAll(async () => {
  await t.executor.write(
    `MATCH (n:Entity) WHERE n.id IN $ids OR (n:Source AND n.url STARTS WITH $host)
        OR (n:TradeFigure AND EXISTS { (n)-[:STATED_IN]->(s:Source) WHERE s.url STARTS WITH $host })
     DETACH DELETE n`,
    { ids: TEST_IDS, host: HOST },
  );
  await setDatasetRevision(t.executor, initialRevision);
  expect(await graphChecksum(t.executor)).toBe(initial);
  await t.close();
});

describe('addFigure', () => {
  it('adds a figure that a follow-up query shows with its source; a country as destination is its own market; the version gains one', async () => {
    const before = await version();
    expect(before).not.toContain('+');
    const hashBefore = await hash();
    const res = await t.run(AddFigureDocument, { input: figure }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const url = `${HOST}/cn-hu-2031`;
    const id = `figure:cn-hungary-2031-01-01-2031-12-31-exports-units-${urlHash(url)}`;
    const sourceId = `source:contribute-test-example-2032-02-01-${urlHash(url)}`;
    expect(sourceIdFor(url, '2032-02-01')).toBe(sourceId);
    expect(res.body.data!.addFigure).toEqual({
      id,
      flow: 'EXPORTS',
      metric: 'UNITS',
      value: 12345,
      basis: 'OFFICIAL',
      vehicleClass: 'PASSENGER_CARS',
      countedBy: 'CUSTOMS',
      periodStart: '2031-01-01',
      periodEnd: '2031-12-31',
      doubtful: false,
      note: null,
      exporter: { id: 'country:CN' },
      destination: { id: 'market:hungary', name: 'Hungary', kind: 'COUNTRY' },
      reportedBy: { id: 'org:acea' },
      source: {
        id: sourceId,
        url,
        publisher: 'Contribute Test Wire',
        title: 'Contribute Test Wire, 2032-02',
        published: '2032-02-01',
        publishedPrecision: 'MONTH',
        kind: 'NEWS',
      },
    });
    expect(await version()).toBe(`${before}+1`);
    // The hash is kept per state of the graph: a contribution is a new state, so a new hash.
    expect(await hash()).not.toBe(hashBefore);

    const shown = await t.request(
      `query($id: ID!) {
        node(id: $id) { ... on TradeFigure { value destination { id } sources { id url publisher } } }
        country(id: "country:CN") { exports(filter: { year: 2031 }, first: 1000) { id source { id } } }
      }`,
      { id },
    );
    expect(shown.body.errors).toBeUndefined();
    expect(shown.body.data!.node).toEqual({ value: 12345, destination: { id: 'market:hungary' }, sources: [{ id: sourceId, url, publisher: 'Contribute Test Wire' }] });
    expect(shown.body.data!.country.exports).toContainEqual({ id, source: { id: sourceId } });
  });

  it('refuses the same figure a second time (BAD_USER_INPUT) and changes nothing', async () => {
    const before = await snapshot();
    // The same figure, its destination given as the market this time: the same id.
    const res = await t.run(AddFigureDocument, { input: { ...figure, destinationId: 'market:hungary', value: 99999 } }, auth);
    const id = `figure:cn-hungary-2031-01-01-2031-12-31-exports-units-${urlHash(`${HOST}/cn-hu-2031`)}`;
    expect(res.body.data).toBeNull();
    expect(problems(res)).toEqual([
      {
        argument: 'input.id',
        message: `Argument "input.id" must be the id of a figure the graph does not hold yet (this one is made from the fields): figures are never overwritten; got "${id}", which the graph holds.`,
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a country without a market of its own as the destination', async () => {
    const before = await snapshot();
    const res = await t.run(AddFigureDocument, { input: { ...figure, destinationId: 'country:AF', source: source('cn-af-2031') } }, auth);
    expect(problems(res)).toEqual([
      {
        argument: 'input.destinationId',
        message:
          'Argument "input.destinationId" must be a market id, or the id of a country with a market of its own; got "country:AF" (Afghanistan has no market of its own yet).',
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reports every problem of a bad input, each with its input path, and changes nothing', async () => {
    const before = await snapshot();
    const res = await t.run(
      AddFigureDocument,
      {
        input: {
          ...figure,
          exporterId: 'country:XQ',
          metric: 'SHARE_PERCENT',
          value: 150,
          periodStart: '2031-06-01',
          periodEnd: '2031-01-31',
          note: 'x'.repeat(301),
          source: { url: 'ftp://contribute-test.example/file', publisher: '   ', published: '2032-01-01' },
        },
      },
      auth,
    );
    expect(res.body.data).toBeNull();
    expect(problems(res)).toEqual([
      {
        argument: 'input.exporterId',
        message: 'Argument "input.exporterId" must be the id of a country, automaker, brand, factory or market the graph holds; got "country:XQ", which names nothing.',
      },
      { argument: 'input.note', message: `Argument "input.note" must be a string of at most 300 characters; got "${'x'.repeat(60)}"… (301 characters).` },
      { argument: 'input.periodEnd', message: 'Argument "input.periodEnd" must be a day on or after periodStart 2031-06-01; got "2031-01-31".' },
      { argument: 'input.source.publisher', message: 'Argument "input.source.publisher" must be a non-empty string; got "".' },
      { argument: 'input.source.url', message: 'Argument "input.source.url" must be an absolute http or https address; got "ftp://contribute-test.example/file".' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reports the kind rules once the fields are valid (a share above 100)', async () => {
    const res = await t.run(AddFigureDocument, { input: { ...figure, metric: 'SHARE_PERCENT', value: 150, source: source('share-2031') } }, auth);
    expect(problems(res)).toEqual([
      { argument: 'input.value', message: 'Argument "input.value" must be a share from 0 to 100 (metric SHARE_PERCENT); got 150.' },
    ]);
  });

  it('stores Cypher in a string as text', async () => {
    const note = `x"}) MATCH (n) DETACH DELETE n //' OR 1=1`;
    const res = await t.run(
      AddFigureDocument,
      { input: { ...figure, periodStart: '2032-01-01', periodEnd: '2032-12-31', note, source: source('injection', { title: "'); DROP DATABASE neo4j; //" }) } },
      auth,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.addFigure).toMatchObject({ note, source: { title: "'); DROP DATABASE neo4j; //" } });
    const [row] = await t.executor.read<{ n: number }>('MATCH (n:Country) RETURN count(n) AS n');
    expect(row!.n).toBeGreaterThan(200);
  });
});

describe('upsertMarketLink', () => {
  const link: LinkInput = {
    fromId: ONE,
    marketId: 'country:AD',
    kind: 'SELLS_IN',
    since: '2030-05-01',
    sincePrecision: 'MONTH',
    channels: ['IMPORTER'],
    partner: 'Test Importer SA',
    models: ['Model Z'],
    source: source('one-andorra', { published: '2030-05-20' }),
  };

  it('creates a link to a country without a market of its own, making that market as the seed build does, with the source', async () => {
    const before = await version();
    const res = await t.run(UpsertMarketLinkDocument, { input: link }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const sourceA = sourceIdFor(`${HOST}/one-andorra`, '2030-05-20');
    expect(res.body.data!.upsertMarketLink).toEqual({
      kind: 'SELLS_IN',
      status: 'ACTIVE',
      since: '2030-05-01',
      sincePrecision: 'MONTH',
      until: null,
      untilPrecision: null,
      channels: ['IMPORTER'],
      partner: 'Test Importer SA',
      dealers: null,
      dealersAsOf: null,
      dealersAsOfPrecision: null,
      models: ['Model Z'],
      note: null,
      seller: { id: ONE },
      market: { id: 'market:andorra', name: 'Andorra', kind: 'COUNTRY' },
      sources: [{ id: sourceA, url: `${HOST}/one-andorra`, publisher: 'Contribute Test Wire', published: '2030-05-20' }],
    });
    expect(await version()).toBe(before.replace(/\+(\d+)$/, (_, n: string) => `+${Number(n) + 1}`));

    const shown = await t.request(`{
      market(id: "market:andorra") { kind countries { id } sources { id } }
      country(id: "country:AD") { sellers { seller { ... on Automaker { id } } sources { id } } }
    }`);
    expect(shown.body.errors).toBeUndefined();
    expect(shown.body.data!.market).toEqual({ kind: 'COUNTRY', countries: [{ id: 'country:AD' }], sources: [{ id: sourceA }] });
    expect(shown.body.data!.country.sellers).toEqual([{ seller: { id: ONE }, sources: [{ id: sourceA }] }]);
  });

  it('updates the link: sets the fields given, adds the source and keeps the old one', async () => {
    const res = await t.run(
      UpsertMarketLinkDocument,
      {
        input: {
          fromId: ONE,
          marketId: 'market:andorra',
          kind: 'SELLS_IN',
          dealers: 3,
          dealersAsOf: '2031-01-01',
          partner: `Robert'); MATCH (n) DETACH DELETE n; //`,
          source: source('one-andorra-dealers', { published: '2031-01-05', kind: 'COMPANY' }),
        },
      },
      auth,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.upsertMarketLink).toMatchObject({
      status: 'ACTIVE',
      since: '2030-05-01',
      channels: ['IMPORTER'],
      models: ['Model Z'],
      partner: `Robert'); MATCH (n) DETACH DELETE n; //`,
      dealers: 3,
      dealersAsOf: '2031-01-01',
      dealersAsOfPrecision: 'DAY',
      market: { id: 'market:andorra' },
    });
    expect(res.body.data!.upsertMarketLink.sources.map((s) => s.id)).toEqual([
      sourceIdFor(`${HOST}/one-andorra`, '2030-05-20'),
      sourceIdFor(`${HOST}/one-andorra-dealers`, '2031-01-05'),
    ]);
    // Still one link, and the same source again adds nothing.
    const again = await t.run(UpsertMarketLinkDocument, { input: { ...link, marketId: 'market:andorra', source: source('one-andorra', { published: '2030-05-20' }) } }, auth);
    expect(again.body.data!.upsertMarketLink.sources).toHaveLength(2);
    const [row] = await t.executor.read<{ n: number }>(`MATCH (:Automaker {id: $id})-[r:SELLS_IN]->(:Market) RETURN count(r) AS n`, { id: ONE });
    expect(row!.n).toBe(1);
  });

  it('reports every problem (a factory that cannot sell, an until without WITHDRAWN, a bad source) and changes nothing', async () => {
    const before = await snapshot();
    const res = await t.run(
      UpsertMarketLinkDocument,
      {
        input: {
          fromId: 'factory:byd-szeged',
          marketId: 'market:nowhere-land',
          kind: 'SELLS_IN',
          until: '2031-01-01',
          dealersAsOf: '2031-01-01',
          source: { url: 'not a url', publisher: 'P', published: '2031-01-01', title: 't'.repeat(301) },
        },
      },
      auth,
    );
    expect(problems(res).map((p) => p.argument)).toEqual([
      'input.dealersAsOf',
      'input.fromId',
      'input.marketId',
      'input.source.title',
      'input.source.url',
      'input.status',
    ]);
    expect(problems(res).find((p) => p.argument === 'input.fromId')!.message).toBe(
      'Argument "input.fromId" must be the id of an automaker or a brand (the start of SELLS_IN); got "factory:byd-szeged".',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('upsertFactory', () => {
  const plant: FactoryInput = {
    id: PLANT,
    name: 'Contribute One plant, Győr',
    automakerId: ONE,
    countryId: 'country:HU',
    city: 'Győr',
    status: 'ANNOUNCED',
    products: ['electric vehicles'],
    announced: '2030-03-01',
    announcedPrecision: 'MONTH',
    source: source('plant-announced', { published: '2030-03-15' }),
  };
  const sourceC = sourceIdFor(`${HOST}/plant-announced`, '2030-03-15');
  const sourceD = sourceIdFor(`${HOST}/plant-sold`, '2031-06-10');

  it('needs name, automaker, country and status to create a factory', async () => {
    const before = await snapshot();
    const res = await t.run(UpsertFactoryDocument, { input: { id: PLANT, city: 'Győr', source: plant.source } }, auth);
    expect(problems(res)).toEqual([
      { argument: 'input.automakerId', message: `Argument "input.automakerId" must be an id of an automaker (<kind>:<key>) (needed to create ${PLANT}); got nothing.` },
      { argument: 'input.countryId', message: `Argument "input.countryId" must be an id of a country (<kind>:<key>) (needed to create ${PLANT}); got nothing.` },
      { argument: 'input.name', message: `Argument "input.name" must be a non-empty string (needed to create ${PLANT}); got nothing.` },
      { argument: 'input.status', message: `Argument "input.status" must be one of OPERATING, UNDER_CONSTRUCTION, ANNOUNCED, CLOSED (needed to create ${PLANT}); got nothing.` },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('creates a factory that a follow-up query shows with its source, location and operator', async () => {
    const res = await t.run(UpsertFactoryDocument, { input: plant }, auth);
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.data!.upsertFactory).toMatchObject({
      id: PLANT,
      name: 'Contribute One plant, Győr',
      city: 'Győr',
      status: 'ANNOUNCED',
      products: ['electric vehicles'],
      roles: [],
      capacityPerYear: null,
      announced: '2030-03-01',
      announcedPrecision: 'MONTH',
      opened: null,
      location: { country: { id: 'country:HU' }, sources: [{ id: sourceC }] },
      operator: { automaker: { id: ONE }, sources: [{ id: sourceC }] },
      sources: [{ id: sourceC, url: `${HOST}/plant-announced` }],
    });
    const shown = await t.request(`{ country(id: "country:HU") { factories { id sources { id } } } }`);
    expect(shown.body.data!.country.factories).toContainEqual({ id: PLANT, sources: [{ id: sourceC }] });
  });

  it('moves the operator: the old one becomes a former operator until the new operatedSince; sources are added, never dropped', async () => {
    const res = await t.run(
      UpsertFactoryDocument,
      {
        input: {
          id: PLANT,
          automakerId: TWO,
          operatedSince: '2031-06-01',
          status: 'OPERATING',
          opened: '2031-09-01',
          capacityPerYear: 150000,
          source: source('plant-sold', { published: '2031-06-10' }),
        },
      },
      auth,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.upsertFactory).toMatchObject({
      name: 'Contribute One plant, Győr',
      status: 'OPERATING',
      announced: '2030-03-01',
      opened: '2031-09-01',
      openedPrecision: 'DAY',
      capacityPerYear: 150000,
      location: { country: { id: 'country:HU' }, sources: [{ id: sourceC }, { id: sourceD }] },
      operator: { automaker: { id: TWO }, sources: [{ id: sourceD }] },
      sources: [{ id: sourceC }, { id: sourceD }],
    });
    // The former operator, as a dated fact with its evidence.
    const around = await t.request(
      `query($id: ID!) { neighborhood(id: $id, relationshipTypes: [OPERATED, OPERATES]) { edges { type from until untilPrecision sources { id } } } }`,
      { id: PLANT },
    );
    expect(around.body.errors).toBeUndefined();
    const edges = around.body.data!.neighborhood.edges.map((e: { type: string; from: string; until: string | null; untilPrecision: string | null; sources: { id: string }[] }) => [
      e.type,
      e.from,
      e.until,
      e.untilPrecision,
      e.sources.map((s) => s.id),
    ]);
    expect(edges.sort()).toEqual([
      ['OPERATED', ONE, '2031-06-01', 'DAY', [sourceC, sourceD]],
      ['OPERATES', TWO, null, null, [sourceD]],
    ]);
  });

  it('refuses an operator change that ends the former operator before it began, and changes nothing', async () => {
    // TWO runs it since 2031-06-01: handing it back "since 2031-01-01" would end TWO's time before it began.
    const before = await snapshot();
    const res = await t.run(
      UpsertFactoryDocument,
      { input: { id: PLANT, automakerId: ONE, operatedSince: '2031-01-01', capacityPerYear: 0, source: source('plant-back', { published: '2031-02-01' }) } },
      auth,
    );
    expect(problems(res)).toEqual([
      { argument: 'input.capacityPerYear', message: 'Argument "input.capacityPerYear" must be a number of at least 1; got 0.' },
      {
        argument: 'input.operatedSince',
        message: `Argument "input.operatedSince" must be a day on or after since 2031-06-01 (the end of ${TWO}'s time as its operator, which began on 2031-06-01); got "2031-01-01".`,
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('without a valid token', () => {
  it('refuses every contribution with UNAUTHENTICATED and changes nothing', async () => {
    const before = await snapshot();
    const answers = [
      await t.run(AddFigureDocument, { input: { ...figure, source: source('no-token') } }, {}),
      await t.run(UpsertMarketLinkDocument, { input: { fromId: TWO, marketId: 'market:hungary', kind: 'TARGETS', source: source('no-token') } }, { authorization: 'Bearer wrong-token-wrong-token' }),
      await t.run(UpsertFactoryDocument, { input: { id: PLANT, name: 'Renamed', source: source('no-token') } }, {}),
    ];
    for (const res of answers) expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });
});
