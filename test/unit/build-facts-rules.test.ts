/**
 * Seed build, the facts part: the rules the review of the 2026-12 conversion asked for, each on a
 * few hand-written records (invented ids, so that no curation table applies to them): plans in
 * the page's own year, counts dated after their page, near-duplicate figures, used-car and
 * aggregate figures, ends of ownership, contract assemblers, factories without a status, assembly
 * lines in a plant, and the pages every record cites.
 */

import { buildCountries, readM49Snapshot } from '../../src/seed/build/countries';
import { convertFacts } from '../../src/seed/build/facts';
import type { BaseRecords, ConvertResult, FactEntity, FactFigure, FactRelation, FactSource, SeedRecord } from '../../src/seed/build/facts.types';

const BASE: BaseRecords = { countries: buildCountries(readM49Snapshot()) as unknown as SeedRecord[] };

const page = (slug: string, published: string, publisher = 'Example News'): FactSource => ({ url: `https://example.com/${slug}`, published, publisher });
const entity = (id: string, kind: string, name: string, props: Record<string, unknown>, source: FactSource): FactEntity => ({ id, kind, name, props, source });
const figure = (fields: Partial<FactFigure> & Pick<FactFigure, 'subject' | 'metric' | 'value' | 'unit' | 'period'>, source: FactSource): FactFigure => ({
  destination: null,
  reporter: null,
  basis: 'official',
  counts: 'all vehicles',
  qualifier: '',
  source,
  ...fields,
});
const relation = (from: string, type: string, to: string, props: Record<string, unknown>, source: FactSource): FactRelation => ({ from, type, to, props, source });

/** Converts one file of hand-written records. */
function convert(data: { entities?: FactEntity[]; relations?: FactRelation[]; figures?: FactFigure[] }): ConvertResult {
  return convertFacts([{ name: 'rules.json', data }], BASE);
}

const records = (result: ConvertResult, kind: string): SeedRecord[] => result.records[kind] ?? [];
const reasonOf = (result: ConvertResult, ref: string): string | undefined => result.leftOut.find((l) => l.input === ref)?.reason;
/** The source id of a page (as the build names it). */
const sourceOf = (result: ConvertResult, source: FactSource): string => String(records(result, 'sources').find((s) => s['url'] === source.url)?.['id']);

const MAKER = entity('automaker:rulemotor', 'Automaker', 'Rulemotor', { country: 'CN' }, page('rulemotor', '2024-01-10'));

describe('plans in the page\'s own year (a quarter, a half, an end of year)', () => {
  const feb = page('rulemotor-middle-east', '2024-02-25');
  const result = convert({
    entities: [MAKER, entity('factory:rulemotor-luton', 'Factory', 'Rulemotor Luton plant', { country: 'GB', status: 'closed', closed: '2025-Q2' }, page('luton', '2025-02-07'))],
    relations: [
      relation('automaker:rulemotor', 'sells_in', 'country:LB', { since: '2024-Q2', channel: 'distributor' }, feb),
      relation('automaker:rulemotor', 'sells_in', 'country:JO', { since: '2024-Q1' }, feb),
      relation('automaker:rulemotor', 'operates', 'factory:rulemotor-luton', { until: '2025-Q2' }, page('luton', '2025-02-07')),
    ],
  });

  it('keeps a start in a later quarter of the page\'s year PLANNED, with its year', () => {
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:lebanon')).toMatchObject({ status: 'PLANNED', since: '2024-01-01', sincePrecision: 'YEAR' });
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:jordan')).toMatchObject({ status: 'ACTIVE', since: '2024-01-01' });
  });

  it('keeps a closure planned for a later quarter out of the factory: it still operates', () => {
    expect(records(result, 'factories')[0]).toMatchObject({ id: 'factory:rulemotor-luton', status: 'OPERATING', closed: null });
    expect(records(result, 'formerOperators')).toEqual([]);
  });
});

describe('dealer counts', () => {
  const result = convert({
    entities: [MAKER],
    relations: [
      relation('automaker:rulemotor', 'sells_in', 'country:BR', { since: '2023-05', dealers: '44 in 41 cities at launch (2023-05); target 50 by end-2023' }, page('brazil', '2023-04')),
      relation('automaker:rulemotor', 'sells_in', 'country:ZA', { dealers: { count: 40, as_of: '2024-09' } }, page('south-africa', '2024-07')),
      relation('automaker:rulemotor', 'sells_in', 'country:ZA', { dealers: { count: 12, as_of: '2024-05' } }, page('south-africa-2', '2024-06')),
    ],
  });

  it('takes no count dated after its page (what the page expects)', () => {
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:brazil')).toMatchObject({ dealers: null, dealersAsOf: null });
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:south-africa')).toMatchObject({ dealers: 12, dealersAsOf: '2024-05-01' });
  });
});

