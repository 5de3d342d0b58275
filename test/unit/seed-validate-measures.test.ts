/** Validation of trade measures, measure links, company links, statistics links and factory claims: errors name file, record and field. */

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

/** Index of the first record of a file that matches. */
const indexOf = (data: Record<string, any[]>, file: string, match: (r: any) => boolean): number => data[file]!.findIndex(match);

it('loads every new kind from the repository', () => {
  expect(real['trade-measures.json']!.length).toBeGreaterThanOrEqual(10);
  expect(real['measure-links.json']!.length).toBeGreaterThanOrEqual(13);
  expect(real['company-links.json']!.length).toBeGreaterThanOrEqual(6);
  expect(real['statistics-links.json']!.length).toBe(6);
  expect(real['factory-claims.json']!.length).toBeGreaterThanOrEqual(10);
});

it('checks a trade measure: kind, who imposes it, rate and dates', () => {
  const data = clone();
  const m = data['trade-measures.json']!;
  m[0]!.kind = 'EMBARGO';
  m[1]!.imposedById = 'automaker:byd';
  m[2]!.ratePercent = 1400;
  m[3]!.announced = null;
  m[3]!.announcedPrecision = null;
  m[3]!.effective = null;
  m[3]!.effectivePrecision = null;
  m[4]!.imposedById = 'country:ZZ';
  expect(problemsOf(data)).toEqual([
    `seeds/trade-measures.json record 0 (${m[0]!.id}) field "kind": expected one of INVESTIGATION, COUNTERVAILING_DUTY, TARIFF, TAX, FEE; got "EMBARGO".`,
    `seeds/trade-measures.json record 1 (${m[1]!.id}) field "imposedById": expected an id of a country or a market (<kind>:<key>); got "automaker:byd".`,
    `seeds/trade-measures.json record 2 (${m[2]!.id}) field "ratePercent": expected a rate in percent above 0 and at most 1000; got 1400.`,
    `seeds/trade-measures.json record 3 (${m[3]!.id}) field "effective": expected a date (a measure needs an announced or an effective date); got null.`,
    `seeds/trade-measures.json record 4 (${m[4]!.id}) field "imposedById": country:ZZ is not in seeds/countries.json.`,
  ]);
});

it('checks that a measure link points at the kind of entity its type allows, and rates only on APPLIES_TO', () => {
  const data = clone();
  const links = data['measure-links.json']!;
  const exempts = indexOf(data, 'measure-links.json', (l) => l.kind === 'EXEMPTS');
  const affects = indexOf(data, 'measure-links.json', (l) => l.kind === 'AFFECTS');
  links[exempts]!.targetId = 'automaker:byd';
  links[affects]!.ratePercent = 10;
  const describe = (l: any): string => `${l.measureId} ${l.kind} ${l.targetId}`;
  expect(problemsOf(data)).toEqual([
    `seeds/measure-links.json record ${affects} (${describe(links[affects])}) field "ratePercent": expected null (a rate belongs to APPLIES_TO only); got 10.`,
    `seeds/measure-links.json record ${exempts} (${describe(links[exempts])}) field "targetId": expected the id of a factory (the target of EXEMPTS); got "automaker:byd".`,
  ].sort((a, b) => Number(/record (\d+)/.exec(a)![1]) - Number(/record (\d+)/.exec(b)![1])));
});

it('checks company links: a stake on OWNS_STAKE_IN only, two different automakers, a measure that exists', () => {
  const data = clone();
  const links = data['company-links.json']!;
  const stake = indexOf(data, 'company-links.json', (l) => l.kind === 'OWNS_STAKE_IN');
  const jv = indexOf(data, 'company-links.json', (l) => l.kind === 'JOINT_VENTURE_WITH');
  links[stake]!.stakePercent = null;
  links[jv]!.toId = links[jv]!.fromId;
  const describe = (l: any): string => `${l.fromId} ${l.kind} ${l.toId}`;
  data['measure-links.json']![0]!.measureId = 'measure:nothing-like-it';
  const problems = problemsOf(data);
  expect(problems).toContain(
    `seeds/company-links.json record ${stake} (${describe(links[stake])}) field "stakePercent": expected the stake in percent; got null.`,
  );
  expect(problems).toContain(
    `seeds/company-links.json record ${jv} (${describe(links[jv])}) field "toId": expected an id other than fromId; got "${links[jv]!.fromId}".`,
  );
  expect(problems).toContain(
    `seeds/measure-links.json record 0 (measure:nothing-like-it ${data['measure-links.json']![0]!.kind} ${data['measure-links.json']![0]!.targetId}) field "measureId": measure:nothing-like-it is not in seeds/trade-measures.json.`,
  );
  expect(problems).toHaveLength(3);
});

it('checks statistics links and factory claims: series, units that fit the kind, sources that exist', () => {
  const data = clone();
  const stats = data['statistics-links.json']!;
  stats[0]!.series = ['EXPORTS', 'GOSSIP'];
  const claims = data['factory-claims.json']!;
  const capacity = indexOf(data, 'factory-claims.json', (c) => c.kind === 'CAPACITY');
  claims[capacity]!.unit = 'EUR';
  claims[0]!.sources = ['source:not-there'];
  const problems = problemsOf(data);
  expect(problems).toEqual(
    expect.arrayContaining([
      `seeds/statistics-links.json record 0 (${stats[0]!.organizationId} PUBLISHES_STATISTICS_FOR ${stats[0]!.countryId}) field "series": expected an array of values from PRODUCTION, SALES, DOMESTIC_SALES, RETAIL, WHOLESALE, EXPORTS, ORDERS; got ["EXPORTS","GOSSIP"].`,
      `seeds/factory-claims.json record ${capacity} (${claims[capacity]!.id}) field "unit": expected VEHICLES_PER_YEAR for a CAPACITY claim; got "EUR".`,
      `seeds/factory-claims.json record 0 (${claims[0]!.id}) field "sources": source:not-there is not in seeds/sources.json.`,
    ]),
  );
  expect(problems).toHaveLength(3);
});
