/** Seed validation: every problem names the file, the record and the field; the real seeds pass. */

import { DEFAULT_SEED_DIR, readSeedFolder, SeedValidationError, validateSeedData } from '../../src/seed';

const real = readSeedFolder(DEFAULT_SEED_DIR);
const clone = (): Record<string, any[]> => JSON.parse(JSON.stringify(real));

function problemsOf(raw: Record<string, unknown>): string[] {
  try {
    validateSeedData(raw);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems;
  }
}

it('accepts the seeds in the repository', () => {
  expect(Object.keys(real).sort()).toEqual(
    [
      'automakers.json',
      'brands.json',
      'company-links.json',
      'countries.json',
      'factories.json',
      'factory-claims.json',
      'figures.json',
      'former-operators.json',
      'market-countries.json',
      'market-links.json',
      'markets.json',
      'measure-links.json',
      'organizations.json',
      'sources.json',
      'statistics-links.json',
      'trade-measures.json',
    ],
  );
  expect(real['figures.json']!.length).toBeGreaterThan(50);
});

it('names file, record, field, what was expected and what arrived', () => {
  const data = clone();
  data['factories.json']![0]!.status = 'RUNNING';
  data['figures.json']![2]!.periodStart = '2023-02-30';
  data['automakers.json']![1]!.countryId = 'country:ZZ';
  const id0 = data['factories.json']![0]!.id;
  const id2 = data['figures.json']![2]!.id;
  const id1 = data['automakers.json']![1]!.id;
  expect(problemsOf(data)).toEqual([
    `seeds/factories.json record 0 (${id0}) field "status": expected one of OPERATING, UNDER_CONSTRUCTION, ANNOUNCED, CLOSED; got "RUNNING".`,
    `seeds/figures.json record 2 (${id2}) field "periodStart": expected a date written YYYY-MM-DD; got "2023-02-30".`,
    `seeds/automakers.json record 1 (${id1}) field "countryId": country:ZZ is not in seeds/countries.json.`,
  ]);
});

it('refuses facts without a source, and sources that do not exist', () => {
  const data = clone();
  data['countries.json']![0]!.sources = [];
  data['markets.json']![0]!.sources = ['source:nowhere'];
  const problems = problemsOf(data);
  expect(problems[0]).toMatch(/^seeds\/countries\.json record 0 \(country:..\) field "sources": expected a non-empty array of source ids; got \[\]\.$/);
  expect(problems[1]).toMatch(/^seeds\/markets\.json record 0 \(market:.+\) field "sources": source:nowhere is not in seeds\/sources\.json\.$/);
});

it('refuses duplicate ids, unknown fields, malformed ids and backwards periods', () => {
  const data = clone();
  data['countries.json']!.push({ ...data['countries.json']![0] });
  data['sources.json']![0]!.author = 'someone';
  data['factories.json']![0]!.id = 'factory:Not_A_Slug';
  const figure = data['figures.json']![0]!;
  [figure.periodStart, figure.periodEnd] = ['2023-12-31', '2023-01-01'];
  const problems = problemsOf(data).join('\n');
  expect(problems).toMatch(/countries\.json record \d+ \(country:..\) field "id": duplicate id/);
  expect(problems).toMatch(/sources\.json record 0 \(.+\) field "author": unknown field/);
  expect(problems).toMatch(/factories\.json record 0 \(factory:Not_A_Slug\) field "id": expected an id of a factory/);
  expect(problems).toMatch(/figures\.json record 0 \(.+\) field "periodEnd": expected a day on or after periodStart 2023-12-31; got 2023-01-01\./);
});

it('refuses a date given without its precision', () => {
  const data = clone();
  const factory = data['factories.json']!.find((f) => f.opened !== null)!;
  factory.openedPrecision = null;
  expect(problemsOf(data).join('\n')).toContain(`(${factory.id}) field "openedPrecision": expected null exactly when "opened" is null; got null.`);
});

it('refuses a file that is not an array', () => {
  const data: Record<string, unknown> = clone();
  data['markets.json'] = { id: 'market:x' };
  expect(problemsOf(data)[0]).toBe('seeds/markets.json: expected a JSON array of records; got object.');
});