describe('plan words', () => {
  const OTHER = entity('automaker:partnermotor', 'Automaker', 'Partnermotor', { country: 'DE' }, page('partnermotor', '2011-07'));
  const JV = entity('automaker:rule-partner', 'Automaker', 'Rule-Partner', { country: 'CN' }, page('rule-partner', '2011-07'));
  const result = convert({
    entities: [MAKER, OTHER, JV],
    relations: [
      relation('automaker:rulemotor', 'sells_in', 'country:DE', { note: 'European debut (show only) at a motor show 2023-09' }, page('show', '2023-09')),
      relation('automaker:rulemotor', 'sells_in', 'country:DE', { since: '2026', basis: 'planned' }, page('europe-plan', '2024-12-25')),
      relation('automaker:rulemotor', 'sells_in', 'country:MY', { as_of: '2024-05', note: 'no active dealers yet; local assembly pending approval' }, page('malaysia', '2024-05-24')),
      relation('automaker:rulemotor', 'owns_stake_in', 'automaker:rule-partner', { percent: 60 }, page('stakes-2011', '2011-07')),
      relation('automaker:partnermotor', 'owns_stake_in', 'automaker:rule-partner', { percent: 40 }, page('stakes-2011', '2011-07')),
      relation('automaker:rulemotor', 'owns_stake_in', 'automaker:rule-partner', { percent: 51, since: '2014-2015 (agreed)' }, page('stakes-2014', '2014-10-17')),
    ],
  });

  it('reads a show debut and an entry pending approval as not selling yet (PLANNED)', () => {
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:germany')).toMatchObject({ status: 'PLANNED', since: '2026-01-01', sincePrecision: 'YEAR' });
    expect(records(result, 'marketLinks').find((l) => l['marketId'] === 'market:malaysia')).toMatchObject({ status: 'PLANNED' });
  });

  it('reads a stake "agreed" for a later date as a plan: the stake held stays', () => {
    expect(records(result, 'companyLinks').find((l) => l['fromId'] === 'automaker:rulemotor')).toMatchObject({ kind: 'OWNS_STAKE_IN', stakePercent: 60, since: null });
    expect(result.leftOut.find((l) => /agreed/.test(l.record))?.reason).toMatch(/a planned owns stake in .*not a fact yet/);
  });
});

describe('figures that are not a flow of the model', () => {
  const p = page('figures', '2024-12-01');
  const BRAND = entity('brand:rulebrand', 'Brand', 'Rulebrand', {}, p);
  const result = convert({
    entities: [MAKER, BRAND],
    relations: [relation('brand:rulebrand', 'brand_of', 'automaker:rulemotor', {}, p)],
    figures: [
      /* 0 */ figure({ subject: 'country:JP', destination: 'country:RU', metric: 'vehicle_exports', value: 213500, unit: 'vehicles', period: '2022', counts: 'incl. used', qualifier: 'used cars only; +32% y/y' }, p),
      /* 1 */ figure({ subject: 'country:JP', destination: 'country:AE', metric: 'vehicle_exports', value: 129000, unit: 'vehicles', period: '2022', counts: 'incl. used', qualifier: 'Japanese (used) vehicle deliveries' }, p),
      /* 2 */ figure({ subject: 'country:JP', metric: 'vehicle_exports', value: 5970000, unit: 'vehicles', period: '2023', counts: 'incl. used', qualifier: 'Japan customs; likely includes used vehicles' }, p),
      /* 3 */ figure({ subject: 'country:IN', metric: 'vehicle_exports', value: 5300000, unit: 'vehicles', period: '2024', qualifier: 'all categories incl. two- and three-wheelers' }, p),
      /* 4 */ figure({ subject: 'automaker:rulemotor', destination: 'country:DE', metric: 'sales_in_market', value: 20000, unit: 'vehicles', period: '2024', qualifier: 'orders (not deliveries) exceeding 20,000' }, p),
      /* 5 */ figure({ subject: 'automaker:rulemotor', metric: 'overseas_sales', value: 1000000, unit: 'vehicles', period: '2022-07', qualifier: 'cumulative overseas sales since start of exports (not annual)' }, p),
      /* 6 */ figure({ subject: 'automaker:rulemotor', destination: 'country:MX', metric: 'sales_in_market', value: 221461, unit: 'vehicles', period: '2020-10..2024-08', qualifier: 'cumulative since launch' }, p),
      /* 7 */ figure({ subject: 'brand:rulebrand', destination: 'country:ZA', metric: 'sales_in_market', value: 506, unit: 'vehicles', period: '2024-09', qualifier: 'Rulebrand and Otherbrand combined' }, p),
      /* 8 */ figure({ subject: 'country:CN', destination: 'country:NO', metric: 'sales_in_market', value: 24524, unit: 'vehicles', period: '2025', qualifier: 'new passenger cars of Chinese origin' }, p),
    ],
  });

  it('leaves out used-car counts (only or mostly used); a total that includes used cars is counted by customs', () => {
    expect(reasonOf(result, 'rules.json figures[0]')).toMatch(/used vehicles only/);
    expect(reasonOf(result, 'rules.json figures[1]')).toMatch(/used vehicles only/);
    expect(records(result, 'figures').find((f) => f['value'] === 5970000)).toMatchObject({ countedBy: 'CUSTOMS', vehicleClass: 'ALL_VEHICLES' });
  });

  it('leaves out two- and three-wheelers and orders', () => {
    expect(reasonOf(result, 'rules.json figures[3]')).toMatch(/two- and three-wheelers/);
    expect(reasonOf(result, 'rules.json figures[4]')).toMatch(/orders, not deliveries/);
  });

  it('leaves out a cumulative total given for one month or year, and keeps one given for its range', () => {
    expect(reasonOf(result, 'rules.json figures[5]')).toMatch(/a cumulative total to the end of 2022-07/);
    expect(records(result, 'figures').find((f) => f['value'] === 221461)).toMatchObject({ periodStart: '2020-10-01', periodEnd: '2024-08-31' });
  });

  it("leaves out a brand's figure that counts it with another brand", () => {
    expect(reasonOf(result, 'rules.json figures[7]')).toMatch(/Rulebrand and Otherbrand together: not one brand/);
  });

  it('reads "of Chinese origin" as the cars made there: the market\'s imports from China', () => {
    expect(records(result, 'figures').find((f) => f['value'] === 24524)).toMatchObject({ exporterId: 'country:NO', destinationId: 'market:china', flow: 'IMPORTS' });
  });
});

