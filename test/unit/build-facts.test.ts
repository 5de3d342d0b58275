/**
 * Seed build, the facts part: the small parsers (dates, periods, products, channels, money), source
 * ids, and convertFacts on a few hand-written records (merges, ids, periods, channels, status,
 * aggregates, left-out reasons, and the rule that every input is loaded or left out, never both).
 */

import { buildCountries, readM49Snapshot } from '../../src/seed/build/countries';
import { convertFacts } from '../../src/seed/build/facts';
import { normaliseId } from '../../src/seed/build/facts.context';
import { noteOf } from '../../src/seed/build/facts.figures';
import { type DateValue, dedupeLabels, laterThanPage, parseChannels, parseDate, parseMoney, parsePeriod, saysLowerBound, slugify, splitProducts } from '../../src/seed/build/facts.parse';
import { publisherSlug, sourceIdFor, sourceKind, urlWords } from '../../src/seed/build/facts.sources';
import type { BaseRecords, ConvertResult, FactEntity, FactFigure, FactRelation, FactsFile, SeedRecord } from '../../src/seed/build/facts.types';

describe('parseDate', () => {
  it.each([
    ['2024-09-02', { date: '2024-09-02', precision: 'DAY', planned: false, from: '2024-09-02' }],
    ['2024-09', { date: '2024-09-01', precision: 'MONTH', planned: false, from: '2024-09-01' }],
    ['2024', { date: '2024-01-01', precision: 'YEAR', planned: false, from: '2024-01-01' }],
    ['2024-Q4', { date: '2024-01-01', precision: 'YEAR', planned: false, from: '2024-10-01' }],
    ['Q2 2024', { date: '2024-01-01', precision: 'YEAR', planned: false, from: '2024-04-01' }],
    ['2025-H2', { date: '2025-01-01', precision: 'YEAR', planned: false, from: '2025-07-01' }],
    ['end-2025', { date: '2025-01-01', precision: 'YEAR', planned: false, from: '2025-10-01' }],
    ['2027-mid', { date: '2027-01-01', precision: 'YEAR', planned: false, from: '2027-04-01' }],
    ['2020 (late)', { date: '2020-01-01', precision: 'YEAR', planned: false, from: '2020-07-01' }],
    ['2023-24', { date: '2023-01-01', precision: 'YEAR', planned: false, from: '2023-01-01' }],
    ['2024-02-30', { date: '2024-01-01', precision: 'YEAR', planned: false, from: '2024-01-01' }],
    ['planned 2026', { date: '2026-01-01', precision: 'YEAR', planned: true, from: '2026-01-01' }],
    ['expected 2025-10', { date: '2025-10-01', precision: 'MONTH', planned: true, from: '2025-10-01' }],
  ] as const)('%s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it('tells a date later than its page at the precision the text gives', () => {
    const later = (text: string, page: DateValue): boolean => laterThanPage(parseDate(text) as DateValue, page);
    const feb25 = { date: '2024-02-25', precision: 'DAY' } as const;
    expect(later('2024-Q2', feb25)).toBe(true); // starts 2024-04-01
    expect(later('2024-Q1', feb25)).toBe(false);
    expect(later('2024', feb25)).toBe(false); // the page's own year: not certainly later
    expect(later('end-2024', { date: '2024-09-15', precision: 'DAY' })).toBe(true);
    expect(later('2024-03', { date: '2024-03-01', precision: 'MONTH' })).toBe(false); // within the page's month
    expect(later('2024-Q3', { date: '2024-01-01', precision: 'YEAR' })).toBe(false); // within the page's year
    expect(later('2025', { date: '2024-12-01', precision: 'MONTH' })).toBe(true);
  });

  it.each([['abandoned'], ['5 years'], ['1990s'], ['1850'], [''], [null], [undefined]])('%s names no date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads a number as a year', () => {
    expect(parseDate(2021)).toEqual({ date: '2021-01-01', precision: 'YEAR', planned: false, from: '2021-01-01' });
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31', null],
    ['2023-12', '2023-12-01', '2023-12-31', null],
    ['2024-02', '2024-02-01', '2024-02-29', null],
    ['2023-01..2023-11', '2023-01-01', '2023-11-30', null],
    ['2001..2025-07', '2001-01-01', '2025-07-31', null],
    ['2020-Q4', '2020-10-01', '2020-12-31', null],
    ['2023-H1', '2023-01-01', '2023-06-30', null],
    ['2024-04 (announced)', '2024-04-01', '2024-04-30', null],
    ['FY2023 (2023-04..2024-03)', '2023-04-01', '2024-03-31', 'fiscal year FY2023'],
  ])('%s covers %s to %s', (text, start, end, remark) => {
    expect(parsePeriod(text)).toEqual({ start, end, remark });
  });

  it.each([['unspecified'], ['future'], ['planned'], ['2000s'], ['FY2023'], ['2025..2023'], ['2023-13']])('%s is no period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('products, channels, money', () => {
  it('splits product lists and drops remarks and noise', () => {
    expect(splitProducts('Dolphin, Atto 3 and Seal')).toEqual(['Dolphin', 'Atto 3', 'Seal']);
    expect(splitProducts(['iX3 (from 2020-09-29)', 'X5', 'etc.'])).toEqual(['iX3', 'X5']);
    expect(splitProducts('Seal launched; Han in Q1 2024; other models')).toEqual(['Seal', 'Han']);
    expect(splitProducts(null)).toEqual([]);
    expect(dedupeLabels(['C10', 'Leapmotor C10', 'T03'])).toEqual(['Leapmotor C10', 'T03']);
  });

  it('reads the channel words it knows and nothing else', () => {
    expect(parseChannels('own dealers and online')).toEqual(['OWN_STORES', 'ONLINE']);
    expect(parseChannels('via importer')).toEqual(['IMPORTER']);
    expect(parseChannels('distributor (Inchcape)')).toEqual(['DISTRIBUTOR']);
    expect(parseChannels('agency model')).toEqual([]);
    expect(parseChannels(7)).toEqual([]);
  });

  it('reads one amount in its own currency, never converted', () => {
    expect(parseMoney('USD 1 billion')).toEqual({ value: 1e9, unit: 'USD', lowerBound: false });
    expect(parseMoney('more than EUR 1.2 billion')).toEqual({ value: 1.2e9, unit: 'EUR', lowerBound: true });
    expect(parseMoney('202 billion tenge')).toEqual({ value: 202e9, unit: 'KZT', lowerBound: false });
    expect(parseMoney('Rs 1,500 crore')).toEqual({ value: 15e9, unit: 'INR', lowerBound: false });
    expect(parseMoney('USD 1 billion (EUR 0.9 billion)')).toBeNull();
    expect(parseMoney('1 billion doubloons')).toBeNull();
  });

  it('tells a lower bound from a duration', () => {
    expect(saysLowerBound('more than 10,000 units')).toBe(true);
    expect(saysLowerBound('over two years')).toBe(false);
    expect(saysLowerBound(null)).toBe(false);
  });
});

