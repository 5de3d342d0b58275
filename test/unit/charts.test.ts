/**
 * The charts page's data layer without a browser: its state in the query string, its GraphQL
 * documents checked against the committed schema, and the lines, rankings and CSV rows made of answers.
 */

import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { toCsv } from '../../web/src/csv';
import { destinationsDocument, sellersDocument, seriesDocument, seriesVariables, type FigureData, type SeriesData } from '../../web/charts/queries';
import {
  barCsvColumns,
  barCsvRows,
  destinationsResult,
  periodLabel,
  rankingKey,
  sellerCsvRows,
  sellersResult,
  SELLER_CSV_COLUMNS,
} from '../../web/charts/ranking-data';
import { SERIES_CSV_COLUMNS, seriesCsvRows, seriesResult } from '../../web/charts/series-data';
import { DEFAULT_STATE, EXAMPLES, MAX_LINES, parseState, serializeState, type ChartsState } from '../../web/charts/state';
import { parseCsv } from '../support/csv';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

function validationErrors(document: string): string[] {
  return validate(schema, parse(document)).map((error) => error.message);
}

function figure(id: string, value: number, overrides: Partial<FigureData> = {}): FigureData {
  return {
    id,
    value,
    basis: 'OFFICIAL',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    note: null,
    doubtful: false,
    reportedBy: { name: 'China Association of Automobile Manufacturers', shortName: 'CAAM' },
    source: { id: `source:${id}`, publisher: 'Xinhua', title: 'Exports, 2023', url: 'https://example.org/a?b=1,2', published: '2024-01-11', publishedPrecision: 'DAY' },
    ...overrides,
  };
}

describe('the state in the query string', () => {
  it('opens on China against Japan, exports by manufacturers, all vehicles, 2019–2025', () => {
    const { state, problems } = parseState('');
    expect(problems).toEqual([]);
    expect(state.view).toBe('series');
    expect(state.series).toEqual({
      ids: ['country:CN', 'country:JP'],
      flows: ['EXPORTS'],
      metric: 'UNITS',
      vehicleClass: 'ALL_VEHICLES',
      countedBy: 'MANUFACTURERS',
      from: 2019,
      to: 2025,
    });
  });

  it('writes every choice of the view shown, readably, and reads it back the same', () => {
    const query = serializeState(DEFAULT_STATE);
    expect(query).toBe('view=series&ids=country:CN,country:JP&flows=EXPORTS&metric=UNITS&class=ALL_VEHICLES&counted=MANUFACTURERS&from=2019&to=2025');
    for (const example of EXAMPLES) {
      const { state, problems } = parseState(serializeState(example.state));
      expect(problems).toEqual([]);
      expect(state[state.view]).toEqual(example.state[example.state.view]);
      expect(state.view).toBe(example.state.view);
    }
  });

  it('keeps one entity with several flows, and open year bounds as empty values', () => {
    const { state } = parseState('?view=series&ids=country:JP&flows=PRODUCTION,SALES,EXPORTS&from=&to=2025');
    expect(state.series.ids).toEqual(['country:JP']);
    // Flows are kept in the controls' order, whatever the address's.
    expect(state.series.flows).toEqual(['EXPORTS', 'PRODUCTION', 'SALES']);
    expect(state.series.from).toBeNull();
    expect(serializeState(state)).toContain('from=&to=2025');
  });

  it('keeps a ranking key with its separators, and "any" for sellers from anywhere', () => {
    const state: ChartsState = { ...DEFAULT_STATE, view: 'sellers', sellers: { place: 'market:europe', year: 2023, ranking: 'GACC|2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|CUSTOMS', sellerCountry: null } };
    const query = serializeState(state);
    expect(query).toContain('sellers-from=any');
    expect(parseState(query).state.sellers).toEqual(state.sellers);
  });

  it('names what it does not understand and keeps the defaults for it', () => {
    const { state, problems } = parseState('view=series&ids=country:CN,factory:x,<script>&flows=EXPORTS,SMUGGLING&metric=FEET&from=12&class=BUSES');
    expect(state.series.ids).toEqual(['country:CN']);
    expect(state.series.flows).toEqual(['EXPORTS']);
    expect(state.series.metric).toBe('UNITS');
    expect(state.series.from).toBe(2019);
    expect(state.series.vehicleClass).toBe('BUSES');
    expect(problems).toEqual([
      'ids: factory:x, <script> are not ids of a country, automaker or brand',
      'flows: SMUGGLING not among EXPORTS, PRODUCTION, SALES, IMPORTS, OVERSEAS_SALES',
      'from=12 is not a year from 1900 to 2100',
      'metric=FEET is not one of UNITS, SHARE_PERCENT, GROWTH_PERCENT, VALUE_USD, VALUE_EUR, VALUE_GBP, VALUE_JPY',
    ]);
    expect(parseState('view=pie').problems).toEqual(['view=pie is not one of series, destinations, sellers']);
    expect(parseState('view=sellers&place=brand:mg').problems).toEqual(['place=brand:mg is not the id of a country or market']);
  });

  it('draws at most a readable number of lines', () => {
    const ids = ['country:CN', 'country:JP', 'country:DE', 'country:KR', 'country:US', 'country:MX'];
    const { state } = parseState(`ids=${ids.join(',')}&flows=EXPORTS,PRODUCTION,SALES`);
    expect(state.series.ids.length * state.series.flows.length).toBeLessThanOrEqual(MAX_LINES);
    expect(state.series.ids).toEqual(ids);
    expect(state.series.flows).toEqual(['EXPORTS']);
  });

  it('puts the years in order', () => {
    expect(parseState('from=2025&to=2019').state.series).toMatchObject({ from: 2019, to: 2025 });
  });
});

