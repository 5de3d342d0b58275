/** Aggregations without a database: the Cypher they run, the parameters the fields send, the batching, the errors. */

import { graphql } from 'graphql';
import { createLoaders, type Context } from '../../src/context';
import { COUNTRIES_BY_ID } from '../../src/country/country.repository';
import { PREFERENCE_ORDER, PUBLISHED_AS_OF } from '../../src/figure';
import { MARKETS_BY_ID } from '../../src/market/market.repository';
import { buildAutographSchema } from '../../src/schema/build';
import * as stats from '../../src/stats/stats.repository';
import { fakeExecutor } from './fake-executor';

/** Runs an operation against the real schema, with every Cypher statement going to a recording fake. */
async function run(source: string, answer: Parameters<typeof fakeExecutor>[0]) {
  const { executor, calls } = fakeExecutor(answer);
  const contextValue: Context = {
    executor,
    loaders: createLoaders(executor),
    auth: { tokenConfigured: false, tokenValid: false, tokenPresented: false },
  };
  const result = await graphql({ schema: buildAutographSchema(), source, contextValue });
  return { result, calls };
}

/** Answers lookups by id with a bare node, and nothing else. */
function byIdOnly(cypher: string, params: Record<string, any>): unknown[] {
  if (cypher === COUNTRIES_BY_ID || cypher === MARKETS_BY_ID) {
    return (params['ids'] as string[]).map((id) => ({ node: { id, name: id, code: id.slice(-2), kind: 'COUNTRY', sources: [] } }));
  }
  return [];
}