describe('noteOf', () => {
  it("keeps the gathering's own words and drops what it quotes from the page", () => {
    expect(noteOf("brands of China; 'the best year ever for imports'; +12%")).toBe('brands of China; +12%');
    expect(noteOf("'more than'")).toBe('more than');
    expect(noteOf("China's share, 'roughly'")).toBe("China's share, roughly");
    expect(noteOf('  ;  ')).toBeNull();
  });
});

describe('ids', () => {
  it('slugs any text to lower-case ASCII words', () => {
    expect(slugify('Zárate, Buenos Aires')).toBe('zarate-buenos-aires');
    expect(slugify('Mahindra & Mahindra')).toBe('mahindra-and-mahindra');
  });

  it('normalises working ids: country codes upper case, keys slugged, malformed ids refused', () => {
    expect(normaliseId('country:br')).toBe('country:BR');
    expect(normaliseId('automaker:Test_Motor ')).toBe('automaker:test-motor');
    expect(normaliseId('country:bra')).toBeNull();
    expect(normaliseId('no-colon')).toBeNull();
    expect(normaliseId('brand:___')).toBeNull();
  });

  it('names a source by publisher, year and the words of its address', () => {
    expect(publisherSlug('The Korea Herald')).toBe('the-korea-herald');
    expect(urlWords('https://example.com/news/2024/05/byd-opens-plant-in-thailand.html')).toBe('byd-opens-plant-thailand');
    expect(sourceIdFor({ url: 'https://example.com/news/byd-opens-plant-in-thailand', published: '2024-05-10', publisher: 'Example News' })).toBe(
      'source:example-news-2024-byd-opens-plant-thailand',
    );
    expect(sourceIdFor({ url: 'https://example.com/x/byd-opens-plant', published: 'undated', publisher: 'Example News' })).toBe('source:example-news-undated-byd-opens-plant');
    expect(sourceKind('Reuters')).toBe('NEWS');
  });
});

