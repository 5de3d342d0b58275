/**
 * The root connections (countries, automakers, factories, markets, tradeFigures, sources,
 * organizations) and the `first` of nested lists, against the seeded Neo4j: every page, filter and
 * order is checked against a direct Cypher query written here independently of the server's.
 */

import {
  AutomakersFilteredDocument,
  AutomakersPageDocument,
  CountriesPageDocument,
  CountryListsDocument,
  FactoriesPageDocument,
  MarketsPageDocument,
  OrganizationsPageDocument,
  SourcesPageDocument,
  TradeFiguresPageDocument,
} from '../../schema/generated/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

jest.setTimeout(120_000);

let t: TestServer;

const SYNTHETIC = 60;

beforeAll(async () => {
  t = await startTestServer();
  // Synthetic automakers (ids zz-coll-…), each with three factories and three figures, to count
  // statements for 5 and 50 parents and to check the per-parent limit of nested lists.
  await t.executor.write(
    `UNWIND range(1, $n) AS i
     WITH i, 'automaker:zz-coll-' + right('000' + toString(i), 3) AS id
     MATCH (cn:Country {id: 'country:CN'}), (hu:Country {id: 'country:HU'}), (eu:Market {id: 'market:europe'})
     MERGE (a:Entity:Automaker {id: id}) SET a.name = 'Zz collections test ' + right('000' + toString(i), 3), a.sources = []
     MERGE (a)-[:HEADQUARTERED_IN {sources: []}]->(cn)
     MERGE (a)-[:EXPORTS_TO {sources: []}]->(eu)
     WITH a, i, hu
     UNWIND ['a', 'b', 'c'] AS suffix
     MERGE (f:Entity:Factory {id: 'factory:zz-coll-' + i + '-' + suffix})
       SET f.name = 'Zz plant ' + suffix, f.status = 'ANNOUNCED', f.products = [], f.sources = []
     MERGE (a)-[:OPERATES {sources: []}]->(f) MERGE (f)-[:LOCATED_IN {sources: []}]->(hu)
     MERGE (x:Entity:TradeFigure {id: 'figure:zz-coll-' + i + '-' + suffix})
       SET x.flow = 'EXPORTS', x.metric = 'UNITS', x.value = 1.0, x.basis = 'ESTIMATE', x.vehicleClass = 'ALL_VEHICLES',
           x.countedBy = 'MANUFACTURERS', x.periodStart = date('2023-01-01'), x.periodEnd = date('2023-12-31'), x.doubtful = false
     MERGE (x)-[:EXPORTER {sources: []}]->(a)`,
    { n: SYNTHETIC },
  );
});

afterAll(async () => {
  await t.executor.write(`MATCH (n:Entity) WHERE n.id STARTS WITH 'automaker:zz-coll-' OR n.id STARTS WITH 'factory:zz-coll-'
    OR n.id STARTS WITH 'figure:zz-coll-' DETACH DELETE n`);
  await t.close();
});

interface Kind {
  field: string;
  filterType: string;
  orderType: string;
  label: string;
  /** Sort expressions over `n` for the direct query, by order field. */
  keys: Record<string, string>;
}

