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
const relation = (from: string, type: string, to: string, props: Record<string, unknown>, source: FactSource): FactRelation => ({ from, type, to, props, source });

/** Converts one file of hand-written records. */
function convert(data: { entities?: FactEntity[]; relations?: FactRelation[]; figures?: FactFigure[] }): ConvertResult {
  return convertFacts([{ name: 'rules.json', data }], BASE);
}

const records = (result: ConvertResult, kind: string): SeedRecord[] => result.records[kind] ?? [];

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
