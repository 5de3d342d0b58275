/** Root connections without a database: keyset cursors, the Cypher of a page, and each filter's conditions and parameters. */

import { parse, type OperationDefinitionNode } from 'graphql';
import { AUTOMAKER_CONNECTION, AUTOMAKER_FILTER_CONDITIONS } from '../../src/automaker/automaker.connection.repository';
import { automakerFilterClause } from '../../src/automaker/automaker.filter';
import { buildConnectionQuery, loadConnection, type ConnectionSpec } from '../../src/common/connection';
import { decodeKeysetCursor, encodeKeysetCursor, type CursorOrder } from '../../src/common/keyset-cursor';
import { OrderDirection } from '../../src/common/order-direction.enum';
import { COUNTRY_CONNECTION, COUNTRY_FILTER_CONDITIONS } from '../../src/country/country.connection.repository';
import { countryFilterClause } from '../../src/country/country.filter';
import { FACTORY_CONNECTION, FACTORY_FILTER_CONDITIONS } from '../../src/factory/factory.connection.repository';
import { factoryFilterClause } from '../../src/factory/factory.filter';
import { FactoryOrderField } from '../../src/factory/factory.order';
import { FactoryRole, FactoryStatus } from '../../src/factory/factory.type';
import { FIGURE_CONNECTION, FIGURE_FILTER_CONDITIONS, FIGURE_PERIOD_CONDITIONS } from '../../src/figure/figure.connection.repository';
import { figureConnectionFilterClause, PeriodMatch } from '../../src/figure/figure.connection-filter';
import { FigureBasis, TradeMetric } from '../../src/figure/figure.enums';
import { MARKET_CONNECTION, MARKET_FILTER_CONDITIONS } from '../../src/market/market.connection.repository';
import { marketFilterClause } from '../../src/market/market.filter';
import { MarketKind } from '../../src/market/market.type';
import { ORGANIZATION_CONNECTION, ORGANIZATION_FILTER_CONDITIONS } from '../../src/organization/organization.connection.repository';
import { organizationFilterClause } from '../../src/organization/organization.filter';
import { SOURCE_CONNECTION, SOURCE_FILTER_CONDITIONS } from '../../src/source/source.connection.repository';
import { sourceFilterClause, urlHostPattern } from '../../src/source/source.filter';
import { fakeExecutor } from './fake-executor';

const OPENED: CursorOrder = { kind: 'factory', tag: 'factory.OPENED.ASC', type: 'date' };