describe('the same number from the same page is one figure', () => {
  const p = page('shares', '2025-07-01');
  const q = page('other-page', '2025-07-02');
  const result = convert({
    entities: [MAKER],
    relations: [relation('country:CN', 'exports_to', 'country:BE', { units: 182504, period: '2024-01..2024-08', rank_as_destination: 5 }, p)],
    figures: [
      /* 0 */ figure({ subject: 'country:CN', destination: 'country:BE', metric: 'vehicle_exports', value: 182504, unit: 'vehicles', period: '2024-01..2024-08', qualifier: 'rank 5 among China\'s destinations (list by a blogger)' }, p),
      /* 1 */ figure({ subject: 'automaker:rulemotor', destination: 'country:RU', metric: 'sales_in_market', value: 105600, unit: 'vehicles', period: '2023-01..2023-11', reporter: 'org:aeb', counts: 'passenger cars', qualifier: '+235%' }, p),
      /* 2 */ figure({ subject: 'automaker:rulemotor', destination: 'country:RU', metric: 'sales_in_market', value: 105600, unit: 'vehicles', period: '2023-01..2023-11', basis: 'estimate', counts: 'all vehicles', qualifier: 'forum post quoting sales statistics' }, p),
      /* 3 */ figure({ subject: 'automaker:rulemotor', metric: 'production', value: 42235, unit: 'vehicles', period: '2021' }, p),
      /* 4 */ figure({ subject: 'automaker:rulemotor', destination: 'country:RU', metric: 'production', value: 42235, unit: 'vehicles', period: '2021', qualifier: 'built at the St Petersburg plant' }, p),
      /* 5 */ figure({ subject: 'country:CN', destination: 'country:FR', metric: 'market_share', value: 3.1, unit: 'percent', period: '2025' }, p),
      /* 6 */ figure({ subject: 'country:CN', destination: 'country:ES', metric: 'market_share', value: 3.1, unit: 'percent', period: '2025' }, p),
      /* 7 */ figure({ subject: 'automaker:rulemotor', destination: 'country:RU', metric: 'sales_in_market', value: 105600, unit: 'vehicles', period: '2023-01..2023-11' }, q),
    ],
  });
  const figures = records(result, 'figures');

  it("merges a figure and a country's exports_to carrying the same units", () => {
    expect(figures.filter((f) => f['value'] === 182504)).toEqual([expect.objectContaining({ destinationId: 'market:belgium', note: "rank 5 among China's destinations (list by a blogger)" })]);
    expect(result.leftOut.filter((l) => /relations\[0\]|figures\[0\]/.test(l.input))).toEqual([]);
  });

  it('merges two readings of one number: the named reporter, the specific class, the richer note', () => {
    const sales = figures.filter((f) => f['value'] === 105600 && f['sourceId'] === sourceOf(result, p));
    expect(sales).toEqual([expect.objectContaining({ reporterId: 'org:aeb', vehicleClass: 'PASSENGER_CARS', basis: 'OFFICIAL', note: 'forum post quoting sales statistics' })]);
    expect(String(sales[0]?.['id'])).toMatch(/-aeb$/);
  });

  it('merges a worldwide reading with one that names the place, and keeps the place', () => {
    expect(figures.filter((f) => f['value'] === 42235)).toEqual([expect.objectContaining({ destinationId: 'market:russia', note: 'built at the St Petersburg plant' })]);
  });

  it('keeps the same number for two destinations, or from two pages, as two figures', () => {
    expect(figures.filter((f) => f['value'] === 3.1).map((f) => f['destinationId'])).toEqual(['market:france', 'market:spain']);
    expect(figures.filter((f) => f['value'] === 105600)).toHaveLength(2);
  });
});

