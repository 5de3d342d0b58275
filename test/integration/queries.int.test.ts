/** Every query of the contract, over HTTP, against the seeded graph in a real Neo4j. */

import {
  AutomakerExportsDocument,
  AutomakerMarketsDocument,
  AutomakersPageDocument,
  CountryExportsDocument,
  CountryFactoriesDocument,
  ExporterRankingDocument,
  MarketDetailDocument,
  NodeByIdDocument,
  PathBetweenDocument,
  SearchDocument,
  type AutomakersPageQuery,
} from '../../schema/generated/graphql';
import { readSeeds } from '../support/seed-figures';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

describe('country', () => {
  it("returns BYD's two Hungarian sites with their sources (the issue's example), among every factory the seeds place there", async () => {
    const res = await t.request(
      '{ country(id: "country:HU") { factories { id name status products automaker { id name } sources { publisher } } } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const factories: any[] = res.body.data!.country.factories;
    const typed = await t.run(CountryFactoriesDocument, { id: 'country:HU' });
    // Every factory the seeds place in Hungary, each once, whoever runs it.
    const seeded = readSeeds<{ id: string; countryId: string; automakerId: string }>('factories.json').filter(
      (f) => f.countryId === 'country:HU',
    );
    expect(typed.body.data!.country!.factories.map((f) => f.id).sort()).toEqual(seeded.map((f) => f.id).sort());
    expect(factories.map((f) => f.id).sort()).toEqual(seeded.map((f) => f.id).sort());
    for (const f of factories) expect(f.automaker.id).toBe(seeded.find((s) => s.id === f.id)!.automakerId);
    // The example: BYD's two sites, Komárom and Szeged, both stated by CNN.
    const byd = factories.filter((f) => f.automaker.id === 'automaker:byd');
    expect(byd.map((f) => f.id).sort()).toEqual(['factory:byd-komarom', 'factory:byd-szeged']);
    expect(byd.map((f) => f.automaker.name)).toEqual(['BYD', 'BYD']);
    const komarom = byd.find((f) => /Komárom/.test(f.name));
    const szeged = byd.find((f) => /Szeged/.test(f.name));
    expect(komarom.status).toBe('OPERATING');
    expect(komarom.products).toContain('buses');
    expect(szeged.products).toContain('passenger cars');
    expect(['UNDER_CONSTRUCTION', 'ANNOUNCED']).toContain(szeged.status);
    for (const f of byd) {
      expect(f.sources.map((s: any) => s.publisher)).toContain('CNN');
    }
  });

  it('gives code, name, automakers, factories and exports of China', async () => {
    const res = await t.request(`{ country(id: "country:CN") { id code name automakers { id } factories { id }
      exports { id } } }`);
    const cn = res.body.data!.country;
    expect(cn).toMatchObject({ id: 'country:CN', code: 'CN', name: 'China' });
    expect(cn.automakers.map((a: any) => a.id)).toEqual(expect.arrayContaining(['automaker:byd', 'automaker:saic', 'automaker:nio', 'automaker:xpeng']));
    expect(cn.automakers.map((a: any) => a.id)).not.toContain('automaker:tesla');
    expect(cn.factories.map((f: any) => f.id)).toEqual(expect.arrayContaining(['factory:tesla-shanghai', 'factory:nio-hefei']));
    expect(cn.exports.length).toBeGreaterThan(10);
  });

  it('filters exports by year, metric and destination', async () => {
    const res = await t.run(CountryExportsDocument, {
      id: 'country:CN',
      filter: { year: 2023, destination: 'market:russia', metric: 'UNITS' },
    });
    const figures = res.body.data!.country!.exports;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.destination?.id).toBe('market:russia');
      expect(f.metric).toBe('UNITS');
      expect(f.periodStart >= '2023-01-01' && f.periodEnd <= '2023-12-31').toBe(true);
    }
    // The article: 840,000 vehicles to Russia in January–November 2023, by Chinese customs.
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          value: 840000,
          periodStart: '2023-01-01',
          periodEnd: '2023-11-30',
          reportedBy: expect.objectContaining({ id: 'org:china-customs' }),
        }),
      ]),
    );
  });

  it('is null for a well-formed id that names nothing', async () => {
    const res = await t.request('{ country(id: "country:ZZ") { id } }');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.country).toBeNull();
  });
});

