/**
 * Aggregations against the seeded graph, each compared with an independent computation: the seed
 * files read and summed here in TypeScript (with the preference rule written out again), or a direct
 * Cypher read. Also: asOf changes a pick, shares add up to 1, and a list of exporters costs a fixed
 * number of statements.
 */

import {
  AutomakerExportSeriesDocument,
  CountryExportSeriesDocument,
  FactoryStatsDocument,
  MarketExporterSharesDocument,
  MarketImportSeriesDocument,
  type CountingMethod,
  type TradeMetric,
  type VehicleClass,
} from '../../schema/generated/graphql';
import { SEED_FIGURES, preferFigure, publishedOf, readSeeds, type SeedFigure } from '../support/seed-figures';
import { startTestServer, type TestServer } from '../support/test-server';

// ---- the seeds, and the rule computed independently of the server -------------------------------

interface SeedFactory {
  id: string;
  countryId: string;
  automakerId: string;
  status: string;
  capacityPerYear: number | null;
}

const seed = readSeeds;
// Series, imports and shares are about exports (other flows have series of their own): the export
// figures of countries and automakers are the ones these aggregations read.
const FIGURES = SEED_FIGURES.filter((f) => f.flow === 'EXPORTS' && /^(country|automaker):/.test(f.exporterId));
const FACTORIES = seed<SeedFactory>('factories.json');
const published = publishedOf;
const prefer = preferFigure;

interface Measure {
  metric?: TradeMetric;
  vehicleClass?: VehicleClass;
  countedBy?: CountingMethod;
  asOf?: string;
}

const year = (f: SeedFigure): number => Number(f.periodStart.slice(0, 4));
const wholeYear = (f: SeedFigure): boolean => f.periodStart.endsWith('-01-01') && f.periodEnd === `${year(f)}-12-31`;

function matches(f: SeedFigure, m: Measure): boolean {
  const p = published(f);
  return (
    f.metric === (m.metric ?? 'UNITS') &&
    f.vehicleClass === (m.vehicleClass ?? 'ALL_VEHICLES') &&
    f.countedBy === (m.countedBy ?? 'MANUFACTURERS') &&
    wholeYear(f) &&
    (m.asOf === undefined || (p !== null && p <= m.asOf))
  );
}

/** Groups figures by a key and sorts each group by preference. */
function competing(figures: SeedFigure[], key: (f: SeedFigure) => string): Map<string, SeedFigure[]> {
  const groups = new Map<string, SeedFigure[]>();
  for (const f of figures) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
  for (const list of groups.values()) list.sort(prefer);
  return groups;
}

function expectedExportSeries(exporterId: string, m: Measure, destination: string | null = null) {
  const mine = FIGURES.filter((f) => f.exporterId === exporterId && f.destinationId === destination && matches(f, m));
  return [...competing(mine, (f) => String(year(f))).values()]
    .map((list) => ({ year: year(list[0]!), value: list[0]!.value, alternatives: list.length - 1, figureId: list[0]!.id }))
    .sort((a, b) => a.year - b.year);
}

/** The preferred figure of each country exporter per year for a market. */
function preferredForMarket(marketId: string, m: Measure): SeedFigure[] {
  const mine = FIGURES.filter((f) => f.destinationId === marketId && f.exporterId.startsWith('country:') && matches(f, m));
  return [...competing(mine, (f) => `${f.exporterId}|${year(f)}`).values()].map((list) => list[0]!);
}

function expectedImportSeries(marketId: string, m: Measure) {
  const byYear = new Map<number, SeedFigure[]>();
  for (const f of preferredForMarket(marketId, m)) byYear.set(year(f), [...(byYear.get(year(f)) ?? []), f]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, list]) => ({
      year: y,
      total: list.reduce((s, f) => s + f.value, 0),
      exporters: list.length,
      figureIds: list.map((f) => f.id).sort(),
    }));
}

// ---- the server -----------------------------------------------------------------------------------

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

const EXPORTERS = [...new Set(FIGURES.map((f) => f.exporterId))].sort();
const MARKETS = [...new Set(FIGURES.flatMap((f) => (f.destinationId === null ? [] : [f.destinationId])))].sort();
const MEASURES: Measure[] = [
  {},
  { countedBy: 'CUSTOMS' },
  { vehicleClass: 'NEW_ENERGY_VEHICLES' },
  { vehicleClass: 'PASSENGER_CARS' },
  { metric: 'VALUE_USD', countedBy: 'CUSTOMS' },
  { metric: 'GROWTH_PERCENT' },
];