describe('stats Cypher', () => {
  const statements = Object.entries(stats).filter(([, v]) => typeof v === 'string' && /\bMATCH\b/.test(v as string));

  it('has the four aggregations', () => {
    expect(statements.map(([name]) => name).sort()).toEqual(['EXPORTER_SHARES', 'EXPORT_SERIES', 'FACTORY_STATS', 'IMPORT_SERIES']);
  });

  it.each(statements)('%s takes values only as parameters (its only quoted strings are fixed enum names)', (_name, cypher) => {
    for (const literal of (cypher as string).match(/'[^']*'/g) ?? []) expect(literal).toMatch(/^'[A-Z_]+'$/);
  });

  it.each(statements.filter(([name]) => name !== 'FACTORY_STATS'))(
    '%s picks figures by the one preference rule and honours asOf',
    (_name, cypher) => {
      expect(cypher).toContain(`, f ORDER BY ${PREFERENCE_ORDER}\n`);
      expect(cypher).toMatch(/head\(collect\(f\)\)|collect\(f\) AS competing/);
      expect(cypher).toContain(PUBLISHED_AS_OF);
      expect(cypher).toMatch(/^UNWIND \$ids AS key$/m);
    },
  );

  it('states the preference rule once: not doubtful, basis, named producer, later publication (unknown last), id', () => {
    expect(PREFERENCE_ORDER.split(', CASE').length).toBe(4);
    expect(PREFERENCE_ORDER).toMatchInlineSnapshot(
      `"CASE WHEN coalesce(f.doubtful, false) THEN 1 ELSE 0 END, CASE f.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 WHEN 'FORECAST' THEN 2 ELSE 3 END, CASE WHEN EXISTS { (f)-[:REPORTED_BY]->(:Organization) } THEN 0 ELSE 1 END, CASE WHEN head([(f)-[:STATED_IN]->(s:Source) | s.published]) IS NULL THEN 1 ELSE 0 END, head([(f)-[:STATED_IN]->(s:Source) | s.published]) DESC, f.id"`,
    );
    expect(PUBLISHED_AS_OF).toBe(
      '($asOf IS NULL OR coalesce(head([(f)-[:STATED_IN]->(s:Source) | s.published]) <= date($asOf), false))',
    );
  });

  it('groups factories by parameters, not by text built per request', () => {
    expect(stats.FACTORY_STATS).toContain("CASE WHEN 'COUNTRY' IN $groupBy THEN locatedIn END AS countryId");
    expect(stats.FACTORY_STATS).toContain("CASE WHEN 'STATUS' IN $groupBy THEN f.status END AS status");
    expect(stats.FACTORY_STATS).toContain("CASE WHEN 'AUTOMAKER' IN $groupBy THEN operatedBy END AS automakerId");
    expect(stats.FACTORY_STATS).toMatch(/ORDER BY count DESC, countryId, status, automakerId$/);
  });

  it('keeps only whole calendar years in series', () => {
    expect(stats.WHOLE_YEAR).toBe(
      'f.periodStart = date({year: f.periodStart.year, month: 1, day: 1}) AND f.periodEnd = date({year: f.periodStart.year, month: 12, day: 31})',
    );
    expect(stats.EXPORT_SERIES).toContain(stats.WHOLE_YEAR);
    expect(stats.IMPORT_SERIES).toContain(stats.WHOLE_YEAR);
  });
});

describe('factoryStats', () => {
  it('sends the grouping (deduplicated) and the filter as parameters, and maps the rows', async () => {
    const { result, calls } = await run(
      `{ factoryStats(groupBy: [COUNTRY, STATUS, COUNTRY], filter: {statuses: [OPERATING], automaker: "automaker:byd"}) {
          country { id } status automaker { id } count capacityPerYear capacityKnownCount } }`,
      (cypher, params) =>
        cypher === stats.FACTORY_STATS
          ? [{ countryId: 'country:TH', status: 'OPERATING', automakerId: null, count: 2, capacityPerYear: 150000, capacityKnownCount: 1 }]
          : byIdOnly(cypher, params),
    );
    expect(result.errors).toBeUndefined();
    expect(calls[0]).toEqual({
      cypher: stats.FACTORY_STATS,
      params: { groupBy: ['COUNTRY', 'STATUS'], country: null, automaker: 'automaker:byd', automakerCountry: null, notInCountry: null, statuses: ['OPERATING'] },
    });
    expect(result.data).toEqual({
      factoryStats: [
        { country: { id: 'country:TH' }, status: 'OPERATING', automaker: null, count: 2, capacityPerYear: 150000, capacityKnownCount: 1 },
      ],
    });
  });

  it('refuses a filter id of the wrong kind, naming the argument', async () => {
    const { result, calls } = await run('{ factoryStats(groupBy: [], filter: {country: "automaker:byd"}) { count } }', () => []);
    expect(calls).toEqual([]);
    expect(result.errors![0]!.message).toBe('Argument "filter.country" must be the id of a country; got "automaker:byd".');
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.country' });
  });
});

describe('exportSeries', () => {
  it('runs one query for several countries asking the same series, and one more per other set of arguments', async () => {
    const { result, calls } = await run(
      `{ cn: country(id: "country:CN") { exportSeries { year value } }
         jp: country(id: "country:JP") { exportSeries { year value } }
         kr: country(id: "country:KR") { exportSeries(countedBy: MANUFACTURERS, metric: UNITS) { year value } }
         de: country(id: "country:DE") { exportSeries(vehicleClass: PASSENGER_CARS, asOf: "2024-01-31") { year } } }`,
      (cypher, params) =>
        cypher === stats.EXPORT_SERIES
          ? (params['ids'] as string[]).map((id, i) => ({ key: id, item: { year: 2023, value: i + 1, alternatives: 0, figure: {} } }))
          : byIdOnly(cypher, params),
    );
    expect(result.errors).toBeUndefined();
    const series = calls.filter((c) => c.cypher === stats.EXPORT_SERIES);
    expect(series.map((c) => c.params)).toEqual([
      {
        ids: ['country:CN', 'country:JP', 'country:KR'],
        flow: 'EXPORTS',
        metric: 'UNITS',
        vehicleClass: 'ALL_VEHICLES',
        countedBy: 'MANUFACTURERS',
        asOf: null,
        destination: null,
        from: null,
        to: null,
      },
      {
        ids: ['country:DE'],
        flow: 'EXPORTS',
        metric: 'UNITS',
        vehicleClass: 'PASSENGER_CARS',
        countedBy: 'MANUFACTURERS',
        asOf: '2024-01-31',
        destination: null,
        from: null,
        to: null,
      },
    ]);
    expect(result.data).toEqual({
      cn: { exportSeries: [{ year: 2023, value: 1 }] },
      jp: { exportSeries: [{ year: 2023, value: 2 }] },
      kr: { exportSeries: [{ year: 2023, value: 3 }] },
      de: { exportSeries: [{ year: 2023 }] },
    });
  });

  it('refuses a destination that is not a market or country id', async () => {
    const { result } = await run('{ country(id: "country:CN") { exportSeries(destination: "automaker:byd") { year } } }', byIdOnly);
    expect(result.errors![0]!.message).toBe('Argument "destination" must be the id of a market or a country; got "automaker:byd".');
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
  });
});

describe('market aggregations', () => {
  it('send the year, the measure and the exporter kind as parameters', async () => {
    const { result, calls } = await run(
      `{ market(id: "market:russia") { exporterShares(year: 2024) { share } importSeries(exporterKind: AUTOMAKER, metric: VALUE_USD) { year } } }`,
      byIdOnly,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ market: { exporterShares: [], importSeries: [] } });
    const base = { ids: ['market:russia'], flow: 'EXPORTS', vehicleClass: 'ALL_VEHICLES', countedBy: 'MANUFACTURERS', asOf: null };
    expect(calls.find((c) => c.cypher === stats.EXPORTER_SHARES)!.params).toEqual({ ...base, metric: 'UNITS', exporterKind: 'COUNTRY', year: 2024 });
    expect(calls.find((c) => c.cypher === stats.IMPORT_SERIES)!.params).toEqual({ ...base, metric: 'VALUE_USD', exporterKind: 'AUTOMAKER' });
  });

  it.each([
    [
      'importSeries(metric: GROWTH_PERCENT) { year }',
      'Argument "metric" must be UNITS or a currency here: rates and shares of different exporters cannot be added up; got GROWTH_PERCENT.',
      'metric',
    ],
    [
      'exporterShares(year: 2024, metric: GROWTH_PERCENT) { share }',
      'Argument "metric" must be UNITS or a currency here: rates and shares of different exporters cannot be added up; got GROWTH_PERCENT.',
      'metric',
    ],
    ['exporterShares(year: 20234) { share }', 'Argument "year" must be a year from 1900 to 2100; got 20234.', 'year'],
  ])('refuse %s with BAD_USER_INPUT and run no aggregation', async (selection, message, argument) => {
    const { result, calls } = await run(`{ market(id: "market:russia") { ${selection} } }`, byIdOnly);
    expect(result.errors!.map((e) => [e.message, e.extensions])).toEqual([[message, { code: 'BAD_USER_INPUT', argument }]]);
    expect(calls.map((c) => c.cypher)).toEqual([MARKETS_BY_ID]);
  });
});