describe("the article's facts", () => {
  it('has the CPCA estimate of 5.26m vehicles worth $102bn for China in 2023, and 4.3m for Japan', async () => {
    const cn = await t.run(CountryExportsDocument, { id: 'country:CN', filter: { year: 2023, worldwide: true } });
    const figures = cn.body.data!.country!.exports;
    const cpca = figures.filter((f) => f.reportedBy?.id === 'org:cpca' && f.basis === 'ESTIMATE');
    expect(cpca).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'UNITS', value: 5260000, periodStart: '2023-01-01', periodEnd: '2023-12-31' }),
        expect.objectContaining({ metric: 'VALUE_USD', value: 102e9 }),
        expect.objectContaining({ metric: 'GROWTH_PERCENT', value: 56 }),
      ]),
    );
    // Customs: 4.76m in the first 11 months.
    expect(figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 4760000, countedBy: 'CUSTOMS', periodEnd: '2023-11-30' })]),
    );
    const jp = await t.run(CountryExportsDocument, { id: 'country:JP', filter: { year: 2023, worldwide: true } });
    const jpFigures = jp.body.data!.country!.exports;
    expect(jpFigures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 4300000, basis: 'ESTIMATE' }),
        expect.objectContaining({ value: 3990000, periodEnd: '2023-11-30', reportedBy: expect.objectContaining({ id: 'org:jama' }) }),
      ]),
    );
  });

  it('has 2021 (2.2m, +103%) and 2022 figures for China', async () => {
    const y2021 = await t.run(CountryExportsDocument, { id: 'country:CN', filter: { year: 2021, worldwide: true } });
    const values = y2021.body.data!.country!.exports.map((f) => [f.metric, f.value]);
    expect(values).toEqual(expect.arrayContaining([['UNITS', 2200000], ['GROWTH_PERCENT', 103]]));
    const y2022 = await t.run(CountryExportsDocument, { id: 'country:CN', filter: { year: 2022, metric: 'UNITS' } });
    expect(y2022.body.data!.country!.exports.length).toBeGreaterThan(0);
  });

  it.each([
    ['automaker:byd', 36095],
    ['automaker:saic', 19427],
    ['automaker:tesla', 18334],
  ])('has the December 2023 shipments of %s (%d)', async (id, value) => {
    const res = await t.run(AutomakerExportsDocument, { id, filter: { year: 2023 } });
    const december = res.body.data!.automaker!.exports.filter(
      (f) => f.periodStart === '2023-12-01' && f.periodEnd === '2023-12-31',
    );
    expect(december.map((f) => f.value)).toContain(value);
  });

  it("has BYD's 2022 overseas sales and its 2023 target, as overseas sales (not exports)", async () => {
    const res = await t.request(
      `query ($id: ID!) { automaker(id: $id) {
        overseas: figures(filter: { flow: OVERSEAS_SALES }, first: 1000) { id flow value basis periodStart periodEnd source { id } }
        exports(first: 1000) { id flow } } }`,
      { id: 'automaker:byd' },
    );
    expect(res.body.errors).toBeUndefined();
    const { overseas, exports } = res.body.data!.automaker;
    const article = [
      expect.objectContaining({ value: 56000, periodStart: '2022-01-01', periodEnd: '2022-12-31' }),
      expect.objectContaining({ value: 250000, basis: 'TARGET', periodStart: '2023-01-01' }),
    ];
    expect(overseas).toEqual(expect.arrayContaining(article));
    for (const f of overseas) expect(f.flow).toBe('OVERSEAS_SALES');
    for (const f of overseas.filter((f: any) => f.value === 56000 || f.value === 250000)) {
      expect(f.source.id).toBe('source:cnn-2024-china-top-car-exporter');
    }
    // `exports` reads EXPORTS figures only: the overseas sales are not among them.
    for (const f of exports) expect(f.flow).toBe('EXPORTS');
    const overseasIds = new Set(overseas.map((f: any) => f.id));
    expect(exports.filter((f: any) => overseasIds.has(f.id))).toEqual([]);
  });

  it("has Tesla's Shanghai Gigafactory as an export hub and Nio's Hefei plant", async () => {
    const res = await t.request(`{
      tesla: factory(id: "factory:tesla-shanghai") { name city roles status country { code } automaker { id } sources { id } }
      nio: factory(id: "factory:nio-hefei") { city country { code } automaker { id } } }`);
    expect(res.body.data!.tesla).toMatchObject({
      roles: ['EXPORT_HUB'],
      status: 'OPERATING',
      country: { code: 'CN' },
      automaker: { id: 'automaker:tesla' },
    });
    expect(res.body.data!.tesla.sources.map((s: any) => s.id)).toContain('source:cnn-2024-china-top-car-exporter');
    expect(res.body.data!.nio).toMatchObject({ city: 'Hefei', country: { code: 'CN' }, automaker: { id: 'automaker:nio' } });
  });

  it('has the markets Russia, Europe, Australia and Southeast Asia, with their countries', async () => {
    for (const [id, code] of [
      ['market:russia', 'RU'],
      ['market:europe', 'HU'],
      ['market:australia', 'AU'],
      ['market:southeast-asia', 'TH'],
    ] as const) {
      const res = await t.run(MarketDetailDocument, { id });
      expect(res.body.data!.market!.countries.map((c) => c.id)).toContain(`country:${code}`);
    }
  });

  it('has the bodies CPCA, JAMA and Chinese customs', async () => {
    const res = await t.request(`{ cpca: node(id: "org:cpca") { ... on Organization { name country { code } } }
      jama: node(id: "org:jama") { ... on Organization { country { code } } }
      customs: node(id: "org:china-customs") { ... on Organization { country { code } } } }`);
    expect(res.body.data).toEqual({
      cpca: { name: expect.stringContaining('Passenger Car'), country: { code: 'CN' } },
      jama: { country: { code: 'JP' } },
      customs: { country: { code: 'CN' } },
    });
  });
});