describe('the GraphQL documents', () => {
  it('a series of several entities and flows is one valid request, each entity and flow under an alias', () => {
    const document = seriesDocument(['country:CN', 'automaker:byd', 'brand:mg'], ['EXPORTS', 'PRODUCTION']);
    expect(validationErrors(document)).toEqual([]);
    expect(document).toContain('e0: country(id: $id0)');
    expect(document).toContain('e1: automaker(id: $id1)');
    expect(document).toContain('e2: brand(id: $id2)');
    expect(document).toContain('f1: series(flow: PRODUCTION');
    expect(seriesVariables({ ...DEFAULT_STATE.series, ids: ['country:CN', 'brand:mg'] })).toEqual({
      from: 2019,
      to: 2025,
      metric: 'UNITS',
      vehicleClass: 'ALL_VEHICLES',
      countedBy: 'MANUFACTURERS',
      id0: 'country:CN',
      id1: 'brand:mg',
    });
  });

  it('refuses a flow that is not the schema’s (no text from the address reaches the document)', () => {
    expect(() => seriesDocument(['country:CN'], ['EXPORTS) { x } #' as never])).toThrow('Not a flow');
  });

  it('the rankings of a country or an automaker, and of a country or a market with its sellers, are valid requests', () => {
    for (const id of ['country:CN', 'automaker:byd']) expect(validationErrors(destinationsDocument(id))).toEqual([]);
    for (const id of ['country:BR', 'market:europe']) expect(validationErrors(sellersDocument(id))).toEqual([]);
  });
});