const KINDS: Record<string, Kind> = {
  countries: { field: 'countries', filterType: 'CountryFilter', orderType: 'CountryOrder', label: 'Country', keys: { ID: 'n.id', NAME: 'n.name' } },
  automakers: { field: 'automakers', filterType: 'AutomakerFilter', orderType: 'AutomakerOrder', label: 'Automaker', keys: { ID: 'n.id', NAME: 'n.name' } },
  factories: {
    field: 'factories',
    filterType: 'FactoryFilter',
    orderType: 'FactoryOrder',
    label: 'Factory',
    keys: { ID: 'n.id', NAME: 'n.name', OPENED: 'n.opened', CAPACITY: 'n.capacityPerYear' },
  },
  markets: { field: 'markets', filterType: 'MarketFilter', orderType: 'MarketOrder', label: 'Market', keys: { ID: 'n.id', NAME: 'n.name' } },
  tradeFigures: {
    field: 'tradeFigures',
    filterType: 'TradeFigureConnectionFilter',
    orderType: 'TradeFigureOrder',
    label: 'TradeFigure',
    keys: {
      ID: 'n.id',
      VALUE: 'n.value',
      PERIOD_START: 'n.periodStart',
      PUBLISHED: 'head([(n)-[:STATED_IN]->(s:Source) | s.published])',
    },
  },
  sources: {
    field: 'sources',
    filterType: 'SourceFilter',
    orderType: 'SourceOrder',
    label: 'Source',
    keys: { ID: 'n.id', PUBLISHED: 'n.published', PUBLISHER: 'n.publisher', TITLE: 'n.title' },
  },
  organizations: {
    field: 'organizations',
    filterType: 'OrganizationFilter',
    orderType: 'OrganizationOrder',
    label: 'Organization',
    keys: { ID: 'n.id', NAME: 'n.name' },
  },
};

type Order = { field: string; direction: 'ASC' | 'DESC' };

