/** Seed build: trade blocs from the World Factbook's memberships text. */

import { buildCountries, readM49Snapshot } from '../../src/seed/build/countries';
import {
  buildTradeBlocs,
  factbookCountryCode,
  getValidFactbook,
  parseMemberships,
  readFactbook,
  type FactbookEntry,
  type FactbookFile,
} from '../../src/seed/build/factbook';

const factbook = readFactbook();
const blocs = buildTradeBlocs(factbook);
const entry = (fips: string): FactbookEntry => {
  const found = factbook.countries.find((e) => e.fips === fips);
  if (found === undefined) throw new Error(`no Factbook entry ${fips}`);
  return found;
};
const membersOf = (marketId: string): string[] =>
  blocs.marketCountries.filter((r) => r.marketId === marketId).map((r) => r.countryId.slice('country:'.length));

describe('parseMemberships', () => {
  it('separates each organization from its qualifier', () => {
    expect(parseMemberships('ACS (associate), Caricom (observer), FATF, ILO, ISO (correspondent)')).toEqual([
      { organization: 'ACS', qualifier: 'associate' },
      { organization: 'Caricom', qualifier: 'observer' },
      { organization: 'FATF', qualifier: null },
      { organization: 'ILO', qualifier: null },
      { organization: 'ISO', qualifier: 'correspondent' },
    ]);
  });

  it('keeps commas inside a qualifier and joins two qualifiers', () => {
    expect(parseMemberships('CIS (associate member, has not ratified the 1993 CIS charter), EITI (compliant country) (suspended), EU')).toEqual([
      { organization: 'CIS', qualifier: 'associate member, has not ratified the 1993 CIS charter' },
      { organization: 'EITI', qualifier: 'compliant country; suspended' },
      { organization: 'EU', qualifier: null },
    ]);
  });

  it("skips Afghanistan's opening sentence, decodes HTML entities and reads \"none\" as no membership", () => {
    const afghanistan = parseMemberships(entry('af').memberships);
    expect(afghanistan[0]).toEqual({ organization: 'ADB', qualifier: null });
    expect(afghanistan).toContainEqual({ organization: 'SAARC', qualifier: null });
    expect(parseMemberships('FAO, &nbsp; UNESCO, AT&amp;T')).toEqual([
      { organization: 'FAO', qualifier: null },
      { organization: 'UNESCO', qualifier: null },
      { organization: 'AT&T', qualifier: null },
    ]);
    expect(parseMemberships('none')).toEqual([]);
    expect(parseMemberships('')).toEqual([]);
    expect(parseMemberships(null)).toEqual([]);
  });
});

describe('factbookCountryCode', () => {
  it.each([
    ['gm', 'DE'], // Germany: "gm" is Gambia in ISO
    ['ch', 'CN'], // China: "ch" is Switzerland in ISO
    ['sz', 'CH'],
    ['ja', 'JP'],
    ['uk', 'GB'],
    ['ks', 'KR'],
    ['kn', 'KP'],
    ['rs', 'RU'],
    ['bm', 'MM'], // Burma
    ['cg', 'CD'], // DRC
    ['cf', 'CG'], // Congo (Brazzaville)
    ['dr', 'DO'], // "The Dominican", cut short in the extract
    ['iv', 'CI'], // "C&ocirc;te d'Ivoire"
    ['tw', 'TW'],
    ['kv', 'XK'],
  ])('maps the Factbook entry %s to ISO %s', (fips, code) => {
    expect(factbookCountryCode(entry(fips))).toEqual({ code });
  });

  it.each(['at', 'ax', 'dx', 'pf', 'pg', 'gz', 'we', 'jn', 'wq', 'bq', 'ip', 'cr'])('gives the reason the entry %s is no ISO country', (fips) => {
    expect(factbookCountryCode(entry(fips))).toEqual({ reason: expect.stringMatching(/ISO/) });
  });

  it('maps every entry either to a code of the country list or to a reason', () => {
    const isoCodes = new Set(buildCountries(readM49Snapshot()).map((c) => c.code));
    const unmapped = factbook.countries.map(factbookCountryCode).filter((m) => 'code' in m && !isoCodes.has(m.code));
    expect(unmapped).toEqual([]);
    expect(factbook.countries.filter((e) => 'reason' in factbookCountryCode(e))).toHaveLength(12);
  });
});