describe('automaker', () => {
  it('gives headquarters, factories, market links with sources, and exports', async () => {
    const res = await t.run(AutomakerMarketsDocument, { id: 'automaker:byd' });
    const byd = res.body.data!.automaker!;
    expect(byd.country).toEqual({ id: 'country:CN', name: 'China' });
    const europe = byd.markets.find((m) => m.market.id === 'market:europe' && m.kind === 'TARGETS');
    expect(europe).toBeDefined();
    expect(europe!.sources.map((s) => s.id)).toContain('source:cnn-2024-china-top-car-exporter');
    for (const link of byd.markets) expect(link.sources.length).toBeGreaterThan(0);
  });

  it('is null for a well-formed id that names nothing', async () => {
    const res = await t.request('{ automaker(id: "automaker:no-such-maker") { id } }');
    expect(res.body.data!.automaker).toBeNull();
  });
});

describe('automakers (cursor pagination)', () => {
  it('pages to the end without gaps or repeats, with a stable totalCount', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const res: GraphQLResponse<AutomakersPageQuery> = await t.run(AutomakersPageDocument, { first: 5, after });
      expect(res.body.errors).toBeUndefined();
      const page: AutomakersPageQuery['automakers'] = res.body.data!.automakers;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(100);
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
    expect(pages).toBe(Math.ceil(total / 5));
  });

  it.each([0, -1, 101])('refuses first: %d with BAD_USER_INPUT', async (first) => {
    const res = await t.run(AutomakersPageDocument, { first });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toBe(`Argument "first" must be an integer from 1 to 100; got ${first}.`);
  });

  it('refuses first: 1000000 with its edges before running anything (QUERY_TOO_COMPLEX, HTTP 400)', async () => {
    const res = await t.run(AutomakersPageDocument, { first: 1_000_000 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.cypherQueries).toBe(0);
  });

  it.each(['not-a-cursor', 'Y3Vyc29yOnYx', 'eyJpZCI6MX0', '!!!'])('refuses the forged cursor %s', async (after) => {
    const res = await t.run(AutomakersPageDocument, { first: 2, after });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('node', () => {
  it.each([
    ['country:CN', 'Country'],
    ['automaker:byd', 'Automaker'],
    ['factory:tesla-shanghai', 'Factory'],
    ['market:russia', 'Market'],
    ['org:cpca', 'Organization'],
    ['source:cnn-2024-china-top-car-exporter', 'Source'],
  ])('resolves %s to a %s', async (id, typename) => {
    const res = await t.run(NodeByIdDocument, { id });
    expect(res.body.data!.node).toMatchObject({ __typename: typename, id });
  });

  it('resolves a figure id to a TradeFigure', async () => {
    const res = await t.run(NodeByIdDocument, { id: 'figure:cn-world-2023-units-cpca-estimate' });
    expect(res.body.data!.node).toMatchObject({ __typename: 'TradeFigure', metric: 'UNITS', value: 5260000 });
  });

  it('is null for a well-formed id that names nothing', async () => {
    const res = await t.run(NodeByIdDocument, { id: 'factory:nowhere' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.node).toBeNull();
  });
});

describe('bad ids', () => {
  it.each([
    ['{ node(id: "BYD") { id } }', 'id'],
    ['{ node(id: "planet:mars") { id } }', 'id'],
    ['{ country(id: "country:cn") { id } }', 'id'],
    ['{ country(id: "country:CHN") { id } }', 'id'],
    ['{ country(id: "automaker:byd") { id } }', 'id'],
    ['{ automaker(id: "automaker:BYD") { id } }', 'id'],
    ['{ automaker(id: "automaker:b y d") { id } }', 'id'],
    ['{ factory(id: "factory:") { id } }', 'id'],
    ['{ market(id: "market:russia\' OR 1=1") { id } }', 'id'],
    ['{ path(from: "x", to: "country:CN") { length } }', 'from'],
    ['{ path(from: "country:CN", to: "") { length } }', 'to'],
  ])('%s is BAD_USER_INPUT naming the argument', async (query, argument) => {
    const res = await t.request(query);
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.body.errors?.[0]?.message).toMatch(new RegExp(`^Argument "${argument}" must be`));
  });

  it('explains what form a country id must have', async () => {
    const res = await t.request('{ country(id: "country:cn") { id } }');
    expect(res.body.errors?.[0]?.message).toBe(
      'Argument "id" must be an id of the form country:<ISO 3166-1 alpha-2 code>, e.g. country:CN; got "country:cn".',
    );
  });
});

describe('search', () => {
  it('finds BYD by name, and Komárom without its accent', async () => {
    const byd = await t.run(SearchDocument, { text: 'BYD' });
    expect(byd.body.data!.search[0]).toMatchObject({ __typename: 'Automaker', id: 'automaker:byd' });
    const komarom = await t.run(SearchDocument, { text: 'komarom' });
    expect(komarom.body.data!.search.map((n) => n.id)).toContain('factory:byd-komarom');
  });

  it('finds prefixes as you type', async () => {
    const res = await t.run(SearchDocument, { text: 'gigafact' });
    expect(res.body.data!.search.map((n) => n.id)).toContain('factory:tesla-shanghai');
  });

  it.each(['byd AND (', '"unterminated', 'name:*', '\\', '~~~', 'OR', '*', 'byd)) OR ((', '[1 TO 2]', '{!xyz}', "'; MATCH (n) DETACH DELETE n //"])(
    'never fails on Lucene or Cypher syntax: %s',
    async (text) => {
      const res = await t.run(SearchDocument, { text });
      expect(res.body.errors).toBeUndefined();
      expect(Array.isArray(res.body.data!.search)).toBe(true);
    },
  );

  it('respects first and refuses a bad one', async () => {
    const res = await t.run(SearchDocument, { text: 'byd', first: 2 });
    expect(res.body.data!.search).toHaveLength(2);
    const bad = await t.run(SearchDocument, { text: 'byd', first: 0 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses text longer than 200 characters', async () => {
    const res = await t.run(SearchDocument, { text: 'x'.repeat(201) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('path', () => {
  it('links Tesla to China through its Shanghai factory, with evidence per hop', async () => {
    const res = await t.run(PathBetweenDocument, { from: 'automaker:tesla', to: 'country:CN' });
    const path = res.body.data!.path!;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n) => n.id)).toEqual(['automaker:tesla', 'factory:tesla-shanghai', 'country:CN']);
    expect(path.steps).toEqual([
      expect.objectContaining({ type: 'OPERATES', from: 'automaker:tesla', to: 'factory:tesla-shanghai' }),
      expect.objectContaining({ type: 'LOCATED_IN', from: 'factory:tesla-shanghai', to: 'country:CN' }),
    ]);
    for (const step of path.steps) expect(step.sources.length).toBeGreaterThan(0);
  });

  it('follows relationships against their direction, reporting the stored direction', async () => {
    const res = await t.run(PathBetweenDocument, { from: 'country:CN', to: 'automaker:tesla' });
    const path = res.body.data!.path!;
    expect(path.length).toBe(2);
    const ids = path.nodes.map((n) => n.id);
    expect([ids[0], ids[2]]).toEqual(['country:CN', 'automaker:tesla']);
    // Each step joins two consecutive nodes; the first is stored pointing at China (LOCATED_IN or INCLUDES).
    path.steps.forEach((step, i) => expect([step.from, step.to].sort()).toEqual([ids[i], ids[i + 1]].sort()));
    expect(path.steps[0]).toMatchObject({ to: 'country:CN' });
  });

  it('is null when no path fits within maxHops, and a single node from an entity to itself', async () => {
    const none = await t.run(PathBetweenDocument, { from: 'automaker:tesla', to: 'country:HU', maxHops: 1 });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.path).toBeNull();
    const self = await t.run(PathBetweenDocument, { from: 'country:CN', to: 'country:CN' });
    expect(self.body.data!.path).toMatchObject({ length: 0, nodes: [{ id: 'country:CN' }], steps: [] });
  });

  it('finds BYD to Hungary', async () => {
    const res = await t.run(PathBetweenDocument, { from: 'automaker:byd', to: 'country:HU' });
    expect(res.body.data!.path!.length).toBe(2);
  });

  it.each([0, 7, -3])('refuses maxHops %d', async (maxHops) => {
    const res = await t.run(PathBetweenDocument, { from: 'automaker:byd', to: 'country:HU', maxHops });
    expect(res.body.errors?.[0]).toMatchObject({
      message: `Argument "maxHops" must be an integer from 1 to 6; got ${maxHops}.`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('is null when an end does not exist', async () => {
    const res = await t.run(PathBetweenDocument, { from: 'automaker:tesla', to: 'country:ZZ' });
    expect(res.body.data!.path).toBeNull();
  });
});

describe('exporterRanking', () => {
  it('ranks China first for 2023 on new-vehicle counts, with the official figures preferred', async () => {
    const res = await t.run(ExporterRankingDocument, { year: 2023 });
    const ranking = res.body.data!.exporterRanking;
    expect(ranking.slice(0, 2).map((r) => [r.rank, r.exporter.__typename === 'Country' && r.exporter.id])).toEqual([
      [1, 'country:CN'],
      [2, 'country:JP'],
    ]);
    // CAAM's official 4.91m beats the CPCA estimate of 5.26m; JAMA's official count beats CPCA's 4.3m.
    expect(ranking[0]!.figure).toMatchObject({ value: 4910000, basis: 'OFFICIAL', reportedBy: { id: 'org:caam' } });
    expect(ranking[1]!.figure).toMatchObject({ value: 4422682, basis: 'OFFICIAL', reportedBy: { id: 'org:jama' } });
    for (const r of ranking) {
      expect(r.figure).toMatchObject({ vehicleClass: 'ALL_VEHICLES', countedBy: 'MANUFACTURERS' });
      expect([r.figure.periodStart, r.figure.periodEnd]).toEqual(['2023-01-01', '2023-12-31']);
    }
    const values = ranking.map((r) => r.figure.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(ranking.map((r) => r.rank)).toEqual(ranking.map((_, i) => i + 1));
  });

  it("never ranks Japan's customs count (which includes used vehicles) against new-vehicle counts", async () => {
    const res = await t.run(ExporterRankingDocument, { year: 2023 });
    expect(res.body.data!.exporterRanking.map((r) => r.figure.value)).not.toContain(5970000);
    const customs = await t.run(ExporterRankingDocument, { year: 2023, countedBy: 'CUSTOMS' });
    const rows = customs.body.data!.exporterRanking;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.figure.countedBy).toBe('CUSTOMS');
  });

  it("prefers a figure whose producer is named: CAAM's 2.02m for 2021 over the article's unattributed 2.2m", async () => {
    const res = await t.run(ExporterRankingDocument, { year: 2021 });
    const china = res.body.data!.exporterRanking.find((r) => r.exporter.__typename === 'Country' && r.exporter.id === 'country:CN');
    expect(china!.figure).toMatchObject({ value: 2020000, reportedBy: { id: 'org:caam' } });
  });

  it('ranks by value in dollars', async () => {
    const res = await t.run(ExporterRankingDocument, { year: 2023, metric: 'VALUE_USD' });
    for (const r of res.body.data!.exporterRanking) expect(r.figure.periodStart).toBe('2023-01-01');
  });

  it('is empty for a year with no figures, and refuses a silly year', async () => {
    const empty = await t.run(ExporterRankingDocument, { year: 1950 });
    expect(empty.body.data!.exporterRanking).toEqual([]);
    const bad = await t.run(ExporterRankingDocument, { year: 99999 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('market', () => {
  it('lists the countries of Southeast Asia and is null for an unknown market', async () => {
    const res = await t.run(MarketDetailDocument, { id: 'market:southeast-asia' });
    expect(res.body.data!.market).toMatchObject({ kind: 'REGION' });
    expect(res.body.data!.market!.countries.length).toBeGreaterThanOrEqual(10);
    const none = await t.run(MarketDetailDocument, { id: 'market:atlantis' });
    expect(none.body.data!.market).toBeNull();
  });

  it("lists automakers linked to Europe, BYD among them", async () => {
    const res = await t.run(MarketDetailDocument, { id: 'market:europe' });
    expect(res.body.data!.market!.automakers.map((a) => a.id)).toContain('automaker:byd');
  });
});

describe('sources and figures', () => {
  it('every figure has a source, and a reporter or a company statement', async () => {
    const res = await t.request(`{ country(id: "country:CN") { exports { id source { id publisher title } sources { id } } } }`);
    for (const f of res.body.data!.country.exports) {
      expect(f.source.id).toMatch(/^source:/);
      expect(f.sources).toEqual([{ id: f.source.id }]);
    }
  });

  it('gives a source its publisher, title, url and publication date', async () => {
    const res = await t.request(`{ node(id: "source:cnn-2024-china-top-car-exporter") {
      ... on Source { publisher title url published publishedPrecision kind } } }`);
    expect(res.body.data!.node).toMatchObject({ publisher: 'CNN', published: '2024-01-01', publishedPrecision: 'MONTH', kind: 'NEWS' });
  });
});