function pageQuery(kind: Kind, withCount = true): string {
  return `query($first: Int, $after: String, $filter: ${kind.filterType}, $orderBy: ${kind.orderType}) {
    ${kind.field}(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      ${withCount ? 'totalCount' : ''} pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
}

/** Pages through a connection to its end; returns the ids in order, the totalCounts seen and the number of pages. */
async function pageAll(kind: Kind, variables: { first: number; filter?: unknown; orderBy?: Order }) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res: { body: { data?: Record<string, any> | null; errors?: unknown } } = await t.request(pageQuery(kind), {
      ...variables,
      after,
    });
    expect(res.body.errors).toBeUndefined();
    const connection: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string } }[];
    } = res.body.data![kind.field];
    pages += 1;
    totals.add(connection.totalCount);
    const edges = connection.edges;
    expect(edges.length).toBeLessThanOrEqual(variables.first);
    ids.push(...edges.map((e) => e.node.id));
    if (edges.length > 0) expect(connection.pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
    if (!connection.pageInfo.hasNextPage) break;
    expect(edges).toHaveLength(variables.first);
    after = connection.pageInfo.endCursor;
    if (pages > 200) throw new Error('too many pages');
  }
  return { ids, totals: [...totals], pages };
}

/** The ids a direct query finds, in the order asked (values missing last, ties by id), sorted here in JavaScript. */
async function directIds(kind: Kind, where = 'true', params: Record<string, unknown> = {}, order: Order = { field: 'ID', direction: 'ASC' }) {
  const rows = await t.executor.read<{ id: string; key: string | number | null }>(
    `MATCH (n:${kind.label}) WHERE ${where} RETURN n.id AS id, ${kind.keys[order.field]} AS key`,
    params,
  );
  const sign = order.direction === 'ASC' ? 1 : -1;
  const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? compareIds(a.id, b.id) : a.key === null ? 1 : -1;
    if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * sign;
    return compareIds(a.id, b.id);
  });
  return rows.map((r) => r.id);
}

describe('paging through every connection', () => {
  // The big kinds page through a filtered part of them (the figures of two exporters, a half-year of
  // sources): every order still has ties, missing values and several pages to get right.
  const SCOPES: Record<string, [filter: unknown, where: string]> = {
    tradeFigures: [{ exporters: ['country:JP', 'automaker:byd'] }, "EXISTS { (n)-[:EXPORTER]->(x) WHERE x.id IN ['country:JP', 'automaker:byd'] }"],
    sources: [{ publishedFrom: '2024-01-01', publishedTo: '2024-06-30' }, "date('2024-01-01') <= n.published <= date('2024-06-30')"],
  };
  const cases: [string, Order[]][] = [
    ['countries', [{ field: 'NAME', direction: 'ASC' }, { field: 'ID', direction: 'DESC' }]],
    ['automakers', [{ field: 'NAME', direction: 'DESC' }, { field: 'ID', direction: 'ASC' }]],
    ['factories', [{ field: 'OPENED', direction: 'ASC' }, { field: 'CAPACITY', direction: 'DESC' }, { field: 'NAME', direction: 'ASC' }]],
    ['markets', [{ field: 'NAME', direction: 'ASC' }, { field: 'ID', direction: 'DESC' }]],
    ['tradeFigures', [{ field: 'VALUE', direction: 'DESC' }, { field: 'PERIOD_START', direction: 'ASC' }, { field: 'PUBLISHED', direction: 'DESC' }]],
    ['sources', [{ field: 'PUBLISHED', direction: 'DESC' }, { field: 'TITLE', direction: 'ASC' }, { field: 'PUBLISHER', direction: 'ASC' }]],
    ['organizations', [{ field: 'NAME', direction: 'ASC' }, { field: 'ID', direction: 'DESC' }]],
  ];

  it.each(cases)('%s: every item once, in the order asked, for each order', async (name, orders) => {
    const kind = KINDS[name]!;
    const [filter, where] = SCOPES[name] ?? [undefined, 'true'];
    for (const orderBy of orders) {
      const expected = await directIds(kind, where, {}, orderBy);
      const first = Math.max(10, Math.ceil(expected.length / 30));
      const { ids, totals, pages } = await pageAll(kind, { first, orderBy, filter });
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected);
      expect(totals).toEqual([expected.length]);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / first)));
    }
  });

  it('orders by id ascending by default', async () => {
    for (const kind of Object.values(KINDS)) {
      const { ids } = await pageAll(kind, { first: 100 });
      expect(ids).toEqual(await directIds(kind));
    }
  });
});

/** [connection, filter, direct condition over n, its parameters] */
const FILTERS: [string, Record<string, unknown>, string, Record<string, unknown>][] = [
  ['countries', { nameContains: 'AN' }, "toLower(n.name) CONTAINS 'an'", {}],
  ['countries', { codes: ['cn', 'JP', 'HU'] }, "n.code IN ['CN', 'JP', 'HU']", {}],
  ['countries', { hasFactories: true }, 'EXISTS { (n)<-[:LOCATED_IN]-(:Factory) }', {}],
  ['countries', { hasFactories: false }, 'NOT EXISTS { (n)<-[:LOCATED_IN]-(:Factory) }', {}],
  ['countries', { exporter: true }, 'EXISTS { (n)<-[:EXPORTER]-(:TradeFigure) }', {}],
  ['countries', { memberOf: 'market:europe' }, "EXISTS { (:Market {id: 'market:europe'})-[:INCLUDES]->(n) }", {}],
  ['countries', { memberOf: 'market:europe', hasFactories: true }, "EXISTS { (:Market {id: 'market:europe'})-[:INCLUDES]->(n) } AND EXISTS { (n)<-[:LOCATED_IN]-() }", {}],
  ['automakers', { countries: ['country:US', 'country:JP'] }, "EXISTS { (n)-[:HEADQUARTERED_IN]->(c) WHERE c.id IN ['country:US', 'country:JP'] }", {}],
  ['automakers', { nameContains: 'o' }, "toLower(n.name) CONTAINS 'o'", {}],
  ['automakers', { hasFactoryIn: 'country:HU' }, "EXISTS { (n)-[:OPERATES]->()-[:LOCATED_IN]->(:Country {id: 'country:HU'}) }", {}],
  ['automakers', { market: 'market:europe' }, "EXISTS { (n)-->(:Market {id: 'market:europe'}) }", {}],
  ['automakers', { hasFigures: true }, 'EXISTS { (n)<-[:EXPORTER]-() }', {}],
  ['automakers', { hasFigures: false, countries: ['country:CN'] }, "NOT EXISTS { (n)<-[:EXPORTER]-() } AND EXISTS { (n)-[:HEADQUARTERED_IN]->(:Country {id: 'country:CN'}) }", {}],
  ['factories', { countries: ['country:HU'] }, "EXISTS { (n)-[:LOCATED_IN]->(:Country {id: 'country:HU'}) }", {}],
  ['factories', { automakers: ['automaker:byd', 'automaker:tesla'] }, "EXISTS { (a)-[:OPERATES]->(n) WHERE a.id IN ['automaker:byd', 'automaker:tesla'] }", {}],
  ['factories', { statuses: ['UNDER_CONSTRUCTION', 'CLOSED'] }, "n.status IN ['UNDER_CONSTRUCTION', 'CLOSED']", {}],
  ['factories', { product: 'BUS' }, "any(p IN n.products WHERE toLower(p) CONTAINS 'bus')", {}],
  ['factories', { nameContains: 'gigafactory' }, "toLower(n.name) CONTAINS 'gigafactory'", {}],
  ['factories', { openedFrom: '2020-01-01' }, "n.opened >= date('2020-01-01')", {}],
  ['factories', { openedTo: '2019-12-31' }, "n.opened <= date('2019-12-31')", {}],
  ['factories', { role: 'EXPORT_HUB' }, "'EXPORT_HUB' IN n.roles", {}],
  [
    'factories',
    { countries: ['country:TH', 'country:HU'], openedFrom: '2015-01-01', openedTo: '2026-12-31' },
    "EXISTS { (n)-[:LOCATED_IN]->(c) WHERE c.id IN ['country:TH', 'country:HU'] } AND date('2015-01-01') <= n.opened <= date('2026-12-31')",
    {},
  ],
  ['markets', { kind: 'REGION' }, "n.kind = 'REGION'", {}],
  ['markets', { includesCountry: 'country:HU' }, "EXISTS { (n)-[:INCLUDES]->(:Country {id: 'country:HU'}) }", {}],
  ['markets', { nameContains: 'ASIA' }, "toLower(n.name) CONTAINS 'asia'", {}],
  ['tradeFigures', { exporters: ['country:JP', 'automaker:byd'] }, "EXISTS { (n)-[:EXPORTER]->(x) WHERE x.id IN ['country:JP', 'automaker:byd'] }", {}],
  ['tradeFigures', { destinations: ['market:russia', 'market:mexico'] }, "EXISTS { (n)-[:DESTINATION]->(m) WHERE m.id IN ['market:russia', 'market:mexico'] }", {}],
  ['tradeFigures', { worldwide: true }, 'NOT EXISTS { (n)-[:DESTINATION]->() }', {}],
  ['tradeFigures', { worldwide: false }, 'EXISTS { (n)-[:DESTINATION]->() }', {}],
  ['tradeFigures', { metric: 'VALUE_USD' }, "n.metric = 'VALUE_USD'", {}],
  ['tradeFigures', { bases: ['OFFICIAL', 'FORECAST'] }, "n.basis IN ['OFFICIAL', 'FORECAST']", {}],
  ['tradeFigures', { vehicleClass: 'PASSENGER_CARS' }, "n.vehicleClass = 'PASSENGER_CARS'", {}],
  ['tradeFigures', { countedBy: 'CUSTOMS' }, "n.countedBy = 'CUSTOMS'", {}],
  ['tradeFigures', { periodFrom: '2023-01-01', periodTo: '2023-12-31' }, "n.periodStart >= date('2023-01-01') AND n.periodEnd <= date('2023-12-31')", {}],
  [
    'tradeFigures',
    { periodFrom: '2023-07-01', periodTo: '2023-12-31', periodMatch: 'OVERLAPS' },
    "n.periodEnd >= date('2023-07-01') AND n.periodStart <= date('2023-12-31')",
    {},
  ],
  ['tradeFigures', { reportedBy: 'org:jama' }, "EXISTS { (n)-[:REPORTED_BY]->(:Organization {id: 'org:jama'}) }", {}],
  ['tradeFigures', { source: 'source:cnn-2024-china-top-car-exporter' }, "EXISTS { (n)-[:STATED_IN]->(:Source {id: 'source:cnn-2024-china-top-car-exporter'}) }", {}],
  ['tradeFigures', { doubtful: true }, 'n.doubtful = true', {}],
  [
    'tradeFigures',
    { exporters: ['country:CN'], periodFrom: '2023-01-01', periodTo: '2023-12-31', reportedBy: 'org:caam' },
    "EXISTS { (n)-[:EXPORTER]->(:Country {id: 'country:CN'}) } AND n.periodStart >= date('2023-01-01') AND n.periodEnd <= date('2023-12-31') AND EXISTS { (n)-[:REPORTED_BY]->(:Organization {id: 'org:caam'}) }",
    {},
  ],
  ['sources', { publisherContains: 'daily' }, "toLower(n.publisher) CONTAINS 'daily'", {}],
  ['sources', { kind: 'ANALYSIS' }, "n.kind = 'ANALYSIS'", {}],
  ['sources', { publishedFrom: '2024-01-01', publishedTo: '2024-06-30' }, "date('2024-01-01') <= n.published <= date('2024-06-30')", {}],
  ['sources', { urlHostContains: 'SCMP.com' }, "n.url =~ '(?i)https?://([^/]*[.])?scmp[.]com(/.*)?'", {}],
  ['sources', { urlHostContains: 'people' }, "n.url =~ '(?i)https?://[^/]*people[^/]*(/.*)?'", {}],
  ['tradeFigures', { flows: ['PRODUCTION', 'IMPORTS'] }, "n.flow IN ['PRODUCTION', 'IMPORTS']", {}],
  ['tradeFigures', { destinations: ['country:RU'] }, "EXISTS { (n)-[:DESTINATION]->(:Market {kind: 'COUNTRY'})-[:INCLUDES]->(:Country {id: 'country:RU'}) }", {}],
  ['organizations', { country: 'country:CN' }, "EXISTS { (n)-[:BASED_IN]->(:Country {id: 'country:CN'}) }", {}],
  ['organizations', { nameContains: 'Automobile' }, "toLower(n.name) CONTAINS 'automobile'", {}],
  ['organizations', { nameContains: 'caam' }, "toLower(n.shortName) CONTAINS 'caam'", {}],
];

describe('filters', () => {
  it.each(FILTERS)('%s with %j narrows to what a direct query finds, and totalCount counts it', async (name, filter, where, params) => {
    const kind = KINDS[name]!;
    const all = await directIds(kind);
    const expected = await directIds(kind, where, params);
    // A filter that keeps everything or nothing would prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const { ids, totals } = await pageAll(kind, { first: 100, filter });
    expect(ids).toEqual(expected);
    expect(totals).toEqual([expected.length]);
  });

  it('gives an empty page, totalCount 0, for a filter nothing matches', async () => {
    const res = await t.run(FactoriesPageDocument, { filter: { countries: ['country:HU'], statuses: ['CLOSED'] } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.factories).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("answers the example: Thailand's factories opened 2015 to 2026, by opening date", async () => {
    const res = await t.run(FactoriesPageDocument, {
      filter: { countries: ['country:TH'], openedFrom: '2015-01-01', openedTo: '2026-12-31' },
      orderBy: { field: 'OPENED', direction: 'ASC' },
    });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.factories.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.country.id).toBe('country:TH');
      expect(node.opened! >= '2015-01-01' && node.opened! <= '2026-12-31').toBe(true);
    }
    expect(nodes.map((n) => n.opened)).toEqual([...nodes.map((n) => n.opened)].sort());
    // The three plants of the first gathering, in the order they opened, among the others since.
    const firstGathering = ['factory:saic-chonburi', 'factory:gwm-rayong', 'factory:byd-rayong'];
    expect(nodes.map((n) => n.id).filter((id) => firstGathering.includes(id))).toEqual(firstGathering);
    expect(nodes.map((n) => n.id).sort()).toEqual(
      await directIds(KINDS['factories']!, "EXISTS { (n)-[:LOCATED_IN]->(:Country {id: 'country:TH'}) } AND date('2015-01-01') <= n.opened <= date('2026-12-31')"),
    );
  });

  it('pages figures by exporter, period and reporter, newest publication first', async () => {
    const filter = { exporters: ['country:CN'], periodFrom: '2023-01-01', periodTo: '2023-12-31', reportedBy: 'org:caam' };
    const res = await t.run(TradeFiguresPageDocument, { first: 2, filter, orderBy: { field: 'PUBLISHED', direction: 'DESC' } });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.tradeFigures;
    for (const { node } of page.edges) {
      expect(node.exporter).toEqual({ id: 'country:CN' });
      expect(node.reportedBy?.id).toBe('org:caam');
    }
    const published = page.edges.map((e) => e.node.source.published);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('a whole page of sources by published date, newest first, dateless last', async () => {
    const res = await t.run(SourcesPageDocument, { first: 100, orderBy: { field: 'PUBLISHED', direction: 'DESC' } });
    expect(res.body.errors).toBeUndefined();
    const dates = res.body.data!.sources.edges.map((e) => e.node.published);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dates.slice(0, dated.length)).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });
});

describe('the example operations', () => {
  it('CountriesPage: European countries with factories, by name', async () => {
    const res = await t.run(CountriesPageDocument, { filter: { memberOf: 'market:europe', hasFactories: true }, orderBy: { field: 'NAME' } });
    expect(res.body.errors).toBeUndefined();
    const expected = await directIds(
      KINDS['countries']!,
      "EXISTS { (:Market {id: 'market:europe'})-[:INCLUDES]->(n) } AND EXISTS { (n)<-[:LOCATED_IN]-() }",
      {},
      { field: 'NAME', direction: 'ASC' },
    );
    expect(res.body.data!.countries.edges.map((e) => e.node.id)).toEqual(expected);
    expect(res.body.data!.countries.edges.map((e) => e.node.id)).toContain('country:HU');
  });

  it('AutomakersFiltered: Chinese automakers building in Hungary, by name', async () => {
    const res = await t.run(AutomakersFilteredDocument, {
      filter: { countries: ['country:CN'], hasFactoryIn: 'country:HU', nameContains: 'b' },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.automakers.edges.map((e) => [e.node.id, e.node.country.id])).toEqual([['automaker:byd', 'country:CN']]);
    expect(res.body.data!.automakers.totalCount).toBe(1);
  });

  it('MarketsPage: the regions that include Hungary', async () => {
    const res = await t.run(MarketsPageDocument, { filter: { includesCountry: 'country:HU', kind: 'REGION' } });
    expect(res.body.errors).toBeUndefined();
    const expected = await directIds(KINDS['markets']!, "n.kind = 'REGION' AND EXISTS { (n)-[:INCLUDES]->(:Country {id: 'country:HU'}) }");
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body.data!.markets.edges.map((e) => e.node.id)).toEqual(expected);
    expect(res.body.data!.markets.edges.every((e) => e.node.kind === 'REGION')).toBe(true);
  });

  it('OrganizationsPage: the bodies based in China', async () => {
    const res = await t.run(OrganizationsPageDocument, { filter: { country: 'country:CN' }, orderBy: { field: 'NAME' } });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.organizations.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org:caam', 'org:cpca']));
    expect(nodes.every((n) => n.country?.id === 'country:CN')).toBe(true);
  });
});

describe('bad input', () => {
  async function expectBadInput(query: string, variables: Record<string, unknown>, argument: string) {
    const res = await t.request(query, variables);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    return res.body.errors![0]!.message;
  }

  it('refuses forged cursors and cursors of another order or list', async () => {
    const factories = KINDS['factories']!;
    const byName = await t.request(pageQuery(factories), { first: 2, orderBy: { field: 'NAME', direction: 'ASC' } });
    const cursor = byName.body.data!['factories'].pageInfo.endCursor as string;
    const forged = (json: string) => Buffer.from(`cursor:v2:${json}`).toString('base64url');
    for (const after of [
      'abc',
      '!!!',
      forged('[not json'),
      forged('["factory.NAME.ASC","x","automaker:byd"]'),
      forged('["factory.NAME.ASC",3,"factory:byd-szeged"]'),
      forged('["factory.OPENED.ASC","2023-02-30","factory:byd-szeged"]'),
      Buffer.from('cursor:v1:factory:byd-szeged').toString('base64url'),
    ]) {
      await expectBadInput(pageQuery(factories), { first: 2, after, orderBy: { field: 'NAME', direction: 'ASC' } }, 'after');
    }
    const message = await expectBadInput(pageQuery(factories), { first: 2, after: cursor, orderBy: { field: 'NAME', direction: 'DESC' } }, 'after');
    expect(message).toContain('"factory.NAME.ASC"');
    await expectBadInput(pageQuery(factories), { first: 2, after: cursor }, 'after');
    await expectBadInput(pageQuery(KINDS['countries']!), { first: 2, after: cursor, orderBy: { field: 'NAME', direction: 'ASC' } }, 'after');
    // A cursor stays valid under another filter: it is a position in the order.
    const filtered = await t.request(pageQuery(factories), { first: 2, after: cursor, orderBy: { field: 'NAME', direction: 'ASC' }, filter: { statuses: ['OPERATING'] } });
    expect(filtered.body.errors).toBeUndefined();
  });

  it('still accepts the first cursors of automakers ("cursor:v1:<id>") for the default order', async () => {
    const legacy = Buffer.from('cursor:v1:automaker:byd').toString('base64url');
    const res = await t.run(AutomakersPageDocument, { first: 100, after: legacy });
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data!.automakers.edges.map((e) => e.node.id);
    expect(ids).toEqual((await directIds(KINDS['automakers']!)).filter((id) => id > 'automaker:byd').slice(0, 100));
  });

  it.each([
    ['factories', { countries: ['HU'] }, 'filter.countries[0]'],
    ['factories', { automakers: ['automaker:byd', 'country:CN'] }, 'filter.automakers[1]'],
    ['factories', { openedFrom: '2026-01-01', openedTo: '2020-01-01' }, 'filter.openedTo'],
    ['factories', { product: '   ' }, 'filter.product'],
    ['countries', { codes: ['CHN'] }, 'filter.codes[0]'],
    ['countries', { memberOf: 'country:HU' }, 'filter.memberOf'],
    ['automakers', { hasFactoryIn: 'market:europe' }, 'filter.hasFactoryIn'],
    ['automakers', { market: 'europe' }, 'filter.market'],
    ['markets', { includesCountry: 'country:hu' }, 'filter.includesCountry'],
    ['tradeFigures', { exporters: ['source:x'] }, 'filter.exporters[0]'],
    ['tradeFigures', { destinations: ['automaker:byd'] }, 'filter.destinations[0]'],
    ['tradeFigures', { reportedBy: 'caam' }, 'filter.reportedBy'],
    ['tradeFigures', { source: 'org:caam' }, 'filter.source'],
    ['sources', { urlHostContains: 'a/b' }, 'filter.urlHostContains'],
    ['organizations', { country: 'CN' }, 'filter.country'],
  ])('%s refuses the filter %j, naming %s', async (name, filter, argument) => {
    await expectBadInput(pageQuery(KINDS[name]!), { first: 5, filter }, argument);
  });

  it.each([0, 101])('refuses first: %d', async (first) => {
    await expectBadInput(pageQuery(KINDS['sources']!), { first }, 'first');
  });
});

describe('totalCount', () => {
  it('is computed only when asked for, in the same statement as the page', async () => {
    const kind = KINDS['tradeFigures']!;
    const without = await t.request(pageQuery(kind, false), { first: 3 });
    const withCount = await t.request(pageQuery(kind, true), { first: 3 });
    expect(without.body.errors).toBeUndefined();
    expect(without.body.data!['tradeFigures'].totalCount).toBeUndefined();
    expect(withCount.body.data!['tradeFigures'].totalCount).toBe((await directIds(kind)).length);
    expect(without.cypherQueries).toBe(1);
    expect(withCount.cypherQueries).toBe(1);
  });

  it('is found in fragments too', async () => {
    const res = await t.request(`query { sources(first: 1) { ...Counted } } fragment Counted on SourceConnection { ... on SourceConnection { totalCount } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!['sources'].totalCount).toBe((await directIds(KINDS['sources']!)).length);
  });
});