describe('lines of a series', () => {
  const data: SeriesData = {
    e0: {
      id: 'country:CN',
      name: 'China',
      f0: [{ year: 2023, value: 4910000, alternatives: 5, figure: figure('figure:cn-2023', 4910000, { note: 'up 57.9%, "a record"' }) }],
    },
    e1: null,
  };

  it('one line per entity that exists and flow, labelled by entity when one flow is drawn; ids naming nothing are listed', () => {
    const result = seriesResult({ ...DEFAULT_STATE.series, ids: ['country:CN', 'country:XX'] }, data);
    expect(result.lines.map((line) => [line.key, line.label, line.points.length])).toEqual([['country:CN|EXPORTS', 'China', 1]]);
    expect(result.missing).toEqual(['country:XX']);
    expect(result.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('labels lines by flow when one entity is drawn, and by both when several of each are', () => {
    const one = seriesResult({ ...DEFAULT_STATE.series, ids: ['country:CN'], flows: ['EXPORTS', 'SALES'] }, { e0: { ...data.e0!, f1: [] } });
    expect(one.lines.map((line) => line.label)).toEqual(['Exports', 'Sales']);
    const both = seriesResult(
      { ...DEFAULT_STATE.series, ids: ['country:CN', 'country:JP'], flows: ['EXPORTS', 'SALES'] },
      { e0: { ...data.e0!, f1: [] }, e1: { id: 'country:JP', name: 'Japan', f0: [], f1: [] } },
    );
    expect(both.lines.map((line) => line.label)).toEqual(['China · Exports', 'China · Sales', 'Japan · Exports', 'Japan · Sales']);
  });

  it('open bounds stretch the axis to the points; no points, no axis', () => {
    const open = seriesResult({ ...DEFAULT_STATE.series, ids: ['country:CN'], from: null, to: null }, data);
    expect(open.years).toEqual([2023]);
    expect(seriesResult({ ...DEFAULT_STATE.series, ids: ['country:XX'] }, { e0: null }).years).toEqual([]);
  });

  it('the CSV has one row per point, the measure, the basis and a source column', () => {
    const result = seriesResult({ ...DEFAULT_STATE.series, ids: ['country:CN'] }, data);
    const rows = parseCsv(toCsv(SERIES_CSV_COLUMNS, seriesCsvRows(result)));
    expect(rows[0]).toEqual([
      'entity_id', 'entity', 'flow', 'year', 'period_start', 'period_end', 'value', 'metric', 'vehicle_class', 'counted_by', 'basis', 'doubtful',
      'reported_by', 'competing_figures', 'note', 'figure_id', 'source', 'source_publisher', 'source_title', 'source_published', 'source_url', 'source_id',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'country:CN', 'China', 'EXPORTS', '2023', '2023-01-01', '2023-12-31', '4910000', 'UNITS', 'ALL_VEHICLES', 'MANUFACTURERS', 'OFFICIAL', 'false',
        'China Association of Automobile Manufacturers (CAAM)', '5', 'up 57.9%, "a record"', 'figure:cn-2023',
        'Xinhua: Exports, 2023 (published 2024-01-11) https://example.org/a?b=1,2', 'Xinhua', 'Exports, 2023', '2024-01-11', 'https://example.org/a?b=1,2', 'source:figure:cn-2023',
      ],
    ]);
  });
});

describe('rankings', () => {
  const ranking = {
    periodStart: '2024-01-01',
    periodEnd: '2024-08-31',
    metric: 'UNITS' as const,
    vehicleClass: 'ALL_VEHICLES' as const,
    countedBy: 'CUSTOMS' as const,
  };

  it('names periods as months where they are whole months', () => {
    expect(periodLabel('2024-01-01', '2024-12-31')).toBe('2024');
    expect(periodLabel('2024-01-01', '2024-08-31')).toBe('Jan–Aug 2024');
    expect(periodLabel('2024-11-01', '2024-11-30')).toBe('Nov 2024');
    expect(periodLabel('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(periodLabel('2024-01-05', '2024-03-31')).toBe('2024-01-05 – 2024-03-31');
  });

  it('keys a ranking by reporter, period and measure', () => {
    expect(rankingKey({ ...ranking, reportedBy: { name: 'General Administration of Customs', shortName: 'GACC' } })).toBe('GACC|2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|CUSTOMS');
    expect(rankingKey({ ...ranking, reportedBy: null })).toBe('unnamed|2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|CUSTOMS');
    expect(rankingKey(ranking)).toBe('2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|CUSTOMS');
  });

  const data = {
    place: {
      id: 'country:CN',
      name: 'China',
      exportDestinations: [
        {
          ...ranking,
          reportedBy: { name: 'General Administration of Customs', shortName: 'GACC' },
          destinations: 10,
          ranks: [
            { rank: 1, market: { __typename: 'Market', id: 'market:russia', name: 'Russia' }, figure: figure('figure:a', 705514) },
            { rank: 2, market: { __typename: 'Market', id: 'market:mexico', name: 'Mexico' }, figure: figure('figure:b', 323540) },
          ],
        },
        { ...ranking, countedBy: 'MANUFACTURERS' as const, reportedBy: null, destinations: 1, ranks: [] },
      ],
    },
  };

  it('draws the ranking asked for by its key, else the first', () => {
    const first = destinationsResult(DEFAULT_STATE.destinations, data);
    expect(first.chosen?.key).toBe('GACC|2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|CUSTOMS');
    expect(first.chosen?.label).toBe('GACC · Jan–Aug 2024 · vehicles (units) · all vehicles · counted by customs · 10 destinations');
    const second = destinationsResult({ ...DEFAULT_STATE.destinations, ranking: 'unnamed|2024-01-01|2024-08-31|UNITS|ALL_VEHICLES|MANUFACTURERS' }, data);
    expect(second.chosen?.label).toBe('Producer not named · Jan–Aug 2024 · vehicles (units) · all vehicles · counted by manufacturers · 1 destination');
    expect(destinationsResult({ ...DEFAULT_STATE.destinations, ranking: 'gone' }, data).chosen).toEqual(first.chosen);
    expect(destinationsResult(DEFAULT_STATE.destinations, { place: null })).toMatchObject({ place: null, rankings: [], chosen: null });
  });

  it('the bars’ CSV has one row per bar, in rank order, with a source column', () => {
    const rows = parseCsv(toCsv(barCsvColumns('exporter', 'destination'), barCsvRows(destinationsResult(DEFAULT_STATE.destinations, data))));
    expect(rows[0]!.slice(0, 9)).toEqual(['exporter_id', 'exporter', 'rank', 'destination_id', 'destination', 'destination_kind', 'period_start', 'period_end', 'value']);
    expect(rows[0]).toEqual(expect.arrayContaining(['metric', 'vehicle_class', 'counted_by', 'basis', 'source']));
    expect(rows.slice(1).map((row) => [row[2], row[4], row[8]])).toEqual([
      ['1', 'Russia', '705514'],
      ['2', 'Mexico', '323540'],
    ]);
  });

  it('the sellers’ CSV has one row per seller, with its sources in one column', () => {
    const result = sellersResult(DEFAULT_STATE.sellers, {
      place: {
        id: 'country:BR',
        name: 'Brazil',
        rankings: [],
        sellers: [
          {
            seller: { __typename: 'Automaker', id: 'automaker:byd', name: 'BYD' },
            sellerCountry: { id: 'country:CN', name: 'China' },
            kind: 'SELLS_IN',
            status: 'ACTIVE',
            since: '2021-11-01',
            sincePrecision: 'MONTH',
            until: null,
            untilPrecision: null,
            channels: ['IMPORTER', 'OWN_STORES'],
            partner: null,
            dealers: 46,
            sources: [figure('x', 1).source, { ...figure('y', 1).source, url: null, published: null, publishedPrecision: null }],
          },
        ],
      },
    });
    expect(result.chosen).toBeNull();
    const rows = parseCsv(toCsv(SELLER_CSV_COLUMNS, sellerCsvRows(result)));
    expect(rows).toEqual([
      ['market_id', 'market', 'seller_id', 'seller', 'seller_kind', 'seller_country', 'link', 'status', 'since', 'until', 'channels', 'partner', 'dealers', 'source', 'source_urls'],
      [
        'country:BR', 'Brazil', 'automaker:byd', 'BYD', 'Automaker', 'China', 'SELLS_IN', 'ACTIVE', '2021-11', '', 'importer; own stores', '', '46',
        'Xinhua: Exports, 2023 (published 2024-01-11) https://example.org/a?b=1,2 | Xinhua: Exports, 2023 (publication date not recorded)',
        'https://example.org/a?b=1,2 | ',
      ],
    ]);
  });
});
