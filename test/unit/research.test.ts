/** Time and preference helpers, and the Cypher of the research queries, without a database. */

import { heldOn } from '../../src/common/date.scalar';
import { FactoryStatus, type FactoryRecord } from '../../src/factory';
import { PREFERENCE_ORDER, PREFERENCE_RULE, PUBLISHED_AS_OF } from '../../src/figure/figure.preference';
import { EXPORTER_RANKING, FIGURE_COMPETITION } from '../../src/figure/figure.repository';
import { FACTS_BY_SOURCE, UNSOURCED_FACTS } from '../../src/provenance/provenance.repository';
import { TIMELINE } from '../../src/timeline/timeline.repository';
import { statusOn } from '../../src/timeline';

const factory = (dates: Partial<FactoryRecord>): FactoryRecord =>
  ({ announced: null, constructionStarted: null, opened: null, closed: null, ...dates }) as FactoryRecord;

describe('statusOn', () => {
  const plant = factory({ announced: '2020-03-01', constructionStarted: '2021-01-15', opened: '2022-06-30', closed: '2025-12-31' });

  it.each([
    ['2020-02-29', null],
    ['2020-03-01', FactoryStatus.ANNOUNCED],
    ['2021-01-14', FactoryStatus.ANNOUNCED],
    ['2021-01-15', FactoryStatus.UNDER_CONSTRUCTION],
    ['2022-06-30', FactoryStatus.OPERATING],
    ['2025-12-30', FactoryStatus.OPERATING],
    ['2025-12-31', FactoryStatus.CLOSED],
  ])('on %s is %s', (day, status) => {
    expect(statusOn(plant, day)).toBe(status);
  });

  it('skips milestones whose dates are not known', () => {
    expect(statusOn(factory({ opened: '2017-04-01' }), '2016-12-31')).toBeNull();
    expect(statusOn(factory({ opened: '2017-04-01' }), '2018-01-01')).toBe(FactoryStatus.OPERATING);
    expect(statusOn(factory({}), '2030-01-01')).toBeNull();
  });
});

describe('heldOn', () => {
  it('holds from since (inclusive) to until (exclusive), open ends when unknown', () => {
    expect(heldOn('2022-09-01', null, '2022-08-31')).toBe(false);
    expect(heldOn('2022-09-01', null, '2022-09-01')).toBe(true);
    expect(heldOn('2022-09-01', '2024-01-01', '2023-12-31')).toBe(true);
    expect(heldOn('2022-09-01', '2024-01-01', '2024-01-01')).toBe(false);
    expect(heldOn(null, null, '1900-01-01')).toBe(true);
    expect(heldOn(null, '2000-01-01', '2001-01-01')).toBe(false);
  });
});

describe('the preference rule', () => {
  it('sorts doubtful last, then by basis, named producer, later publication', () => {
    expect(PREFERENCE_ORDER).toContain("CASE f.basis WHEN 'OFFICIAL' THEN 0 WHEN 'ESTIMATE' THEN 1 WHEN 'FORECAST' THEN 2 ELSE 3 END");
    expect(PREFERENCE_ORDER).toMatch(/^CASE WHEN coalesce\(f\.doubtful, false\) THEN 1 ELSE 0 END, /);
    expect(PREFERENCE_ORDER).toContain('EXISTS { (f)-[:REPORTED_BY]->(:Organization) }');
    expect(PREFERENCE_ORDER).toMatch(/IS NULL THEN 1 ELSE 0 END, .* DESC, f\.id$/);
    expect(PREFERENCE_RULE).toMatch(/OFFICIAL > ESTIMATE > FORECAST > TARGET/);
  });

  it('is the one ordering used by competition and by the ranking', () => {
    for (const cypher of [FIGURE_COMPETITION, EXPORTER_RANKING]) expect(cypher).toContain(`f ORDER BY ${PREFERENCE_ORDER}`);
    expect(EXPORTER_RANKING).toContain(`AND ${PUBLISHED_AS_OF}`);
  });
});

describe('research Cypher', () => {
  it('pages facts with $after and $limit + 1 to know whether more follow', () => {
    for (const cypher of [FACTS_BY_SOURCE, UNSOURCED_FACTS]) {
      expect(cypher).toContain('[fact IN facts WHERE $after IS NULL OR fact.id > $after][0..$limit + 1]');
    }
    expect(FACTS_BY_SOURCE).toContain('UNWIND $ids AS sid');
  });

  it('never treats the relationships of a figure as facts of their own', () => {
    for (const cypher of [FACTS_BY_SOURCE, UNSOURCED_FACTS]) expect(cypher).toContain('NOT a:TradeFigure');
  });

  it('bounds a timeline by parameters', () => {
    expect(TIMELINE).toContain('($from IS NULL OR coalesce(endDate, date) >= date($from)) AND ($to IS NULL OR date <= date($to))');
    expect(TIMELINE).toContain('LIMIT $limit');
  });
});