// ---------------------------------------------------------------------------------------------
// convertFacts on hand-written records. The ids are invented (testmotor…) so that no curation
// table applies to them; the base holds every ISO country, as the build gives it.

const PAGE_A = { url: 'https://example.com/news/testmotor-enters-brazil', published: '2024-05-10', publisher: 'Example News' };
const PAGE_B = { url: 'https://example.org/daily/testmotor-sales-2024', published: '2025-01-02', publisher: 'Other Daily' };
const SRC_A = 'source:example-news-2024-testmotor-enters-brazil';
const SRC_B = 'source:other-daily-2025-testmotor-sales';

const entity = (id: string, kind: string, name: string, props: Record<string, unknown>, source = PAGE_A): FactEntity => ({ id, kind, name, props, source });
const relation = (from: string, type: string, to: string, props: Record<string, unknown> = {}, source = PAGE_A): FactRelation => ({ from, type, to, props, source });
const figure = (fields: Partial<FactFigure> & Pick<FactFigure, 'subject' | 'metric' | 'value' | 'unit' | 'period'>, source = PAGE_A): FactFigure => ({
  destination: null,
  reporter: null,
  basis: 'official',
  counts: 'all vehicles',
  qualifier: '',
  source,
  ...fields,
});

const ENTITIES: FactEntity[] = [
  /* 0 */ entity('automaker:testmotor', 'Automaker', 'Testmotor Co', { country: 'CN' }),
  /* 1 */ entity('automaker:Testmotor', 'Automaker', 'Testmotor', { country: 'CN' }, PAGE_B),
  /* 2 */ entity('automaker:nowhere-motors', 'Automaker', 'Nowhere Motors', {}),
  /* 3 */ entity('brand:testbrand', 'Brand', 'Testbrand', {}),
  /* 4 */ entity('brand:orphanbrand', 'Brand', 'Orphanbrand', {}),
  /* 5 */ entity('country:CN', 'Country', 'China', {}),
  /* 6 */ entity('automaker:othermotor', 'Automaker', 'Othermotor', { country: 'JP' }),
  /* 7 */ entity('factory:testmotor-campinas', 'Factory', 'Testmotor Campinas plant', {
    country: 'BR',
    city: 'Campinas',
    status: 'under_construction',
    announced: '2022-03',
    opened: '2026',
    capacity_per_year: 100000,
    investment: 'USD 1 billion',
  }),
  /* 8 */ entity('factory:testmotor-campinas', 'Factory', 'Testmotor Campinas plant', { country: 'BR', status: 'operating', opened: '2024-11-20', products: 'T1, T2' }, PAGE_B),
];
const RELATIONS: FactRelation[] = [
  /* 0 */ relation('brand:testbrand', 'brand_of', 'automaker:testmotor'),
  /* 1 */ relation('automaker:testmotor', 'sells_in', 'country:BR', { since: '2023-05', channel: 'via importer', dealers: { count: 12, as_of: '2024-04' }, models: 'T1, T2' }),
  /* 2 */ relation('automaker:testmotor', 'sells_in', 'country:br', { since: '2022', channel: 'own dealers', models: ['T2', 'T3'] }, PAGE_B),
  /* 3 */ relation('automaker:testmotor', 'sells_in', 'country:DE', { since: '2021-03', until: '2024-03' }),
  /* 4 */ relation('automaker:testmotor', 'sells_in', 'country:FR', { since: 'planned 2026' }),
  /* 5 */ relation('automaker:nowhere-motors', 'sells_in', 'country:BR'),
  /* 6 */ relation('brand:orphanbrand', 'sells_in', 'country:BR'),
  /* 7 */ relation('brand:testbrand', 'sells_in', 'country:XX'),
  /* 8 */ relation('automaker:othermotor', 'owns_stake_in', 'automaker:testmotor', { percent: 20, since: '2020' }),
  /* 9 */ relation('automaker:othermotor', 'owns_stake_in', 'automaker:testmotor', { percent: 35, since: '2023-06' }, PAGE_B),
  /* 10 */ relation('automaker:testmotor', 'owns_stake_in', 'automaker:othermotor', { note: 'a minority stake' }),
  /* 11 */ relation('automaker:testmotor', 'contract_manufactures_for', 'automaker:othermotor', { since: 'planned 2027' }),
  /* 12 */ relation('automaker:testmotor', 'operates', 'factory:testmotor-campinas', { since: '2024-11' }, PAGE_B),
  /* 13 */ relation('automaker:othermotor', 'operates', 'factory:testmotor-campinas', { since: '2018', until: '2021-06' }),
];
const FIGURES: FactFigure[] = [
  /* 0 */ figure({ subject: 'automaker:testmotor', metric: 'sales_in_market', destination: 'country:BR', value: 12000, unit: 'vehicles', period: '2023' }),
  /* 1 */ figure({ subject: 'automaker:testmotor', metric: 'sales_in_market', destination: 'country:BR', value: 12500, unit: 'vehicles', period: '2023' }, PAGE_B),
  /* 2 */ figure({ subject: 'brand:chinese-brands', metric: 'market_share', destination: 'country:BR', value: 10.5, unit: 'percent', period: '2024', counts: 'passenger cars' }),
  /* 3 */ figure({ subject: 'country:CN', metric: 'vehicle_exports', destination: 'country:BR', value: 250000, unit: 'vehicles', period: '2023-01..2023-11' }),
  /* 4 */ figure({ subject: 'automaker:testmotor', metric: 'production', value: 300000, unit: 'vehicles', period: 'FY2023 (2023-04..2024-03)' }),
  /* 5 */ figure({ subject: 'automaker:testmotor', metric: 'sales_in_market', destination: 'country:BR', value: 5000, unit: 'vehicles', period: 'unspecified' }),
  /* 6 */ figure({ subject: 'automaker:nowhere-motors', metric: 'production', value: 1000, unit: 'vehicles', period: '2023' }),
  /* 7 */ figure({ subject: 'automaker:testmotor', metric: 'sales_in_market', destination: 'country:BR', value: 20000, unit: 'vehicles', period: '2026', basis: 'target' }, PAGE_B),
];