describe('changes of owner and the pages that state them', () => {
  const dec = page('sale-agreed', '2023-12-19');
  const jan = page('sale-completed', '2024-01');
  const janDay = page('sale-completed-2', '2024-01-26');
  const BUYER = entity('automaker:buyermotor', 'Automaker', 'Buyermotor', { country: 'RU' }, jan);
  const PLANT = (source: FactSource, props: Record<string, unknown>): FactEntity => entity('factory:rulemotor-plant', 'Factory', 'Rulemotor plant', { country: 'RU', ...props }, source);
  const result = convert({
    entities: [MAKER, BUYER, PLANT(dec, { status: 'operating' }), PLANT(janDay, { status: 'operating', closed: '2024-01-24', note: 'sale to Buyermotor completed' })],
    relations: [
      relation('automaker:rulemotor', 'operates', 'factory:rulemotor-plant', { since: '2010', until: '2024-01-24' }, janDay),
      relation('automaker:rulemotor', 'owns_stake_in', 'factory:rulemotor-plant', { percent: 70, until: '2024-01' }, dec),
      relation('automaker:buyermotor', 'owns_stake_in', 'factory:rulemotor-plant', { percent: 100, since: '2024-01-24' }, jan),
      relation('automaker:buyermotor', 'operates', 'factory:rulemotor-plant', { since: '2024-02' }, jan),
    ],
  });

  it('ends a holding when another company takes the whole plant later, at the finer of the coinciding dates, citing the takeover', () => {
    const stake = records(result, 'companyLinks').find((l) => l['fromId'] === 'automaker:rulemotor');
    expect(stake).toMatchObject({ kind: 'OWNS_STAKE_IN', stakePercent: 70, until: '2024-01-24', untilPrecision: 'DAY' });
    expect(stake?.['sources']).toEqual(expect.arrayContaining([sourceOf(result, dec), sourceOf(result, jan), sourceOf(result, janDay)]));
    expect(records(result, 'companyLinks').find((l) => l['fromId'] === 'automaker:buyermotor')).toMatchObject({ kind: 'OWNS', until: null });
  });

  it("cites, for a former operator, its own records, the plant's records and the takeover that state its end", () => {
    const former = records(result, 'formerOperators').find((f) => f['automakerId'] === 'automaker:rulemotor');
    expect(former).toMatchObject({ until: '2024-01-24', untilPrecision: 'DAY' });
    // dec: its stake; janDay: its operation and the plant's closure; jan: the buyer's takeover.
    expect([...(former?.['sources'] as string[])].sort()).toEqual([sourceOf(result, dec), sourceOf(result, jan), sourceOf(result, janDay)].sort());
  });
});

describe('a measure cites the pages that state it', () => {
  const named = page('duty-named', '2019-01');
  const dated = page('duty-dated', '2019-02');
  const other = page('duty-other', '2019-03');
  const result = convert({
    entities: [entity('measure:us-section301-china-25', 'TradeMeasure', 'Section 301 duty', {}, named)],
    relations: [
      relation('measure:us-section301-china-25', 'imposed_by', 'country:US', {}, named),
      relation('measure:us-section301-china-25', 'applies_duty_to', 'country:CN', { effective: '2018-07' }, dated),
      relation('measure:us-section301-china-25', 'applies_duty_to', 'country:CN', { scope: 'cars' }, other),
    ],
  });

  it('cites the pages of what it applies to that give its dates or rate, not those that only name a target', () => {
    const measure = records(result, 'tradeMeasures').find((m) => m['id'] === 'measure:us-section301-china-25');
    expect(measure).toMatchObject({ effective: '2018-07-01', effectivePrecision: 'MONTH' });
    expect(measure?.['sources']).toEqual([sourceOf(result, dated), sourceOf(result, named)].sort());
  });
});
