/** Seed build: OICA production and sales figures, and the values the importer refuses. */

import { buildCountries, readM49Snapshot } from '../../src/seed/build/countries';
import { buildOicaFigures, readOica, type FigureRecord } from '../../src/seed/build/oica';

const real = buildOicaFigures(readOica());
const byId = new Map(real.figures.map((f) => [f.id, f]));
const figureOf = (id: string): FigureRecord | undefined => byId.get(id);

const HEADER =
  'year,country,type,n,region,subregion,intermediate_region,least_developed,land_locked_developing,small_island_developing,' +
  'code_region,code_subregion,code_intermediate_region,code_m49,code_iso_alpha2,code_iso_alpha3';
/** A production table of the compilation's shape, from "year,country,type,n,code" rows. */
const production = (...rows: string[]): string =>
  [HEADER, ...rows.map((r) => {
    const [year, country, type, n, code] = r.split(',');
    return `${year},${country},${type},${n},X,X,NA,0,0,0,1,1,NA,1,${code},XXX`;
  })].join('\n') + '\n';
const build = (...rows: string[]) => buildOicaFigures({ production: production(...rows), sales: `${HEADER}\n` });

describe('buildOicaFigures on data/oica', () => {
  it('refuses the cut 2023 production rows, naming file, line, value and reason', () => {
    // production.csv line 1282: 2022,China,pv,23836083; line 1356: 2023,China,pv,26.
    expect(real.leftOut).toContainEqual({
      input: 'data/oica/production.csv line 1356: 2023 China pv "26"',
      record: 'figure:oica-production-cn-2023-passenger-cars',
      reason:
        "26 is below 1% of 23836083 (2022), the series' last accepted value: a number cut at its thousands separator, or a missing count written as 0",
    });
    expect(figureOf('figure:oica-production-cn-2023-passenger-cars')).toBeUndefined();
    expect(figureOf('figure:oica-production-cn-2023-all-vehicles')).toBeUndefined();
    expect(real.figures.filter((f) => f.flow === 'PRODUCTION' && f.periodStart === '2023-01-01')).toEqual([]);
    // Lines 1346–1421 are 2023: 76 rows, less 4 empty, 2 "Others" and 7 "NA" = 63 numbers, every one cut.
    const cut = real.leftOut.filter((l) => /^data\/oica\/production\.csv line \d+: 2023 /.test(l.input) && l.reason.includes(' is below 1% of '));
    expect(cut).toHaveLength(63);
  });

  it('keeps the 2022 production and the 2023 sales, which are whole', () => {
    expect(figureOf('figure:oica-production-cn-2022-passenger-cars')?.value).toBe(23836083);
    // sales_country.csv lines 881 and 883: 2023 China pc 26062824, cv 4030874.
    expect(figureOf('figure:oica-sales-cn-2023-passenger-cars')?.value).toBe(26062824);
    expect(figureOf('figure:oica-sales-cn-2023-all-vehicles')?.value).toBe(26062824 + 4030874);
  });

  it('sums a total of passenger and commercial vehicles, as OICA publishes it', () => {
    // production.csv lines 1074–1075: 2019 Japan pv 8328756, cv 1355542 (OICA's 2019 total for Japan: 9,684,298).
    expect(figureOf('figure:oica-production-jp-2019-all-vehicles')).toEqual({
      id: 'figure:oica-production-jp-2019-all-vehicles',
      exporterId: 'country:JP',
      destinationId: null,
      flow: 'PRODUCTION',
      metric: 'UNITS',
      value: 9684298,
      basis: 'OFFICIAL',
      vehicleClass: 'ALL_VEHICLES',
      countedBy: 'MANUFACTURERS',
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      reporterId: 'org:oica',
      sourceId: 'source:oica-production-2006-2023',
      doubtful: false,
      note: 'passenger + commercial, as OICA totals',
    });
    expect(figureOf('figure:oica-production-jp-2019-passenger-cars')).toMatchObject({ value: 8328756, vehicleClass: 'PASSENGER_CARS', note: null });
    expect(figureOf('figure:oica-production-jp-2019-commercial-vehicles')).toMatchObject({ value: 1355542, vehicleClass: 'COMMERCIAL_VEHICLES' });
    // sales_country.csv lines 1532 and 1547: 2019 Germany pc 3607258, cv 409801.
    expect(figureOf('figure:oica-sales-de-2019-all-vehicles')).toMatchObject({ value: 3607258 + 409801, flow: 'SALES', sourceId: 'source:oica-sales-2005-2023' });
  });

  it('refuses "NA" and sums no total without both classes', () => {
    // production.csv lines 464–465: 2011 Sweden pv 188969, cv NA.
    expect(real.leftOut).toContainEqual({
      input: 'data/oica/production.csv line 465: 2011 Sweden cv "NA"',
      record: 'figure:oica-production-se-2011-commercial-vehicles',
      reason: 'missing: the table has "NA"',
    });
    expect(figureOf('figure:oica-production-se-2011-passenger-cars')?.value).toBe(188969);
    expect(figureOf('figure:oica-production-se-2011-commercial-vehicles')).toBeUndefined();
    expect(figureOf('figure:oica-production-se-2011-all-vehicles')).toBeUndefined();
  });

  it('refuses a 0 after a real count (Germany stopped reporting commercial vehicles in 2017)', () => {
    // production.csv line 1063: 2019,Germany,cv,0; the last count before is 315754 (2016).
    expect(real.leftOut).toContainEqual(
      expect.objectContaining({ input: 'data/oica/production.csv line 1063: 2019 Germany cv "0"', reason: expect.stringMatching(/^0 is below 1% of 315754 \(2016\)/) }),
    );
    expect(figureOf('figure:oica-production-de-2019-passenger-cars')?.value).toBe(4661328);
    expect(figureOf('figure:oica-production-de-2019-all-vehicles')).toBeUndefined();
  });

  it('refuses a fraction of a vehicle but reads float noise as the whole number', () => {
    // sales_country.csv line 649: 2023,Bulgaria,cv,9232.996696944674; line 2409: 2013,Liberia,cv,220.00000000000003.
    expect(real.leftOut).toContainEqual({
      input: 'data/oica/sales_country.csv line 649: 2023 Bulgaria cv "9232.996696944674"',
      record: 'figure:oica-sales-bg-2023-commercial-vehicles',
      reason: 'not a whole number of vehicles: 9232.996696944674 (OICA publishes units; this was computed)',
    });
    expect(figureOf('figure:oica-sales-lr-2013-commercial-vehicles')?.value).toBe(220);
  });

  it('leaves out the rows that are no country and maps Taiwan\'s "CN-TW" to TW', () => {
    const notCountries = real.leftOut.filter((l) => l.reason.startsWith('not a country'));
    // "Others": 18 years × 2 types; 4 empty rows at the end of production.csv.
    expect(notCountries).toHaveLength(40);
    expect(notCountries).toContainEqual({
      input: 'data/oica/production.csv line 80: 2006 Others pv "376110"',
      record: 'a PRODUCTION figure',
      reason: 'not a country: "Others" is OICA\'s own grouping, not a country',
    });
    // sales_country.csv lines 4089 and 4091: 2023 Taiwan pc 372800, cv 61200, code CN-TW.
    expect(figureOf('figure:oica-sales-tw-2023-all-vehicles')).toMatchObject({ exporterId: 'country:TW', value: 372800 + 61200 });
  });

  it('names only countries of the country list, with one figure per id', () => {
    const codes = new Set(buildCountries(readM49Snapshot()).map((c) => c.id));
    expect(real.figures.filter((f) => !codes.has(f.exporterId))).toEqual([]);
    expect(byId.size).toBe(real.figures.length);
    const ids = real.figures.map((f) => f.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('emits OICA, based in France, and the two sources of the compilation', () => {
    expect(real.organizations).toEqual([
      {
        id: 'org:oica',
        name: "Organisation Internationale des Constructeurs d'Automobiles",
        shortName: 'OICA',
        countryId: 'country:FR',
        sources: ['source:oica-production-2006-2023', 'source:oica-sales-2005-2023'],
      },
    ]);
    expect(real.sources.map((s) => [s.id, s.url])).toEqual([
      ['source:oica-production-2006-2023', 'https://github.com/jhelvy/oica/blob/098bb086a3a8304a6cfee22a75989052566831de/data-raw/production.csv'],
      ['source:oica-sales-2005-2023', 'https://github.com/jhelvy/oica/blob/098bb086a3a8304a6cfee22a75989052566831de/data-raw/sales_country.csv'],
    ]);
    expect(real.sources.every((s) => s.kind === 'STATISTICS' && s.publisher === 'OICA (compiled by J. P. Helveston, github.com/jhelvy/oica)')).toBe(true);
  });
});

describe('the plausibility rules', () => {
  const reasons = (result: ReturnType<typeof build>): string[] => result.leftOut.map((l) => `${l.input} → ${l.reason}`);

  it('refuses a non-number and a negative value', () => {
    expect(reasons(build('2010,Japan,pv,12 000,JP', '2011,Japan,pv,-5,JP'))).toEqual([
      'data/oica/production.csv line 2: 2010 Japan pv "12 000" → not a number: "12 000"',
      'data/oica/production.csv line 3: 2011 Japan pv "-5" → a negative number of vehicles: -5',
    ]);
  });

  it('compares a value with the last ACCEPTED year, skipping a refused one', () => {
    const result = build('2010,Japan,pv,1000000,JP', '2011,Japan,pv,1,JP', '2012,Japan,pv,9000,JP', '2013,Japan,pv,900000,JP');
    expect(reasons(result)).toEqual([
      "data/oica/production.csv line 3: 2011 Japan pv \"1\" → 1 is below 1% of 1000000 (2010), the series' last accepted value: a number cut at its thousands separator, or a missing count written as 0",
      "data/oica/production.csv line 4: 2012 Japan pv \"9000\" → 9000 is below 1% of 1000000 (2010), the series' last accepted value: a number cut at its thousands separator, or a missing count written as 0",
    ]);
    expect(result.figures.map((f) => [f.periodStart.slice(0, 4), f.value])).toEqual([
      ['2010', 1000000],
      ['2013', 900000],
    ]);
  });

  it('refuses a value more than 100× the last accepted one, but lets a series grow from a handful', () => {
    const jump = build('2010,Japan,pv,5000,JP', '2011,Japan,pv,500001,JP', '2012,Japan,pv,6000,JP');
    expect(reasons(jump)).toEqual([
      "data/oica/production.csv line 3: 2011 Japan pv \"500001\" → 500001 is more than 100× 5000 (2010), the series' last accepted value: a misplaced separator or unit",
    ]);
    const rampUp = build('2010,Morocco,pv,40,MA', '2011,Morocco,pv,45,MA', '2012,Morocco,pv,60000,MA', '2012,Slovakia,cv,0,SK', '2013,Slovakia,cv,0,SK', '2014,Slovakia,cv,12,SK');
    expect(reasons(rampUp)).toEqual([]);
  });

  it("compares the values before the first accepted one with the series' median, so a corrupt first value cannot become the yardstick", () => {
    const cutFirst = build('2010,Japan,pv,9,JP', '2011,Japan,pv,9500000,JP', '2012,Japan,pv,9600000,JP');
    expect(reasons(cutFirst)).toEqual([
      'data/oica/production.csv line 2: 2010 Japan pv "9" → 9 is below 1% of 9500000 the median of its series, which has no accepted year before it: a number cut at its thousands separator, or a missing count written as 0',
    ]);
    expect(cutFirst.figures.map((f) => f.value)).toEqual([9500000, 9600000]);
    // Sorted 9500000, 9600000, 2000000000: the median is 9600000.
    const hugeFirst = build('2010,Japan,pv,2000000000,JP', '2011,Japan,pv,9500000,JP', '2012,Japan,pv,9600000,JP');
    expect(reasons(hugeFirst)).toEqual([
      'data/oica/production.csv line 2: 2010 Japan pv "2000000000" → 2000000000 is more than 100× 9600000 the median of its series, which has no accepted year before it: a misplaced separator or unit',
    ]);
  });

  it('refuses a second row for the same country, year and type, a year outside the source and an unknown type', () => {
    expect(reasons(build('2010,Japan,pv,100,JP', '2010,Japan,pv,200,JP', '2030,Japan,pv,100,JP', '2010,Japan,xx,100,JP'))).toEqual([
      'data/oica/production.csv line 3: 2010 Japan pv "200" → a second row for the same country, year and type (the first is line 2)',
      'data/oica/production.csv line 4: 2030 Japan pv "100" → a year outside 2006–2023, the years the source covers',
      'data/oica/production.csv line 5: 2010 Japan xx "100" → unknown vehicle type "xx": expected pv or cv',
    ]);
  });

  it('reads "NA" in the code column as missing, except for Namibia', () => {
    const result = build('2010,Namibia,pv,100,NA', '2010,World,pv,100,NA');
    expect(result.figures.map((f) => f.exporterId)).toEqual(['country:NA']);
    expect(reasons(result)).toEqual(['data/oica/production.csv line 3: 2010 World pv "100" → not a country: "World" is OICA\'s own grouping, not a country']);
  });

  it('refuses a table without the columns it reads, naming them', () => {
    expect(() => buildOicaFigures({ production: 'year,country,type,value\n', sales: `${HEADER}\n` })).toThrow(
      'data/oica/production.csv: expected the columns year, country, type, n, code_iso_alpha2; the header line lacks n, code_iso_alpha2.',
    );
  });
});