const FILES: FactsFile[] = [{ name: 'test.json', data: { entities: ENTITIES, relations: RELATIONS, figures: FIGURES } }];
const BASE: BaseRecords = { countries: buildCountries(readM49Snapshot()) as unknown as SeedRecord[] };

let result: ConvertResult;
beforeAll(() => {
  result = convertFacts(FILES, BASE);
});

const records = (kind: string): SeedRecord[] => result.records[kind] ?? [];
const leftOutReason = (ref: string): string | undefined => result.leftOut.find((l) => l.input === ref)?.reason;

describe('convertFacts on hand-written records', () => {
  it('decides every input once: loaded or left out, never both, never neither', () => {
    const refs = [...ENTITIES.map((_, i) => `test.json entities[${i}]`), ...RELATIONS.map((_, i) => `test.json relations[${i}]`), ...FIGURES.map((_, i) => `test.json figures[${i}]`)];
    const left = result.leftOut.map((l) => l.input);
    expect(new Set(left).size).toBe(left.length);
    expect(left.every((ref) => refs.includes(ref))).toBe(true);
    expect(result.leftOut.every((l) => !/not read by any step/.test(l.reason))).toBe(true);
  });

  it('merges the records of one automaker (ids of any case), the most recent page naming it', () => {
    expect(records('automakers').filter((a) => a['id'] === 'automaker:testmotor')).toEqual([{ id: 'automaker:testmotor', name: 'Testmotor', countryId: 'country:CN', sources: [SRC_A, SRC_B] }]);
  });

  it('leaves out an automaker without a home country, and every fact naming it, with the reason', () => {
    expect(leftOutReason('test.json entities[2]')).toMatch(/automaker:nowhere-motors left out: no page of the facts gives its headquarters country/);
    expect(leftOutReason('test.json relations[5]')).toMatch(/automaker:nowhere-motors/);
    expect(leftOutReason('test.json figures[6]')).toMatch(/automaker:nowhere-motors/);
  });

  it('gives a brand its owner from brand_of and leaves out a brand no page gives an owner', () => {
    expect(records('brands')).toEqual([{ id: 'brand:testbrand', name: 'Testbrand', automakerId: 'automaker:testmotor', countryId: null, sources: [SRC_A] }]);
    expect(leftOutReason('test.json entities[4]')).toMatch(/no page of the facts names its owner/);
    expect(leftOutReason('test.json relations[6]')).toMatch(/brand:orphanbrand/);
  });

  it('takes countries from the ISO list, not from the facts', () => {
    expect(leftOutReason('test.json entities[5]')).toMatch(/countries come from the ISO 3166 list/);
    expect(leftOutReason('test.json relations[7]')).toMatch(/country:XX is not an ISO 3166-1 country/);
  });

  it('makes a country its own market, with its one market-countries row', () => {
    expect(records('markets').find((m) => m['id'] === 'market:brazil')).toMatchObject({ name: 'Brazil', kind: 'COUNTRY' });
    expect(records('marketCountries').find((m) => m['marketId'] === 'market:brazil')).toMatchObject({ countryId: 'country:BR' });
  });

  it('merges the links of one automaker and market: the earliest start, channels and models unioned, dealers as of their date', () => {
    const link = records('marketLinks').find((l) => l['fromId'] === 'automaker:testmotor' && l['marketId'] === 'market:brazil');
    expect(link).toMatchObject({
      kind: 'SELLS_IN',
      status: 'ACTIVE',
      since: '2022-01-01',
      sincePrecision: 'YEAR',
      until: null,
      dealers: 12,
      dealersAsOf: '2024-04-01',
      dealersAsOfPrecision: 'MONTH',
      sources: [SRC_A, SRC_B],
    });
    expect([...(link?.['channels'] as string[])].sort()).toEqual(['IMPORTER', 'OWN_STORES']);
    expect([...(link?.['models'] as string[])].sort()).toEqual(['T1', 'T2', 'T3']);
  });

  it('marks a link with an end WITHDRAWN and a planned launch PLANNED, with its planned start', () => {
    const de = records('marketLinks').find((l) => l['marketId'] === 'market:germany');
    expect(de).toMatchObject({ status: 'WITHDRAWN', since: '2021-03-01', until: '2024-03-01', untilPrecision: 'MONTH' });
    const fr = records('marketLinks').find((l) => l['marketId'] === 'market:france');
    expect(fr).toMatchObject({ status: 'PLANNED', since: '2026-01-01', sincePrecision: 'YEAR' });
  });

  it('keeps two figures that disagree, each with its own source and an id ending with its publisher word', () => {
    const sales = records('figures').filter((f) => f['exporterId'] === 'automaker:testmotor' && f['flow'] === 'SALES' && f['periodStart'] === '2023-01-01');
    expect(sales.map((f) => [f['id'], f['value'], f['sourceId']])).toEqual([
      ['figure:testmotor-brazil-2023-sales-units-example', 12000, SRC_A],
      ['figure:testmotor-brazil-2023-sales-units-other', 12500, SRC_B],
    ]);
    expect(sales[0]).toMatchObject({ destinationId: 'market:brazil', metric: 'UNITS', vehicleClass: 'ALL_VEHICLES', countedBy: 'MANUFACTURERS', periodEnd: '2023-12-31', basis: 'OFFICIAL' });
  });

  it("models an aggregate of a country's brands as the country's sales, with a note", () => {
    const share = records('figures').find((f) => f['metric'] === 'SHARE_PERCENT');
    expect(share).toMatchObject({ exporterId: 'country:CN', destinationId: 'market:brazil', flow: 'SALES', value: 10.5, vehicleClass: 'PASSENGER_CARS' });
    expect(String(share?.['note'])).toMatch(/brands of China/);
    expect(records('automakers').concat(records('brands')).some((r) => /chinese/.test(String(r['id'])))).toBe(false);
  });

  it('reads ranges and fiscal years as the months they cover, the fiscal year in the note', () => {
    const exports = records('figures').find((f) => f['flow'] === 'EXPORTS');
    expect(exports).toMatchObject({ exporterId: 'country:CN', destinationId: 'market:brazil', periodStart: '2023-01-01', periodEnd: '2023-11-30', metric: 'UNITS' });
    const production = records('figures').find((f) => f['flow'] === 'PRODUCTION');
    expect(production).toMatchObject({ exporterId: 'automaker:testmotor', destinationId: null, periodStart: '2023-04-01', periodEnd: '2024-03-31' });
    expect(String(production?.['note'])).toMatch(/fiscal year FY2023/);
  });

  it('keeps a target with its year as a TARGET figure and leaves out a period that names no year', () => {
    expect(records('figures').find((f) => f['basis'] === 'TARGET')).toMatchObject({ periodStart: '2026-01-01', value: 20000 });
    expect(leftOutReason('test.json figures[5]')).toMatch(/the period "unspecified" names no months or years/);
  });

  it('writes one source per page, titled from its facts, and every record names existing sources', () => {
    expect(records('sources').map((s) => s['id'])).toEqual([SRC_A, SRC_B]);
    expect(records('sources')[0]).toMatchObject({ publisher: 'Example News', url: PAGE_A.url, published: '2024-05-10', publishedPrecision: 'DAY', kind: 'NEWS' });
    expect(records('sources')[1]?.['title']).toBe('Testmotor sales in Brazil; Testmotor Campinas plant, 2023–2026');
    const ids = new Set(records('sources').map((s) => s['id']));
    for (const [kind, list] of Object.entries(result.records)) {
      for (const r of list) {
        if (kind === 'sources') continue;
        const named = kind === 'figures' ? [r['sourceId']] : (r['sources'] as unknown[]);
        expect(named.length).toBeGreaterThan(0);
        for (const s of named) expect(ids.has(String(s))).toBe(true);
      }
    }
  });

  it('keeps one stake per pair, the latest, and leaves out a stake without a percent and a planned tie', () => {
    const stakes = records('companyLinks').filter((l) => l['kind'] === 'OWNS_STAKE_IN');
    expect(stakes).toEqual([
      expect.objectContaining({ fromId: 'automaker:othermotor', toId: 'automaker:testmotor', stakePercent: 35, since: '2023-06-01', sincePrecision: 'MONTH', sources: [SRC_B] }),
    ]);
    expect(leftOutReason('test.json relations[8]')).toBe('a stake of 20% that the latest record replaces (35%): a company link holds one stake');
    expect(leftOutReason('test.json relations[10]')).toMatch(/a stake without a percent .*OWNS_STAKE_IN needs one/);
    expect(leftOutReason('test.json relations[11]')).toMatch(/a planned contract manufactures for \(planned 2027\): not a fact yet/);
  });

  it('merges the records of one factory: the latest page\'s status, no date later than its page, operator and former operator', () => {
    const [factory, ...more] = records('factories');
    expect(more).toEqual([]);
    expect(factory).toMatchObject({
      id: 'factory:testmotor-campinas',
      automakerId: 'automaker:testmotor',
      countryId: 'country:BR',
      city: 'Campinas',
      status: 'OPERATING',
      products: ['T1', 'T2'],
      announced: '2022-03-01',
      announcedPrecision: 'MONTH',
      opened: '2024-11-20',
      openedPrecision: 'DAY',
      operatedSince: '2024-11-01',
      operatedSincePrecision: 'MONTH',
      sources: [SRC_A, SRC_B],
    });
    expect(records('formerOperators')).toEqual([
      { factoryId: 'factory:testmotor-campinas', automakerId: 'automaker:othermotor', since: '2018-01-01', sincePrecision: 'YEAR', until: '2021-06-01', untilPrecision: 'MONTH', sources: [SRC_A] },
    ]);
  });

  it('makes claims of capacity and investment, dated by their page, in the currency stated', () => {
    expect(records('factoryClaims').map((c) => [c['id'], c['kind'], c['value'], c['unit'], c['asOf']])).toEqual([
      ['claim:testmotor-campinas-capacity-example', 'CAPACITY', 100000, 'VEHICLES_PER_YEAR', '2024-05-10'],
      ['claim:testmotor-campinas-investment-example', 'INVESTMENT', 1e9, 'USD', '2024-05-10'],
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(convertFacts(FILES, BASE))).toBe(JSON.stringify(result));
  });
});