describe('buildTradeBlocs', () => {
  it('gives the EU its 27 member states: not the United Kingdom, which the text still lists', () => {
    expect(membersOf('market:eu')).toEqual(
      ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
    );
    expect(blocs.leftOut).toContainEqual({
      input: 'data/factbook/countries.json entry "uk" (United Kingdom): "EU"',
      record: 'market:eu INCLUDES country:GB',
      reason: 'the text still lists the United Kingdom, which left the EU on 2020-01-31',
    });
  });

  it('leaves the candidate countries out of the EU, with the qualifier as the reason', () => {
    const candidates = blocs.leftOut.filter((l) => l.record.startsWith('market:eu INCLUDES') && l.reason === 'qualified "candidate country": not a member');
    expect(candidates.map((l) => l.record.slice(-2)).sort()).toEqual(['MK', 'RS', 'TR']);
  });

  it.each([
    ['market:usmca', ['CA', 'MX', 'US']],
    ['market:efta', ['CH', 'IS', 'LI', 'NO']],
    ['market:eaeu', ['AM', 'BY', 'KG', 'KZ', 'RU']],
    ['market:gcc', ['AE', 'BH', 'KW', 'OM', 'QA', 'SA']],
    ['market:asean', ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']],
    ['market:mercosur', ['AR', 'BR', 'PY', 'UY']],
    ['market:andean-community', ['BO', 'CO', 'EC', 'PE']],
    ['market:sacu', ['BW', 'LS', 'NA', 'SZ', 'ZA']],
    ['market:cemac', ['CF', 'CG', 'CM', 'GA', 'GQ', 'TD']],
  ])('gives %s its members %j', (marketId, members) => {
    expect(membersOf(marketId)).toEqual(members);
  });

  it('counts no observer, associate or dialogue partner as a member', () => {
    expect(membersOf('market:asean')).not.toContain('CN'); // ASEAN (dialogue partner)
    expect(membersOf('market:eaeu')).not.toContain('UZ'); // EAEU (observer)
    expect(membersOf('market:mercosur')).not.toContain('CL'); // Mercosur (associate)
    expect(membersOf('market:caricom')).not.toContain('AI'); // Caricom (associate)
    const qualified = blocs.leftOut.filter((l) => l.reason.startsWith('qualified '));
    // Counted by hand in the text: EU 3 candidates; ASEAN 9 dialogue partners, 1 sectoral, 1 observer;
    // Mercosur 5 associates; EAEU 3 observers; CAN 5 associates, 3 observers; Caricom 5 associates,
    // 8 observers; Pacific Alliance 32 observers.
    const perBloc: Record<string, number> = {};
    for (const l of qualified) perBloc[l.record.split(' ')[0]!] = (perBloc[l.record.split(' ')[0]!] ?? 0) + 1;
    expect(perBloc).toEqual({
      'market:eu': 3,
      'market:asean': 11,
      'market:mercosur': 5,
      'market:eaeu': 3,
      'market:andean-community': 8,
      'market:caricom': 13,
      'market:pacific-alliance': 32,
    });
    expect(qualified).toHaveLength(75);
    expect(qualified).toContainEqual({
      input: 'data/factbook/countries.json entry "pk" (Pakistan): "ASEAN (sectoral dialogue partner)"',
      record: 'market:asean INCLUDES country:PK',
      reason: 'qualified "sectoral dialogue partner": not a member',
    });
  });

  it('writes TRADE_BLOC markets and member rows sourced to the Factbook, keeping the id market:eu', () => {
    expect(blocs.markets).toHaveLength(18);
    expect(blocs.markets.find((m) => m.id === 'market:eu')).toEqual({
      id: 'market:eu',
      name: 'European Union',
      kind: 'TRADE_BLOC',
      sources: ['source:world-factbook-2026'],
    });
    expect(blocs.markets.find((m) => m.id === 'market:eaeu')?.name).toBe('Eurasian Economic Union');
    expect(blocs.marketCountries[0]).toEqual({ marketId: 'market:andean-community', countryId: 'country:BO', sources: ['source:world-factbook-2026'] });
    const keys = blocs.marketCountries.map((r) => `${r.marketId} ${r.countryId}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(blocs.marketCountries.map((r) => r.marketId))).toEqual(new Set(blocs.markets.map((m) => m.id)));
  });

  it('describes the Factbook as a source pinned to its commit', () => {
    expect(blocs.sources).toEqual([
      {
        id: 'source:world-factbook-2026',
        publisher: 'Central Intelligence Agency (The World Factbook)',
        title: 'The World Factbook: international organization participation, by country',
        url: 'https://github.com/factbook/factbook.json/tree/8662a8b17a784841ab4528631b04090eb2f183eb',
        published: '2026-05-17',
        publishedPrecision: 'DAY',
        kind: 'GOVERNMENT',
      },
    ]);
  });

  it('leaves out, with the reason, the groupings not taken and the entries that are no ISO country', () => {
    expect(blocs.leftOut).toContainEqual({
      input: 'data/factbook/countries.json: "NAFTA" in 3 entries',
      record: 'a TRADE_BLOC market',
      reason: 'not taken as a trade bloc: replaced by the USMCA on 2020-07-01 (USMCA is taken)',
    });
    expect(blocs.leftOut).toContainEqual({
      input: 'data/factbook/countries.json entry "gz" (Gaza, Gaza Strip)',
      record: 'a country',
      reason: 'not an ISO country: part of ISO PS (Palestine), which the Factbook splits into two entries',
    });
  });

  it('refuses two entries that map to one ISO code rather than merge their memberships', () => {
    const twice: FactbookFile = {
      source: { commit: 'abc', committed: '2026-05-17' },
      countries: [
        { fips: 'gm', name: 'Germany', memberships: 'EU' },
        { fips: 'xx', name: 'Germany', memberships: 'EFTA' },
      ],
    };
    expect(() => buildTradeBlocs(twice)).toThrow(
      'data/factbook/countries.json: expected one Factbook entry per ISO code; "gm" and "xx" both map to DE.',
    );
  });

  it('refuses a file of another shape, saying what it expected', () => {
    expect(() => getValidFactbook({ countries: [] }, 'f.json')).toThrow(/^f\.json: expected \{"source": \{"commit", "committed", …\}, "countries": \[\.\.\.\]\}; got /);
    expect(() => getValidFactbook({ source: { commit: 'a', committed: '2026-05-17' }, countries: [{ fips: 'gm', name: 'Germany', memberships: 3 }] }, 'f.json')).toThrow(
      'f.json: expected entries {fips, name, memberships: string or null}; got {"fips":"gm","name":"Germany","memberships":3}.',
    );
  });
});