async function countrySeries(id: string, variables: Measure & { destination?: string } = {}) {
  const res = await t.run(CountryExportSeriesDocument, { id, ...variables });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.country!.exportSeries;
}

describe('factoryStats', () => {
  it('by COUNTRY: one group per country, counts and known capacities as in the seeds, summing to every factory', async () => {
    const res = await t.run(FactoryStatsDocument, { groupBy: ['COUNTRY'] });
    expect(res.body.errors).toBeUndefined();
    const groups = res.body.data!.factoryStats;
    const [total] = await t.executor.read<{ n: number }>('MATCH (f:Factory) RETURN count(f) AS n');
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(total!.n);
    expect(total!.n).toBe(FACTORIES.length);

    const expected = [...new Set(FACTORIES.map((f) => f.countryId))].map((countryId) => {
      const mine = FACTORIES.filter((f) => f.countryId === countryId);
      const known = mine.filter((f) => f.capacityPerYear !== null);
      return {
        countryId,
        count: mine.length,
        capacityPerYear: known.length === 0 ? null : known.reduce((s, f) => s + f.capacityPerYear!, 0),
        capacityKnownCount: known.length,
      };
    });
    expected.sort((a, b) => b.count - a.count || (a.countryId < b.countryId ? -1 : 1));
    expect(
      groups.map((g) => ({ countryId: g.country!.id, count: g.count, capacityPerYear: g.capacityPerYear, capacityKnownCount: g.capacityKnownCount })),
    ).toEqual(expected);
    expect(groups.every((g) => g.status === null && g.automaker === null)).toBe(true);
  });

  it('by COUNTRY and STATUS, filtered by status, and with no grouping at all', async () => {
    const res = await t.run(FactoryStatsDocument, { groupBy: ['STATUS', 'COUNTRY'], filter: { statuses: ['OPERATING', 'ANNOUNCED'] } });
    expect(res.body.errors).toBeUndefined();
    const kept = FACTORIES.filter((f) => ['OPERATING', 'ANNOUNCED'].includes(f.status));
    const counts = new Map<string, number>();
    for (const f of kept) counts.set(`${f.countryId}|${f.status}`, (counts.get(`${f.countryId}|${f.status}`) ?? 0) + 1);
    const groups = res.body.data!.factoryStats;
    expect(new Map(groups.map((g) => [`${g.country!.id}|${g.status}`, g.count]))).toEqual(counts);
    expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((a, b) => b - a));

    const all = await t.run(FactoryStatsDocument, { groupBy: [], filter: { automaker: 'automaker:byd' } });
    const byd = FACTORIES.filter((f) => f.automakerId === 'automaker:byd');
    expect(all.body.data!.factoryStats).toEqual([
      {
        country: null,
        status: null,
        automaker: null,
        count: byd.length,
        capacityPerYear: byd.reduce((s, f) => s + (f.capacityPerYear ?? 0), 0),
        capacityKnownCount: byd.filter((f) => f.capacityPerYear !== null).length,
      },
    ]);
  });

  it('by AUTOMAKER matches a direct Cypher count of OPERATES', async () => {
    const res = await t.run(FactoryStatsDocument, { groupBy: ['AUTOMAKER'] });
    const direct = await t.executor.read<{ id: string; n: number }>(
      'MATCH (a:Automaker)-[:OPERATES]->(f:Factory) RETURN a.id AS id, count(f) AS n',
    );
    expect(new Map(res.body.data!.factoryStats.map((g) => [g.automaker!.id, g.count]))).toEqual(new Map(direct.map((r) => [r.id, r.n])));
  });

  it('refuses an unknown kind of id in the filter', async () => {
    const res = await t.run(FactoryStatsDocument, { groupBy: ['COUNTRY'], filter: { country: 'market:russia' } });
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('exportSeries', () => {
  it("picks for China's 2023 exports the figure the rule prefers among the seeds' competing figures", async () => {
    const candidates = FIGURES.filter(
      (f) => f.exporterId === 'country:CN' && f.destinationId === null && matches(f, {}) && year(f) === 2023,
    );
    // The seeds hold several competing 2023 figures, one of them doubtful: the rule has work to do.
    expect(candidates.length).toBeGreaterThan(2);
    expect(candidates.some((f) => f.doubtful)).toBe(true);
    const preferred = [...candidates].sort(prefer)[0]!;
    expect(preferred.basis).toBe('OFFICIAL');
    expect(preferred.reporterId).not.toBeNull();

    const series = await countrySeries('country:CN');
    const point = series.find((p) => p.year === 2023)!;
    expect(point.figure.id).toBe(preferred.id);
    expect(point.value).toBe(preferred.value);
    expect(point.alternatives).toBe(candidates.length - 1);
    expect(point.figure.basis).toBe('OFFICIAL');
    expect(point.figure.doubtful).toBe(false);
    expect(series.map((p) => p.year)).toEqual([...series.map((p) => p.year)].sort((a, b) => a - b));
  });

  it('with asOf before the preferred figure was published, picks what was known then', async () => {
    const now = (await countrySeries('country:CN')).find((p) => p.year === 2023)!;
    const day = new Date(`${now.figure.source.published}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    const asOf = day.toISOString().slice(0, 10);

    const then = await countrySeries('country:CN', { asOf });
    const point = then.find((p) => p.year === 2023);
    const expected = expectedExportSeries('country:CN', { asOf }).find((p) => p.year === 2023);
    expect(expected).toBeDefined();
    expect(point?.figure.id).toBe(expected!.figureId);
    expect(point!.figure.id).not.toBe(now.figure.id);
    expect(point!.alternatives).toBeLessThan(now.alternatives);
    for (const p of then) expect(p.figure.source.published! <= asOf).toBe(true);
    // No year is known before any figure of it was published.
    expect((await countrySeries('country:CN', { asOf: '2000-01-01' }))).toEqual([]);
  });

  it.each(MEASURES)('equals the independent computation for every exporter in the seeds (%j)', async (measure) => {
    for (const id of EXPORTERS) {
      const series = id.startsWith('country:')
        ? await countrySeries(id, measure)
        : (await t.run(AutomakerExportSeriesDocument, { id, ...measure })).body.data!.automaker!.exportSeries;
      expect([id, series.map((p) => ({ year: p.year, value: p.value, alternatives: p.alternatives, figureId: p.figure.id }))]).toEqual([
        id,
        expectedExportSeries(id, measure),
      ]);
    }
  });

  it('follows one destination when asked', async () => {
    for (const destination of MARKETS) {
      for (const measure of [{}, { countedBy: 'CUSTOMS' }] as Measure[]) {
        const series = await countrySeries('country:CN', { ...measure, destination });
        expect(series.map((p) => ({ year: p.year, value: p.value, alternatives: p.alternatives, figureId: p.figure.id }))).toEqual(
          expectedExportSeries('country:CN', measure, destination),
        );
      }
    }
  });

  it('costs the same number of statements for 8 countries as for 2 (no N+1)', async () => {
    const ids = ['CN', 'JP', 'KR', 'DE', 'MX', 'HU', 'TH', 'US'];
    const query = (codes: string[]) =>
      `{ ${codes.map((c) => `${c}: country(id: "country:${c}") { exportSeries { year value alternatives figure { id reportedBy { id } source { id } } } }`).join(' ')} }`;
    const two = await t.request(query(ids.slice(0, 2)));
    const eight = await t.request(query(ids));
    expect(two.body.errors).toBeUndefined();
    expect(eight.body.errors).toBeUndefined();
    expect(Object.keys(eight.body.data!)).toHaveLength(8);
    // countries (1) + series (1) + producers (1) + sources (1)
    expect(eight.cypherQueries).toBe(two.cypherQueries);
    expect(eight.cypherQueries).toBeLessThanOrEqual(4);
  });
});

describe('importSeries', () => {
  it.each(MEASURES.filter((m) => m.metric !== 'GROWTH_PERCENT'))(
    'adds up the preferred figure of each exporter, as computed from the seeds, for every market (%j)',
    async (measure) => {
      for (const id of MARKETS) {
        const res = await t.run(MarketImportSeriesDocument, { id, ...measure });
        expect(res.body.errors).toBeUndefined();
        const series = res.body.data!.market!.importSeries.map((p) => ({
          year: p.year,
          total: p.total,
          exporters: p.exporters,
          figureIds: p.figures.map((f) => f.id).sort(),
        }));
        expect([id, series]).toEqual([id, expectedImportSeries(id, measure)]);
      }
    },
  );

  it('has points for Russia, summed over its exporters', async () => {
    const res = await t.run(MarketImportSeriesDocument, { id: 'market:russia' });
    const points = res.body.data!.market!.importSeries;
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.total).toBe(p.figures.reduce((s, f) => s + f.value, 0));
  });

  it('refuses to add up growth rates', async () => {
    const res = await t.run(MarketImportSeriesDocument, { id: 'market:russia', metric: 'GROWTH_PERCENT' });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'metric' });
  });
});

describe('exporterShares', () => {
  it('gives every exporter of the seeds its share of each market and year, summing to 1', async () => {
    let checked = 0;
    for (const measure of [{}, { countedBy: 'CUSTOMS' }, { metric: 'VALUE_USD', countedBy: 'CUSTOMS' }] as Measure[]) {
      for (const id of MARKETS) {
        const preferred = preferredForMarket(id, measure);
        for (const y of [...new Set(preferred.map(year))]) {
          const res = await t.run(MarketExporterSharesDocument, { id, year: y, ...measure });
          expect(res.body.errors).toBeUndefined();
          const shares = res.body.data!.market!.exporterShares;
          const mine = preferred.filter((f) => year(f) === y);
          const total = mine.reduce((s, f) => s + f.value, 0);
          expect(shares.map((s) => s.figure.id).sort()).toEqual(mine.map((f) => f.id).sort());
          for (const s of shares) expect(s.share).toBeCloseTo(s.value / total, 12);
          expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('is empty for a year without figures', async () => {
    const res = await t.run(MarketExporterSharesDocument, { id: 'market:russia', year: 1950 });
    expect(res.body.data!.market!.exporterShares).toEqual([]);
  });

  describe('with a second exporter to Russia', () => {
    // Synthetic figures (ids zz-stats-…), removed afterwards: Japan to Russia in the year of China's
    // latest whole-year figure, an official one and a competing estimate published later.
    let y: number;
    beforeAll(async () => {
      y = Math.max(...preferredForMarket('market:russia', {}).map(year));
      await t.executor.write(
        `MERGE (s:Entity:Source {id: 'source:zz-stats-test'}) SET s.publisher = 'Test', s.title = 'Test', s.kind = 'STATISTICS', s.published = date($published)
         WITH s
         MATCH (jp:Country {id: 'country:JP'}), (m:Market {id: 'market:russia'}), (o:Organization {id: 'org:jama'})
         UNWIND [['figure:zz-stats-official', 'OFFICIAL', 300000.0], ['figure:zz-stats-estimate', 'ESTIMATE', 999000.0]] AS row
         MERGE (f:Entity:TradeFigure {id: row[0]})
         SET f.flow = 'EXPORTS', f.metric = 'UNITS', f.value = row[2], f.basis = row[1], f.vehicleClass = 'ALL_VEHICLES', f.countedBy = 'MANUFACTURERS',
             f.periodStart = date({year: $year, month: 1, day: 1}), f.periodEnd = date({year: $year, month: 12, day: 31}), f.doubtful = false
         MERGE (f)-[:EXPORTER {sources: []}]->(jp) MERGE (f)-[:DESTINATION {sources: []}]->(m)
         MERGE (f)-[:REPORTED_BY {sources: []}]->(o) MERGE (f)-[:STATED_IN {sources: []}]->(s)`,
        { year: y, published: `${y + 1}-02-01` },
      );
    });
    afterAll(async () => {
      await t.executor.write(`MATCH (n:Entity) WHERE n.id STARTS WITH 'figure:zz-stats-' OR n.id = 'source:zz-stats-test' DETACH DELETE n`);
    });

    it('splits the market between the two by their preferred figures', async () => {
      const china = preferredForMarket('market:russia', {}).find((f) => year(f) === y)!;
      const res = await t.run(MarketExporterSharesDocument, { id: 'market:russia', year: y });
      expect(res.body.errors).toBeUndefined();
      const shares = res.body.data!.market!.exporterShares;
      const total = china.value + 300000;
      expect(
        shares.map((s) => ({ exporter: s.exporter.__typename === 'Country' ? s.exporter.id : null, figure: s.figure.id, value: s.value })),
      ).toEqual(
        [
          { exporter: 'country:CN', figure: china.id, value: china.value },
          { exporter: 'country:JP', figure: 'figure:zz-stats-official', value: 300000 },
        ].sort((a, b) => b.value - a.value),
      );
      for (const s of shares) expect(s.share).toBeCloseTo(s.value / total, 12);
      expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
      expect(shares.every((s) => s.share > 0 && s.share < 1)).toBe(true);

      const imports = await t.run(MarketImportSeriesDocument, { id: 'market:russia' });
      const point = imports.body.data!.market!.importSeries.find((p) => p.year === y)!;
      expect(point).toMatchObject({ total, exporters: 2 });
    });

    it('costs one statement for the shares of several markets', async () => {
      const markets = ['russia', 'mexico', 'belgium', 'brazil'];
      const res = await t.request(
        `{ ${markets.map((m) => `${m.replace('-', '')}: market(id: "market:${m}") { exporterShares(year: ${y}) { share } importSeries { year } }`).join(' ')} }`,
      );
      expect(res.body.errors).toBeUndefined();
      // markets (1) + shares (1) + import series (1)
      expect(res.cypherQueries).toBe(3);
    });
  });
});