describe('nested lists take first', () => {
  const synthetic = { nameContains: 'Zz collections test' };
  const query = `query($first: Int, $listFirst: Int, $filter: AutomakerFilter) {
    automakers(first: $first, filter: $filter, orderBy: {field: NAME}) { edges { node { id
      factories(first: $listFirst) { id country { id } } markets(first: $listFirst) { market { id } } exports(first: $listFirst) { id } } } } }`;

  it('limits each parent to its own first items, in the usual order', async () => {
    const full = await t.request(query, { first: 10, filter: synthetic });
    const two = await t.request(query, { first: 10, filter: synthetic, listFirst: 2 });
    expect(two.body.errors).toBeUndefined();
    const fullNodes = full.body.data!['automakers'].edges.map((e: any) => e.node);
    const twoNodes = two.body.data!['automakers'].edges.map((e: any) => e.node);
    expect(twoNodes).toHaveLength(10);
    twoNodes.forEach((node: any, i: number) => {
      expect(fullNodes[i].factories).toHaveLength(3);
      expect(fullNodes[i].exports).toHaveLength(3);
      expect(node.factories).toEqual(fullNodes[i].factories.slice(0, 2));
      expect(node.exports).toEqual(fullNodes[i].exports.slice(0, 2));
      expect(node.markets).toEqual(fullNodes[i].markets.slice(0, 2));
    });
  });

  it('limits a country, a market and their lists the same way', async () => {
    const res = await t.request(`{
      full: country(id: "country:CN") { automakers { id } factories { id } exports { id } markets { id } }
      one: country(id: "country:CN") { automakers(first: 1) { id } factories(first: 1) { id } exports(first: 1) { id } markets(first: 1) { id } }
      fullMarket: market(id: "market:europe") { countries { id } automakers { id } }
      oneMarket: market(id: "market:europe") { countries(first: 2) { id } automakers(first: 1) { id } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const { full, one, fullMarket, oneMarket } = res.body.data as any;
    for (const list of ['automakers', 'factories', 'exports', 'markets']) {
      expect(full[list].length).toBeGreaterThan(list === 'markets' ? 0 : 1);
      expect(one[list]).toEqual(full[list].slice(0, 1));
    }
    expect(oneMarket.countries).toEqual(fullMarket.countries.slice(0, 2));
    expect(oneMarket.automakers).toEqual(fullMarket.automakers.slice(0, 1));
  });

  it('defaults to 100 and refuses 0 and 1001', async () => {
    const res = await t.request(`{ country(id: "country:HU") { factories { id } } }`);
    const [direct] = await t.executor.read<{ n: number }>(`MATCH (:Country {id: 'country:HU'})<-[:LOCATED_IN]-(f) RETURN count(f) AS n`);
    expect(direct!.n).toBeGreaterThan(100);
    expect(res.body.data!['country'].factories).toHaveLength(100);
    for (const first of [0, 1001]) {
      const bad = await t.request(`query($first: Int) { country(id: "country:HU") { factories(first: $first) { id } } }`, { first });
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('runs the same number of statements for 5 and for 50 parents', async () => {
    const five = await t.request(query, { first: 5, filter: synthetic, listFirst: 2 });
    const fifty = await t.request(query, { first: 50, filter: synthetic, listFirst: 2 });
    expect(fifty.body.errors).toBeUndefined();
    expect(fifty.body.data!['automakers'].edges).toHaveLength(50);
    // page + factories + their countries + market links + their markets + exports
    expect(fifty.cypherQueries).toBe(five.cypherQueries);
    expect(fifty.cypherQueries).toBeLessThanOrEqual(6);
    const countries = await t.run(CountryListsDocument, { first: 50, listFirst: 1 });
    expect(countries.body.errors).toBeUndefined();
    expect(countries.cypherQueries).toBeLessThanOrEqual(7);
  });
});
