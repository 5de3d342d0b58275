/** Seed build: records of one key merged field by field, every disagreement reported. */

import { compareDates, compareText, mergeGroup, mergeRecords } from '../../src/seed/build/merge';

const byId = (r: Record<string, unknown>): string => String(r['id']);

describe('compareDates', () => {
  it.each([
    ['2024-01-01', 'YEAR', '2024-10-01', 'DAY', 1],
    ['2024-10-01', 'DAY', '2024-01-01', 'YEAR', -1],
    ['2024-10-01', 'MONTH', '2024-10-17', 'DAY', 1],
    ['2024-10-01', 'MONTH', '2024-10-01', 'MONTH', 0],
    ['2024-01-01', 'YEAR', '2024-01-01', 'YEAR', 0],
    ['2024-01-01', 'YEAR', '2025-03-01', 'MONTH', null],
    ['2024-10-01', 'MONTH', '2024-11-05', 'DAY', null],
    ['2024-10-05', 'DAY', '2024-10-06', 'DAY', null],
  ] as const)('%s %s against %s %s is %s', (a, pa, b, pb, expected) => {
    expect(compareDates(a, pa, b, pb)).toBe(expected);
  });
});

describe('compareText', () => {
  it('orders by code unit, never by locale (capitals before lower case, accents last)', () => {
    expect(['b', 'B', 'a', 'É', 'A'].sort(compareText)).toEqual(['A', 'B', 'a', 'b', 'É']);
  });
});

describe('mergeRecords', () => {
  it('keeps one record per key, in the order keys first appear, and leaves inputs unchanged', () => {
    const input = [
      { id: 'automaker:b', name: 'B', sources: ['source:2'] },
      { id: 'automaker:a', name: 'A', sources: ['source:1'] },
      { id: 'automaker:b', name: 'B', sources: ['source:1'] },
    ];
    const frozen = JSON.stringify(input);
    const { records, conflicts } = mergeRecords(input, { key: byId, unions: ['sources'] });
    expect(records).toEqual([
      { id: 'automaker:b', name: 'B', sources: ['source:1', 'source:2'] },
      { id: 'automaker:a', name: 'A', sources: ['source:1'] },
    ]);
    expect(conflicts).toEqual([]);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('keeps the first non-null scalar and reports every other value once', () => {
    const { records, conflicts } = mergeRecords(
      [
        { id: 'x', name: null, countryId: 'country:CN' },
        { id: 'x', name: 'BYD', countryId: 'country:CN' },
        { id: 'x', name: 'BYD Auto', countryId: 'country:HK' },
        { id: 'x', name: 'BYD Auto', countryId: null },
      ],
      { key: byId },
    );
    expect(records).toEqual([{ id: 'x', name: 'BYD', countryId: 'country:CN' }]);
    expect(conflicts).toEqual([
      { key: 'x', field: 'name', kept: 'BYD', others: ['BYD Auto'] },
      { key: 'x', field: 'countryId', kept: 'country:CN', others: ['country:HK'] },
    ]);
  });

  it('keeps null when every record says null, and a field only later records have', () => {
    const { records } = mergeRecords([{ id: 'x', note: null }, { id: 'x', note: null, partner: 'Inchcape' }], { key: byId });
    expect(records).toEqual([{ id: 'x', note: null, partner: 'Inchcape' }]);
  });

  it('sorts unions (sources) and keeps lists (models, channels) in order of first appearance', () => {
    const { records } = mergeRecords(
      [
        { id: 'x', sources: ['source:z', 'source:a'], models: ['Seal', 'Atto 3'] },
        { id: 'x', sources: ['source:m', 'source:a'], models: ['Dolphin', 'Seal'] },
      ],
      { key: byId, unions: ['sources'], lists: ['models'] },
    );
    expect(records[0]).toEqual({ id: 'x', sources: ['source:a', 'source:m', 'source:z'], models: ['Seal', 'Atto 3', 'Dolphin'] });
  });

  it('lets a finer date refine a coarser one without a conflict, whichever comes first', () => {
    const spec = { key: byId, dates: [['opened', 'openedPrecision']] as const };
    const coarseFirst = mergeRecords(
      [
        { id: 'x', opened: '2024-01-01', openedPrecision: 'YEAR' },
        { id: 'x', opened: '2024-10-01', openedPrecision: 'MONTH' },
        { id: 'x', opened: '2024-10-17', openedPrecision: 'DAY' },
      ],
      spec,
    );
    expect(coarseFirst.records).toEqual([{ id: 'x', opened: '2024-10-17', openedPrecision: 'DAY' }]);
    expect(coarseFirst.conflicts).toEqual([]);
    const fineFirst = mergeRecords(
      [
        { id: 'x', opened: '2024-10-17', openedPrecision: 'DAY' },
        { id: 'x', opened: '2024-01-01', openedPrecision: 'YEAR' },
      ],
      spec,
    );
    expect(fineFirst.records).toEqual([{ id: 'x', opened: '2024-10-17', openedPrecision: 'DAY' }]);
    expect(fineFirst.conflicts).toEqual([]);
  });

  it('keeps the first of two dates that cannot both be true and reports the other at its precision', () => {
    const { records, conflicts } = mergeRecords(
      [
        { id: 'x', opened: '2023-05-01', openedPrecision: 'MONTH' },
        { id: 'x', opened: '2022-01-01', openedPrecision: 'YEAR' },
        { id: 'x', opened: null, openedPrecision: null },
      ],
      { key: byId, dates: [['opened', 'openedPrecision']] },
    );
    expect(records).toEqual([{ id: 'x', opened: '2023-05-01', openedPrecision: 'MONTH' }]);
    expect(conflicts).toEqual([{ key: 'x', field: 'opened', kept: '2023-05-01', others: ['2022'] }]);
  });

  it('in earliest mode keeps the earliest of dates that disagree (a link active since its first date)', () => {
    const { records, conflicts } = mergeRecords(
      [
        { id: 'x', since: '2023-09-01', sincePrecision: 'MONTH' },
        { id: 'x', since: '2021-01-01', sincePrecision: 'YEAR' },
        { id: 'x', since: '2021-06-01', sincePrecision: 'MONTH' },
      ],
      { key: byId, earliest: [['since', 'sincePrecision']] },
    );
    expect(records).toEqual([{ id: 'x', since: '2021-06-01', sincePrecision: 'MONTH' }]);
    expect(conflicts).toEqual([{ key: 'x', field: 'since', kept: '2021-06-01', others: ['2023-09'] }]);
  });

  it('writes a date with no value as null with a null precision', () => {
    const { records } = mergeRecords([{ id: 'x', closed: null, closedPrecision: null }], { key: byId, dates: [['closed', 'closedPrecision']] });
    expect(records).toEqual([{ id: 'x', closed: null, closedPrecision: null }]);
  });
});

describe('mergeGroup', () => {
  it('refuses an empty group', () => {
    expect(() => mergeGroup('x', [], { key: byId })).toThrow('mergeGroup: expected at least one record for x, got none');
  });
});