describe('keyset cursors', () => {
  it('round-trip a position and look opaque', () => {
    const cursor = encodeKeysetCursor('factory.OPENED.ASC', '2019-12-30', 'factory:tesla-shanghai');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('tesla');
    expect(Buffer.from(cursor, 'base64url').toString()).toMatch(/^cursor:v2:/);
    expect(decodeKeysetCursor(cursor, OPENED)).toEqual({ value: '2019-12-30', id: 'factory:tesla-shanghai' });
  });

  it('carry a missing value (null) and numbers', () => {
    expect(decodeKeysetCursor(encodeKeysetCursor('factory.OPENED.ASC', null, 'factory:byd-szeged'), OPENED)).toEqual({
      value: null,
      id: 'factory:byd-szeged',
    });
    const capacity: CursorOrder = { kind: 'factory', tag: 'factory.CAPACITY.DESC', type: 'number' };
    expect(decodeKeysetCursor(encodeKeysetCursor(capacity.tag, 950000.5, 'factory:a'), capacity).value).toBe(950000.5);
  });

  it('refuse a cursor of another order, naming both', () => {
    const cursor = encodeKeysetCursor('factory.OPENED.DESC', '2019-12-30', 'factory:tesla-shanghai');
    expect(() => decodeKeysetCursor(cursor, OPENED)).toThrow(
      'Argument "after" must be a cursor returned by this API for the same list and order (pageInfo.endCursor or an edge\'s cursor); it was made for the order "factory.OPENED.DESC", not "factory.OPENED.ASC".',
    );
  });

  const v2 = (text: string) => Buffer.from(`cursor:v2:${text}`).toString('base64url');
  it.each([
    ['empty', ''],
    ['not base64url', '!!!'],
    ['too long', 'A'.repeat(2001)],
    ['another prefix', Buffer.from('cursor:v3:[]').toString('base64url')],
    ['the first format, where not accepted', Buffer.from('cursor:v1:factory:a').toString('base64url')],
    ['damaged JSON', v2('["factory.OPENED.ASC",')],
    ['not an array', v2('{"a":1}')],
    ['two items', v2('["factory.OPENED.ASC","factory:a"]')],
    ['an id of another kind', v2('["factory.OPENED.ASC","2020-01-01","automaker:byd"]')],
    ['a malformed id', v2('["factory.OPENED.ASC","2020-01-01","factory:A B"]')],
    ['a value of the wrong type', v2('["factory.OPENED.ASC",2020,"factory:a"]')],
    ['a day that does not exist', v2('["factory.OPENED.ASC","2023-02-30","factory:a"]')],
  ])('refuse a forged cursor: %s', (_why, cursor) => {
    try {
      decodeKeysetCursor(cursor, OPENED);
      throw new Error('accepted');
    } catch (error) {
      expect((error as Error).message).toMatch(/^Argument "after" must be a cursor returned by this API for the same list and order/);
      expect((error as { extensions?: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('accept the first automaker cursors ("cursor:v1:<id>") only where asked', () => {
    const legacy = Buffer.from('cursor:v1:automaker:byd').toString('base64url');
    const order: CursorOrder = { kind: 'automaker', tag: 'automaker.ID.ASC', type: 'string', acceptIdCursor: true };
    expect(decodeKeysetCursor(legacy, order)).toEqual({ value: 'automaker:byd', id: 'automaker:byd' });
    expect(() => decodeKeysetCursor(Buffer.from('cursor:v1:factory:a').toString('base64url'), order)).toThrow(/names no position/);
    expect(() => decodeKeysetCursor(legacy, { ...order, acceptIdCursor: false })).toThrow(/must be a cursor/);
  });
});

describe('the Cypher of a page', () => {
  it('filters, resumes after the keyset (missing values last, ties by id), orders and limits; counts only when asked', () => {
    const cypher = buildConnectionQuery(FACTORY_CONNECTION, ['f.status IN $statuses'], { field: FactoryOrderField.OPENED, direction: OrderDirection.DESC }, {
      withCount: true,
      afterPosition: true,
    });
    expect(cypher).toBe(`CALL () {
  MATCH (f:Factory)
  WHERE f.status IN $statuses
  RETURN count(f) AS totalCount
}
CALL () {
  MATCH (f:Factory)
  WHERE f.status IN $statuses
  WITH f, f.opened AS sortKey
  WHERE CASE WHEN $afterValue IS NULL THEN sortKey IS NULL AND f.id > $afterId
    ELSE sortKey IS NULL OR sortKey < date($afterValue) OR (sortKey = date($afterValue) AND f.id > $afterId) END
  WITH f, sortKey ORDER BY sortKey IS NULL, sortKey DESC, f.id LIMIT $limit
  RETURN collect({node: ${FACTORY_CONNECTION.projection}, sortKey: sortKey}) AS rows
}
RETURN totalCount, rows`);
  });

  it('has no count, no WHERE and no keyset when neither is needed', () => {
    const cypher = buildConnectionQuery(COUNTRY_CONNECTION, [], { field: 'NAME' as never, direction: OrderDirection.ASC }, {
      withCount: false,
      afterPosition: false,
    });
    expect(cypher).not.toContain('count(');
    expect(cypher).not.toContain('WHERE');
    expect(cypher).toContain('ORDER BY sortKey IS NULL, sortKey ASC, c.id LIMIT $limit');
    expect(cypher).toMatch(/RETURN rows$/);
  });

  const specs: [string, ConnectionSpec<string>][] = [
    ['countries', COUNTRY_CONNECTION],
    ['automakers', AUTOMAKER_CONNECTION],
    ['factories', FACTORY_CONNECTION],
    ['markets', MARKET_CONNECTION],
    ['tradeFigures', FIGURE_CONNECTION],
    ['sources', SOURCE_CONNECTION],
    ['organizations', ORGANIZATION_CONNECTION],
  ];
  it.each(specs)('%s: every order expression and condition is fixed text with no quoted values', (_name, spec) => {
    expect(Object.keys(spec.orders)).toContain('ID');
    for (const key of Object.values(spec.orders)) {
      expect(key.expression).not.toMatch(/['"$]/);
      expect(key.expression).toContain(`${spec.variable}`);
    }
  });

  it('reads one page with the filter parameters, the keyset and limit + 1, then primes the nodes', async () => {
    const { executor, calls } = fakeExecutor(() => [
      { rows: [1, 2, 3].map((i) => ({ node: { id: `country:A${'BCD'[i - 1]}` }, sortKey: `Name ${i}` })) },
    ]);
    const primed: string[] = [];
    const after = encodeKeysetCursor('country.NAME.DESC', 'Zambia', 'country:ZM');
    const info = { fieldNodes: (parse('{ countries { edges { cursor } } }').definitions[0] as OperationDefinitionNode).selectionSet.selections as never, fragments: {} };
    const page = await loadConnection(
      executor,
      COUNTRY_CONNECTION,
      { first: 2, after, orderBy: { field: 'NAME' as never, direction: OrderDirection.DESC }, filter: countryFilterClause({ codes: ['ab'] }) },
      info,
      (node) => primed.push(node.id),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params).toEqual({ codes: ['AB'], afterValue: 'Zambia', afterId: 'country:ZM', limit: 3 });
    expect(calls[0]!.cypher).not.toContain('totalCount');
    expect(page.edges.map((e) => e.node.id)).toEqual(['country:AB', 'country:AC']);
    expect(decodeKeysetCursor(page.pageInfo.endCursor!, { kind: 'country', tag: 'country.NAME.DESC', type: 'string' })).toEqual({
      value: 'Name 2',
      id: 'country:AC',
    });
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBeUndefined();
    expect(primed).toEqual(['country:AB', 'country:AC']);
  });
});

describe('filters map to fixed conditions and parameters', () => {
  it('an empty or missing filter has no conditions', () => {
    for (const clause of [factoryFilterClause(null), factoryFilterClause({}), countryFilterClause(undefined), figureConnectionFilterClause({})]) {
      expect(clause).toEqual({ conditions: [], params: {} });
    }
  });

  it('factories: every field, AND-ed in a fixed order, ids de-duplicated', () => {
    expect(
      factoryFilterClause({
        countries: ['country:HU', 'country:HU', 'country:TH'],
        automakers: ['automaker:byd'],
        operatorCountries: ['country:CN', 'country:CN'],
        notInCountries: ['country:CN'],
        statuses: [FactoryStatus.OPERATING],
        product: ' Bus ',
        nameContains: 'plant',
        openedFrom: '2020-01-01',
        openedTo: '2026-12-31',
        role: FactoryRole.EXPORT_HUB,
      }),
    ).toEqual({
      conditions: Object.values(FACTORY_FILTER_CONDITIONS),
      params: {
        countries: ['country:HU', 'country:TH'],
        automakers: ['automaker:byd'],
        operatorCountries: ['country:CN'],
        notInCountries: ['country:CN'],
        statuses: ['OPERATING'],
        product: 'Bus',
        nameContains: 'plant',
        openedFrom: '2020-01-01',
        openedTo: '2026-12-31',
        role: 'EXPORT_HUB',
      },
    });
  });

  it('countries: codes upper-cased, booleans kept, market id checked', () => {
    expect(countryFilterClause({ nameContains: 'an', codes: ['cn', 'JP'], hasFactories: false, exporter: true, memberOf: 'market:europe' })).toEqual({
      conditions: Object.values(COUNTRY_FILTER_CONDITIONS),
      params: { nameContains: 'an', codes: ['CN', 'JP'], hasFactories: false, exporter: true, memberOf: 'market:europe' },
    });
  });

  it('automakers, markets, organizations', () => {
    expect(
      automakerFilterClause({ countries: ['country:CN'], nameContains: 'b', hasFactoryIn: 'country:HU', market: 'market:europe', hasFigures: true }),
    ).toEqual({
      conditions: Object.values(AUTOMAKER_FILTER_CONDITIONS),
      params: { countries: ['country:CN'], nameContains: 'b', hasFactoryIn: 'country:HU', market: 'market:europe', hasFigures: true },
    });
    expect(marketFilterClause({ kind: MarketKind.REGION, includesCountry: 'country:HU', nameContains: 'asia' })).toEqual({
      conditions: Object.values(MARKET_FILTER_CONDITIONS),
      params: { kind: 'REGION', includesCountry: 'country:HU', nameContains: 'asia' },
    });
    expect(organizationFilterClause({ country: 'country:JP', nameContains: 'jama' })).toEqual({
      conditions: Object.values(ORGANIZATION_FILTER_CONDITIONS),
      params: { country: 'country:JP', nameContains: 'jama' },
    });
  });

  it('trade figures: periods WITHIN by default, OVERLAPS when asked', () => {
    const within = figureConnectionFilterClause({
      exporters: ['country:CN', 'automaker:byd'],
      metric: TradeMetric.UNITS,
      bases: [FigureBasis.OFFICIAL],
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      reportedBy: 'org:caam',
    });
    expect(within.conditions).toEqual([
      FIGURE_FILTER_CONDITIONS.exporters,
      FIGURE_FILTER_CONDITIONS.metric,
      FIGURE_FILTER_CONDITIONS.bases,
      'f.periodStart >= date($periodFrom)',
      'f.periodEnd <= date($periodTo)',
      FIGURE_FILTER_CONDITIONS.reportedBy,
    ]);
    expect(within.params).toEqual({
      exporters: ['country:CN', 'automaker:byd'],
      metric: 'UNITS',
      bases: ['OFFICIAL'],
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      reportedBy: 'org:caam',
    });
    const overlaps = figureConnectionFilterClause({ periodFrom: '2023-07-01', periodMatch: PeriodMatch.OVERLAPS, worldwide: false, doubtful: false });
    expect(overlaps.conditions).toEqual([FIGURE_FILTER_CONDITIONS.worldwide, FIGURE_PERIOD_CONDITIONS.OVERLAPS.from, FIGURE_FILTER_CONDITIONS.doubtful]);
    expect(overlaps.params).toEqual({ worldwide: false, periodFrom: '2023-07-01', doubtful: false });
  });

  it('sources: the host text becomes an escaped, anchored pattern', () => {
    const clause = sourceFilterClause({ urlHostContains: 'scmp.com', publisherContains: 'post', publishedFrom: '2024-01-01' });
    expect(clause.conditions).toEqual([SOURCE_FILTER_CONDITIONS.publisherContains, SOURCE_FILTER_CONDITIONS.publishedFrom, SOURCE_FILTER_CONDITIONS.urlHostContains]);
    expect(clause.params).toEqual({ publisherContains: 'post', publishedFrom: '2024-01-01', urlHostPattern: urlHostPattern('scmp.com') });
    const pattern = new RegExp(urlHostPattern('scmp.com').replace('(?i)', ''), 'i');
    expect(pattern.test('https://www.SCMP.com/news/1')).toBe(true);
    expect(pattern.test('https://scmpxcom.org/')).toBe(false);
    expect(pattern.test('https://example.org/scmp.com')).toBe(false);
  });

  it('every condition reads only $parameters and quotes no values (an enum constant of the code, such as \'COUNTRY\', aside)', () => {
    const all = [
      ...Object.entries(COUNTRY_FILTER_CONDITIONS),
      ...Object.entries(AUTOMAKER_FILTER_CONDITIONS),
      ...Object.entries(FACTORY_FILTER_CONDITIONS),
      ...Object.entries(MARKET_FILTER_CONDITIONS),
      ...Object.entries(FIGURE_FILTER_CONDITIONS),
      ...Object.entries(SOURCE_FILTER_CONDITIONS),
      ...Object.entries(ORGANIZATION_FILTER_CONDITIONS),
    ];
    for (const [, condition] of all) {
      expect(condition.replace(/'[A-Z_]+'/g, '')).not.toMatch(/['"]/);
      expect(condition).toMatch(/\$[a-zA-Z]+/);
    }
  });

  it.each([
    [() => factoryFilterClause({ countries: ['HU'] }), 'filter.countries[0]', 'Argument "filter.countries[0]" must be an id of the form country:<ISO 3166-1 alpha-2 code>, e.g. country:CN; got "HU".'],
    [() => factoryFilterClause({ automakers: Array.from({ length: 101 }, () => 'automaker:byd') }), 'filter.automakers', 'Argument "filter.automakers" takes at most 100 ids; got 101.'],
    [() => factoryFilterClause({ openedFrom: '2026-01-01', openedTo: '2020-01-01' }), 'filter.openedTo', 'Argument "filter.openedTo" is a range that ends (2020-01-01) before it starts (2026-01-01).'],
    [() => factoryFilterClause({ nameContains: '' }), 'filter.nameContains', 'Argument "filter.nameContains" must have 1 to 200 characters besides spaces; got 0.'],
    [() => countryFilterClause({ codes: ['C1'] }), 'filter.codes[0]', 'Argument "filter.codes[0]" must be an ISO 3166-1 alpha-2 code (two letters, e.g. CN); got "C1".'],
    [() => figureConnectionFilterClause({ exporters: ['source:x'] }), 'filter.exporters[0]', 'Argument "filter.exporters[0]" must be the id of a country, an automaker, a brand, a factory or a market; got "source:x".'],
    [() => figureConnectionFilterClause({ reportedBy: 'country:CN' }), 'filter.reportedBy', 'Argument "filter.reportedBy" must be the id of an org; got "country:CN".'],
    [() => sourceFilterClause({ urlHostContains: '.*' }), 'filter.urlHostContains', 'Argument "filter.urlHostContains" must be 1 to 100 letters, digits, dots or hyphens; got ".*".'],
    [() => marketFilterClause({ includesCountry: 'market:europe' }), 'filter.includesCountry', 'Argument "filter.includesCountry" must be the id of a country; got "market:europe".'],
  ])('refuses bad values, naming the field (%#)', (make, argument, message) => {
    try {
      make();
      throw new Error('accepted');
    } catch (error) {
      expect((error as Error).message).toBe(message);
      expect((error as { extensions?: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
